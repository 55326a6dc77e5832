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
  IoLinkageRow,
  IoMeta,
  IoMultiplierRow,
  IoSecurity,
  IoShock,
} from '@chanye/engine';
import { formatNumber, toTable } from './format.js';

/** An `ioMultipliers`, `ioLinkages` or `ioExtraction` result. */
type RegionSectorResult<Row> = IoMeta & { readonly economy: string | null; readonly rows: readonly Row[] };

const pct = (v: number): number => v * 100;
const fixed = (v: number, digits = 3): string => (Number.isFinite(v) ? v.toFixed(digits) : '');
const focusSuffix = (economy: string | null): string => (economy ? `, ${economy}` : '');

function header(title: string, meta: IoMeta, extra: readonly string[] = []): string {
  return [title, `source: ${meta.source}; ${meta.unit}`, ...extra, ''].join('\n') + '\n';
}

export function multipliersText(r: RegionSectorResult<IoMultiplierRow>): string {
  return (
    header(`Multipliers, ${r.dataset} ${r.year}${focusSuffix(r.economy)}`, r, [
      'per unit of final demand: output everywhere, output at home, value added at home, intermediate imports',
    ]) +
    toTable(
      r.rows.map((x) => ({
        region: x.region,
        sector: x.sector,
        output: fixed(x.output),
        output_domestic: fixed(x.outputDomestic),
        va_domestic: fixed(x.valueAddedDomestic),
        imports: fixed(x.imports),
      })),
      ['region', 'sector', 'output', 'output_domestic', 'va_domestic', 'imports'],
    )
  );
}

export function linkagesText(r: RegionSectorResult<IoLinkageRow>): string {
  return (
    header(`Linkages, ${r.dataset} ${r.year}${focusSuffix(r.economy)}`, r, [
      'backward: Rasmussen on the columns of L; forward: on the rows of the Ghosh inverse; key = both above 1',
    ]) +
    toTable(
      r.rows.map((x) => ({
        region: x.region,
        sector: x.sector,
        backward: fixed(x.backward),
        forward: fixed(x.forward),
        class: x.class,
      })),
      ['region', 'sector', 'backward', 'forward', 'class'],
    )
  );
}

/** Largest world loss first. */
export function extractionText(r: RegionSectorResult<IoExtractionRow> & { readonly mode: string }): string {
  return (
    header(`Hypothetical extraction (${r.mode}), ${r.dataset} ${r.year}${focusSuffix(r.economy)}`, r, [
      'loss: world output lost (millions); loss_pct: % of world output; domestic: the part lost at home, % of home output',
    ]) +
    toTable(
      [...r.rows]
        .sort((a, b) => b.loss - a.loss)
        .map((x) => ({
          region: x.region,
          sector: x.sector,
          loss: x.loss,
          loss_pct: fixed(pct(x.relative)),
          domestic: x.lossDomestic,
          domestic_pct: fixed(pct(x.relativeDomestic)),
        })),
      ['region', 'sector', 'loss', 'loss_pct', 'domestic', 'domestic_pct'],
    )
  );
}

/** Every economy's decomposition, then (for one economy) its sectors. */
export function gvcText(r: IoGvc): string {
  const economies = toTable(
    r.economies.map((e) => ({
      economy: e.economy,
      exports: e.exports,
      dva_pct: fixed(pct(e.dva / e.exports), 1),
      fva_pct: fixed(pct(e.fva / e.exports), 1),
      backward_pct: fixed(pct(e.backward), 1),
      forward_pct: fixed(pct(e.forward), 1),
      participation_pct: fixed(pct(e.participation), 1),
      gvc_trade_pct: fixed(pct(e.gvcTrade), 1),
    })),
    ['economy', 'exports', 'dva_pct', 'fva_pct', 'backward_pct', 'forward_pct', 'participation_pct', 'gvc_trade_pct'],
  );
  const sectors = r.sectors
    ? '\n' +
      toTable(
        r.sectors.map((s) => ({
          sector: s.sector,
          description: s.description.slice(0, 40),
          exports: s.exports,
          backward_pct: fixed(pct(s.backward), 1),
          forward_pct: fixed(pct(s.forward), 1),
          upstreamness: fixed(s.upstreamness, 3),
          antras_chor: s.upstreamnessReference === null ? '' : fixed(s.upstreamnessReference, 3),
        })),
        ['sector', 'description', 'exports', 'backward_pct', 'forward_pct', 'upstreamness', 'antras_chor'],
      )
    : '';
  return (
    header(`Gross exports by value added, ${r.dataset} ${r.year}`, r, [
      `method: ${r.method}`,
      'E = DVA + DDC + FVA + FDC; DVA = DAVAX + REX + REF; exports in millions',
    ]) +
    economies +
    sectors
  );
}

