import { compensatedSum } from '../numeric/sum.js';

/**
 * Coupling coordination degree of k subsystems with scores U_m ∈ [0, 1] (docs/methods/composite-indices.md, "Coupling of subsystems"):
 * C = k · [Π U_m / (Σ U_m)^k]^{1/k}, T = Σ α_m U_m (α equal by default), D = √(C · T).
 */
export interface CouplingResult {
  readonly coupling: number;
  readonly development: number;
  readonly coordination: number;
  readonly band: CoordinationBand;
}

export interface CoordinationBand {
  /** 1 (extreme imbalance) … 10 (high-quality coordination). */
  readonly level: number;
  readonly en: string;
  readonly zh: string;
}

/** The ten-level scale of D common in the Chinese coupling-coordination literature. */
export const COORDINATION_BANDS: readonly CoordinationBand[] = [
  { level: 1, en: 'extreme imbalance', zh: '极度失调' },
  { level: 2, en: 'serious imbalance', zh: '严重失调' },
  { level: 3, en: 'moderate imbalance', zh: '中度失调' },
  { level: 4, en: 'mild imbalance', zh: '轻度失调' },
  { level: 5, en: 'on the verge of imbalance', zh: '濒临失调' },
  { level: 6, en: 'barely coordinated', zh: '勉强协调' },
  { level: 7, en: 'primary coordination', zh: '初级协调' },
  { level: 8, en: 'intermediate coordination', zh: '中级协调' },
  { level: 9, en: 'good coordination', zh: '良好协调' },
  { level: 10, en: 'high-quality coordination', zh: '优质协调' },
];

/** The band of a coordination degree D: [0, 0.1) → level 1, …, [0.9, 1] → level 10. */
export function coordinationBand(d: number): CoordinationBand {
  if (!(d >= 0 && d <= 1)) throw new Error(`coordination degree must be in [0, 1], got ${d}`);
  return COORDINATION_BANDS[Math.min(9, Math.floor(d * 10 + 1e-12))] as CoordinationBand;
}

/**
 * C, T and D for subsystem scores `u` (each in [0, 1]) with weights `alpha` (default equal).
 * All scores zero has no coupling (0/0); it is reported as C = 0.
 *
 * @example couplingCoordination([0.5, 0.5]) // C = 1, T = 0.5, D = √0.5 ≈ 0.707 (intermediate coordination)
 */
export function couplingCoordination(u: readonly number[], alpha?: readonly number[]): CouplingResult {
  const k = u.length;
  if (k < 2) throw new Error('coupling needs at least two subsystems');
  if (u.some((x) => !(x >= 0 && x <= 1))) throw new Error('subsystem scores must be in [0, 1]');
  const weights = alpha ?? u.map(() => 1 / k);
  if (weights.length !== k) throw new Error(`expected ${k} weights, got ${weights.length}`);
  const total = compensatedSum(u);
  // In logs, so that many small scores do not underflow: ln(Π U / (Σ U)^k) / k.
  const coupling =
    total === 0 || u.some((x) => x === 0) ? 0 : k * Math.exp(compensatedSum(u.map(Math.log)) / k - Math.log(total));
  const development = compensatedSum(u.map((x, m) => x * (weights[m] as number)));
  const coordination = Math.sqrt(Math.min(1, coupling) * development);
  return { coupling, development, coordination, band: coordinationBand(Math.min(1, coordination)) };
}
