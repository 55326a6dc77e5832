import type { Matrix } from '../numeric/matrix.js';
import { ChanyeError } from '../errors.js';
import { technicalCoefficients } from './coefficients.js';
import { identityMinus, isFactor, leontiefFactor, leontiefOutput, type Leontief } from './leontief.js';
import {
  luFactor,
  luSolve,
  luSolveMatrix,
  luSolveTransposed,
  type KernelOptions,
  type LuFactorization,
} from '../linalg/lu.js';
import { finalDemandByRegion, type Mrio } from './mrio.js';

/**
 * The value-added decomposition of one economy's gross exports, by exporting sector (vectors of
 * length S, the economy's sectors in table order) and in total. Borin and Mancini (2019),
 * source-based, country perspective; every term is in the table's unit.
 *
 * exports = dva + ddc + fva + fdc, and dva = davax + rex + ref.
 */
export interface ExportDecomposition {
  readonly region: string;
  readonly sectors: readonly string[];
  /** Gross exports e: intermediate and final sales to every other region. */
  readonly exports: Float64Array;
  /** Domestic value added, counted the first time it leaves the economy: V_s·L_ss·e. */
  readonly dva: Float64Array;
  /** DVA directly absorbed by the importer: in final exports, or in intermediates the importer turns into its own final goods. */
  readonly davax: Float64Array;
  /** DVA re-exported by the importer (in final or intermediate goods) and absorbed in third economies. */
  readonly rex: Float64Array;
  /** DVA re-exported by the importer and finally absorbed at home ("reflected"). */
  readonly ref: Float64Array;
  /** Domestic double counting: domestic value added already counted in an earlier export of the economy. */
  readonly ddc: Float64Array;
  /** Foreign value added: Σ_{t≠s} V_t·B^{/s}_ts·e, counted once. */
  readonly fva: Float64Array;
  /** Foreign double counting: foreign value added that has already passed through the economy's exports. */
  readonly fdc: Float64Array;
  readonly total: ExportDecompositionTotal;
}

export interface ExportDecompositionTotal {
  readonly exports: number;
  readonly dva: number;
  readonly davax: number;
  readonly rex: number;
  readonly ref: number;
  readonly ddc: number;
  readonly fva: number;
  readonly fdc: number;
}

/**
 * GVC participation of an economy as shares of its gross exports, from an
 * {@link ExportDecomposition}:
 * - `backward` = FVA / E: foreign value added in exports (Koopman, Powers, Wang and Wei 2010;
 *   counted once, as Borin and Mancini's source-based FVA);
 * - `forward` = (REX + REF) / E: domestic value added in intermediates the importer exports
 *   again, to third economies or back home, i.e. embodied in partners' exports;
 * - `participation` = backward + forward;
 * - `importContent` = (FVA + FDC) / E: the foreign content of exports including double counting
 *   (the vertical specialization share of Hummels, Ishii and Yi 2001);
 * - `gvcTrade` = (E − DAVAX) / E: Borin and Mancini's GVC-related trade, everything that crosses
 *   more than one border, = `gvcBackward` (FVA + FDC + DDC) / E + `gvcForward` (REX + REF) / E.
 */
export interface GvcParticipation {
  readonly backward: number;
  readonly forward: number;
  readonly participation: number;
  readonly importContent: number;
  readonly gvcTrade: number;
  readonly gvcBackward: number;
  readonly gvcForward: number;
}

/** Which regions, what is already computed, and how the large solves run ({@link KernelOptions}). */
export interface DecomposeExportsOptions extends KernelOptions {
  /** Regions to decompose (default: all). */
  readonly regions?: readonly string[];
  /** Technical coefficients, when already computed. */
  readonly A?: Matrix;
  /** The Leontief inverse or the factorization of I − A, when already computed. */
  readonly leontief?: Leontief;
}

/**
 * Decomposes each economy's gross exports into value-added terms: Borin and Mancini (2019),
 * "Measuring what matters in global value chains and value-added trade", World Bank Policy
 * Research Working Paper 8804, source-based approach at the country level (their "exporting
 * country perspective"; also Borin and Mancini 2023, Economic Systems Research 35: 524-548).
 *
 * With A the technical coefficients, B = (I − A)⁻¹, L_rr = (I − A_rr)⁻¹ each region's domestic
 * inverse, V = 1' − 1'A (value added: everything that is not an intermediate input of the
 * table; WIOD's va_residual includes net taxes and margins) and e the exports of s:
 * - DVA = V_s·L_ss·e, value added of s the first time it crosses the border;
 * - DDC = V_s·L_ss·P·e with P = Σ_{r≠s} A_sr·B_rs (so V_s·B_ss = V_s·L_ss·(I + P));
 * - FVA = f·e with f = Σ_{t≠s} V_t·B^{/s}_ts = (Σ_{t≠s} V_t·B_ts)·(I + P)⁻¹, B^{/s} the inverse with
 *   s's intermediate exports removed (B_·s = B^{/s}_·s·(I + P));
 * - FDC = f·P·e;
 * - DVA split by where it is absorbed, writing each intermediate export A_sr·x_r with
 *   x_r = L_rr·(y_r· + Σ_{j≠r} A_rj·x_j): DAVAX = V_s·L_ss·Σ_{r≠s}(y_sr + A_sr·L_rr·y_rr);
 *   REX = V_s·L_ss·Σ_{r≠s} A_sr·L_rr·(Σ_{l≠r,s} y_rl + Σ_{j≠r} A_rj·x^{¬s}_j); REF likewise with
 *   y_rs and x^{s} = B·y_·s, the output that ends in s's final demand (x^{¬s} = x − x^{s}).
 * Per exporting sector i every term is (row vector)_i·e_i, so the sectors add up to the totals.
 * exports = DVA + DDC + FVA + FDC holds because Σ_t V_t·B_ts = 1'; DVA = DAVAX + REX + REF
 * because x = B·Y·1 (both to rounding; the tests check them on WIOD 2011).
 *
 * @example decomposeExports(model, { regions: ['CHN'] })[0].total // { exports, dva, davax, rex, ref, ddc, fva, fdc }
 */
