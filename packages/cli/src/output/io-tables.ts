/**
 * The text tables of `chanye io …` (`--format table`): a title, the source and what the
 * numbers mean, then the result's rows, shares as percentages with fixed decimals. The JSON
 * and the CSV of the same results are the engine's (`@chanye/engine`): only this text is the
 * CLI's own. Methods: docs/methods/input-output.md.
 *
 * @module
 */
import type {
  IoExtractionRow,
  IoGvc,
  IoIntegration,
  IoLinkages,
  IoMeta,
  IoMultiplierRow,
  IoSecurity,
  IoShock,
} from '@chanye/engine';
import type { Lang } from '../context.js';
import { formatFixed, formatNumber, toTable } from './format.js';

/** An `ioMultipliers`, `ioLinkages` or `ioExtraction` result. */
type RegionSectorResult<Row> = IoMeta & { readonly economy: string | null; readonly rows: readonly Row[] };

/** A row that carries the names of its region and sector (see names.ts in @chanye/engine). */
interface Named {
  readonly regionNameEn: string;
  readonly regionNameZh: string;
  readonly sectorNameEn: string;
  readonly sectorNameZh: string;
}

const pct = (v: number): number => v * 100;
const fixed = (v: number, digits = 3): string => formatFixed(v, digits);
const sectorName = (row: Named, lang: Lang): string => (lang === 'zh' ? row.sectorNameZh : row.sectorNameEn);
const regionName = (row: Named, lang: Lang): string => (lang === 'zh' ? row.regionNameZh : row.regionNameEn);
const bilingual = (name: { en: string; zh: string }, lang: Lang): string => (lang === 'zh' ? name.zh : name.en);

/** The economy a region-sector result is about, by name, after a comma ('' for the world). */
function focusSuffix(rows: readonly Named[], economy: string | null, lang: Lang): string {
  const first = rows[0];
  if (!economy || !first) return '';
  return `, ${regionName(first, lang)} (${economy})`;
}

/** The region columns of a region-sector table: both with every economy, none with one. */
function regionCells(row: Named & { region: string }, economy: string | null, lang: Lang): Record<string, string> {
  return economy ? {} : { region: row.region, economy: regionName(row, lang) };
}
const regionColumns = (economy: string | null): string[] => (economy ? [] : ['region', 'economy']);

function header(title: string, meta: IoMeta, extra: readonly string[] = []): string {
  return [title, `source: ${meta.source}; ${meta.unit}`, ...extra, ''].join('\n') + '\n';
}

export function multipliersText(r: RegionSectorResult<IoMultiplierRow>, lang: Lang = 'en'): string {
  const numbers = ['output', 'output_domestic', 'va_domestic', 'imports'];
  return (
    header(`Multipliers, ${r.dataset} ${r.year}${focusSuffix(r.rows, r.economy, lang)}`, r, [
      'US$ per US$1 of final demand for the sector: output everywhere, output at home, value added at home, intermediate imports',
    ]) +
    toTable(
      r.rows.map((x) => ({
        ...regionCells(x, r.economy, lang),
        sector: x.sector,
        name: sectorName(x, lang),
        output: fixed(x.output),
        output_domestic: fixed(x.outputDomestic),
        va_domestic: fixed(x.valueAddedDomestic),
        imports: fixed(x.imports),
      })),
      [...regionColumns(r.economy), 'sector', 'name', ...numbers],
      numbers,
    )
  );
}

