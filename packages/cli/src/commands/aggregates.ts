/**
 * `chanye aggregates <measure>`: world and World Bank income-group totals of MVA, medium and
 * high-tech MVA or goods exports, summed from levels, with each group's ratio and coverage;
 * `--shares` lists every economy's share of the world total instead.
 *
 * @module
 */
import type { Command } from 'commander';
import {
  AGGREGATE_GROUP_COLUMNS,
  AGGREGATE_MEASURES,
  AGGREGATE_SHARE_COLUMNS,
  aggregateGroupRows,
  aggregates,
  aggregateShareRows,
  aggregateYears,
  parseMeasure,
  type Aggregates,
  type AggregateShareRow,
} from '@chanye/engine';
import { ChanyeError } from '@chanye/compute';
import { emitData } from '../output/write.js';
import { formatNumber, toTable } from '../output/format.js';
import {
  ECONOMY_LIST_HELP,
  parseLang,
  parseList,
  parseYear,
  resolveEconomies,
  withOutputOptions,
  withStore,
  type Lang,
  type OutputOptions,
} from '../context.js';

interface AggregatesOptions extends OutputOptions {
  year?: number;
  shares?: boolean;
  economies?: string[];
  lang: Lang;
}

const fmt = (v: unknown, digits = 2): string => (typeof v === 'number' ? formatNumber(v, digits) : '-');

function renderGroups(a: Aggregates, lang: Lang): string {
  const rows = aggregateGroupRows(a, lang).map((r) => ({
    group: r.name,
    'total (bn)': fmt(typeof r.total === 'number' ? r.total / 1e9 : null, 1),
    ...(a.ratio_name ? { [lang === 'zh' ? a.ratio_name.zh : a.ratio_name.en]: fmt(r.ratio) } : {}),
    economies: `${String(r.economies)} of ${String(r.members)}`,
    'population covered %': fmt(r.population_coverage, 1),
  }));
  const columns = Object.keys(rows[0] ?? {});
  const classification = a.groups.find((g) => g.group !== 'world')?.classification;
  return [
    `${lang === 'zh' ? a.name_zh : a.name_en}, ${a.year}, ${a.unit}: sums of levels over the economies with data`,
    toTable(rows, columns).trimEnd(),
    `method: ${a.method}`,
    classification
      ? `income groups: ${classification}`
      : 'income groups: none (the World Bank classification starts with the GNI of 1987)',
    ...(a.excluded.length > 0
      ? [`left out of the world total (not economies Chanye lists): ${a.excluded.join(', ')}`]
      : []),
    `source: ${a.source} (${a.vintage})`,
    '',
  ].join('\n');
}

function renderShares(a: Aggregates, rows: readonly AggregateShareRow[]): string {
  const table = rows.map((r) => ({
    rank: r.rank,
    iso3: r.iso3,
    name: r.name,
    'value (bn)': fmt((r.value as number) / 1e9, 1),
    'share of world %': fmt(r.share_of_world),
  }));
  return [
    `${a.name_en}, ${a.year}: each economy's share of the world total (${a.unit})`,
    toTable(table, ['rank', 'iso3', 'name', 'value (bn)', 'share of world %']).trimEnd(),
    `source: ${a.source} (${a.vintage})`,
    '',
  ].join('\n');
}

export function registerAggregates(program: Command): void {
  withOutputOptions(
    program
      .command('aggregates')
      .description('world and income-group totals summed from levels (MVA, MHT MVA, exports), with coverage')
      .argument('<measure>', AGGREGATE_MEASURES.join(', '))
      .option('--year <year>', 'the year (default the latest with data)', parseYear)
      .option('--shares', "table and CSV: each economy's share of the world total instead of the group totals")
      .option('--economies <list>', `with --shares: only these economies (${ECONOMY_LIST_HELP})`, parseList)
      .option('--lang <lang>', 'en or zh', parseLang, 'en' as Lang),
    { xlsx: true },
  ).action(async (measureArg: string, options: AggregatesOptions, command: Command) => {
    const measure = parseMeasure(measureArg);
    if (options.economies && !options.shares && options.format !== 'json') {
      throw new ChanyeError('invalid-input', '--economies needs --shares (the group totals are for whole groups)');
    }
    const { a, economies } = await withStore(command, async (store) => {
      const year = options.year ?? (await aggregateYears(store, measure)).at(-1);
      if (year === undefined) throw new ChanyeError('no-data', `no data for the measure ${measure}`);
      const economies = options.economies ? await resolveEconomies(store, options.economies) : undefined;
      return { a: await aggregates(store, measure, year), economies };
    });
    const wanted = economies ? new Set(economies) : undefined;
    const shareRows = aggregateShareRows(a, options.lang).filter((r) => !wanted || wanted.has(r.iso3 as string));
    const classification = a.groups.find((g) => g.group !== 'world')?.classification;
    await emitData(options, {
      // As the API answers: the groups always, the shares cut to --economies when given.
      json: () => (wanted ? { ...a, shares: a.shares.filter((s) => wanted.has(s.iso3)) } : a),
      table: () => (options.shares ? renderShares(a, shareRows) : renderGroups(a, options.lang)),
      sheets: () => [
        options.shares
          ? { name: 'shares', columns: AGGREGATE_SHARE_COLUMNS, rows: shareRows }
          : { name: 'groups', columns: AGGREGATE_GROUP_COLUMNS, rows: aggregateGroupRows(a, options.lang) },
      ],
      notes: [
        `${a.name_en}, ${a.year}, ${a.unit}: sums of levels over the economies with data.`,
        `Method: ${a.method}`,
        classification
          ? `Income groups: ${classification}`
          : 'Income groups: none (the World Bank classification starts with the GNI of 1987)',
        ...(a.excluded.length > 0
          ? [`Left out of the world total (not economies Chanye lists): ${a.excluded.join(', ')}`]
          : []),
        `Source: ${a.source} (${a.vintage})`,
      ],
    });
  });
}
