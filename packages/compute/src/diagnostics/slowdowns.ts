/**
 * Growth slowdowns (docs/methods/growth-slowdowns.md), by the rule of Eichengreen, Park and
 * Shin (2012), "When Fast-Growing Economies Slow Down: International Evidence and Implications
 * for China", Asian Economic Papers 11(1): a slowdown occurs in year t when
 *
 * 1. average growth of GDP per capita over the seven years to t (t−7 to t) is at least 3.5 % a
 *    year,
 * 2. average growth over the seven years from t (t to t+7) is at least 2 percentage points
 *    lower, and
 * 3. GDP per capita in t is above US$10,000 at constant 2005 international (PPP) prices.
 *
 * Their follow-up, Eichengreen, Park and Shin (2013), "Growth Slowdowns Redux: New Evidence on
 * the Middle-Income Trap", NBER Working Paper 18673, applies the rule to newer data. An episode
 * has one date: where several neighbouring years qualify, Chanye takes the sharpest break, the
 * qualifying year with the largest fall in average growth.
 *
 * @module
 */
import { ChanyeError } from '../errors.js';

/** The thresholds of the rule, in the units of the series it is applied to. */
export interface SlowdownRule {
  /** Years in each averaging window (7). */
  readonly window: number;
  /** Average growth over the window before t must be at least this (% a year; 3.5). */
  readonly minGrowthBefore: number;
  /** Average growth after t must be lower by at least this (percentage points; 2). */
  readonly minFall: number;
  /** GDP per capita in t must be above this (strictly), in the units of the income series. */
  readonly minIncome: number;
}

/**
 * Eichengreen, Park and Shin's (2012) thresholds, with the income floor in US dollars at
 * constant 2005 international prices: 10,000 in the rule; 7,500 is the lower floor of the
 * paper's own robustness check, which adds cases the authors judge mostly special
 * circumstances rather than slowdowns of maturing economies.
 */
export const EPS_SLOWDOWN = {
  window: 7,
  minGrowthBefore: 3.5,
  minFall: 2,
  incomeFloors2005: [10000, 7500],
} as const;

/** The income floors the rule is offered with, in 2005 international dollars. */
export type SlowdownIncomeFloor = (typeof EPS_SLOWDOWN.incomeFloors2005)[number];

/** Below this, a fall short of `minFall` is rounding, not a miss (growth rates are in %). */
const TOLERANCE = 1e-9;

/**
 * The Eichengreen-Park-Shin rule with its income floor expressed in the units of the income
 * series (e.g. the 2005-dollar floor converted with {@link rebaseDollars}).
 *
 * @example epsSlowdownRule(12326.8) // { window: 7, minGrowthBefore: 3.5, minFall: 2, minIncome: 12326.8 }
 */
export function epsSlowdownRule(minIncome: number): SlowdownRule {
  return {
    window: EPS_SLOWDOWN.window,
    minGrowthBefore: EPS_SLOWDOWN.minGrowthBefore,
    minFall: EPS_SLOWDOWN.minFall,
    minIncome,
  };
}

/**
 * Dollars of one year's prices in dollars of a base year: `value / priceLevel`, where
 * `priceLevel` is the US GDP price level of the value's year relative to the base year (PWT's
 * `pl_gdpo` of the United States, 2017 = 1: for the US, PPP and exchange rate are both 1, so its
 * price level is its GDP deflator).
 *
 * @example rebaseDollars(10000, 0.8112) // returns ~12327: US$10,000 of 2005 in 2017 dollars
 */
export function rebaseDollars(value: number, priceLevel: number): number {
  if (!(priceLevel > 0) || !Number.isFinite(priceLevel))
    throw new ChanyeError('invalid-input', `invalid price level: ${priceLevel} (expected a positive number)`);
  return value / priceLevel;
}

/**
 * Average annual growth, in % a year, from `from` to `to` over `years` years: the compound
 * rate, ((to / from)^(1/years) − 1) × 100. NaN unless both values are positive and finite.
 *
 * @example averageGrowth(100, 100 * 1.05 ** 7, 7) // returns ~5
 */
export function averageGrowth(from: number, to: number, years: number): number {
  if (!(from > 0) || !(to > 0) || !Number.isFinite(from) || !Number.isFinite(to)) return NaN;
  return (Math.pow(to / from, 1 / years) - 1) * 100;
}

