import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultCatalogPath } from '@chanye/store';
import type { Command } from 'commander';
import { discardTemp, parseOutPath, releaseTemp, tempFor } from '../output/temp-files.js';
import { ChanyeError, FAN_QUANTILES, FORECAST_COMBINATION, FORECAST_METHODS, type FanSeries } from '@chanye/compute';
import {
  accountingRows,
  backtest,
  crossingRows,
  FORECAST_BACKTEST_COLUMNS,
  forecastCrossingRows,
  forecastFanRows,
  outlook,
  type EconomyForecast,
  type Outlook,
  listScenarios,
  forecastBacktest,
  forecastBacktestRows,
  type ForecastBacktestReport,
  FAN_COLUMNS,
  fanRows,
  outlookJson,
  toCsv,
  type BacktestReport,
  type SimulationReport,
} from '@chanye/engine';
import { parseFormat, toTable, type Format } from '../output/format.js';
import { emit } from '../output/write.js';
import {
  ECONOMY_ARGUMENT_HELP,
  ECONOMY_LIST_HELP,
  parseList,
  parseYear,
  resolveEconomies,
  withStore,
} from '../context.js';
import { parseCount } from './score.js';

interface SimulateOptions {
  to: number;
  scenario: string;
  draws: number;
  seed: number;
  format: Format;
  out?: string;
}

type BacktestModel = 'forecast' | 'structural';

interface BacktestOptions {
  model: BacktestModel;
  cutoff?: number[];
  economies?: string[];
  draws: number;
  seed: number;
  format: Format;
  out?: string;
}

/** A progress bar on stderr, only when stderr is a terminal. */
function progress(label: string): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total) => {
    const width = 30;
    const filled = Math.round((width * done) / total);
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) process.stderr.write('\n');
  };
}

function parseSeed(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 32 - 1)
    throw new ChanyeError('invalid-input', `invalid --seed: ${value} (expected a whole number from 0 to 4294967295)`);
  return n;
}

/** The bundled scenario ids, for the help text (none when the catalogue cannot be found). */
export function bundledScenarioIds(): string[] {
  try {
    return listScenarios(dirname(defaultCatalogPath()));
  } catch {
    return [];
  }
}

function parseBacktestModel(value: string): BacktestModel {
  if (value !== 'forecast' && value !== 'structural')
    throw new ChanyeError('invalid-input', `invalid --model: ${value} (expected forecast or structural)`);
  return value;
}

/** Comma-separated years. */
function parseYears(value: string): number[] {
  return parseList(value).map((y) => {
    if (!/^\d{4}$/.test(y))
      throw new ChanyeError('invalid-input', `invalid --cutoff: ${y} (expected years such as 2000,2005)`);
    return Number(y);
  });
}

const q = (level: number): number => FAN_QUANTILES.indexOf(level as never);

/** The carbon constraint by year: P(historical pace ≤ scenario path) and, with a target, P(pace ≤ target) and P(met by). */
function carbonRows(report: SimulationReport): Record<string, unknown>[] {
  const target = report.carbonTarget;
  return report.carbonPaceWithinPath.map(({ year, probability }, t) => ({
    iso3: report.iso3,
    scenario: report.scenario.id,
    year,
    p_pace_within_path: probability,
    target_year: target?.year ?? null,
    target_value: target?.value ?? null,
    p_pace_below_target: target?.atPace[t]?.probabilityBelow ?? null,
    p_pace_met_target_by: target?.atPace[t]?.probabilityMetBy ?? null,
  }));
}

