/**
 * Section "Input-output linkages and chokepoints", from one WIOD table: Rasmussen linkages and
 * key sectors, GVC participation of the economy and of its largest exporting sectors, foreign
 * chokepoints, the services share of manufacturing inputs, and the 3+1 arrays' shares of output,
 * value added and exports. An economy outside the table gets the table's economies instead.
 *
 * @module
 */
import { NON_MARKET_SECTORS, WIOD_SERVICES, type IoMeta } from '@chanye/engine';
import { MRIO_DATASETS } from '@chanye/store';
import type { Context } from '../context.js';
import type { ReportFigure, ReportSection, ReportTable } from '../model.js';
import { REPORT_DEFAULTS } from '../options.js';
import { col, figure, pct, section, table } from './blocks.js';
import { INPUT_OUTPUT_TEXT } from './input-output-text.js';
import { NOTE_TEXT } from './notes-text.js';

/** The works the section's measures come from, cited in this order. */
const IO_REFERENCES = [
  'Timmer, Dietzenbacher, Los, Stehrer and de Vries (2015), "An illustrated user guide to the World Input-Output Database: the case of global automotive production", Review of International Economics 23: 575-605',
  'Miller and Blair (2009), Input-Output Analysis: Foundations and Extensions, 2nd ed., Cambridge University Press (Rasmussen linkages, §12.2)',
  'Borin and Mancini (2019), "Measuring what matters in global value chains and value-added trade", World Bank Policy Research Working Paper 8804',
] as const;

