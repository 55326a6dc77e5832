import { describe, expect, it } from 'vitest';
import {
  averageGrowth,
  EPS_SLOWDOWN,
  epsSlowdownRule,
  findSlowdowns,
  rebaseDollars,
  slowdownOccurs,
} from '../../src/diagnostics/slowdowns.js';

const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** A level path from `start` in `years[0]`, growing by `growth(year)` % into each next year. */
function path(years: readonly number[], start: number, growth: (year: number) => number): number[] {
  const out = [start];
  for (let i = 1; i < years.length; i++) out.push((out[i - 1] as number) * (1 + growth(years[i] as number) / 100));
  return out;
}

/** 5 % a year from 1990 to 2000, 1 % a year from 2000 to 2010. */
const YEARS = span(1990, 2010);
const fiveThenOne = (start: number): number[] => path(YEARS, start, (y) => (y <= 2000 ? 5 : 1));
const RULE = epsSlowdownRule(10000);

/** Compound average growth (%) over 7 years with `fives` years at 5 % and the rest at 1 %. */
const mixed = (fives: number): number => ((1.05 ** fives * 1.01 ** (7 - fives)) ** (1 / 7) - 1) * 100;

describe('averageGrowth(from, to, years)', () => {
  it('is the compound annual rate, NaN for a missing or non-positive end', () => {
    expect(averageGrowth(100, 100 * 1.05 ** 7, 7)).toBeCloseTo(5, 12);
    expect(averageGrowth(100, 100, 7)).toBe(0);
    expect(averageGrowth(NaN, 100, 7)).toBeNaN();
    expect(averageGrowth(0, 100, 7)).toBeNaN();
  });
});

describe('rebaseDollars(value, priceLevel)', () => {
  it('divides by the price level of the value’s year relative to the base year', () => {
    // the US GDP price level of 2005 relative to 2017 in PWT 10.01 (pl_gdpo, USA, 2005)
    expect(rebaseDollars(10000, 0.8112385272979736)).toBeCloseTo(12326.83, 2);
    expect(() => rebaseDollars(10000, 0)).toThrow(/invalid price level/);
  });
});

