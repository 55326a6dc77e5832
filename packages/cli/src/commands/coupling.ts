import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import { couplingPolicy, couplingSeries, couplingTable, DEFAULT_SCORE_WINDOW, requireCoupling } from '@chanye/engine';
import { emitData } from '../output/write.js';
import { parseCount, WINDOW_HELP } from './score.js';
import { toTable } from '../output/format.js';
import {
  ECONOMY_ARGUMENT_HELP,
  parseLang,
  parseYears,
  withOutputOptions,
  withStore,
  type Lang,
  type OutputOptions,
} from '../context.js';

function parseWeighting(value: string): 'equal' | 'entropy' {
  if (value === 'equal' || value === 'entropy') return value;
  throw new ChanyeError('invalid-input', `invalid --weighting: ${value} (expected equal or entropy)`);
}

interface CouplingOptions extends OutputOptions {
  framework: string;
  years: [number, number];
  peers: string;
  window: number;
  weighting: 'equal' | 'entropy';
  lang: Lang;
}

export function registerCoupling(program: Command): void {
  withOutputOptions(
    program
      .command('coupling')
      .description('coupling coordination degree (C, T, D and band) of an economy’s subsystems, year by year')
      .argument('<economy>', ECONOMY_ARGUMENT_HELP)
      .option('--framework <id>', 'new-four, three-sector, four-systems or characteristics', 'new-four')
      .option('--years <A:B>', 'range of years', parseYears, [2000, 2019] as [number, number])
      .option('--peers <set>', 'units each subsystem is scored against (see chanye score --help)', 'all')
      .option(
        '--weighting <name>',
        'indicator weights within a subsystem: equal or entropy',
        parseWeighting,
        'equal' as const,
      )
      .option('--window <years>', WINDOW_HELP, parseCount('--window', 20), DEFAULT_SCORE_WINDOW)
      .option('--lang <lang>', 'language of the band names: en or zh', parseLang, 'en' as Lang),
    { xlsx: true },
  ).action(async (iso3: string, options: CouplingOptions, command: Command) => {
    const policy = couplingPolicy(options.weighting);
    const [from, to] = options.years;
    const rows = await withStore(command, async (store) => {
      const request = {
        iso3: (await store.economy(iso3)).iso3,
        framework: options.framework,
        years: Array.from({ length: to - from + 1 }, (_, i) => from + i),
        peers: options.peers,
        window: options.window,
        policy,
      };
      const series = await couplingSeries(store, request);
      await requireCoupling(store, series, request);
      return series;
    });
    const flat = couplingTable(rows, options.lang);
    await emitData(options, {
      json: () => rows,
      table: () =>
        toTable(
          flat.rows.map((r) => ({ ...r, note: r['note'] || '' })),
          flat.columns.filter((c) => c !== 'band_zh' && c !== 'note'),
        ),
      sheets: () => [{ name: 'coupling', columns: flat.columns, rows: flat.rows }],
      notes: [
        `Coupling coordination degree of the ${options.framework} subsystems: each subsystem score U_m in [0, 1] by min-max normalization over the peers (${options.peers}) of each year and arithmetic aggregation with ${options.weighting} indicator weights; C (coupling), T (equal-weight composite) and D = √(C·T) from the economy's own U_m (docs/methods/composite-indices.md, "Coupling of subsystems").`,
        `Coverage window ±${options.window} years.`,
      ],
    });
  });
}
