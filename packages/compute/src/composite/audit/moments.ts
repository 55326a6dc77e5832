/**
 * Sample skewness and excess kurtosis, as the outlier check of a composite indicator uses them.
 *
 * The definitions are the bias-adjusted ones of Joanes and Gill (1998, "Comparing measures of
 * sample skewness and kurtosis", _The Statistician_ 47(1)), their G1 and G2 — type 2 of R's
 * e1071 and Excel's SKEW and KURT — which is what COINr (Becker, Caperna, Del Sorbo, Norlén,
 * Papadimitriou and Saisana 2022, "COINr: An R package for developing composite indicators",
 * _Journal of Open Source Software_ 7(78)) uses for its skew > 2 and kurtosis > 3.5 rule. With
 * m_r = Σ(x − x̄)^r / n:
 *
 * - G1 = [m3 / m2^{3/2}] · √(n(n − 1)) / (n − 2)
 * - G2 = [(n + 1)(m4 / m2² − 3) + 6] · (n − 1) / ((n − 2)(n − 3)), which is 0 for a normal
 *   distribution (excess kurtosis).
 *
 * @module
 */
import { compensatedSum } from '../../numeric/sum.js';

/** Central moment sums Σ(x − x̄)^2, ^3, ^4 of the non-missing values, and their count. */
function centralSums(values: ArrayLike<number>): { n: number; s2: number; s3: number; s4: number } {
  const present: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i] as number)) present.push(values[i] as number);
  const n = present.length;
  const mean = compensatedSum(present) / n;
  const d = present.map((x) => x - mean);
  return {
    n,
    s2: compensatedSum(d.map((x) => x * x)),
    s3: compensatedSum(d.map((x) => x * x * x)),
    s4: compensatedSum(d.map((x) => x * x * x * x)),
  };
}

/**
 * Bias-adjusted sample skewness G1 of the non-missing values; NaN with fewer than 3 values or
 * no spread.
 *
 * @example skewness([1, 2, 3, 10]) // returns ~1.764
 */
export function skewness(values: ArrayLike<number>): number {
  const { n, s2, s3 } = centralSums(values);
  if (n < 3 || !(s2 > 0)) return NaN;
  const g1 = s3 / n / (s2 / n) ** 1.5;
  return (g1 * Math.sqrt(n * (n - 1))) / (n - 2);
}

/**
 * Bias-adjusted sample excess kurtosis G2 of the non-missing values; NaN with fewer than 4
 * values or no spread.
 *
 * @example kurtosis([1, 2, 3, 10]) // returns 3.228
 */
export function kurtosis(values: ArrayLike<number>): number {
  const { n, s2, s4 } = centralSums(values);
  if (n < 4 || !(s2 > 0)) return NaN;
  const b2 = (n * s4) / (s2 * s2);
  return (((n + 1) * (b2 - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}