describe('findSlowdowns(years, gdpPerCapita, rule)', () => {
  it('dates the slowdown of 5 % growth for ten years then 1 % at the break, 2000, with a 4-point fall', () => {
    const scan = findSlowdowns(YEARS, fiveThenOne(20000), RULE);
    // 1997-2002 qualify; 2003 grew 3.27 % a year over the seven years before (below 3.5), and
    // years before 1997 have no seven years of data before them.
    expect(scan.candidates).toEqual([1997, 1998, 1999, 2000, 2001, 2002]);
    expect(scan.episodes).toHaveLength(1);
    const [episode] = scan.episodes;
    expect(episode?.year).toBe(2000);
    expect(episode?.growthBefore).toBeCloseTo(5, 10);
    expect(episode?.growthAfter).toBeCloseTo(1, 10);
    expect(episode?.fall).toBeCloseTo(4, 10);
    expect(episode?.income).toBeCloseTo(20000 * 1.05 ** 10, 6);
    expect(episode?.candidates).toEqual([1997, 1998, 1999, 2000, 2001, 2002]);
    const year = (y: number) => scan.years.find((s) => s.year === y);
    // by hand: the window after 1999 has one year at 5 % and six at 1 %
    expect(year(1999)?.growthAfter).toBeCloseTo(mixed(1), 10);
    expect(year(1997)?.fall).toBeCloseTo(5 - mixed(3), 10); // 2.30: a slowdown
    expect(year(1996)).toBeUndefined();
    expect(year(2003)?.growthBefore).toBeCloseTo(mixed(4), 10); // 3.27: not fast
    expect(year(2003)?.fast).toBe(false);
    expect(scan.judged).toEqual([1997, 2003]);
    expect(scan.latest?.year).toBe(2010);
    expect(scan.latest?.growthAfter).toBeNaN();
  });

  it('finds no slowdown when growth falls but income is below the floor', () => {
    const scan = findSlowdowns(YEARS, fiveThenOne(2000), RULE); // 2000 × 1.05^10 ≈ 3,258
    expect(scan.episodes).toEqual([]);
    expect(scan.candidates).toEqual([]);
    const y2000 = scan.years.find((s) => s.year === 2000);
    expect([y2000?.fast, y2000?.slowed, y2000?.aboveFloor]).toEqual([true, true, false]);
    // The same path clears a floor of 2,500 from the year it passes it.
    expect(findSlowdowns(YEARS, fiveThenOne(2000), epsSlowdownRule(2500)).episodes.map((e) => e.year)).toEqual([2000]);
  });

  it('picks the year of the largest fall among consecutive qualifying years, not the first break', () => {
    // 6 % to 1980, 4 % for five years, then 0 %: 1979-1986 qualify, one episode
    const years = span(1965, 2000);
    const levels = path(years, 30000, (y) => (y <= 1980 ? 6 : y <= 1985 ? 4 : 0));
    const scan = findSlowdowns(years, levels, RULE);
    expect(scan.candidates).toEqual(span(1979, 1986));
    // by hand: in 1980, 6 % before and 4 % for five of the seven years after (no growth in two)
    const at = (y: number) => scan.years.find((s) => s.year === y);
    expect(at(1980)?.fall).toBeCloseTo(6 - ((1.04 ** 5) ** (1 / 7) - 1) * 100, 10); // 3.16
    // in 1985, two years at 6 % and five at 4 % before, nothing after: the larger fall
    expect(at(1985)?.fall).toBeCloseTo(((1.06 ** 2 * 1.04 ** 5) ** (1 / 7) - 1) * 100, 10); // 4.57
    expect(scan.episodes.map((e) => e.year)).toEqual([1985]);
  });

  it('keeps slowdowns seven or more years apart separate, and joins a run broken by one year', () => {
    // two breaks: 6 % → 1 % in 1975, back to 6 % from 1985, 6 % → 1 % again in 2000
    const years = span(1960, 2015);
    const levels = path(years, 30000, (y) => (y <= 1975 ? 6 : y <= 1985 ? 1 : y <= 2000 ? 6 : 1));
    const scan = findSlowdowns(years, levels, RULE);
    expect(scan.episodes.map((e) => e.year)).toEqual([1975, 2000]);
    // a one-year dip in 1999 (−8 %, made up in 2000) takes 1999 out of the run, not the episode
    const rebound = (1.06 ** 2 / 0.92 - 1) * 100;
    const dip = path(years, 30000, (y) => (y === 1999 ? -8 : y === 2000 ? rebound : y <= 2000 ? 6 : 1));
    const broken = findSlowdowns(years, dip, RULE);
    expect(broken.candidates).toContain(1998);
    expect(broken.candidates).not.toContain(1999);
    expect(broken.candidates).toContain(2000);
    expect(broken.episodes.map((e) => e.year)).toEqual([2000]);
  });

  it('takes the thresholds as inclusive for growth and the fall, exclusive for income', () => {
    // 3.5 % then exactly 1.5 %: growth before is 3.5, the fall exactly 2
    const years = span(2000, 2014);
    const levels = path(years, 20000, (y) => (y <= 2007 ? 3.5 : 1.5));
    const at2007 = findSlowdowns(years, levels, RULE).years.find((y) => y.year === 2007);
    expect(at2007?.candidate).toBe(true);
    const income = levels[7] as number;
    const atFloor = findSlowdowns(years, levels, epsSlowdownRule(income)).years.find((y) => y.year === 2007);
    expect(atFloor?.aboveFloor).toBe(false);
  });

  it('compares the floor with a separate income series when given one', () => {
    const levels = fiveThenOne(2000); // below the floor…
    const income = levels.map((v) => v * 10); // …but the level series says otherwise
    expect(findSlowdowns(YEARS, levels, RULE, { income }).episodes.map((e) => e.year)).toEqual([2000]);
  });

  it('skips windows with a missing end year, and returns nothing for an empty or short series', () => {
    const levels = fiveThenOne(20000);
    levels[YEARS.indexOf(2007)] = NaN; // the window after 2000 ends in 2007
    const scan = findSlowdowns(YEARS, levels, RULE);
    expect(scan.years.find((y) => y.year === 2000)?.growthAfter).toBeNaN();
    expect(scan.candidates).not.toContain(2000);
    expect(findSlowdowns([], [], RULE)).toMatchObject({ candidates: [], episodes: [], judged: undefined });
    expect(findSlowdowns(span(2000, 2005), span(1, 6), RULE).latest).toBeUndefined();
    expect(() => findSlowdowns([2000], [1, 2], RULE)).toThrow(/same length/);
    expect(() => findSlowdowns([2000], [1], { ...RULE, window: 0 })).toThrow(/invalid slowdown window/);
  });

  it('uses the rule of Eichengreen, Park and Shin (2012): 7 years, 3.5 % a year, 2 points, US$10,000', () => {
    expect(EPS_SLOWDOWN).toEqual({ window: 7, minGrowthBefore: 3.5, minFall: 2, incomeFloors2005: [10000, 7500] });
    expect(epsSlowdownRule(12345)).toEqual({ window: 7, minGrowthBefore: 3.5, minFall: 2, minIncome: 12345 });
  });
});

