/**
 * The rank explanation resource (`chanye score ISO3 --explain`, `GET
 * /api/economies/:iso3/scores/explain`): its tidy rows (one per subsystem and indicator) and
 * their columns, shared by the CLI's CSV and the API's. Methods: docs/methods/composite-indices.md.
 *
 * @module
 */
import type { RankExplanation } from '../composite/explain.js';

/** The columns of {@link explainRows}, in order. */
export const EXPLAIN_COLUMNS = [
  'iso3',
  'year',
  'framework',
  'subsystem',
  'subsystem_score',
  'subsystem_rank',
  'subsystem_of',
  'indicator',
  'value',
  'value_year',
  'status',
  'imputed',
  'normalized',
  'weight',
  'contribution',
  'shortfall',
  'source',
] as const;

/** One row per indicator of each subsystem, carrying its subsystem's score and rank. */
export function explainRows(e: RankExplanation): Record<(typeof EXPLAIN_COLUMNS)[number], unknown>[] {
  return e.indicators.map((x) => {
    const s = e.subsystems.find((t) => t.subsystem === x.subsystem);
    return {
      iso3: e.iso3,
      year: e.year,
      framework: e.framework,
      subsystem: x.subsystem,
      subsystem_score: s?.score ?? null,
      subsystem_rank: s?.rank ?? null,
      subsystem_of: s?.of ?? null,
      indicator: x.indicator,
      value: x.value,
      value_year: x.valueYear,
      status: x.status,
      imputed: x.imputed,
      normalized: x.normalized,
      weight: x.weight,
      contribution: x.contribution,
      shortfall: x.shortfall,
      source: x.source,
    };
  });
}