function summaryTable(report: SimulationReport): string {
  const f = report.run.fans;
  const structure = report.years.map((year, t) => {
    const at = (s: FanSeries, level: number): number => (f[s].quantiles[q(level)] as Float64Array)[t] as number;
    return {
      year,
      industry_va: round(at('industry_share_gdp', 0.5), 1),
      manuf_va: round(at('manufacturing_share_gdp', 0.5), 1),
      rd: round(at('rd_share_gdp', 0.5), 2),
      co2_int: round(at('co2_intensity', 0.5), 3),
    };
  });
  const head = `${report.name_en} (${report.iso3}) — scenario ${report.scenario.id}: ${report.scenario.name_en}\n\n`;
  const last = report.carbonPaceWithinPath.at(-1);
  const target = report.carbonTarget;
  const atTarget = target?.atPace.find((p) => p.year === target.year);
  const carbon =
    (last
      ? `\nCarbon constraint: P(CO2 intensity at the historical pace ≤ the scenario path in ${last.year}) = ${last.probability.toFixed(3)}\n`
      : '') +
    (target
      ? `Carbon target: CO2 intensity ≤ ${target.value.toFixed(3)} in ${target.year}: probability on the scenario path ${target.probability?.toFixed(3) ?? 'n/a (year outside the horizon)'}; at the historical pace ${atTarget ? atTarget.probabilityBelow.toFixed(3) : 'n/a'}\n`
      : '');
  const structural =
    `\nStructure and carbon (structural model from ${report.baseYear}, medians; ${report.draws} draws, seed ${report.seed}; its GDP per capita does not beat simple benchmarks and is not the headline):\n` +
    toTable(structure, Object.keys(structure[0] ?? {})) +
    carbon;
  const assumptions = `\nAssumptions:\n${[...(report.forecast?.assumptions ?? []), ...report.assumptions].map((a) => `- ${a}`).join('\n')}\n`;
  return head + forecastSection(report.forecast, report.iso3, report.forecastUnavailable) + structural + assumptions;
}

/** Output for an economy the structural model cannot calibrate: the forecast's files and text only. */
function emitForecastOnly(o: Extract<Outlook, { kind: 'forecast' }>, options: SimulateOptions): void {
  const fan = forecastFanRows(o.forecast, o.scenario.id);
  const crossing = forecastCrossingRows(o.forecast, o.scenario.id);
  const json = toJson(outlookJson(o));
  if (options.out !== undefined) {
    writeDir(options.out, {
      'fan.csv': toCsv(fan, [...FAN_COLUMNS]),
      'crossing.csv': toCsv(crossing, Object.keys(crossing[0] ?? { year: 0 })),
      'report.json': json,
      'summary.txt': forecastOnlyTable(o),
    });
    process.stderr.write(`wrote ${resolve(options.out)}\n`);
  } else if (options.format === 'json') emit(json, undefined);
  else if (options.format === 'csv') emit(toCsv(fan, [...FAN_COLUMNS]), undefined);
  else emit(forecastOnlyTable(o), undefined);
}

/** The text of an economy the structural model cannot calibrate: the forecast alone, and why. */
function forecastOnlyTable(o: Extract<Outlook, { kind: 'forecast' }>): string {
  return (
    `${o.name_en} (${o.iso3}) — scenario ${o.scenario.id}: ${o.scenario.name_en}\n\n` +
    forecastSection(o.forecast, o.iso3, null) +
    `\nStructure and carbon: no structural run for ${o.iso3} (${o.structuralUnavailable}); the default forecast needs only GDP per capita.\n` +
    `\nAssumptions:\n${o.forecast.assumptions.map((a) => `- ${a}`).join('\n')}\n`
  );
}

