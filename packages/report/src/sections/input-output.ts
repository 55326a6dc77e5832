/**
 * Section "Input-output linkages and chokepoints", from one WIOD table: Rasmussen linkages and
 * key sectors, GVC participation of the economy and of its largest exporting sectors, foreign
 * chokepoints, the services share of manufacturing inputs, and the 3+1 arrays' shares of output,
 * value added and exports. An economy outside the table gets the table's economies instead.
 *
 * @module
 */
import type { IoMeta } from '@chanye/engine';
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
    return section(context, 'input-output', { paragraphs: t.ioMissing(iso3, io.economies.join(', ')) });
  const { year } = settings.io;
  const short = t.ioSource(year);
  // "Timmer, Dietzenbacher, Los, Stehrer and de Vries (2015), Review of International Economics 23: 575-605"
  const wiodCitation = MRIO_DATASETS.wiod2013.citation.replace(/; via .*$/, '');
  for (const reference of IO_REFERENCES) context.citations.reference(reference);
  const source = (command: string, meta: IoMeta): string[] => [
    `${meta.source}; ${wiodCitation}; table of ${meta.year}; chanye io ${command} --year ${meta.year} --economy ${iso3}`,
  ];
  const description = new Map(io.sectors.map((s) => [s.sector, s.description]));
  const describe = (sector: string): string => description.get(sector) ?? '';
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
        title: t.linkagesChart,
        description: t.linkagesDesc,
        source: '',
        key: t.sector,
        digits: 3,
        width: 720,
        x: { label: text.rasmussenIndex },
        rules: [{ value: 1, label: '1' }],
        rows: links.rows.map((r) => ({
          label: `${r.sector} ${describe(r.sector)}`,
          points: [
            { series: t.backward, value: r.backward },
            { series: t.forward, value: r.forward },
          ],
        })),
      },
      source('linkages', links),
      { short },
    ),
  );
  const key = links.rows.filter((r) => r.class === 'key');
  tables.push(
    table(
      context,
      'io-key-sectors',
      t.keySectors(key.length),
      [col(t.sector), col(t.description), col(t.backward, 3), col(t.forward, 3)],
      key.map((r) => [r.sector, describe(r.sector), r.backward, r.forward]),
      source('linkages', links),
      text.sectorNamesNote,
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
        note.method(gvc.method),
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
          label: `${g.sector} ${g.description}`,
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
  tables.push(
    table(
      context,
      'io-chokepoints',
      t.chokepointsTable(shown.length, security.chokepoints.length),
      [
        col(t.rank, 0),
        col(t.supplier),
        col(t.sector),
        col(t.description),
        col(t.requirement, 4),
        col(t.worldExportShare, 1),
        col(t.importShare, 1),
        col(t.chokepointScore, 5),
      ],
      shown.map((c, k) => [
        k + 1,
        c.region,
        c.sector,
        describe(c.sector),
        c.requirement,
        pct(c.worldExportShare),
        pct(c.importShare),
        c.score,
      ]),
      source('security', security),
      note.method(security.method),
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
        col(t.sector),
        col(t.description),
        col(t.servicesShare, 1),
        col(t.domesticServices, 1),
        col(t.foreignServices, 1),
        col(t.servicesContent, 3),
      ],
      [
        [
          'c3-c16',
          t.manufacturing,
          pct(sv.servicesShare),
          pct(sv.domesticServicesShare),
          pct(sv.foreignServicesShare),
          null,
        ],
        ...sv.sectors.map((x) => [
          x.sector,
          x.description,
          pct(x.servicesShare),
          pct(x.domesticServicesShare),
          pct(x.foreignServicesShare),
          x.servicesValueAddedContent,
        ]),
      ],
      source('integration', io.integration),
      note.definitions(io.integration.definitions.services),
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
      { short, note: note.definitions(io.integration.definitions.arrays) },
    ),
  );
  return section(context, 'input-output', { paragraphs: [t.ioIntro(iso3, year)], figures, tables });
}
