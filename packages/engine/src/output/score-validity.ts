/**
 * The validity resource (`chanye score --validity`, `GET /api/scores/validity`): its tidy rows
 * (one per yardstick and score) and their columns. Methods: docs/methods/composite-indices.md.
 *
 * @module
 */
import type { ValidityReport } from '../composite/validity.js';

/** The columns of {@link validityRows}, in order. */
export const VALIDITY_COLUMNS = [
  'framework',
  'year',
  'yardstick',
  'yardstick_year',
  'subsystem',
  'rho',
  'n',
  'own_input',
] as const;

/** One row per yardstick with values and per score (`overall`, then each subsystem). */
export function validityRows(report: ValidityReport): Record<(typeof VALIDITY_COLUMNS)[number], unknown>[] {
  return report.correlations.map((c) => ({
    framework: report.framework,
    year: report.year,
    yardstick: c.yardstick,
    yardstick_year: report.yardsticks.find((y) => y.id === c.yardstick)?.year ?? null,
    subsystem: c.subsystem,
    rho: c.rho,
    n: c.n,
    own_input: c.ownInput,
  }));
}
