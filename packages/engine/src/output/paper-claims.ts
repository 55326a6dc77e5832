/**
 * The papers benchmark resource (`chanye benchmark papers`): the columns of its CSV and its
 * rows, one per claim.
 *
 * @module
 */
import type { ClaimResult } from '../benchmark/papers.js';

export const PAPER_CLAIM_COLUMNS = [
  'id',
  'paper',
  'where',
  'claim',
  'paper_value',
  'qualifier',
  'unit',
  'paper_year',
  'chanye_value',
  'chanye_year',
  'difference',
  'status',
  'source',
  'note',
  'reason',
] as const;

export type PaperClaimRow = Record<(typeof PAPER_CLAIM_COLUMNS)[number], string | number | null>;

export function paperClaimRows(results: readonly ClaimResult[]): PaperClaimRow[] {
  return results.map((r) => ({
    id: r.id,
    paper: r.paper,
    where: r.where,
    claim: r.quote,
    paper_value: r.paper_value_text,
    qualifier: r.qualifier,
    unit: r.unit,
    paper_year: r.paper_year,
    chanye_value: r.chanye_value,
    chanye_year: r.chanye_year,
    difference: r.difference,
    status: r.status,
    source: r.source,
    note: r.note,
    reason: r.reason,
  }));
}
