import { compensatedSum } from '../numeric/sum.js';
import { sampleStandardDeviation } from '../numeric/sample-sd.js';
import { panelLike, sameShape, type Panel } from '../panel/panel.js';

/**
 * Derived indicators: pure functions from aligned input panels to an output panel.
 * No value is ever filled in: a cell whose inputs are missing stays NaN. A derived cell's
 * status is the worst status of the cells it used (observed < spliced < carried < imputed).
 * Methods notes: docs/methods/derived-indicators.md.
 */

function assertAligned(panels: readonly Panel[]): void {
  const [first, ...rest] = panels;
  if (!first) throw new Error('a derivation needs at least one input panel');
  for (const p of rest) if (!sameShape(first, p)) throw new Error('derivation inputs must share economies and years');
}

/**
 * Cell-wise `numerator / denominator × scale`; a zero or missing denominator gives NaN.
 *
 * @example GDP per capita = ratio(rgdpe, pop) (mil. US$ / millions = US$ per person)
 */
export function ratio(numerator: Panel, denominator: Panel, scale = 1): Panel {
  assertAligned([numerator, denominator]);
  const out = panelLike(numerator);
  for (let i = 0; i < out.values.length; i++) {
    const d = denominator.values[i] as number;
    if (d === 0) continue;
    out.values[i] = ((numerator.values[i] as number) / d) * scale;
    out.status[i] = Math.max(numerator.status[i] as number, denominator.status[i] as number);
  }
  return out;
}

/** Cell-wise sum of the inputs; missing in any input gives NaN (no partial sums). */
export function sum(inputs: readonly Panel[]): Panel {
  assertAligned(inputs);
  const out = panelLike(inputs[0] as Panel);
  for (let i = 0; i < out.values.length; i++) {
    const cells = inputs.map((p) => p.values[i] as number);
    if (cells.some(Number.isNaN)) continue;
    out.values[i] = compensatedSum(cells);
    out.status[i] = Math.max(...inputs.map((p) => p.status[i] as number));
  }
  return out;
}

/**
 * Cell-wise product of the inputs × scale; missing in any input gives NaN.
 *
 * @example services value added per capita = product([services % of GDP, GDP per capita], 0.01)
 */
export function product(inputs: readonly Panel[], scale = 1): Panel {
  assertAligned(inputs);
  const out = panelLike(inputs[0] as Panel);
  for (let i = 0; i < out.values.length; i++) {
    let value = scale;
    for (const p of inputs) value *= p.values[i] as number;
    if (Number.isNaN(value)) continue;
    out.values[i] = value;
    out.status[i] = Math.max(...inputs.map((p) => p.status[i] as number));
  }
  return out;
}

/** Cell-wise `input × factor`, for unit conversions (e.g. a 0-1 share to percent). */
export function scale(input: Panel, factor: number): Panel {
  const out = panelLike(input);
  for (let i = 0; i < out.values.length; i++) {
    out.values[i] = (input.values[i] as number) * factor;
    out.status[i] = input.status[i] as number;
  }
  return out;
}

/**
 * Annual growth in percent, `(x_t / x_{t−1} − 1) × 100`, against the previous calendar
 * year only: after a gap the first value has no growth rate.
 */
export function growth(input: Panel): Panel {
  const out = panelLike(input);
  const T = input.years.length;
  for (let e = 0; e < input.economies.length; e++) {
    for (let t = 1; t < T; t++) {
      const i = e * T + t;
      const previous = input.values[i - 1] as number;
      if (previous === 0) continue;
      out.values[i] = ((input.values[i] as number) / previous - 1) * 100;
      out.status[i] = Math.max(input.status[i] as number, input.status[i - 1] as number);
    }
  }
  return out;
}

/**
 * Sample standard deviation over the `window` consecutive years ending in each year, only
 * where all of them are present (a volatility over a gap would be a different statistic).
 */
export function rollingStandardDeviation(input: Panel, window: number): Panel {
  if (!Number.isInteger(window) || window < 2) throw new Error(`invalid window: ${window}`);
  const out = panelLike(input);
  const T = input.years.length;
  for (let e = 0; e < input.economies.length; e++) {
    for (let t = window - 1; t < T; t++) {
      const start = e * T + t - window + 1;
      out.values[e * T + t] = sampleStandardDeviation(input.values.subarray(start, start + window));
      out.status[e * T + t] = Math.max(...input.status.subarray(start, start + window));
    }
  }
  return out;
}

/**
 * Each economy's share (%) of the world total of a level built as `perCapita × population`,
 * the world being the sum over the economies in `included` that have both values that year.
 * Returns the shares and, per year, how many economies made up the world total.
 */
export function worldShare(
  perCapita: Panel,
  population: Panel,
  included: (economy: string) => boolean,
): { shares: Panel; contributors: Int32Array } {
  assertAligned([perCapita, population]);
  const level = panelLike(perCapita);
  const T = perCapita.years.length;
  for (let i = 0; i < level.values.length; i++) {
    level.values[i] = (perCapita.values[i] as number) * (population.values[i] as number);
    level.status[i] = Math.max(perCapita.status[i] as number, population.status[i] as number);
  }
  const shares = panelLike(perCapita);
  const contributors = new Int32Array(T);
  for (let t = 0; t < T; t++) {
    const parts: number[] = [];
    perCapita.economies.forEach((economy, e) => {
      const v = level.values[e * T + t] as number;
      if (included(economy) && !Number.isNaN(v)) parts.push(v);
    });
    contributors[t] = parts.length;
    const world = compensatedSum(parts);
    if (!(world > 0)) continue;
    for (let e = 0; e < perCapita.economies.length; e++) {
      const i = e * T + t;
      shares.values[i] = ((level.values[i] as number) / world) * 100;
      shares.status[i] = level.status[i] as number;
    }
  }
  return { shares, contributors };
}