export function linkagesText(r: IoLinkages, lang: Lang = 'en'): string {
  const classed = r.rows.filter((x) => x.class !== null);
  const key = classed.filter((x) => x.class === 'key').length;
  const unclassed = r.rows.length - classed.length;
  return (
    header(`Linkages, ${r.dataset} ${r.year}${focusSuffix(r.rows, r.economy, lang)}`, r, [
      'backward: Rasmussen index on the columns of L; forward: on the rows of the Ghosh inverse; both relative to the mean of every region-sector of the world table with output (= 1)',
      `key = both above 1: ${key} of the ${classed.length} sectors with output (world table: ${formatNumber(r.world.key)} of ${formatNumber(r.world.producing)}, ${fixed(pct(r.world.key / r.world.producing), 0)} %)`,
      ...(unclassed > 0
        ? [`class none: ${unclassed} without gross output (x ≤ 0), which have no linkages to rank`]
        : []),
    ]) +
    toTable(
      r.rows.map((x) => ({
        ...regionCells(x, r.economy, lang),
        sector: x.sector,
        name: sectorName(x, lang),
        backward: fixed(x.backward),
        forward: fixed(x.forward),
        class: x.class ?? 'none',
      })),
      [...regionColumns(r.economy), 'sector', 'name', 'backward', 'forward', 'class'],
      ['backward', 'forward'],
    )
  );
}

/** Largest world loss first. */
export function extractionText(
  r: RegionSectorResult<IoExtractionRow> & { readonly mode: string },
  lang: Lang = 'en',
): string {
  const numbers = ['loss_musd', 'loss_pct', 'domestic_musd', 'domestic_pct'];
  return (
    header(`Hypothetical extraction (${r.mode}), ${r.dataset} ${r.year}${focusSuffix(r.rows, r.economy, lang)}`, r, [
      'loss_musd: world output lost, millions of US$; loss_pct: % of world output; domestic_musd, domestic_pct: the part lost at home, millions of US$ and % of home output',
    ]) +
    toTable(
      [...r.rows]
        .sort((a, b) => b.loss - a.loss)
        .map((x) => ({
          ...regionCells(x, r.economy, lang),
          sector: x.sector,
          name: sectorName(x, lang),
          loss_musd: fixed(x.loss, 0),
          loss_pct: fixed(pct(x.relative)),
          domestic_musd: fixed(x.lossDomestic, 0),
          domestic_pct: fixed(pct(x.relativeDomestic)),
        })),
      [...regionColumns(r.economy), 'sector', 'name', ...numbers],
      numbers,
    )
  );
}

/** Every economy's decomposition, then (for one economy) its sectors. */
export function gvcText(r: IoGvc, lang: Lang = 'en'): string {
  const shares = ['dva_pct', 'fva_pct', 'backward_pct', 'forward_pct', 'participation_pct', 'gvc_trade_pct'];
  const economies = toTable(
    r.economies.map((e) => ({
      region: e.economy,
      economy: lang === 'zh' ? e.economyNameZh : e.economyNameEn,
      exports_musd: fixed(e.exports, 0),
      dva_pct: fixed(pct(e.dva / e.exports), 1),
      fva_pct: fixed(pct(e.fva / e.exports), 1),
      backward_pct: fixed(pct(e.backward), 1),
      forward_pct: fixed(pct(e.forward), 1),
      participation_pct: fixed(pct(e.participation), 1),
      gvc_trade_pct: fixed(pct(e.gvcTrade), 1),
    })),
    ['region', 'economy', 'exports_musd', ...shares],
    ['exports_musd', ...shares],
  );
  const sectorNumbers = ['exports_musd', 'backward_pct', 'forward_pct', 'upstreamness', 'antras_chor'];
  const sectors = r.sectors
    ? '\n' +
      toTable(
        r.sectors.map((s) => ({
          sector: s.sector,
          name: sectorName(s, lang),
          exports_musd: fixed(s.exports, 0),
          backward_pct: fixed(pct(s.backward), 1),
          forward_pct: fixed(pct(s.forward), 1),
          upstreamness: fixed(s.upstreamness, 3),
          antras_chor: s.upstreamnessReference === null ? '' : fixed(s.upstreamnessReference, 3),
        })),
        ['sector', 'name', ...sectorNumbers],
        sectorNumbers,
      )
    : '';
  return (
    header(`Gross exports by value added, ${r.dataset} ${r.year}`, r, [
      `method: ${r.method}`,
      'E = DVA + DDC + FVA + FDC; DVA = DAVAX + REX + REF; exports in millions of US$, shares in % of them',
    ]) +
    economies +
    sectors
  );
}