export function inputOutputSection(context: Context): ReportSection {
  const { t, lang, iso3, data, settings } = context;
  const zh = lang === 'zh';
  const text = INPUT_OUTPUT_TEXT[lang];
  const note = NOTE_TEXT[lang];
  const io = data.io;
  if (!io.available)
    return section(context, 'input-output', { paragraphs: t.ioMissing(context.name, io.economies.join(', ')) });
  const { year } = settings.io;
  const short = t.ioSource(year);
  // "Timmer, Dietzenbacher, Los, Stehrer and de Vries (2015), Review of International Economics 23: 575-605"
  const wiodCitation = MRIO_DATASETS.wiod2013.citation.replace(/; via .*$/, '');
  for (const reference of IO_REFERENCES) context.citations.reference(reference);
  const source = (command: string, meta: IoMeta): string[] => [
    `${meta.source}; ${wiodCitation}; table of ${meta.year}; chanye io ${command} --year ${meta.year} --economy ${iso3}`,
  ];
  // Sectors and economies by name in the report's language; codes only in code columns and on hover.
  const sectorNames = new Map(io.sectors.map((s) => [s.sector, zh ? s.name_zh : s.name_en]));
  const name = (sector: string): string => sectorNames.get(sector) ?? sector;
  const named = (row: { sectorNameEn: string; sectorNameZh: string }): string =>
    zh ? row.sectorNameZh : row.sectorNameEn;
  const regionName = (row: { regionNameEn: string; regionNameZh: string }): string =>
    zh ? row.regionNameZh : row.regionNameEn;
  const economyName = zh ? io.security.economyName.zh : io.security.economyName.en;
  const figures: ReportFigure[] = [];
  const tables: ReportTable[] = [];
  // Linkages and key sectors.
  const links = io.linkages;
  figures.push(
    figure(
      context,
      {
        kind: 'dot',
        id: 'io-linkages',
        title: text.linkagesChart,
        description: text.linkagesDesc,
        source: '',
        key: t.sector,
        digits: 3,
        width: 720,
        x: { label: text.rasmussenIndex },
        rules: [{ value: 1, label: '1' }],
        rows: links.rows
          .filter((r) => r.class !== null)
          .map((r) => ({
            label: named(r),
            hint: r.sector,
            points: [
              { series: text.backwardLinkage, value: r.backward },
              { series: text.forwardLinkage, value: r.forward },
            ],
          })),
      },
      source('linkages', links),
      { short },
    ),
  );
  const key = links.rows.filter((r) => r.class === 'key');
  const classed = links.rows.filter((r) => r.class !== null);
  const counts = {
    economy: economyName,
    key: key.length,
    classed: classed.length,
    noOutput: links.rows.filter((r) => r.class === null).map(named),
    worldKey: links.world.key,
    worldProducing: links.world.producing,
    meanBackward: classed.reduce((sum, r) => sum + r.backward, 0) / classed.length,
  };
  tables.push(
    table(
      context,
      'io-key-sectors',
      text.keySectors(counts),
      [col(text.sectorName), col(text.code), col(text.backwardLinkage, 3), col(text.forwardLinkage, 3)],
      key.map((r) => [named(r), r.sector, r.backward, r.forward]),
      source('linkages', links),
      `${text.keySectorsNote(counts)} ${text.sectorNamesNote}`,
      short,
    ),
  );
  // GVC participation.
  const gvc = io.gvc;
  const total = gvc.economies[0];
  if (total) {
    tables.push(
      table(
        context,
        'io-gvc',
        t.gvcTable,
        [col(t.measure), col(t.value)],
        [
          [t.grossExports, total.exports],
          [t.dvaShare, pct(total.dva / total.exports)],
          [t.fvaShare, pct(total.fva / total.exports)],
          [t.backwardShare, pct(total.backward)],
          [t.forwardShare, pct(total.forward)],
          [t.participation, pct(total.participation)],
          [t.gvcTrade, pct(total.gvcTrade)],
        ],
        source('gvc', gvc),
        note.method(lang === 'zh' ? gvc.method_zh : gvc.method),
        short,
      ),
    );
  }
  const largest = [...(gvc.sectors ?? [])].sort((a, b) => b.exports - a.exports).slice(0, 10);
  figures.push(
    figure(
      context,
      {
        kind: 'dot',
        id: 'io-gvc-sectors',
        title: t.gvcChart,
        description: t.gvcDesc,
        source: '',
        key: t.sector,
        digits: 1,
        width: 720,
        x: { label: '%', min: 0 },
        rows: largest.map((g) => ({
          label: named(g),
          hint: g.sector,
          points: [
            { series: t.backward, value: pct(g.backward) },
            { series: t.forward, value: pct(g.forward) },
          ],
        })),
      },
      source('gvc', gvc),
      { short },
    ),
  );
  // Chokepoints.
  const security = io.security;
  const shown = security.chokepoints.slice(0, REPORT_DEFAULTS.chokepoints.shown);
  const first = shown[0];
  const reading = first
    ? text.chokepointReading({
        economy: economyName,
        supplier: regionName(first),
        sector: named(first),
        needPer1000: first.requirement * 1000,
        needSharePct: pct(first.requirementShare),
        worldSharePct: pct(first.worldExportShare),
        scorePer1000: first.score * 1000,
      })
    : undefined;
  const nonMarket = NON_MARKET_SECTORS.map(name).join(zh ? '、' : '; ');
  tables.push(
    table(
      context,
      'io-chokepoints',
      t.chokepointsTable(shown.length, security.chokepoints.length),
      [
        col(t.rank, 0),
        col(text.supplierName),
        col(text.sectorName),
        col(text.code),
        col(text.needPer1000, 2),
        col(text.needShare, 1),
        col(text.worldExportShare, 1),
        col(text.importShare, 1),
        col(text.scorePer1000, 3),
      ],
      shown.map((c, k) => [
        k + 1,
        regionName(c),
        named(c),
        `${c.region} ${c.sector}`,
        c.requirement * 1000,
        pct(c.requirementShare),
        pct(c.worldExportShare),
        pct(c.importShare),
        c.score * 1000,
      ]),
      source('security', security),
      text.chokepointNote(nonMarket),
      short,
    ),
  );
  // Servitization.
  const sv = io.integration.servitization;
  tables.push(
    table(
      context,
      'io-servitization',
      t.servitizationTable(sv.servicesShare),
      [
        col(text.sectorName),
        col(text.code),
        col(t.servicesShare, 1),
        col(t.domesticServices, 1),
        col(t.foreignServices, 1),
        col(t.servicesContent, 3),
      ],
      [
        [
          t.manufacturing,
          'c3-c16',
          pct(sv.servicesShare),
          pct(sv.domesticServicesShare),
          pct(sv.foreignServicesShare),
          null,
        ],
        ...sv.sectors.map((x) => [
          named(x),
          x.sector,
          pct(x.servicesShare),
          pct(x.domesticServicesShare),
          pct(x.foreignServicesShare),
          x.servicesValueAddedContent,
        ]),
      ],
      source('integration', io.integration),
      text.servicesNote(name(WIOD_SERVICES[0] as string), name(WIOD_SERVICES.at(-1) as string)),
      short,
    ),
  );
  // The 3+1 arrays by sector.
  const arrays = io.integration.arrays;
  const share = (v: number | null): number | null => (v === null ? null : pct(v));
  figures.push(
    figure(
      context,
      {
        kind: 'bar',
        id: 'io-arrays',
        title: t.ioArraysChart,
        description: t.ioArraysDesc,
        source: '',
        key: t.array,
        digits: 1,
        y: { label: '%', min: 0 },
        categories: arrays.map((a) => `${a.array} ${zh ? a.name_zh : a.name_en}`),
        series: [
          { name: t.output, values: arrays.map((a) => share(a.outputShare)) },
          { name: t.valueAdded, values: arrays.map((a) => share(a.valueAddedShare)) },
          { name: t.exportsLabel, values: arrays.map((a) => share(a.exportsShare)) },
        ],
      },
      source('integration', io.integration),
      {
        short,
        note: text.arraysNote(
          arrays.map((a) => ({
            id: a.array,
            sectors: a.measurable ? a.sectors.map(name).join(zh ? '、' : ', ') : zh ? '无' : 'none',
          })),
        ),
      },
    ),
  );
  const paragraphs = [t.ioIntro(iso3, year), ...(reading ? [reading] : [])];
  return section(context, 'input-output', { paragraphs, figures, tables });
}