/** One year judged by the rule. */
export interface SlowdownYear {
  readonly year: number;
  /** Average growth over t−window … t, % a year. */
  readonly growthBefore: number;
  /** Average growth over t … t+window, % a year; NaN when t+window is not observed. */
  readonly growthAfter: number;
  /** growthBefore − growthAfter, percentage points (positive when growth slows). */
  readonly fall: number;
  /** GDP per capita in t, in the units of the income series. */
  readonly income: number;
  /** Condition 1: growthBefore ≥ minGrowthBefore. */
  readonly fast: boolean;
  /** Condition 2: fall ≥ minFall (false while the window after is not observed). */
  readonly slowed: boolean;
  /** Condition 3: income > minIncome. */
  readonly aboveFloor: boolean;
  /** All three conditions hold. */
  readonly candidate: boolean;
}

/** A slowdown: qualifying years fewer than `window` years apart, dated at the largest fall. */
export interface SlowdownEpisode {
  /** The date: the qualifying year with the largest fall (the earliest on a tie). */
  readonly year: number;
  readonly growthBefore: number;
  readonly growthAfter: number;
  readonly fall: number;
  readonly income: number;
  /** Every qualifying year grouped in the episode. */
  readonly candidates: readonly number[];
}

export interface SlowdownScan {
  readonly rule: SlowdownRule;
  /** Every year with an observed window before it, in order (growthAfter NaN at the end). */
  readonly years: readonly SlowdownYear[];
  /** The years that meet all three conditions. */
  readonly candidates: readonly number[];
  readonly episodes: readonly SlowdownEpisode[];
  /** First and last year with both windows observed: the years the rule can judge. */
  readonly judged: readonly [number, number] | undefined;
  /** The last year with an observed window before it (its window after may be unobserved). */
  readonly latest: SlowdownYear | undefined;
}

/**
 * Finds growth slowdowns in one economy's history. `gdpPerCapita` gives the growth rates (a
 * series at constant prices, e.g. PWT rgdpna / pop); `options.income` gives the level compared
 * with the floor (default: `gdpPerCapita` itself), in the units of `rule.minIncome`.
 *
 * Averages are compound annual rates between the two end years, so a window needs its two end
 * years observed (values missing, NaN or ≤ 0 are skipped: nothing is interpolated). Condition
 * 1 is "at least" and condition 3 "above", as in the paper. Qualifying years fewer than
 * `rule.window` years apart form one episode, since their windows overlap: a gap of a year
 * in a run (a recession year that misses condition 1) does not make a second slowdown inside
 * the first one's window after. Each episode is dated at its largest fall.
 *
 * @example
 * // 5 % a year 1990-2000, then 1 %: one slowdown, dated 2000 (5 % before, 1 % after)
 * findSlowdowns(years, levels, epsSlowdownRule(10000)).episodes // [{ year: 2000, fall: ~4, … }]
 */
export function findSlowdowns(
  years: ArrayLike<number>,
  gdpPerCapita: ArrayLike<number>,
  rule: SlowdownRule,
  options: { income?: ArrayLike<number> } = {},
): SlowdownScan {
  checkRule(rule);
  const income = options.income ?? gdpPerCapita;
  if (gdpPerCapita.length !== years.length || income.length !== years.length)
    throw new ChanyeError('invalid-input', 'findSlowdowns: years, gdpPerCapita and income must have the same length');
  const level = new Map<number, number>();
  const incomeOf = new Map<number, number>();
  for (let i = 0; i < years.length; i++) {
    const year = years[i] as number;
    const value = gdpPerCapita[i] as number;
    if (Number.isFinite(value) && value > 0) level.set(year, value);
    const y = income[i] as number;
    if (Number.isFinite(y)) incomeOf.set(year, y);
  }
  const w = rule.window;
  const judgedYears: SlowdownYear[] = [];
  for (const year of [...level.keys()].sort((a, b) => a - b)) {
    const before = level.get(year - w);
    if (before === undefined) continue;
    const now = level.get(year) as number;
    const after = level.get(year + w);
    const growthBefore = averageGrowth(before, now, w);
    const growthAfter = after === undefined ? NaN : averageGrowth(now, after, w);
    const fall = growthBefore - growthAfter;
    const y = incomeOf.get(year) ?? NaN;
    const fast = growthBefore >= rule.minGrowthBefore - TOLERANCE;
    const slowed = fall >= rule.minFall - TOLERANCE;
    const aboveFloor = y > rule.minIncome;
    judgedYears.push({
      year,
      growthBefore,
      growthAfter,
      fall,
      income: y,
      fast,
      slowed,
      aboveFloor,
      candidate: fast && slowed && aboveFloor,
    });
  }
  const complete = judgedYears.filter((y) => !Number.isNaN(y.growthAfter));
  const first = complete[0];
  const last = complete.at(-1);
  return {
    rule,
    years: judgedYears,
    candidates: judgedYears.filter((y) => y.candidate).map((y) => y.year),
    episodes: groupEpisodes(
      judgedYears.filter((y) => y.candidate),
      w,
    ),
    judged: first && last ? [first.year, last.year] : undefined,
    latest: judgedYears.at(-1),
  };
}