export function decomposeExports(model: Mrio, options: DecomposeExportsOptions = {}): ExportDecomposition[] {
  const R = model.regions.length;
  const S = model.sectors.length;
  const n = R * S;
  const wanted = options.regions ?? model.regions;
  const indices = wanted.map((code) => {
    const r = model.regions.indexOf(code);
    if (r < 0) throw new ChanyeError('not-found', `unknown region '${code}' (regions: ${model.regions.join(', ')})`);
    return r;
  });
  const A = options.A ?? technicalCoefficients(model.Z, model.x);
  const linalg = { kernel: options.kernel, threads: options.threads };
  const l = options.leontief ?? leontiefFactor(A, linalg);
  const V = new Float64Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) V[j] = (V[j] as number) - (A.values[row + j] as number);
  }
  const fd = finalDemandByRegion(model);
  const local = Array.from({ length: R }, (_, r) =>
    luFactor(identityMinus(block(A, r * S, r * S, S, S)), { inPlace: true }),
  );
  return indices.map((s) => decomposeOne(model, A, l, V, fd, local, s, linalg));
}

/** Participation shares of gross exports (see {@link GvcParticipation}); NaN when exports are 0. */
export function gvcParticipation(total: ExportDecompositionTotal): GvcParticipation {
  const E = total.exports;
  const backward = total.fva / E;
  const forward = (total.rex + total.ref) / E;
  const gvcBackward = (total.fva + total.fdc + total.ddc) / E;
  return {
    backward,
    forward,
    participation: backward + forward,
    importContent: (total.fva + total.fdc) / E,
    gvcTrade: (E - total.davax) / E,
    gvcBackward,
    gvcForward: forward,
  };
}

