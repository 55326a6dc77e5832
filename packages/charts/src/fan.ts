import type { LineChartSpec, NumericAxis } from './spec.js';

/** The quantile levels a fan chart draws: the 95 % band, the 80 % band and the median. */
export const FAN_BANDS = { outer: [0.025, 0.975], inner: [0.1, 0.9], median: 0.5 } as const;

/** What a fan chart needs besides its text: years and the quantiles of each year. */
export interface FanChartInput {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly source: string;
  /** Header of the year column of the data table. */
  readonly key: string;
  readonly y: NumericAxis;
  readonly digits?: number;
  /** Names of the 95 % band, the 80 % band and the median (legend and table). */
  readonly names: { readonly outer: string; readonly inner: string; readonly median: string };
  /** Table headers of the band bounds, e.g. `lower` and `upper`. */
  readonly bandLabels: readonly [string, string];
  readonly years: readonly number[];
  /** The value at quantile `level` in the `k`-th year (null when there is none). */
  readonly quantile: (level: number, k: number) => number | null;
  /** Observed values before the first year (drawn as a line joining the fan). */
  readonly history?: { readonly name: string; readonly years: readonly number[]; readonly values: readonly number[] };
  /** A second median over the same years (a scenario beside the baseline). */
  readonly alternative?: { readonly name: string; readonly median: (k: number) => number | null };
}

/**
 * A fan chart of a Monte Carlo simulation as a line chart: the 95 % band (2.5-97.5 %), the
 * 80 % band (10-90 %) and the median line, with the observed history before it and a second
 * median (a scenario) when given. The report's scenario section and the dashboard's
 * scenario view draw their fans with it.
 *
 * @example
 * fanChart({ …, years: [2020], quantile: (level) => level * 100 }).series[2].points[0].y // returns 50
 */
export function fanChart(input: FanChartInput): LineChartSpec {
  const { years, quantile } = input;
  const band = ([low, high]: readonly [number, number]) =>
    years.map((x, k) => ({ x, y: null, low: quantile(low, k), high: quantile(high, k) }));
  return {
    kind: 'line',
    id: input.id,
    title: input.title,
    description: input.description,
    source: input.source,
    key: input.key,
    ...(input.digits !== undefined ? { digits: input.digits } : {}),
    y: input.y,
    bandLabels: input.bandLabels,
    series: [
      { name: input.names.outer, points: band(FAN_BANDS.outer) },
      { name: input.names.inner, points: band(FAN_BANDS.inner) },
      { name: input.names.median, points: years.map((x, k) => ({ x, y: quantile(FAN_BANDS.median, k) })) },
      ...(input.history
        ? [
            {
              name: input.history.name,
              points: input.history.years.map((x, k) => ({ x, y: input.history?.values[k] ?? null })),
            },
          ]
        : []),
      ...(input.alternative
        ? [
            {
              name: input.alternative.name,
              points: years.map((x, k) => ({ x, y: input.alternative?.median(k) ?? null })),
            },
          ]
        : []),
    ],
  };
}