/** The economy's sectors, then the ranked chokepoints with the parts of their score. */
export function securityText(r: IoSecurity, lang: Lang = 'en'): string {
  const sectorNumbers = ['foreign_pct', 'hhi', 'top_share_pct', 'top_exposure_pct'];
  const chokeNumbers = ['need_per_1000', 'need_share_pct', 'world_export_pct', 'import_share_pct', 'score_per_1000'];
  const economy = bilingual(r.economyName, lang);
  return (
    header(`Supply security of ${economy} (${r.economy}), ${r.dataset} ${r.year}`, r, [
      `method: ${r.method}`,
      'foreign_pct: foreign intermediate inputs, % of the sector’s output; hhi: concentration of them over supplier economies (0-1); top_share_pct: the top supplier’s share of them, %; top_exposure_pct: its inputs, % of the sector’s output',
    ]) +
    toTable(
      r.sectors.map((s) => ({
        sector: s.sector,
        name: sectorName(s, lang),
        foreign_pct: fixed(pct(s.foreignInputShare), 1),
        hhi: fixed(s.hhi, 3),
        top_supplier: s.topSupplierName ? bilingual(s.topSupplierName, lang) : '',
        top_share_pct: fixed(pct(s.topSupplierShare), 1),
        top_exposure_pct: fixed(pct(s.topSupplierExposure), 2),
      })),
      ['sector', 'name', 'foreign_pct', 'hhi', 'top_supplier', 'top_share_pct', 'top_exposure_pct'],
      sectorNumbers,
    ) +
    '\nChokepoints: foreign supplier sectors ranked by score = need × world export share (ROW and non-market services left out)\n' +
    `need_per_1000: US$ of the supplier sector’s output that US$1,000 of ${economy}’s final production needs, directly and through every stage of the chain (look-through)\n` +
    `need_share_pct: the supplier’s share of everything ${economy} needs of that sector from abroad (look-through), %\n` +
    'world_export_pct: the supplier’s share of world intermediate exports of the sector, %; import_share_pct: its share of the economy’s direct imports of it, %\n' +
    'score_per_1000: need_per_1000 × world_export_pct / 100 (US$ per US$1,000 of final production, weighted by world export share)\n' +
    toTable(
      r.chokepoints.map((c, i) => ({
        rank: i + 1,
        region: c.region,
        supplier: regionName(c, lang),
        sector: c.sector,
        name: sectorName(c, lang),
        need_per_1000: fixed(c.requirement * 1000, 2),
        need_share_pct: fixed(pct(c.requirementShare), 1),
        world_export_pct: fixed(pct(c.worldExportShare), 1),
        import_share_pct: fixed(pct(c.importShare), 1),
        score_per_1000: fixed(c.score * 1000, 3),
      })),
      ['rank', 'region', 'supplier', 'sector', 'name', ...chokeNumbers],
      chokeNumbers,
    )
  );
}

