/**
 * The scenario view: Monte Carlo pathways of the economy under a catalogue scenario, as fan
 * charts, and the probability of reaching high income by year
 * (GET /api/economies/:iso3/simulation; see docs/methods/simulation.md).
 *
 * @module
 */
import { fanChart, FAN_BANDS, formatNumber, type ChartSpec } from '@chanye/charts';
import { apiPath } from '../api.js';
import type { ScenariosAnswer, SimulationAnswer, SimulationEconomiesAnswer } from '../api-types.js';
import { fanSeriesName, t, type Lang } from '../i18n.js';
import type { Reads } from '../reads.js';
import { citeText } from './cite.js';
import { NotCovered, type LoadContext } from './load.js';
import type { View } from './view.js';

/** A scenario of the catalogue (`/api/scenarios`). */
export type ScenarioInfo = Reads<ScenariosAnswer[number], { id: true; name_en: true; name_zh: true }>;

/**
 * The parts of `/api/economies/{iso3}/simulation` the scenario view reads. The fan charts are
 * by series: `fans[series].quantiles[level][t]` (levels as the API writes them, e.g. "0.025").
 */
export type Simulation = Reads<
  SimulationAnswer,
  {
    iso3: true;
    scenario: { id: true; name_en: true; name_zh: true };
    baseYear: true;
    years: true;
    draws: true;
    seed: true;
    fans: true;
    crossing: { year: true; probabilityAbove: true; probabilityCrossedBy: true };
    sources: true;
    forecast: {
      origin: true;
      unit: true;
      fan: true;
      history: { year: true; gdpPerCapita: true };
      crossing: { years: { year: true; status: true; probabilityAbove: true; probabilityCrossedBy: true } };
      scenario: { id: true; fan: true };
      sources: true;
    };
  }
>;

/** Quantile levels of the forecast's fan, in the order of its `quantiles` (FORECAST_FAN_LEVELS). */
const FORECAST_LEVELS = [0.025, 0.1, 0.5, 0.9, 0.975];

/** Years of observed GDP per capita shown before the forecast. */
const HISTORY_YEARS = 15;

/** The GDP per capita of a year as the view shows it: median and bands (observed years: the value alone). */
interface GdpYear {
  readonly year: number;
  readonly quantile: (level: number) => number | null;
}

/** Draws, seed and horizon of the dashboard's simulations: those of the country report's scenario section. */
export const SIMULATION_SETTINGS = { to: 2035, draws: 500, seed: 1 } as const;

/** The fan series the scenario view offers besides GDP per capita: every series of the structural run, in its order. */
export function otherFanSeries(simulation: Simulation): string[] {
  return Object.keys(simulation.fans).filter((k) => k !== 'gdp_per_capita');
}

/** Digits shown for a fan series: whole US dollars, three decimals for CO2 intensity, else two. */
const fanDigits = (unit: string): number => (/US\$/.test(unit) ? 0 : /CO2/.test(unit) ? 3 : 2);

/**
 * The scenario view: fan charts (median, 80 % and 95 % bands) of GDP per capita and of one
 * other series, and the probability of being above, and of having crossed, the World Bank
 * high-income threshold by year. The fans are drawn by `fanChart`, as in the country report.
 */
