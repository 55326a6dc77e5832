import { compensatedSum } from '../numeric/sum.js';
import { sampleStandardDeviation } from '../numeric/sample-sd.js';
import { matrixLike, type Matrix } from '../numeric/matrix.js';
import type { Polarity } from './polarity.js';

/**
 * Normalization methods of the OECD/JRC *Handbook on Constructing Composite Indicators*
 * (2008), ch. 5, each turned so that higher is better:
 * - `min-max`: (x − min)/(max − min); lower-is-better: (max − x)/(max − min). A constant
 *   column gives 0.5 to every unit (it cannot rank anyone; decision documented in
 *   docs/methods/composite-indices.md).
 * - `z-score`: (x − mean)/sd (sample sd), sign flipped for lower-is-better.
 * - `distance-to-frontier`: x / max; lower-is-better: min / x.
 * - `distance-to-reference`: x / reference; lower-is-better: reference / x.
 * - `goalposts`: clamp((x − lo)/(hi − lo), 0, 1); lower-is-better: clamp((hi − x)/(hi − lo)).
 * - `vector`: x / √Σx², TOPSIS's own normalization (Hwang and Yoon 1981); lower-is-better:
 *   1 − x / √Σx², a reflection that leaves every TOPSIS distance unchanged (the ideal of a
 *   cost criterion is its minimum either way) while keeping higher-is-better for other rules.
 */
export type NormalizationName =
  'min-max' | 'z-score' | 'distance-to-frontier' | 'distance-to-reference' | 'goalposts' | 'vector';

export const NORMALIZATIONS: readonly NormalizationName[] = [
  'min-max',
  'z-score',
  'distance-to-frontier',
  'distance-to-reference',
  'goalposts',
  'vector',
];

export interface NormalizationOptions {
  readonly polarity: readonly Polarity[];
  /** Per-indicator reference values, for `distance-to-reference` (e.g. a benchmark group's median). */
  readonly reference?: readonly number[];
  /** Per-indicator [lo, hi], for `goalposts`. */
  readonly goalposts?: readonly (readonly [number, number])[];
}

/** A normalization as a function of one column's values (and its index), for the escape hatch. */
export type ColumnNormalizer = (values: Float64Array, j: number, polarity: Polarity) => Float64Array;

/** Resolves a method name (or a function) once, at option parsing; unknown names throw. */
export function normalizer(
  method: NormalizationName | ColumnNormalizer,
  options: NormalizationOptions,
): ColumnNormalizer {
  if (typeof method === 'function') return method;
  switch (method) {
    case 'min-max':
      return minMaxColumn;
    case 'z-score':
      return zScoreColumn;
    case 'distance-to-frontier':
      return frontierColumn;
    case 'vector':
      return vectorColumn;
    case 'distance-to-reference': {
      const reference = options.reference;
      if (!reference) throw new Error('distance-to-reference needs reference values');
      return (values, j, polarity) => referenceColumn(values, reference[j] as number, polarity);
    }
    case 'goalposts': {
      const goalposts = options.goalposts;
      if (!goalposts) throw new Error('goalposts needs [lo, hi] per indicator');
      return (values, j, polarity) => goalpostColumn(values, goalposts[j] as readonly [number, number], polarity);
    }
    default:
      // Reachable from JavaScript callers and parsed options; TypeScript callers cannot get here.
      throw new Error(`invalid normalization: ${String(method)}`);
  }
}

/** Normalizes every column of `m`; missing stays missing. */
export function normalize(
  m: Matrix,
  method: NormalizationName | ColumnNormalizer,
  options: NormalizationOptions,
): Matrix {
  if (options.polarity.length !== m.columns) throw new Error('one polarity per indicator is required');
  const normalizeColumn = normalizer(method, options);
  const out = matrixLike(m);
  const column = new Float64Array(m.rows);
  for (let j = 0; j < m.columns; j++) {
    for (let i = 0; i < m.rows; i++) column[i] = m.values[i * m.columns + j] as number;
    const normalized = normalizeColumn(column, j, options.polarity[j] as Polarity);
    for (let i = 0; i < m.rows; i++) out.values[i * m.columns + j] = normalized[i] as number;
  }
  return out;
}

/** Smallest and largest non-missing value (Infinity, −Infinity when none). */
function range(values: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

function finite(values: Float64Array): number[] {
  return [...values].filter((v) => !Number.isNaN(v));
}

function minMaxColumn(values: Float64Array, _j: number, polarity: Polarity): Float64Array {
  const [lo, hi] = range(values);
  return values.map((x) => {
    if (Number.isNaN(x)) return NaN;
    if (hi === lo) return 0.5;
    return polarity === 1 ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo);
  });
}

function zScoreColumn(values: Float64Array, _j: number, polarity: Polarity): Float64Array {
  const present = finite(values);
  const mean = compensatedSum(present) / present.length;
  const sd = sampleStandardDeviation(present);
  return values.map((x) => (Number.isNaN(x) || !(sd > 0) ? NaN : (polarity * (x - mean)) / sd));
}

function frontierColumn(values: Float64Array, _j: number, polarity: Polarity): Float64Array {
  const [lo, hi] = range(values);
  const best = polarity === 1 ? hi : lo;
  return values.map((x) => (Number.isNaN(x) ? NaN : polarity === 1 ? x / best : best / x));
}

function vectorColumn(values: Float64Array, _j: number, polarity: Polarity): Float64Array {
  let squares = 0;
  for (const v of values) if (!Number.isNaN(v)) squares += v * v;
  const norm = Math.sqrt(squares);
  return values.map((x) => (Number.isNaN(x) || !(norm > 0) ? NaN : polarity === 1 ? x / norm : 1 - x / norm));
}

function referenceColumn(values: Float64Array, reference: number, polarity: Polarity): Float64Array {
  return values.map((x) => (Number.isNaN(x) ? NaN : polarity === 1 ? x / reference : reference / x));
}

function goalpostColumn(values: Float64Array, [lo, hi]: readonly [number, number], polarity: Polarity): Float64Array {
  if (!(hi > lo)) throw new Error(`invalid goalposts: [${lo}, ${hi}]`);
  const clamp = (v: number): number => Math.min(1, Math.max(0, v));
  return values.map((x) =>
    Number.isNaN(x) ? NaN : clamp(polarity === 1 ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo)),
  );
}