describe('slowdownOccurs(history, path, byYear, rule)', () => {
  const log = (values: readonly number[]) => values.map(Math.log);
  const historyYears = span(2000, 2010);
  const history = { years: historyYears, logGdpPerCapita: log(path(historyYears, 20000, () => 5)) };
  const last = Math.exp(history.logGdpPerCapita.at(-1) as number);
  const futureYears = span(2011, 2035);
  const future = (growth: (y: number) => number) => ({
    years: futureYears,
    logGdpPerCapita: log(path([2010, ...futureYears], last, growth).slice(1)),
  });

  it('finds the slowdown of a path that slows from 5 % to 1 % in 2020, from its first qualifying year', () => {
    const outcome = slowdownOccurs(
      history,
      future((y) => (y <= 2020 ? 5 : 1)),
      2025,
      RULE,
    );
    expect(outcome.occurs).toBe(true);
    expect(outcome.year).toBe(2017); // as in the hand-computed case: 3 years before the break
    expect(outcome.episode?.year).toBe(2020);
    expect(outcome.episode?.fall).toBeCloseTo(4, 10);
    expect(outcome.from).toBe(2004);
    expect(outcome.judgedThrough).toBe(2025);
  });

  it('says no while the slowdown lies after the year asked about, or never comes', () => {
    expect(
      slowdownOccurs(
        history,
        future((y) => (y <= 2020 ? 5 : 1)),
        2016,
        RULE,
      ).occurs,
    ).toBe(false);
    const steady = slowdownOccurs(
      history,
      future(() => 5),
      2030,
      RULE,
    );
    expect(steady.occurs).toBe(false);
    expect(steady.judgedThrough).toBe(2028); // the path ends in 2035
  });

  it('keeps the observed history where the path overlaps it, and counts only slowdowns from `from`', () => {
    // a path at 1 (log 0) from 2005: ignored to 2010, so 5 % growth to 2010 then a collapse,
    // a slowdown from 2007, the first year with seven years of history before it
    const rewritten = { years: span(2005, 2035), logGdpPerCapita: span(2005, 2035).map(() => 0) };
    expect(slowdownOccurs(history, rewritten, 2030, RULE).year).toBe(2007);
    // counting from 2023 only: by then growth over the 7 years before is 3.27 %, not fast
    const slowing = future((y) => (y <= 2020 ? 5 : 1));
    expect(slowdownOccurs(history, slowing, 2030, RULE, { from: 2021 }).year).toBe(2021);
    expect(slowdownOccurs(history, slowing, 2030, RULE, { from: 2023 }).occurs).toBe(false);
  });
});
