/**
 * Middle-income trap tests (the country report's income section, docs/methods/country-report.md).
 *
 * Felipe, Abdon and Kumar (2012), "Tracking the Middle-income Trap: What Is It, Who Is in It,
 * and Why?", Levy Economics Institute WP 715: income bands in 1990 international (Geary-
 * Khamis) dollars — low < 2,000; lower-middle 2,000-7,250; upper-middle 7,250-11,750;
 * high > 11,750 — and trap thresholds: more than 28 years in lower-middle income, more than
 * 14 years in upper-middle income (the median years graduates took).
 */
export const FAK_BANDS = { lowerMiddle: 2000, upperMiddle: 7250, high: 11750 } as const;
export const FAK_TRAP_YEARS = { lowerMiddle: 28, upperMiddle: 14 } as const;

export type FakBand = 'low' | 'lower-middle' | 'upper-middle' | 'high';

/** The FAK band of a GDP per capita in 1990 GK dollars. */
export function fakBand(gdpPerCapita1990: number): FakBand {
  if (gdpPerCapita1990 < FAK_BANDS.lowerMiddle) return 'low';
  if (gdpPerCapita1990 <= FAK_BANDS.upperMiddle) return 'lower-middle';
  if (gdpPerCapita1990 <= FAK_BANDS.high) return 'upper-middle';
  return 'high';
}

/** Years a band took to leave, counted as FAK do: from the first year in it to the first year above it. */
export interface Graduation {
  readonly band: 'lower-middle' | 'upper-middle';
  readonly entered: number;
  readonly left: number;
  readonly years: number;
  /** The series starts inside the band, so the true count is at least `years`. */
  readonly leftCensored: boolean;
}

export interface TrapVerdict {
  /** The band of the latest year. */
  readonly band: FakBand;
  readonly latestYear: number;
  /** First year the economy reached its current band (dips below after that do not reset it). */
  readonly enteredBand: number;
  /** Years since first reaching the current band, the latest year included. */
  readonly yearsInBand: number;
  /** The series starts inside the current band: the count is a lower bound. */
  readonly leftCensored: boolean;
  /** The trap threshold for the band (lower- and upper-middle only). */
  readonly thresholdYears: number | null;
  /** True when the economy has stayed in a middle band longer than the threshold. */
  readonly trapped: boolean;
  /** Years left before the threshold is passed (negative when past it). */
  readonly yearsToThreshold: number | null;
  readonly graduations: readonly Graduation[];
}

const ORDER: readonly FakBand[] = ['low', 'lower-middle', 'upper-middle', 'high'];

/**
 * The FAK verdict for the latest year. Following Felipe, Abdon and Kumar, time in a band runs
 * from the first year the economy reached it to the first year it reached the next band; a
 * temporary fall back does not restart the count. A series that starts inside a band
 * (left-censored) gives a lower bound, and says so.
 */
export function fakTrapVerdict(years: readonly number[], gdpPerCapita1990: readonly number[]): TrapVerdict | undefined {
  const points = years
    .map((year, k) => ({ year, value: gdpPerCapita1990[k] as number }))
    .filter((p) => Number.isFinite(p.value))
    .sort((a, b) => a.year - b.year);
  const first = points[0];
  const latest = points.at(-1);
  if (!first || !latest) return undefined;
  // First year at or above each band.
  const reached = new Map<FakBand, number>();
  for (const p of points) {
    const rank = ORDER.indexOf(fakBand(p.value));
    for (let r = 0; r <= rank; r++) if (!reached.has(ORDER[r] as FakBand)) reached.set(ORDER[r] as FakBand, p.year);
  }
  const startRank = ORDER.indexOf(fakBand(first.value));
  const censored = (band: FakBand): boolean => ORDER.indexOf(band) <= startRank && band !== 'low';
  const graduations: Graduation[] = [];
  for (const band of ['lower-middle', 'upper-middle'] as const) {
    const entered = reached.get(band);
    const left = reached.get(ORDER[ORDER.indexOf(band) + 1] as FakBand);
    if (entered === undefined || left === undefined) continue;
    // A series that starts above the band says nothing about the time spent in it.
    if (ORDER.indexOf(band) < startRank) continue;
    graduations.push({ band, entered, left, years: left - entered, leftCensored: censored(band) });
  }
  const band = fakBand(latest.value);
  const enteredBand = reached.get(band) ?? latest.year;
  const yearsInBand = latest.year - enteredBand + 1;
  const threshold =
    band === 'lower-middle' ? FAK_TRAP_YEARS.lowerMiddle : band === 'upper-middle' ? FAK_TRAP_YEARS.upperMiddle : null;
  return {
    band,
    latestYear: latest.year,
    enteredBand,
    yearsInBand,
    leftCensored: censored(band),
    thresholdYears: threshold,
    trapped: threshold !== null && yearsInBand > threshold,
    yearsToThreshold: threshold === null ? null : threshold - yearsInBand,
    graduations,
  };
}

/**
 * The factor that turns PWT GDP per capita (2017 US$ at chained PPPs) into 1990 GK dollars:
 * the ratio of the United States' 1990 GDP per capita in the two series (Felipe, Abdon and Kumar
 * 2012 use the 1990 GK dollars of Maddison's tables).
 */
export function conversionTo1990(us1990GearyKhamis: number, us1990Pwt: number): number {
  if (!(us1990Pwt > 0) || !(us1990GearyKhamis > 0)) throw new Error('the US 1990 values must be positive');
  return us1990GearyKhamis / us1990Pwt;
}
