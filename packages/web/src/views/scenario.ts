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
  }
>;

/** Draws, seed and horizon of the dashboard's simulations: those of the country report's scenario section. */
export const SIMULATION_SETTINGS = { to: 2035, draws: 500, seed: 1 } as const;

/** The fan series the scenario view offers besides GDP per capita: every series of the run, in its order. */
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
  const source = `Chanye simulateEconomy (${simulation.scenario.id}, ${simulation.draws} draws, seed ${simulation.seed})`;
  const at = (key: string) => (level: number, k: number) => {
    const v = simulation.fans[key]?.quantiles[String(level)]?.[k];
    return v === undefined || v === null || !Number.isFinite(v) ? null : v;
  };
  const shown = ['gdp_per_capita', ...(series !== 'gdp_per_capita' && simulation.fans[series] ? [series] : [])];
  const fans = shown.map((key, i) => {
    const label = fanSeriesName(key, lang);
    const unit = simulation.fans[key]?.unit ?? '';
    return fanChart({
      id: i === 0 ? 'scenario-fan' : 'scenario-fan-series',
      title: t(lang, 'fanTitle', { series: label, to, scenario: scenarioName }),
      description: t(lang, 'fanDescription', { series: label, unit, name, draws: simulation.draws }),
      source,
      key: t(lang, 'year'),
      digits: fanDigits(unit),
      y: { label: unit, ...(key === 'gdp_per_capita' ? { min: 0 } : {}) },
      names: { outer: t(lang, 'interval95'), inner: t(lang, 'interval80'), median: t(lang, 'median') },
      bandLabels: [t(lang, 'lower'), t(lang, 'upper')],
      years,
      quantile: at(key),
    });
  });
  const crossing = simulation.crossing ?? [];
  const charts: ChartSpec[] = [...fans];
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
  for (const key of shown) {
    const label = fanSeriesName(key, lang);
    const d = fanDigits(simulation.fans[key]?.unit ?? '');
    columns.push(
      `${label}: ${t(lang, 'median')}`,
      `${label}: ${t(lang, 'interval80')} ${t(lang, 'lower')}`,
      `${label}: ${t(lang, 'interval80')} ${t(lang, 'upper')}`,
      `${label}: ${t(lang, 'interval95')} ${t(lang, 'lower')}`,
      `${label}: ${t(lang, 'interval95')} ${t(lang, 'upper')}`,
    );
    digits.push(d, d, d, d, d);
  }
  if (crossing.length > 0) {
    columns.push(t(lang, 'pAbove'), t(lang, 'pCrossed'));
    digits.push(3, 3);
  }
  const rows = years.map((year, k) => {
    const row: (string | number | null)[] = [year];
    for (const key of shown) {
      const q = at(key);
      const [o0, o1] = FAN_BANDS.outer;
      const [i0, i1] = FAN_BANDS.inner;
      row.push(q(FAN_BANDS.median, k), q(i0, k), q(i1, k), q(o0, k), q(o1, k));
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
    cite: citeText(`${t(lang, 'scenario')}: ${name}, ${scenarioName}`, request, simulation.sources),
  };
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