/** Totals and assumptions of both models, then the economy's sectors. */
export function shockText(r: IoShock, lang: Lang = 'en'): string {
  const economy = bilingual(r.names.economy, lang);
  const numbers = ['output_musd', 'supply_change_musd', 'supply_pct', 'demand_change_musd', 'demand_pct'];
  const loss = (v: number): string => `US$${fixed(-v, 1)} million`;
  return (
    header(
      `${bilingual(r.names.supplier, lang)} (${r.supplier}), ${bilingual(r.names.sector, lang)} (${r.sector}): output −${formatNumber(r.percent)} %; effect on ${economy} (${r.economy}), ${r.dataset} ${r.year}`,
      r,
      [
        `demand-driven: ${economy} loses ${loss(r.totals.demand.economy)} of output (world ${loss(r.totals.demand.world)})`,
        `supply-driven: ${economy} loses ${loss(r.totals.supply.economy)} of output (world ${loss(r.totals.supply.world)})`,
        'assumptions, demand-driven:',
        ...r.assumptions.demand.map((a) => `  - ${a}`),
        'assumptions, supply-driven:',
        ...r.assumptions.supply.map((a) => `  - ${a}`),
        'output_musd, *_change_musd: millions of US$ (negative: a loss); *_pct: % of the sector’s output (blank without output)',
      ],
    ) +
    toTable(
      r.rows.map((x) => ({
        sector: x.sector,
        name: sectorName(x, lang),
        output_musd: fixed(x.output, 1),
        supply_change_musd: fixed(x.supplyChange, 1),
        supply_pct: fixed(pct(x.supplyRelative), 3),
        demand_change_musd: fixed(x.demandChange, 1),
        demand_pct: fixed(pct(x.demandRelative), 3),
      })),
      ['sector', 'name', ...numbers],
      numbers,
    )
  );
}

/** Servitization of manufacturing, the ICT sectors, then the 3+1 arrays. */
export function integrationText(r: IoIntegration, lang: Lang = 'en'): string {
  const { servitization: sv, ict, arrays } = r;
  const svNumbers = ['services_pct', 'domestic_pct', 'foreign_pct', 'services_va_content'];
  const ictNumbers = ['output_pct', 'backward', 'forward'];
  const arrayNumbers = ['output_pct', 'value_added_pct', 'exports_pct'];
  return (
    header(`Integration of ${bilingual(r.economyName, lang)} (${r.economy}), ${r.dataset} ${r.year}`, r, [
      r.definitions.services,
      r.definitions.ict,
      r.definitions.arrays,
      'services_va_content: value added by services anywhere per US$1 of final demand for the sector',
    ]) +
    `Services share of manufacturing inputs: ${fixed(pct(sv.servicesShare), 1)} % (domestic ${fixed(pct(sv.domesticServicesShare), 1)} %, foreign ${fixed(pct(sv.foreignServicesShare), 1)} %)\n` +
    toTable(
      sv.sectors.map((s) => ({
        sector: s.sector,
        name: sectorName(s, lang),
        services_pct: fixed(pct(s.servicesShare), 1),
        domestic_pct: fixed(pct(s.domesticServicesShare), 1),
        foreign_pct: fixed(pct(s.foreignServicesShare), 1),
        services_va_content: fixed(s.servicesValueAddedContent, 3),
      })),
      ['sector', 'name', ...svNumbers],
      svNumbers,
    ) +
    `\nICT sectors (ICT share of all intermediate inputs: ${fixed(pct(ict.ictInputShare), 1)} %)\n` +
    toTable(
      ict.sectors.map((s) => ({
        sector: s.sector,
        name: sectorName(s, lang),
        output_pct: fixed(pct(s.outputShare), 2),
        backward: fixed(s.backward),
        forward: fixed(s.forward),
        class: s.class ?? 'none (no output)',
      })),
      ['sector', 'name', ...ictNumbers, 'class'],
      ictNumbers,
    ) +
    '\n3+1 arrays by WIOD sector (coarse: catalog/arrays-wiod.yaml; A3 is not measurable)\n' +
    toTable(
      arrays.map((a) => ({
        array: a.array,
        name: lang === 'zh' ? a.name_zh : a.name_en,
        output_pct: a.outputShare === null ? '' : fixed(pct(a.outputShare), 1),
        value_added_pct: a.valueAddedShare === null ? '' : fixed(pct(a.valueAddedShare), 1),
        exports_pct: a.exportsShare === null ? '' : fixed(pct(a.exportsShare), 1),
      })),
      ['array', 'name', ...arrayNumbers],
      arrayNumbers,
    )
  );
}