export function scenarioView(simulation: Simulation, series: string, name: string, lang: Lang, request: string): View {
  const scenarioName = lang === 'zh' ? simulation.scenario.name_zh : simulation.scenario.name_en;
  const years = simulation.years;
  const to = years.at(-1) ?? simulation.baseYear;
  const source = `Chanye outlook (${simulation.scenario.id}, ${simulation.draws} draws, seed ${simulation.seed})`;
  const at = (key: string) => (level: number, k: number) => {
    const v = simulation.fans[key]?.quantiles[String(level)]?.[k];
    return v === undefined || v === null || !Number.isFinite(v) ? null : v;
  };
  const forecast = simulation.forecast ?? null;
  const gdpLabel = fanSeriesName('gdp_per_capita', lang);
  const gdpUnit = forecast?.unit ?? simulation.fans['gdp_per_capita']?.unit ?? '';
  const gdpYears = gdpByYear(simulation, forecast);
  const names = { outer: t(lang, 'interval95'), inner: t(lang, 'interval80'), median: t(lang, 'median') };
  const bandLabels: [string, string] = [t(lang, 'lower'), t(lang, 'upper')];
  const charts: ChartSpec[] = [];
  if (forecast) {
    const history = forecast.history.filter((h) => h.year >= forecast.origin - HISTORY_YEARS);
    const other = forecast.scenario && forecast.scenario.id !== 'baseline' ? forecast.scenario : null;
    charts.push(
      fanChart({
        id: 'scenario-fan',
        title: t(lang, 'forecastTitle', { to, scenario: scenarioName }),
        description: t(lang, 'forecastDescription', { name, origin: forecast.origin, unit: gdpUnit }),
        source,
        key: t(lang, 'year'),
        digits: 0,
        y: { label: gdpUnit, min: 0 },
        names,
        bandLabels,
        years: forecast.fan.map((y) => y.year),
        quantile: (level, k) => forecast.fan[k]?.quantiles[FORECAST_LEVELS.indexOf(level)] ?? null,
        history: {
          name: t(lang, 'observed'),
          years: history.map((h) => h.year),
          values: history.map((h) => h.gdpPerCapita),
        },
        ...(other
          ? {
              alternative: {
                name: t(lang, 'scenarioMedian', { scenario: scenarioName }),
                median: (k: number) => other.fan[k]?.quantiles[FORECAST_LEVELS.indexOf(0.5)] ?? null,
              },
            }
          : {}),
      }),
    );
  } else {
    charts.push(
      fanChart({
        id: 'scenario-fan',
        title: t(lang, 'fanTitle', { series: gdpLabel, to, scenario: scenarioName }),
        description: t(lang, 'fanDescription', { series: gdpLabel, unit: gdpUnit, name, draws: simulation.draws }),
        source,
        key: t(lang, 'year'),
        digits: 0,
        y: { label: gdpUnit, min: 0 },
        names,
        bandLabels,
        years,
        quantile: at('gdp_per_capita'),
      }),
    );
  }
  const other = series !== 'gdp_per_capita' && simulation.fans[series] ? series : null;
  if (other) {
    const label = fanSeriesName(other, lang);
    const unit = simulation.fans[other]?.unit ?? '';
    charts.push(
      fanChart({
        id: 'scenario-fan-series',
        title: t(lang, 'fanTitle', { series: label, to, scenario: scenarioName }),
        description: t(lang, 'fanDescription', { series: label, unit, name, draws: simulation.draws }),
        source,
        key: t(lang, 'year'),
        digits: fanDigits(unit),
        y: { label: unit },
        names,
        bandLabels,
        years,
        quantile: at(other),
      }),
    );
  }
  const crossing = forecast
    ? (forecast.crossing?.years ?? [])
    : (simulation.crossing ?? []).map((c) => ({ ...c, status: 'simulated' as const }));
  if (crossing.length > 0) {
    charts.push({
      kind: 'line',
      id: 'scenario-crossing',
      title: t(lang, 'crossingTitle', { name, scenario: scenarioName }),
      description: t(lang, 'crossingDescription', {
        name,
        p: formatNumber(crossing.at(-1)?.probabilityCrossedBy, 2),
        to,
      }),
      source,
      key: t(lang, 'year'),
      digits: 3,
      y: { label: t(lang, 'probability'), min: 0, max: 1 },
      series: [
        { name: t(lang, 'pCrossed'), points: crossing.map((c) => ({ x: c.year, y: c.probabilityCrossedBy })) },
        { name: t(lang, 'pAbove'), points: crossing.map((c) => ({ x: c.year, y: c.probabilityAbove })) },
      ],
    });
  }
  const columns = [t(lang, 'year')];
  const digits = [-1];
  const bandColumns = (label: string, d: number): void => {
    columns.push(
      `${label}: ${t(lang, 'median')}`,
      `${label}: ${t(lang, 'interval80')} ${t(lang, 'lower')}`,
      `${label}: ${t(lang, 'interval80')} ${t(lang, 'upper')}`,
      `${label}: ${t(lang, 'interval95')} ${t(lang, 'lower')}`,
      `${label}: ${t(lang, 'interval95')} ${t(lang, 'upper')}`,
    );
    digits.push(d, d, d, d, d);
  };
  bandColumns(gdpLabel, 0);
  if (other) bandColumns(fanSeriesName(other, lang), fanDigits(simulation.fans[other]?.unit ?? ''));
  if (crossing.length > 0) {
    columns.push(t(lang, 'pAbove'), t(lang, 'pCrossed'));
    digits.push(3, 3);
  }
  const [o0, o1] = FAN_BANDS.outer;
  const [i0, i1] = FAN_BANDS.inner;
  const tableYears = [...new Set([...gdpYears.map((g) => g.year), ...(other ? years : [])])].sort((a, b) => a - b);
  const rows = tableYears.map((year) => {
    const row: (string | number | null)[] = [year];
    const g = gdpYears.find((x) => x.year === year);
    row.push(...[FAN_BANDS.median, i0, i1, o0, o1].map((level) => g?.quantile(level) ?? null));
    if (other) {
      const k = years.indexOf(year);
      const q = at(other);
      row.push(...[FAN_BANDS.median, i0, i1, o0, o1].map((level) => (k >= 0 ? q(level, k) : null)));
    }
    if (crossing.length > 0) {
      const c = crossing.find((x) => x.year === year);
      row.push(c?.probabilityAbove ?? null, c?.probabilityCrossedBy ?? null);
    }
    return row;
  });
  return {
    id: 'scenario',
    charts,
    table: { columns, rows },
    digits,
    ...(crossing.length === 0 ? { note: t(lang, 'noCrossing') } : {}),
    cite: citeText(
      `${t(lang, 'scenario')}: ${name}, ${scenarioName}`,
      request,
      forecast?.sources ?? simulation.sources,
    ),
  };
}

