/**
 * `chanye benchmark papers`: each numeric claim of the five papers Chanye implements
 * (catalog/published/paper-claims.yaml) beside Chanye's own value, its source and the
 * reason, written per claim in the file, for any difference. Method and statuses:
 * docs/methods/aggregates.md, "The papers benchmark".
 *
 * @module
 */
import { join } from 'node:path';
import { loadPaperClaims, type PaperClaim, type Store } from '@chanye/store';
import { ClaimContext, claimValue } from './claim-value.js';

export type ClaimStatus = 'match' | 'differs' | 'other-year' | 'no-data' | 'not-addressable';

export interface ClaimResult {
  readonly id: string;
  /** The paper as user-facing text cites it, e.g. "Rui Mingjie (2023), China Economist". */
  readonly paper: string;
  readonly paper_title: string;
  readonly doi: string;
  readonly where: string;
  readonly quote: string;
  readonly concept: string;
  /** The printed value, as printed ("2.00"). */
  readonly paper_value_text: string;
  readonly paper_value: number;
  readonly qualifier: PaperClaim['qualifier'];
  readonly unit: string;
  readonly paper_year: number | null;
  readonly chanye_value: number | null;
  readonly chanye_year: number | null;
  /** Chanye's value minus the paper's. */
  readonly difference: number | null;
  /**
   * `match`: same year and equal at the paper's printed precision (or on the stated side of
   * an "over"/"under" claim); `differs`: same year, not equal; `other-year`: Chanye's value is
   * for an earlier year; `no-data`; `not-addressable`.
   */
  readonly status: ClaimStatus;
  readonly source: string | null;
  readonly note: string;
  /** From the claims file; empty when none is recorded. */
  readonly reason: string;
}

/** Decimal places of a printed number ("27.7" → 1, "2.00" → 2, "35" → 0). */
export function printedDecimals(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Whether Chanye's value agrees with the claim as the paper states it. */
export function agrees(claim: Pick<PaperClaim, 'value' | 'qualifier'>, ours: number): boolean {
  const paper = Number(claim.value);
  switch (claim.qualifier) {
    case 'over':
      return ours > paper;
    case 'under':
      return ours < paper;
    case 'exact':
    case 'about':
      // Half a unit of the last printed digit, with room for binary rounding at the boundary.
      return Math.abs(ours - paper) <= 0.5 * 10 ** -printedDecimals(claim.value) + 1e-9;
  }
}

/** Every claim of the file with Chanye's value, in the file's order. */
export async function benchmarkPapers(store: Store, file = 'paper-claims.yaml'): Promise<ClaimResult[]> {
  const claims = loadPaperClaims(join(store.catalogDir, 'published', file));
  const papers = new Map(claims.papers.map((p) => [p.id, p]));
  const ctx = new ClaimContext(store);
  const out: ClaimResult[] = [];
  for (const claim of claims.claims) {
    const paper = papers.get(claim.paper);
    if (!paper) throw new Error(`claim ${claim.id} names unknown paper ${claim.paper}`); // checked by the loader
    const base = {
      id: claim.id,
      paper: paper.short,
      paper_title: paper.title,
      doi: paper.doi,
      where: claim.where,
      quote: claim.quote,
      concept: claim.concept,
      paper_value_text: claim.value,
      paper_value: Number(claim.value),
      qualifier: claim.qualifier,
      unit: claim.unit,
      paper_year: claim.year,
    };
    if (claim.chanye.kind === 'not-addressable') {
      out.push({
        ...base,
        chanye_value: null,
        chanye_year: null,
        difference: null,
        status: 'not-addressable',
        source: null,
        note: '',
        reason: claim.chanye.why,
      });
      continue;
    }
    const ours = await claimValue(ctx, claim.chanye, claim.year);
    if (!ours) {
      out.push({
        ...base,
        chanye_value: null,
        chanye_year: null,
        difference: null,
        status: 'no-data',
        source: null,
        note: '',
        reason: claim.reason ?? '',
      });
      continue;
    }
    const sameYear = claim.year === null || ours.year === claim.year;
    const status: ClaimStatus = !sameYear ? 'other-year' : agrees(claim, ours.value) ? 'match' : 'differs';
    out.push({
      ...base,
      chanye_value: ours.value,
      chanye_year: ours.year,
      difference: ours.value - Number(claim.value),
      status,
      source: ours.source,
      note: ours.note,
      reason: claim.reason ?? '',
    });
  }
  return out;
}