/** Groups qualifying years fewer than `window` years apart and dates each group at its largest fall. */
function groupEpisodes(candidates: readonly SlowdownYear[], window: number): SlowdownEpisode[] {
  const groups: SlowdownYear[][] = [];
  for (const c of candidates) {
    const open = groups.at(-1);
    if (open && c.year - (open.at(-1) as SlowdownYear).year < window) open.push(c);
    else groups.push([c]);
  }
  return groups.map((group) => {
    const peak = group.reduce((best, c) => (c.fall > best.fall ? c : best));
    return {
      year: peak.year,
      growthBefore: peak.growthBefore,
      growthAfter: peak.growthAfter,
      fall: peak.fall,
      income: peak.income,
      candidates: group.map((c) => c.year),
    };
  });
}

function checkRule(rule: SlowdownRule): void {
  if (!Number.isInteger(rule.window) || rule.window < 1)
    throw new ChanyeError('invalid-input', `invalid slowdown window: ${rule.window} (expected a whole number ≥ 1)`);
  for (const [name, value] of [
    ['minGrowthBefore', rule.minGrowthBefore],
    ['minFall', rule.minFall],
    ['minIncome', rule.minIncome],
  ] as const)
    if (!Number.isFinite(value))
      throw new ChanyeError('invalid-input', `invalid slowdown ${name}: ${value} (expected a number)`);
}

/** Years and natural logs of GDP per capita: an observed history or a simulated path. */
export interface LogGdpPath {
  readonly years: ArrayLike<number>;
  readonly logGdpPerCapita: ArrayLike<number>;
}

export interface SlowdownOutcome {
  /** A year from `from` to `byYear` meets all three conditions. */
  readonly occurs: boolean;
  /** The first such year. */
  readonly year: number | undefined;
  /** The episode it belongs to (qualifying years from `from` to `byYear`), dated at its largest fall. */
  readonly episode: SlowdownEpisode | undefined;
  /** The first year counted. */
  readonly from: number;
  /** The last year up to `byYear` the combined series can judge (t + window observed). */
  readonly judgedThrough: number | undefined;
}

/**
 * Whether a simulated path of GDP per capita has a growth slowdown by `byYear`, by `rule`
 * applied to the observed history followed by the path. The history wins in the years both
 * cover; the path supplies the years after the history's last. A slowdown is dated at the year t
 * it begins, which the rule can judge only once t + window is in the path: `judgedThrough` says
 * how far it could look. Only slowdowns dated from `options.from` count; by default, from the
 * first year whose window after reaches into the path (earlier slowdowns are history the path
 * cannot change). Income is exp(logGdpPerCapita), in the units of `rule.minIncome`.
 *
 * @example
 * // history 5 % a year to 2010; path 5 % to 2020, then 1 %: a slowdown from 2017 (dated 2020)
 * slowdownOccurs(history, path, 2025, rule) // { occurs: true, year: 2017, episode: { year: 2020, … }, … }
 */
export function slowdownOccurs(
  history: LogGdpPath,
  path: LogGdpPath,
  byYear: number,
  rule: SlowdownRule,
  options: { from?: number } = {},
): SlowdownOutcome {
  const levels = new Map<number, number>();
  let lastObserved = -Infinity;
  for (let i = 0; i < history.years.length; i++) {
    const v = history.logGdpPerCapita[i] as number;
    if (!Number.isFinite(v)) continue;
    const year = history.years[i] as number;
    levels.set(year, Math.exp(v));
    lastObserved = Math.max(lastObserved, year);
  }
  for (let i = 0; i < path.years.length; i++) {
    const year = path.years[i] as number;
    const v = path.logGdpPerCapita[i] as number;
    if (year > lastObserved && Number.isFinite(v)) levels.set(year, Math.exp(v));
  }
  const from =
    options.from ?? (Number.isFinite(lastObserved) ? lastObserved - rule.window + 1 : Number.NEGATIVE_INFINITY);
  const years = [...levels.keys()].sort((a, b) => a - b);
  const scan = findSlowdowns(
    years,
    years.map((y) => levels.get(y) as number),
    rule,
  );
  const inRange = scan.years.filter((y) => y.year >= from && y.year <= byYear);
  const judged = inRange.filter((y) => !Number.isNaN(y.growthAfter));
  const episodes = groupEpisodes(
    inRange.filter((y) => y.candidate),
    rule.window,
  );
  const episode = episodes[0];
  return {
    occurs: episode !== undefined,
    year: episode?.candidates[0],
    episode,
    from,
    judgedThrough: judged.at(-1)?.year,
  };
}