/** The economy's sectors, then the ranked chokepoints. */
export function securityText(r: IoSecurity): string {
  return (
    header(`Supply security of ${r.economy}, ${r.dataset} ${r.year}`, r, [`method: ${r.method}`]) +
    toTable(
      r.sectors.map((s) => ({
        sector: s.sector,
        description: s.description.slice(0, 40),
        foreign_pct: fixed(pct(s.foreignInputShare), 1),
        hhi: fixed(s.hhi, 3),
        top_supplier: s.topSupplier ?? '',
        top_share_pct: fixed(pct(s.topSupplierShare), 1),
        top_exposure_pct: fixed(pct(s.topSupplierExposure), 2),
      })),
      ['sector', 'description', 'foreign_pct', 'hhi', 'top_supplier', 'top_share_pct', 'top_exposure_pct'],
    ) +
    '\nChokepoints (foreign region-sectors; ROW and non-market services left out)\n' +
    toTable(
      r.chokepoints.map((c, i) => ({
        rank: i + 1,
        region: c.region,
        sector: c.sector,
        requirement: fixed(c.requirement, 4),
        world_export_pct: fixed(pct(c.worldExportShare), 1),
        import_share_pct: fixed(pct(c.importShare), 1),
        score: fixed(c.score, 5),
      })),
      ['rank', 'region', 'sector', 'requirement', 'world_export_pct', 'import_share_pct', 'score'],
    )
  );
}

/** Totals and assumptions of both models, then the economy's sectors. */
export function shockText(r: IoShock): string {
  return (
    header(
      `${r.supplier} ${r.sector} output −${formatNumber(r.percent)} %: effect on ${r.economy}, ${r.dataset} ${r.year}`,
      r,
      [
        `demand-driven: ${r.economy} loses ${formatNumber(-r.totals.demand.economy)} (world ${formatNumber(-r.totals.demand.world)})`,
        `supply-driven: ${r.economy} loses ${formatNumber(-r.totals.supply.economy)} (world ${formatNumber(-r.totals.supply.world)})`,
        'assumptions, demand-driven:',
        ...r.assumptions.demand.map((a) => `  - ${a}`),
        'assumptions, supply-driven:',
        ...r.assumptions.supply.map((a) => `  - ${a}`),
      ],
    ) +
    toTable(
      r.rows.map((x) => ({
        sector: x.sector,
        description: x.description.slice(0, 40),
        supply_change: x.supplyChange,
        supply_pct: fixed(pct(x.supplyRelative), 3),
        demand_change: x.demandChange,
        demand_pct: fixed(pct(x.demandRelative), 3),
      })),
      ['sector', 'description', 'supply_change', 'supply_pct', 'demand_change', 'demand_pct'],
    )
  );
}

/** Servitization of manufacturing, the ICT sectors, then the 3+1 arrays. */
export function integrationText(r: IoIntegration): string {
  const { servitization: sv, ict, arrays } = r;
  return (
    header(`Integration of ${r.economy}, ${r.dataset} ${r.year}`, r, [
      r.definitions.services,
      r.definitions.ict,
      r.definitions.arrays,
    ]) +
    `Services share of manufacturing inputs: ${fixed(pct(sv.servicesShare), 1)} % (domestic ${fixed(pct(sv.domesticServicesShare), 1)} %, foreign ${fixed(pct(sv.foreignServicesShare), 1)} %)\n` +
    toTable(
      sv.sectors.map((s) => ({
        sector: s.sector,
        description: s.description.slice(0, 40),
        services_pct: fixed(pct(s.servicesShare), 1),
        domestic_pct: fixed(pct(s.domesticServicesShare), 1),
        foreign_pct: fixed(pct(s.foreignServicesShare), 1),
        services_va_content: fixed(s.servicesValueAddedContent, 3),
      })),
      ['sector', 'description', 'services_pct', 'domestic_pct', 'foreign_pct', 'services_va_content'],
    ) +
    `\nICT sectors (ICT share of all intermediate inputs: ${fixed(pct(ict.ictInputShare), 1)} %)\n` +
    toTable(
      ict.sectors.map((s) => ({
        sector: s.sector,
        description: s.description.slice(0, 40),
        output_pct: fixed(pct(s.outputShare), 2),
        backward: fixed(s.backward),
        forward: fixed(s.forward),
        class: s.class,
      })),
      ['sector', 'description', 'output_pct', 'backward', 'forward', 'class'],
    ) +
    '\n3+1 arrays by WIOD sector (coarse: catalog/arrays-wiod.yaml)\n' +
    toTable(
      arrays.map((a) => ({
        array: a.array,
        name: a.name_en,
        output_pct: a.outputShare === null ? 'not measurable' : fixed(pct(a.outputShare), 1),
        value_added_pct: a.valueAddedShare === null ? '' : fixed(pct(a.valueAddedShare), 1),
        exports_pct: a.exportsShare === null ? '' : fixed(pct(a.exportsShare), 1),
      })),
      ['array', 'name', 'output_pct', 'value_added_pct', 'exports_pct'],
    )
  );
}