function decomposeOne(
  model: Mrio,
  A: Matrix,
  l: Leontief,
  V: Float64Array,
  fd: Matrix,
  local: readonly LuFactorization[],
  s: number,
  options: KernelOptions,
): ExportDecomposition {
  const R = model.regions.length;
  const S = model.sectors.length;
  const n = R * S;
  const s0 = s * S;
  const inS = (i: number): boolean => i >= s0 && i < s0 + S;
  const Z = model.Z.values;
  // Gross exports and final exports of s.
  const exports = new Float64Array(S);
  const finalExports = new Float64Array(S);
  for (let a = 0; a < S; a++) {
    const i = s0 + a;
    let e = 0;
    for (let j = 0; j < n; j++) if (!inS(j)) e += Z[i * n + j] as number;
    let y = 0;
    for (let r = 0; r < R; r++) if (r !== s) y += fd.values[i * R + r] as number;
    finalExports[a] = y;
    exports[a] = e + y;
  }
  // Columns of B for s's sectors, n × S row-major.
  const Bs = leontiefColumns(l, n, s0, S, options).values;
  // P = Σ_{r≠s} A_sr·B_rs (S × S), row-major.
  const P = new Float64Array(S * S);
  for (let a = 0; a < S; a++) {
    const row = (s0 + a) * n;
    for (let t = 0; t < n; t++) {
      const at = A.values[row + t] as number;
      if (at === 0 || inS(t)) continue;
      for (let b = 0; b < S; b++) P[a * S + b] = (P[a * S + b] as number) + at * (Bs[t * S + b] as number);
    }
  }
  // w = V_s·L_ss; foreign row Σ_{t≠s} V_t·B_ts; f = that·(I + P)⁻¹.
  const w = luSolveTransposed(local[s] as LuFactorization, V.subarray(s0, s0 + S));
  const foreign = new Float64Array(S);
  for (let t = 0; t < n; t++) {
    if (inS(t)) continue;
    const vt = V[t] as number;
    for (let b = 0; b < S; b++) foreign[b] = (foreign[b] as number) + vt * (Bs[t * S + b] as number);
  }
  const M = new Float64Array(S * S);
  for (let a = 0; a < S; a++) for (let b = 0; b < S; b++) M[a * S + b] = (a === b ? 1 : 0) + (P[a * S + b] as number);
  const f = luSolveTransposed(luFactor({ rows: S, columns: S, values: M }, { inPlace: true }), foreign);
  const wP = rowTimes(w, P, S);
  const fP = rowTimes(f, P, S);
  // Output that ends in s's final demand, x^s = B·y_·s, and the rest.
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) ys[i] = fd.values[i * R + s] as number;
  const xs = leontiefOutput(l, ys);
  const xo = new Float64Array(n);
  for (let i = 0; i < n; i++) xo[i] = (model.x[i] as number) - (xs[i] as number);
  // Intermediate exports of s split by where the importer's output ends up.
  const direct = Float64Array.from(finalExports);
  const rex = new Float64Array(S);
  const ref = new Float64Array(S);
  for (let r = 0; r < R; r++) {
    if (r === s) continue;
    const r0 = r * S;
    const own = new Float64Array(S);
    const third = new Float64Array(S);
    const back = new Float64Array(S);
    for (let a = 0; a < S; a++) {
      const i = r0 + a;
      let thirdSum = 0;
      for (let q = 0; q < R; q++) if (q !== r && q !== s) thirdSum += fd.values[i * R + q] as number;
      let toS = 0;
      let toOthers = 0;
      const row = i * n;
      for (let j = 0; j < n; j++) {
        if (j >= r0 && j < r0 + S) continue;
        const aij = A.values[row + j] as number;
        if (aij === 0) continue;
        toS += aij * (xs[j] as number);
        toOthers += aij * (xo[j] as number);
      }
      own[a] = fd.values[i * R + r] as number;
      third[a] = thirdSum + toOthers;
      back[a] = (fd.values[i * R + s] as number) + toS;
    }
    const lr = local[r] as LuFactorization;
    const ownOut = luSolve(lr, own);
    const thirdOut = luSolve(lr, third);
    const backOut = luSolve(lr, back);
    for (let a = 0; a < S; a++) {
      const row = (s0 + a) * n + r0;
      let d = 0;
      let x3 = 0;
      let xb = 0;
      for (let b = 0; b < S; b++) {
        const asr = A.values[row + b] as number;
        d += asr * (ownOut[b] as number);
        x3 += asr * (thirdOut[b] as number);
        xb += asr * (backOut[b] as number);
      }
      direct[a] = (direct[a] as number) + d;
      rex[a] = (rex[a] as number) + x3;
      ref[a] = (ref[a] as number) + xb;
    }
  }
  const out = {
    exports,
    dva: new Float64Array(S),
    davax: new Float64Array(S),
    rex: new Float64Array(S),
    ref: new Float64Array(S),
    ddc: new Float64Array(S),
    fva: new Float64Array(S),
    fdc: new Float64Array(S),
  };
  for (let a = 0; a < S; a++) {
    const e = exports[a] as number;
    const wa = w[a] as number;
    out.dva[a] = wa * e;
    out.davax[a] = wa * (direct[a] as number);
    out.rex[a] = wa * (rex[a] as number);
    out.ref[a] = wa * (ref[a] as number);
    out.ddc[a] = (wP[a] as number) * e;
    out.fva[a] = (f[a] as number) * e;
    out.fdc[a] = (fP[a] as number) * e;
  }
  const sum = (v: Float64Array): number => v.reduce((acc, x) => acc + x, 0);
  return {
    region: model.regions[s] as string,
    sectors: model.sectors,
    ...out,
    total: {
      exports: sum(out.exports),
      dva: sum(out.dva),
      davax: sum(out.davax),
      rex: sum(out.rex),
      ref: sum(out.ref),
      ddc: sum(out.ddc),
      fva: sum(out.fva),
      fdc: sum(out.fdc),
    },
  };
}

/** Columns j0 … j0 + k − 1 of the Leontief inverse (n × k): read from L, or solved with the factorization. */
function leontiefColumns(l: Leontief, n: number, j0: number, k: number, options: KernelOptions): Matrix {
  const out = new Float64Array(n * k);
  if (!isFactor(l)) {
    for (let i = 0; i < n; i++) out.set(l.values.subarray(i * n + j0, i * n + j0 + k), i * k);
    return { rows: n, columns: k, values: out };
  }
  for (let b = 0; b < k; b++) out[(j0 + b) * k + b] = 1;
  return luSolveMatrix(l, { rows: n, columns: k, values: out }, options);
}

/** c'·P for a row-major S × S matrix. */
function rowTimes(c: Float64Array, P: Float64Array, S: number): Float64Array {
  const out = new Float64Array(S);
  for (let a = 0; a < S; a++) {
    const ca = c[a] as number;
    for (let b = 0; b < S; b++) out[b] = (out[b] as number) + ca * (P[a * S + b] as number);
  }
  return out;
}

/** A copy of the block of A at (r0, c0) of size rows × cols. */
function block(A: Matrix, r0: number, c0: number, rows: number, cols: number): Matrix {
  const out = new Float64Array(rows * cols);
  for (let a = 0; a < rows; a++) {
    for (let b = 0; b < cols; b++) out[a * cols + b] = A.values[(r0 + a) * A.columns + c0 + b] as number;
  }
  return { rows, columns: cols, values: out };
}