/** The headline: the default forecast from the latest observed year and the scenario as a difference from it. */
function forecastSection(fc: EconomyForecast | null, iso3: string, unavailable: string | null): string {
  if (!fc) return `No default forecast for ${iso3}: ${unavailable ?? 'unavailable'}.\n`;
  const sc = fc.scenario;
  const crossing = new Map(fc.crossing?.years.map((c) => [c.year, c]) ?? []);
  const scCrossing = new Map(sc?.crossing?.years.map((c) => [c.year, c]) ?? []);
  const history = fc.history
    .filter((h) => h.year >= (fc.crossing?.years[0]?.year ?? fc.origin))
    .map((h) => ({
      year: h.year,
      status: h.status,
      gdp_pc_p10: null,
      gdp_pc_p50: Math.round(h.gdpPerCapita),
      gdp_pc_p90: null,
      scenario_p50: null,
      difference_pct: '',
      p_high_income: crossing.has(h.year) ? round(crossing.get(h.year)!.probabilityAbove, 3) : null,
      p_high_income_scenario: null,
    }));
  const rows = fc.fan.map((y, i) => {
    const d = sc?.difference[i];
    const c = crossing.get(y.year);
    const cs = scCrossing.get(y.year);
    return {
      year: y.year,
      status: c?.status === 'observed' ? 'classified' : 'forecast',
      gdp_pc_p10: Math.round(y.quantiles[1] as number),
      gdp_pc_p50: Math.round(y.quantiles[2] as number),
      gdp_pc_p90: Math.round(y.quantiles[3] as number),
      scenario_p50: sc ? Math.round(sc.fan[i]?.quantiles[2] as number) : null,
      difference_pct: d ? `${d.p50.toFixed(2)} [${d.p10.toFixed(2)}, ${d.p90.toFixed(2)}]` : '',
      p_high_income: c ? round(c.probabilityAbove, 3) : null,
      p_high_income_scenario: cs ? round(cs.probabilityAbove, 3) : null,
    };
  });
  const lastCrossing = fc.crossing?.years.at(-1);
  const lastScenario = sc?.crossing?.years.at(-1);
  const lines = [
    `Default forecast of GDP per capita from ${fc.origin}, the latest observed year (2017 US$ at constant national prices per person; medians and 80 % intervals; ${fc.draws} draws, seed ${fc.seed}); scenario ${sc?.id ?? 'none'} as a difference from the baseline (median and 80 % interval, % of GDP per capita); P(high income) = probability that Atlas GNI per capita is above the World Bank threshold (years the World Bank has classified are observed: 0 or 1):`,
    '',
    toTable([...history, ...rows], Object.keys(rows[0] ?? {})).trimEnd(),
    '',
  ];
  if (lastCrossing)
    lines.push(
      `P(high income at least once by ${lastCrossing.year}): baseline ${lastCrossing.probabilityCrossedBy.toFixed(3)}${lastScenario ? `, scenario ${lastScenario.probabilityCrossedBy.toFixed(3)}` : ''} (Monte Carlo standard error ≤ ${(0.5 / Math.sqrt(fc.draws)).toFixed(3)}).`,
    );
  lines.push(
    `P(a growth slowdown by the Eichengreen-Park-Shin rule by ${fc.to}): baseline ${fc.slowdown.probability.toFixed(3)}${sc ? `, scenario ${sc.slowdown.probability.toFixed(3)}` : ''}.`,
  );
  if (sc) {
    lines.push(
      '',
      'Levers (effect on annual growth per unit of the lever, estimated and back-tested; docs/methods/simulation.md):',
    );
    for (const l of sc.levers) {
      const e = l.effect;
      const move = l.base
        ? `${l.base.value.toFixed(2)} in ${l.base.year}; ${fc.to - 1}: baseline ${(l.baselinePath.at(-1) ?? NaN).toFixed(2)}, scenario ${(l.scenarioPath.at(-1) ?? NaN).toFixed(2)}`
        : 'no observed value';
      lines.push(
        `  ${l.lever} (${move}): ${e.verdict === 'measurable' ? `${(100 * e.effect).toFixed(4)} pp a year per unit ± ${(196 * e.standardError).toFixed(4)} (95 %)` : 'no measurable effect'} — ${e.reason}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function round(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

/** The report as JSON-safe data (typed arrays as plain arrays). */
function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v), 2)}\n`;
}

function writeDir(dir: string, files: Record<string, string>): void {
  const root = resolve(parseOutPath(dir));
  let tmp: string | undefined;
  try {
    mkdirSync(root, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      const path = join(root, name);
      tmp = tempFor(path);
      writeFileSync(tmp, text);
      renameSync(tmp, path);
      releaseTemp(tmp);
    }
  } catch (error) {
    if (tmp !== undefined) discardTemp(tmp);
    throw new ChanyeError('invalid-input', `cannot write --out ${dir}: ${(error as Error).message}`);
  }
}

export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description(
      "the default forecast of GDP per capita from the latest observed year to --to (back-tested; high income observed where classified, slowdown probability), a scenario as a difference from the baseline, and the structural model's sector structure and carbon",
    )
    .argument('<economy>', ECONOMY_ARGUMENT_HELP)
    .option('--to <year>', 'last simulated year', parseYear, 2035)
    .option(
      '--scenario <name|file>',
      `a bundled scenario (${bundledScenarioIds().join(', ')}) or a YAML/JSON scenario file; shown as a difference from the baseline`,
      'baseline',
    )
    .option('--draws <n>', 'Monte Carlo draws', parseCount('--draws', 100_000), 1000)
    .option('--seed <s>', 'random seed (same seed, same numbers)', parseSeed, 1)
    .option('--format <format>', 'table, csv (fan charts, tidy long) or json', parseFormat, 'table' as Format)
    .option(
      '--out <dir>',
      'write fan.csv, crossing.csv, carbon.csv, accounting.csv, report.json and summary.txt to DIR',
      parseOutPath,
    )
    .action(async (iso3: string, options: SimulateOptions, command: Command) => {
      if (options.draws < 1) throw new ChanyeError('invalid-input', '--draws must be at least 1');
      const result = await withStore(command, async (store) =>
        outlook(store, {
          iso3: (await store.economy(iso3)).iso3,
          to: options.to,
          scenario: options.scenario,
          draws: options.draws,
          seed: options.seed,
          ...(progress('simulating') ? { onProgress: progress('simulating')! } : {}),
        }),
      );
      if (result.kind === 'forecast') return emitForecastOnly(result, options);
      const report = result.report;
      const fan = fanRows(report);
      const fanColumns = [...FAN_COLUMNS];
      if (options.out !== undefined) {
        const crossing = crossingRows(report);
        writeDir(options.out, {
          'fan.csv': toCsv(fan, fanColumns),
          'crossing.csv': toCsv(crossing, Object.keys(crossing[0] ?? { year: 0 })),
          'accounting.csv': toCsv(accountingRows(report), Object.keys(accountingRows(report)[0] ?? {})),
          'carbon.csv': toCsv(carbonRows(report), Object.keys(carbonRows(report)[0] ?? { year: 0 })),
          'report.json': toJson(outlookJson(result)),
          'summary.txt': summaryTable(report),
        });
        process.stderr.write(`wrote ${resolve(options.out)}\n`);
        return;
      }
      if (options.format === 'json') emit(toJson(outlookJson(result)), undefined);
      else if (options.format === 'csv') emit(toCsv(fan, fanColumns), undefined);
      else emit(summaryTable(report), undefined);
    });

  program
    .command('backtest')
    .description(
      'out-of-sample errors of the default growth forecast and three benchmarks (trend, regression to the mean, cross-country median) on every economy of 1 million people or more, at cut-offs 2000, 2005 and 2010; --model structural back-tests the scenario model instead',
    )
    .option(
      '--model <model>',
      'forecast (the growth forecast of `chanye simulate`) or structural (the scenario model)',
      parseBacktestModel,
      'forecast' as BacktestModel,
    )
    .option(
      '--cutoff <years>',
      'comma-separated cut-off years (default 2000,2005,2010; with --model structural one year, 2005 unless given)',
      parseYears,
    )
    .option(
      '--economies <list>',
      `${ECONOMY_LIST_HELP} (default: every economy with at least 1 million people; structural: graduates and stalled economies)`,
      parseList,
    )
    .option('--draws <n>', 'Monte Carlo draws per economy (structural only)', parseCount('--draws', 100_000), 500)
    .option('--seed <s>', 'random seed (structural only)', parseSeed, 1)
    .option('--format <format>', 'table, csv (one row per economy and cut-off) or json', parseFormat, 'table' as Format)
    .option('--out <file>', 'write to FILE instead of standard output', parseOutPath)
    .action(async (options: BacktestOptions, command: Command) => {
      if (options.model === 'structural') return structuralBacktest(options, command);
      const report = await withStore(command, async (store) =>
        forecastBacktest(store, {
          ...(options.cutoff ? { cutoffs: options.cutoff } : {}),
          ...(options.economies ? { economies: await resolveEconomies(store, options.economies) } : {}),
        }),
      );
      const { points: _points, ...summary } = report;
      if (options.format === 'json') emit(toJson(summary), options.out);
      else if (options.format === 'csv')
        emit(toCsv(forecastBacktestRows(report), FORECAST_BACKTEST_COLUMNS), options.out);
      else emit(forecastBacktestTable(report), options.out);
    });
}

/** The structural model's back-test (the scenario model; one cut-off). */
async function structuralBacktest(options: BacktestOptions, command: Command): Promise<void> {
  if (options.draws < 1) throw new ChanyeError('invalid-input', '--draws must be at least 1');
  if (options.cutoff && options.cutoff.length > 1)
    throw new ChanyeError('invalid-input', '--model structural takes one --cutoff year');
  const report = await withStore(command, async (store) =>
    backtest(store, {
      cutoff: options.cutoff?.[0] ?? 2005,
      draws: options.draws,
      seed: options.seed,
      ...(options.economies ? { economies: await resolveEconomies(store, options.economies) } : {}),
      ...(progress('back-testing') ? { onProgress: progress('back-testing')! } : {}),
    }),
  );
  const rows = backtestRows(report);
  const columns = ['iso3', 'group', 'points', 'rmse', 'bias', 'naive_rmse', 'coverage80', 'coverage95', 'skipped'];
  if (options.format === 'json') emit(toJson(report), options.out);
  else if (options.format === 'csv') emit(toCsv(rows, columns), options.out);
  else
    emit(
      `Back-test of the structural model: calibrated on data to ${report.cutoff}, simulated ${report.cutoff + 1}-${report.lastYear} (scenario ${report.scenario}, ${report.draws} draws, seed ${report.seed}); errors in log GDP per capita\n\n` +
        toTable(
          rows.map((r) => ({ ...r, skipped: r['skipped'] ?? '' })),
          columns,
        ),
      options.out,
    );
}

function backtestRows(report: BacktestReport): Record<string, unknown>[] {
  const fmt = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : round(x, 3));
  const row = (iso3: string, group: string, s: BacktestReport['pooled'] | null, skipped: string | null) => ({
    iso3,
    group,
    points: s?.points ?? 0,
    rmse: fmt(s?.rmse),
    bias: fmt(s?.bias),
    naive_rmse: fmt(s?.naiveRmse),
    coverage80: fmt(s?.coverage80),
    coverage95: fmt(s?.coverage95),
    skipped,
  });
  return [
    ...report.economies.map((e) => row(e.iso3, e.group, e.summary, e.skipped)),
    ...Object.entries(report.byGroup).map(([g, s]) => row('(all)', g, s, null)),
    ...report.byHorizon.map((h) => row(`(h ${h.horizons})`, 'all', h.summary, null)),
    row('(all)', 'all', report.pooled, null),
  ];
}

/** The forecast back-test as text: every method by cut-off, then by horizon over all cut-offs. */
function forecastBacktestTable(report: ForecastBacktestReport): string {
  // Three decimals as text (the table's numbers show two); no "-0.000".
  const f = (x: number): string => (Number.isFinite(x) ? (Math.abs(x) < 0.0005 ? 0 : x).toFixed(3) : '');
  const methodRows = (label: string, scores: ForecastBacktestReport['overall']['pooled']) =>
    FORECAST_METHODS.map((m) => ({
      set: label,
      method: METHOD_LABELS[m],
      points: scores[m].points,
      rmse: f(scores[m].rmse),
      bias: f(scores[m].bias),
      coverage80: f(scores[m].coverage80),
      coverage95: f(scores[m].coverage95),
      crps: f(scores[m].crps),
    }));
  const columns = ['set', 'method', 'points', 'rmse', 'bias', 'coverage80', 'coverage95', 'crps'];
  const rows = [
    ...report.cutoffs.flatMap((c) =>
      methodRows(`cut-off ${c.cutoff} (${c.forecast}/${c.eligible} economies)`, c.pooled),
    ),
    ...methodRows('all cut-offs', report.overall.pooled),
    ...report.overall.byHorizon.flatMap((h) => methodRows(`all, horizon ${h.horizons}`, h.scores)),
  ];
  const skipped = report.cutoffs.flatMap((c) => c.skipped.map((s) => `  ${c.cutoff} ${s.iso3}: ${s.reason}`));
  return (
    `Back-test of the default growth forecast against three benchmarks: estimated on data to each cut-off, scored on ln GDP per capita (PWT 10.01) of each later year to ${report.lastYear}; intervals from each method's own errors at the 10 latest origins before the cut-off (docs/methods/simulation.md). --format csv gives every economy.\n\n` +
    toTable(rows, columns) +
    (skipped.length > 0 ? `\nNot forecast:\n${skipped.join('\n')}\n` : '')
  );
}

const BENCHMARK_LABELS = {
  trend: 'trailing 10-year trend',
  rtm: 'regression to the mean (0.3 own + 0.7 median)',
  median: 'cross-country median',
} as const;

const METHOD_LABELS: Readonly<Record<(typeof FORECAST_METHODS)[number], string>> = {
  model: `default forecast (${FORECAST_COMBINATION.regressionWeight} × regression + ${Number((1 - FORECAST_COMBINATION.regressionWeight).toFixed(2))} × ${FORECAST_COMBINATION.benchmark === 'rtm' ? 'regression to the mean' : BENCHMARK_LABELS[FORECAST_COMBINATION.benchmark]})`,
  regression: 'direct regression alone',
  ...BENCHMARK_LABELS,
};
