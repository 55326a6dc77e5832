import { couplingCoordination, scorecardPolicy, type CouplingResult, type ScorecardPolicy } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { scoreEconomies } from './score.js';

export interface CouplingRequest {
  readonly iso3: string;
  readonly framework: string;
  readonly years: readonly number[];
  readonly peers: string;
  readonly window: number;
  /** Must give subsystem scores in [0, 1]: min-max normalization with arithmetic or TOPSIS aggregation. */
  readonly policy: ScorecardPolicy;
}

export interface CouplingYear {
  readonly iso3: string;
  readonly year: number;
  /** Subsystem scores U_m in [0, 1], by subsystem id (null when not scored). */
  readonly subsystems: Readonly<Record<string, number | null>>;
  readonly result: CouplingResult | null;
  readonly note: string;
}

/**
 * The subsystem scoring of the coupling coordination degree, for the CLI, the API and the
 * report alike: min-max over the peers, arithmetic within each subsystem, and the values as
 * published (no outlier treatment). _Decision:_ the coupling literature the method follows
 * (docs/methods/composite-indices.md, "Coupling of subsystems") scores each subsystem by a
 * plain min-max ("range standardization"), and the three-sector set's one indicator per
 * subsystem is checked by hand against it; the scorecards' winsorise-or-log default would
 * change that definition.
 */
export function couplingPolicy(weighting: 'equal' | 'entropy' = 'equal'): ScorecardPolicy {
  return scorecardPolicy({ normalization: 'min-max', weighting, aggregation: 'arithmetic', outlierTreatment: 'none' });
}

/**
 * Coupling coordination of an economy's subsystems year by year (docs/methods/composite-indices.md, "Coupling of subsystems"): each
 * subsystem is scored against the peers in that year, then C, T and D are computed from
 * the economy's own subsystem scores with equal weights.
 */
export async function couplingSeries(store: Store, request: CouplingRequest): Promise<CouplingYear[]> {
  if (request.policy.normalization !== 'min-max' || request.policy.aggregation === 'geometric') {
    throw new Error(
      'coupling needs subsystem scores in [0, 1]: min-max normalization, arithmetic or TOPSIS aggregation',
    );
  }
  const scored = await scoreEconomies(store, {
    framework: request.framework,
    years: request.years,
    economies: [request.iso3],
    peers: request.peers,
    policy: request.policy,
    window: request.window,
  });
  return scored.map((y) => {
    const iso3 = y.focus[0] as string;
    const i = y.result.units.indexOf(iso3);
    const u = y.result.subsystems.map((s) => s.scores[i] as number);
    const subsystems = Object.fromEntries(
      y.result.subsystems.map((s, k) => [s.id, Number.isNaN(u[k] as number) ? null : (u[k] as number)]),
    );
    const missing = y.result.subsystems.filter((_, k) => Number.isNaN(u[k] as number)).map((s) => s.id);
    if (missing.length > 0) {
      const reason = y.result.notScored.find((r) => r.unit === iso3)?.reason ?? `no score for ${missing.join(', ')}`;
      return { iso3, year: y.year, subsystems, result: null, note: `not scored: ${reason}` };
    }
    return { iso3, year: y.year, subsystems, result: couplingCoordination(u), note: '' };
  });
}
