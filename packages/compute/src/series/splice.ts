/**
 * Extending a series past its last year with a fresher series of the same concept: the level
 * stays the benchmark source's, and the fresher source contributes only its movement after the
 * benchmark's last year — the way the Penn World Table carries benchmark PPP levels to other
 * years with national-accounts growth rates (Feenstra, Inklaar and Timmer 2015, "The Next
 * Generation of the Penn World Table"), and the "ratio splicing" of series of different
 * vintages (de la Fuente 2014, "A 'mixed' splicing procedure for economic time series",
 * Estadística Española 56(183)). Methods notes: docs/methods/data-precedence.md.
 *
 * Both functions work on one economy's points sorted by year and never touch a year the
 * benchmark covers: they only add years after its last one.
 *
 * @module
 */

/** A value of one economy in one year. */
export interface YearValue {
  readonly year: number;
  readonly value: number;
}

/** A value placed after the benchmark's last year, with what it was linked on. */
export interface SplicedValue extends YearValue {
  /** The benchmark's last year: the break year of the spliced series. */
  readonly breakYear: number;
  /** The years over which the two sources were linked. */
  readonly linkYears: readonly number[];
  /** The factor applied to the fresher source's values (benchmark level ÷ fresher level). */
  readonly factor: number;
}

/**
 * Levels from the benchmark extended by the growth of the fresher series: for each year t
 * after the benchmark's last year T, `benchmark(T) × fresher(t) / fresher(T)`. Nothing is
 * extended when the fresher series has no positive value in T itself (growth from another
 * year would skip the benchmark's own last observations).
 *
 * @example benchmark 100 in 2019; fresher 50 in 2019 and 55 in 2020 → 110 in 2020
 */
export function extendByGrowth(benchmark: readonly YearValue[], fresher: readonly YearValue[]): SplicedValue[] {
  const last = benchmark.at(-1);
  if (!last) return [];
  const anchor = fresher.find((p) => p.year === last.year);
  if (!anchor || !(anchor.value > 0) || !Number.isFinite(last.value)) return [];
  const factor = last.value / anchor.value;
  return fresher
    .filter((p) => p.year > last.year && Number.isFinite(p.value))
    .map((p) => ({ year: p.year, value: p.value * factor, breakYear: last.year, linkYears: [last.year], factor }));
}

/**
 * The fresher series ratio-linked to the benchmark: its values after the benchmark's last year
 * T, times the mean ratio benchmark ÷ fresher over the last `overlap` years (up to T) in which
 * both have a value. Averaging over several years keeps one unusual year of either source
 * from setting the level; with `overlap` 1 and a common year T this is {@link extendByGrowth}.
 */
export function ratioLink(
  benchmark: readonly YearValue[],
  fresher: readonly YearValue[],
  overlap: number,
): SplicedValue[] {
  if (!Number.isInteger(overlap) || overlap < 1)
    throw new RangeError(`overlap must be a positive integer, got ${overlap}`);
  const last = benchmark.at(-1);
  if (!last) return [];
  const fresherByYear = new Map(fresher.map((p) => [p.year, p.value]));
  const common = benchmark
    .filter((p) => {
      const f = fresherByYear.get(p.year);
      return f !== undefined && f > 0 && Number.isFinite(p.value);
    })
    .slice(-overlap);
  if (common.length === 0) return [];
  const ratios = common.map((p) => p.value / (fresherByYear.get(p.year) as number));
  const factor = ratios.reduce((s, r) => s + r, 0) / ratios.length;
  const linkYears = common.map((p) => p.year);
  return fresher
    .filter((p) => p.year > last.year && Number.isFinite(p.value))
    .map((p) => ({ year: p.year, value: p.value * factor, breakYear: last.year, linkYears, factor }));
}