/**
 * GDP per capita by year: with a forecast, the observed years from the first crossing year (or
 * five years before the origin) and then the forecast's quantiles; without one, the simulation's fan.
 */
function gdpByYear(simulation: Simulation, forecast: Simulation['forecast']): GdpYear[] {
  if (!forecast) {
    return simulation.years.map((year, k) => ({
      year,
      quantile: (level) => simulation.fans['gdp_per_capita']?.quantiles[String(level)]?.[k] ?? null,
    }));
  }
  const first = forecast.crossing?.years[0]?.year ?? forecast.origin - 5;
  const observed = forecast.history
    .filter((h) => h.year >= first)
    .map((h) => ({ year: h.year, quantile: (level: number) => (level === FAN_BANDS.median ? h.gdpPerCapita : null) }));
  const ahead = forecast.fan.map((y) => ({
    year: y.year,
    quantile: (level: number) => y.quantiles[FORECAST_LEVELS.indexOf(level)] ?? null,
  }));
  return [...observed, ...ahead];
}

/** The scenarios of the catalogue, for the scenario control (none when the API cannot list them). */
export const loadScenarios = (ctx: Pick<LoadContext, 'ask'>): Promise<ScenariosAnswer> =>
  ctx.ask<ScenariosAnswer>('/api/scenarios').catch(() => [] as ScenariosAnswer);

export async function loadScenario(ctx: LoadContext): Promise<View> {
  const { iso3 } = ctx;
  const covered = await ctx.ask<SimulationEconomiesAnswer>('/api/simulation/economies');
  if (!covered.economies.includes(iso3)) throw new NotCovered(iso3);
  const request = apiPath(`/api/economies/${iso3}/simulation`, { scenario: ctx.scenario, ...SIMULATION_SETTINGS });
  const simulation = await ctx.ask<SimulationAnswer>(request);
  const others = otherFanSeries(simulation);
  const series = others.includes(ctx.series) ? ctx.series : (others[0] ?? 'gdp_per_capita');
  ctx.offerSeries(others, series);
  return scenarioView(simulation, series, ctx.name, ctx.lang, request);
}
