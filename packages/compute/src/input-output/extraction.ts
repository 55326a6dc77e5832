import type { Matrix } from '../numeric/matrix.js';
import { ChanyeError } from '../errors.js';
import { luFactor, luSolve } from '../linalg/lu.js';

/**
 * What is taken out of the economy when sector j is extracted (Miller and Blair 2009, §12.2.5;
 * Dietzenbacher and Lahr 2013, Economic Systems Research 25: 356-370):
 * - `total`: row and column j of A and j's final demand, so j produces nothing (x̄_j = 0);
 *   the loss is the sector's full weight in the economy. The default.
 * - `linkages`: row and column j of A only; j still serves its own final demand (x̄_j = f_j),
 *   so the loss is what its intermediate purchases and sales sustain.
 * - `backward`: column j only (j buys no intermediate inputs; Dietzenbacher and van der Linden 1997).
 * - `forward`: row j only (nobody buys j's output as an input).
 */
export type ExtractionMode = 'total' | 'linkages' | 'backward' | 'forward';

export const EXTRACTION_MODES: readonly ExtractionMode[] = ['total', 'linkages', 'backward', 'forward'];

export interface Extraction {
  readonly mode: ExtractionMode;
  /** Total output lost, 1'(x − x̄), when each sector is extracted (length n). */
  readonly loss: Float64Array;
  /** Loss as a share of total output 1'x. */
  readonly relative: Float64Array;
  /**
   * Loss by the region where it falls, n × regions: row j, column r is the output lost in region
   * r when j is extracted (present when `regionOf` was given).
   */
  readonly byRegion?: Matrix;
}

/**
 * Hypothetical extraction of every sector at once, from L, x and f, with no inversion per
 * sector. Extracting row and column j of A leaves (I − A₋ⱼ₋ⱼ)⁻¹ = L₋ⱼ₋ⱼ − L₋ⱼ,ⱼ·Lⱼ,₋ⱼ / l_jj
 * (the partitioned inverse), and since Lⱼ,₋ⱼ·f₋ⱼ = x_j − l_jj·f_j this collapses to
 *   x̄_i = x_i − l_ij·x_j / l_jj  (i ≠ j),
 * the same for `total` and `linkages`; they differ in x̄_j (0 or f_j). Extracting only column j
 * (row j) is a rank-one change of I − A, and Sherman-Morrison with L·a_j = l_·j − e_j
 * (a^j'·L = l_j· − e_j') gives x̄ = x − (l_·j − e_j)·x_j / l_jj (x̄ = x − l_·j·(x_j − f_j) / l_jj).
 * Each sector costs O(n), all sectors O(n²) given L.
 */
export function hypotheticalExtraction(
  L: Matrix,
  x: ArrayLike<number>,
  f: ArrayLike<number>,
  options: { mode?: ExtractionMode; regionOf?: ArrayLike<number>; regions?: number } = {},
): Extraction {
  const mode = options.mode ?? 'total';
  if (!EXTRACTION_MODES.includes(mode)) {
    throw new ChanyeError(
      'invalid-input',
      `invalid extraction mode: ${String(mode)} (expected ${EXTRACTION_MODES.join(', ')})`,
    );
  }
  const n = L.rows;
  let totalOutput = 0;
  for (let i = 0; i < n; i++) totalOutput += x[i] as number;
  const regionOf = options.regionOf;
  const R = regionOf ? (options.regions ?? Math.max(...Array.from(regionOf)) + 1) : 0;
  const byRegion = regionOf ? new Float64Array(n * R) : undefined;
  const loss = new Float64Array(n);
  const relative = new Float64Array(n);
  const colSums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) colSums[j] = (colSums[j] as number) + (L.values[row + j] as number);
  }
  const scale = new Float64Array(n);
  const own = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const ljj = L.values[j * n + j] as number;
    const xj = x[j] as number;
    const fj = f[j] as number;
    const s = mode === 'forward' ? (xj - fj) / ljj : xj / ljj;
    scale[j] = s;
    // Loss in j itself: total x_j; linkages x_j − f_j; backward (l_jj − 1)·x_j/l_jj; forward l_jj·s.
    own[j] = mode === 'total' ? xj : mode === 'linkages' ? xj - fj : mode === 'backward' ? (ljj - 1) * s : ljj * s;
    const others = ((colSums[j] as number) - ljj) * s;
    loss[j] = others + (own[j] as number);
    relative[j] = (loss[j] as number) / totalOutput;
  }
  if (byRegion && regionOf) {
    for (let i = 0; i < n; i++) {
      const row = i * n;
      const r = regionOf[i] as number;
      for (let j = 0; j < n; j++) {
        const v = i === j ? (own[j] as number) : (L.values[row + j] as number) * (scale[j] as number);
        byRegion[j * R + r] = (byRegion[j * R + r] as number) + v;
      }
    }
  }
  return {
    mode,
    loss,
    relative,
    ...(byRegion ? { byRegion: { rows: n, columns: R, values: byRegion } } : {}),
  };
}

/**
 * Output after extracting a block S of sectors (a whole economy, an industry in every
 * economy): rows and columns of S in A, and S's final demand in the `total` mode. By the
 * partitioned inverse (Miller and Blair 2009, eq. A.5; the Woodbury identity),
 *   x̄₋S = x₋S − L₋S,S·(L_SS)⁻¹·x_S,
 * one |S| × |S| solve instead of inverting I − A₋S₋S. Returns x̄ (x̄_S = 0, or f_S in the
 * `linkages` mode).
 */
export function extractBlock(
  L: Matrix,
  x: ArrayLike<number>,
  f: ArrayLike<number>,
  block: readonly number[],
  mode: 'total' | 'linkages' = 'total',
): Float64Array {
  const n = L.rows;
  const k = block.length;
  const inBlock = new Uint8Array(n);
  for (const j of block) {
    if (!Number.isInteger(j) || j < 0 || j >= n)
      throw new ChanyeError('invalid-input', `sector index ${j} out of range 0..${n - 1}`);
    if (inBlock[j]) throw new ChanyeError('invalid-input', `sector index ${j} listed twice`);
    inBlock[j] = 1;
  }
  const out = Float64Array.from({ length: n }, (_, i) => x[i] as number);
  if (k === 0) return out;
  const lss = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) lss[a * k + b] = L.values[(block[a] as number) * n + (block[b] as number)] as number;
  }
  const w = luSolve(
    luFactor({ rows: k, columns: k, values: lss }, { inPlace: true }),
    block.map((j) => x[j] as number),
  );
  for (let i = 0; i < n; i++) {
    if (inBlock[i]) continue;
    const row = i * n;
    let s = 0;
    for (let b = 0; b < k; b++) s += (L.values[row + (block[b] as number)] as number) * (w[b] as number);
    out[i] = (out[i] as number) - s;
  }
  for (const j of block) out[j] = mode === 'total' ? 0 : (f[j] as number);
  return out;
}
