import { FAN_QUANTILES, type FanSeries } from '@chanye/compute';
import type { SimulationReport } from '../simulation/simulate.js';
import type { Outlook } from '../simulation/outlook.js';
import { FORECAST_FAN_LEVELS, type EconomyForecast } from '../forecast/forecast-economy.js';

/**
 * A simulation report as every front end writes it (`chanye simulate --format json|csv`, the
 * API's simulation resource), so the same request gives the same JSON and the same CSV.
 */

/** The columns of {@link fanRows}, in order. */
export const FAN_COLUMNS = ['iso3', 'scenario', 'series', 'year', 'statistic', 'value', 'unit'] as const;

/** `p2.5`, `p10`, `p50`, `p97.5`, … for a quantile level (percent, at most one decimal). */
export const fanStatistic = (level: number): string => `p${Number((level * 100).toFixed(1))}`;

/** The deterministic path's value of a fan series in year `t` (NaN for a series it does not track). */
function deterministicValue(report: SimulationReport, series: string, t: number): number {
  const d = report.run.deterministic;
  switch (series) {
    case 'gdp_per_capita':
      return d.gdpPerCapita[t] as number;
    case 'rd_share_gdp':
      return d.rd[t] as number;
    case 'manufacturing_share_gdp':
      return d.manufacturingShare[t] as number;
    case 'co2_intensity':
      return d.co2Intensity[t] as number;
    case 'co2_intensity_pace':
      return d.co2Pace[t] as number;
    case 'a1_share_gdp':
      return d.arrayShares[0]?.[t] as number;
    case 'a2_share_gdp':
      return d.arrayShares[1]?.[t] as number;
    case 'f_share_gdp':
      return d.arrayShares[2]?.[t] as number;
    case 'gni_per_capita_atlas':
      return d.gniAtlas[t] as number;
    case 'mht_share_mva':
      return d.mhtShare[t] as number;
    case 'tfp_growth':
      return 100 * (d.accounting.tfp[t] as number);
    default:
      return NaN;
  }
}

/**
 * The fan charts as tidy long rows (series, year, statistic, value, unit): every series of the
 * run, each quantile level, then the deterministic path.
 */
export function fanRows(report: SimulationReport): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  // The headline first: the default forecast of GDP per capita and, with a scenario, its fan.
  if (report.forecast) rows.push(...forecastFanRows(report.forecast, report.scenario.id));
  for (const [series, fan] of Object.entries(report.run.fans) as [FanSeries, (typeof report.run.fans)[FanSeries]][]) {
    report.years.forEach((year, t) => {
      FAN_QUANTILES.forEach((level, k) =>
        rows.push({
          iso3: report.iso3,
          scenario: report.scenario.id,
          series,
          year,
          statistic: fanStatistic(level),
          value: (fan.quantiles[k] as Float64Array)[t],
          unit: fan.unit,
        }),
      );
      rows.push({
        iso3: report.iso3,
        scenario: report.scenario.id,
        series,
        year,
        statistic: 'deterministic',
        value: deterministicValue(report, series, t),
        unit: fan.unit,
      });
    });
  }
  return rows;
}

/** High-income crossing by year, one row per simulated year (none without Atlas GNI). */
/** The default forecast's fan of GDP per capita (and the scenario's), tidy long as {@link FAN_COLUMNS}. */
export function forecastFanRows(fc: EconomyForecast, scenarioId: string): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  const fans = [
    ['gdp_per_capita_forecast', fc.fan] as const,
    ...(fc.scenario ? [['gdp_per_capita_forecast_scenario', fc.scenario.fan] as const] : []),
  ];
  for (const [series, fan] of fans)
    for (const y of fan)
      FORECAST_FAN_LEVELS.forEach((level, k) =>
        rows.push({
          iso3: fc.iso3,
          scenario: scenarioId,
          series,
          year: y.year,
          statistic: fanStatistic(level),
          value: y.quantiles[k],
          unit: '2017 US$ per person at constant national prices (default forecast)',
        }),
      );
  return rows;
}

/**
 * The high-income crossing by year as the headline has it: the default forecast's (years the
 * World Bank has classified are `observed`), baseline and scenario; the structural model's when
 * the economy has no forecast.
 */
export function crossingRows(report: SimulationReport): Record<string, unknown>[] {
  const fc = report.forecast;
  if (!fc?.crossing) {
    return (report.crossing ?? []).map((c) => ({ iso3: report.iso3, scenario: report.scenario.id, ...c }));
  }
  return forecastCrossingRows(fc, report.scenario.id);
}

