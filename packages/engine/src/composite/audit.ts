/**
 * The statistical audit of a scorecard (`chanye score --audit`, `GET /api/scores/audit`): the
 * scorecard's data for one framework and year, audited by `@chanye/compute`'s
 * `auditScorecard`, with the names a reader needs. Methods: docs/methods/composite-indices.md,
 * "Audit".
 *
 * @module
 */
import { auditScorecard as auditSpec, type ScorecardAudit, type ScorecardPolicy } from '@chanye/compute';
import type { Framework, Store } from '@chanye/store';
import { scorecardInputs } from './score.js';

export interface AuditRequest {
  readonly framework: string;
  readonly year: number;
  readonly peers: string;
  readonly policy: ScorecardPolicy;
  /** Half-width of the window: the observation nearest the year within ±window years stands in. */
  readonly window: number;
  /** How many of the units moving most to list per alternative (default 5). */
  readonly movers?: number;
}

export interface AuditYear {
  readonly year: number;
  readonly framework: Framework;
  readonly audit: ScorecardAudit;
  /** English names of the indicators and economies the audit mentions, by id. */
  readonly names: ReadonlyMap<string, string>;
}

/** Audits the scorecard of one framework and year under `policy` (see {@link AuditRequest}). */
export async function auditScorecard(store: Store, request: AuditRequest): Promise<AuditYear> {
  // One ranking list: the rank shifts compare two rankings of the same units (Spearman's ρ of
  // ranks 1..n), which ranks within separate lists would not be.
  const [input] = await scorecardInputs(store, { ...request, years: [request.year], small: 'together' });
  if (!input) throw new Error('no scorecard input');
  const audit = auditSpec(input.spec, request.policy, {
    ...(request.movers !== undefined ? { movers: request.movers } : {}),
  });
  const names = new Map<string, string>();
  for (const indicator of input.spec.indicators) names.set(indicator.id, store.indicator(indicator.id).name_en);
  const economies = new Map((await store.economies({ includeHistorical: true })).map((e) => [e.iso3, e.name_en]));
  for (const unit of input.spec.units) names.set(unit, economies.get(unit) ?? unit);
  return { year: request.year, framework: input.framework, audit, names };
}
