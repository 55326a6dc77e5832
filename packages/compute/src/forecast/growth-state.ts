/**
 * The state of an economy at a forecast origin: what the growth forecast and its benchmarks
 * read (docs/methods/simulation.md, "The default forecast"). Pure, from the simulation panel.
 *
 * @module
 */
import { median } from '../numeric/quantile.js';
import { panelValue, type SimulationPanel } from '../simulation/panel.js';

/** The fixed settings of the growth forecast, each with its reason in the methods notes. */
export const FORECAST_SETTINGS = {
  /** Only economies with at least this population (millions, PWT pop) are sampled, as the back-test does. */
  minPopulation: 1,
  /** Trailing growth is measured over this many years. */
  trailingYears: 10,
  /**
   * Trailing growth enters the model clipped to these bounds (log points a year): a decade of
   * collapse (war, the post-Soviet transition) or of a resource boom says little about the
   * next one; the recovery channel is the peak gap.
   */
  growthBounds: [-0.02, 0.08] as const,
  /** The peak gap looks back this many years. */
  peakWindow: 20,
  /** The first origin of the estimation sample. */
  firstOrigin: 1970,
  /** Horizons estimated directly (longer ones reuse this horizon's annual rate). */
  maxHorizon: 15,
  /** Interval errors come from the latest this many origins of each horizon. */
  errorOrigins: 10,
} as const;

/** One economy at one origin. NaN marks a regressor the data lack. */
export interface GrowthState {
  readonly iso3: string;
  readonly origin: number;
  /** ln real GDP per capita (PWT rgdpna / pop, 2017 US$ at constant national prices). */
  readonly lnGdpPerCapita: number;
  /** Mean annual log growth over the trailing {@link FORECAST_SETTINGS.trailingYears} years. */
  readonly trailingGrowth: number;
  /** Highest ln GDP per capita of the trailing {@link FORECAST_SETTINGS.peakWindow} years less today's (≥ 0). */
  readonly peakGap: number;
  /** ln GDP per capita at current PPPs (PWT rgdpe / pop) relative to the USA's in the same year. */
  readonly lnRelativeLevel: number;
  /** ln of the PWT human capital index. */
  readonly lnHumanCapital: number;
}

/** ln real GDP per capita of an economy in a year, or NaN. */
export function lnGdpPerCapita(panel: SimulationPanel, iso3: string, year: number): number {
  const gdp = panelValue(panel, iso3, 'rgdpna', year);
  const pop = panelValue(panel, iso3, 'pop', year);
  return gdp !== undefined && pop !== undefined && gdp > 0 && pop > 0 ? Math.log(gdp / pop) : NaN;
}

function lnPppLevel(panel: SimulationPanel, iso3: string, year: number): number {
  const gdp = panelValue(panel, iso3, 'rgdpe', year);
  const pop = panelValue(panel, iso3, 'pop', year);
  return gdp !== undefined && pop !== undefined && gdp > 0 && pop > 0 ? Math.log(gdp / pop) : NaN;
}

/**
 * The state of `iso3` at `origin`, or null when GDP per capita is missing at the origin or
 * {@link FORECAST_SETTINGS.trailingYears} years before it (no trailing growth, no forecast).
 */
export function growthState(panel: SimulationPanel, iso3: string, origin: number): GrowthState | null {
  const hc = panelValue(panel, iso3, 'hc', origin);
  return growthStateOf({
    iso3,
    origin,
    lnGdpPerCapita: (year) => lnGdpPerCapita(panel, iso3, year),
    lnRelativeLevel: lnPppLevel(panel, iso3, origin) - lnPppLevel(panel, 'USA', origin),
    lnHumanCapital: hc !== undefined && hc > 0 ? Math.log(hc) : NaN,
  });
}

/**
 * The state from a series of ln GDP per capita (any source: PWT, or PWT spliced to a later
 * year) and the two level regressors (NaN when unknown); null without trailing growth.
 */
export function growthStateOf(input: {
  readonly iso3: string;
  readonly origin: number;
  readonly lnGdpPerCapita: (year: number) => number;
  readonly lnRelativeLevel: number;
  readonly lnHumanCapital: number;
}): GrowthState | null {
  const { iso3, origin } = input;
  const y = input.lnGdpPerCapita(origin);
  const past = input.lnGdpPerCapita(origin - FORECAST_SETTINGS.trailingYears);
  if (!Number.isFinite(y) || !Number.isFinite(past)) return null;
  let peak = y;
  for (let k = 1; k <= FORECAST_SETTINGS.peakWindow; k++) {
    const v = input.lnGdpPerCapita(origin - k);
    if (v > peak) peak = v;
  }
  return {
    iso3,
    origin,
    lnGdpPerCapita: y,
    trailingGrowth: (y - past) / FORECAST_SETTINGS.trailingYears,
    peakGap: peak - y,
    lnRelativeLevel: input.lnRelativeLevel,
    lnHumanCapital: input.lnHumanCapital,
  };
}

/** Every economy's state at one origin, and the cross-country median of trailing growth. */
export interface OriginSample {
  readonly origin: number;
  readonly states: readonly GrowthState[];
  /** Median trailing growth over {@link states}: the level the median and RTM benchmarks revert to. */
  readonly medianGrowth: number;
}

/** The sample at `origin`: economies with at least the minimum population and a state. */
export function originSample(panel: SimulationPanel, origin: number): OriginSample {
  const states: GrowthState[] = [];
  for (const iso3 of panel.economies) {
    const pop = panelValue(panel, iso3, 'pop', origin);
    if (pop === undefined || pop < FORECAST_SETTINGS.minPopulation) continue;
    const state = growthState(panel, iso3, origin);
    if (state) states.push(state);
  }
  return { origin, states, medianGrowth: median(states.map((s) => s.trailingGrowth)) };
}