/** The default forecast's crossing by year, baseline and scenario (empty without Atlas GNI). */
export function forecastCrossingRows(fc: EconomyForecast, scenarioId: string): Record<string, unknown>[] {
  if (!fc.crossing) return [];
  const scenario = new Map(fc.scenario?.crossing?.years.map((c) => [c.year, c]) ?? []);
  return fc.crossing.years.map((c) => ({
    iso3: fc.iso3,
    scenario: scenarioId,
    year: c.year,
    status: c.status,
    threshold: c.threshold,
    gni_p10: Number.isFinite(c.gniP10) ? c.gniP10 : null,
    gni_p50: Number.isFinite(c.gniP50) ? c.gniP50 : null,
    gni_p90: Number.isFinite(c.gniP90) ? c.gniP90 : null,
    p_above: c.probabilityAbove,
    p_crossed_by: c.probabilityCrossedBy,
    p_above_scenario: scenario.get(c.year)?.probabilityAbove ?? null,
    p_crossed_by_scenario: scenario.get(c.year)?.probabilityCrossedBy ?? null,
  }));
}

/** The deterministic path's growth accounting, one row per simulated year. */
export function accountingRows(report: SimulationReport): Record<string, unknown>[] {
  const a = report.run.deterministic.accounting;
  return report.years.map((year, t) => ({
    year,
    output: a.output[t],
    tfp: a.tfp[t],
    capital: a.capital[t],
    human_capital: a.humanCapital[t],
    labour: a.labour[t],
    mr_within: a.within[t],
    mr_between: a.between[t],
  }));
}

/**
 * The document {@link simulationJson} writes, typed so that its readers (the API's typed
 * routes, hence the dashboard) see its shape: the report without its raw run, plus the fans
 * and the growth accounting. A number that was NaN is written as null (JSON has no NaN); the
 * fan quantiles, where that happens, say so.
 */
export type SimulationJson = Omit<SimulationReport, 'run'> & {
  /** Fan charts by series: `quantiles[level][t]`, the level as `String(level)` ("0.025", "0.5", …). */
  readonly fans: Readonly<
    Record<string, { readonly unit: string; readonly quantiles: Readonly<Record<string, readonly (number | null)[]>> }>
  >;
  readonly accounting: readonly Record<string, unknown>[];
};

/**
 * The report as plain JSON data, as `chanye simulate --format json` prints it: the report
 * without its raw run, the fans by quantile level (`fans[series].quantiles["0.5"][t]`), and
 * the growth accounting; typed arrays become arrays, NaN becomes null.
 */
export function simulationJson(report: SimulationReport): SimulationJson {
  const { run, ...rest } = report;
  const document = {
    ...rest,
    fans: Object.fromEntries(
      Object.entries(run.fans).map(([k, fan]) => [
        k,
        { unit: fan.unit, quantiles: Object.fromEntries(FAN_QUANTILES.map((l, i) => [l, fan.quantiles[i]])) },
      ]),
    ),
    accounting: accountingRows(report),
  };
  return JSON.parse(
    JSON.stringify(document, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)),
  ) as SimulationJson;
}

/**
 * What `chanye simulate --format json` and the API's simulation resource answer for any
 * economy: the simulation document, or for an economy the structural model cannot calibrate
 * the same document with the structural parts empty (no fans, no calibration, no carbon) and
 * the reason in `structuralUnavailable`. Readers find the headline in `forecast` either way.
 */
export type OutlookJson = Omit<SimulationJson, 'calibration' | 'equations' | 'leverPaths'> & {
  readonly calibration: SimulationJson['calibration'] | null;
  readonly equations: SimulationJson['equations'] | null;
  readonly leverPaths: SimulationJson['leverPaths'] | null;
  /** Why the structural model did not run; null when it did. */
  readonly structuralUnavailable: string | null;
};

/** The outlook as plain JSON data (see {@link OutlookJson}). */
export function outlookJson(outlook: Outlook): OutlookJson {
  if (outlook.kind === 'simulation') return { ...simulationJson(outlook.report), structuralUnavailable: null };
  const { forecast } = outlook;
  const document: OutlookJson = {
    iso3: outlook.iso3,
    name_en: outlook.name_en,
    scenario: outlook.scenario,
    baseYear: forecast.origin,
    years: forecast.fan.map((y) => y.year),
    draws: forecast.draws,
    seed: forecast.seed,
    calibration: null,
    equations: null,
    leverPaths: null,
    crossing: null,
    carbonTarget: null,
    carbonPaceWithinPath: [],
    assumptions: forecast.assumptions,
    sources: forecast.sources,
    forecast,
    forecastUnavailable: null,
    fans: {},
    accounting: [],
    structuralUnavailable: outlook.structuralUnavailable,
  };
  // NaN (a missing regressor in the state) becomes null, as in simulationJson.
  return JSON.parse(JSON.stringify(document)) as OutlookJson;
}
