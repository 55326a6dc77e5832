/**
 * The diagnosis resource (`chanye diagnose`, `GET /api/economies/:iso3/diagnostics`): one
 * entry per diagnostic with its findings (the JSON both print), and the findings as tidy rows,
 * one per piece of evidence (their CSV).
 *
 * @module
 */
import { ChanyeError, type Finding } from '@chanye/compute';
import type { Diagnostic } from '../diagnostics/registry.js';

/** One diagnostic's findings as the JSON of a diagnosis lists them. */
export interface DiagnosisEntry {
  readonly diagnostic: string;
  readonly name_en: string;
  readonly name_zh: string;
  readonly findings: Finding[];
}

/** What `diagnose()` returns, as the JSON entries: each diagnostic named by id and in both languages. */
export function diagnosisEntries(
  results: readonly { readonly diagnostic: Diagnostic; readonly findings: Finding[] }[],
): DiagnosisEntry[] {
  return results.map((r) => ({
    diagnostic: r.diagnostic.id,
    name_en: r.diagnostic.name_en,
    name_zh: r.diagnostic.name_zh,
    findings: r.findings,
  }));
}

/** The columns of {@link findingRows}, in order. */
export const FINDING_COLUMNS = [
  'iso3',
  'diagnostic',
  'finding',
  'severity',
  'statement',
  'evidence',
  'year',
  'value',
  'unit',
  'source',
  'status',
  'reference',
] as const;

/** Findings as tidy rows: one per piece of evidence (a finding without evidence gets one row). */
export function findingRows(
  iso3: string,
  results: readonly { readonly diagnostic: string; readonly findings: readonly Finding[] }[],
  lang: 'en' | 'zh',
): Record<string, unknown>[] {
  return results.flatMap(({ diagnostic, findings }) =>
    findings.flatMap((f) => {
      const base = {
        iso3,
        diagnostic,
        finding: f.id,
        severity: f.severity,
        statement: lang === 'zh' ? f.statement_zh : f.statement_en,
        reference: f.reference,
      };
      if (f.evidence.length === 0) return [{ ...base }];
      return f.evidence.map((e) => ({
        ...base,
        evidence: lang === 'zh' ? e.label_zh : e.label_en,
        year: e.year,
        value: e.value,
        unit: e.unit,
        source: e.source,
        status: e.status,
      }));
    }),
  );
}

/**
 * Throws `no-data` when every finding of a diagnosis says its data are missing and shows no
 * evidence either (`chanye
 * diagnose`, the API's diagnostics route; the report shows such findings as they are), with
 * what each diagnostic lacked (at most 10 lines).
 */
export function requireFindings(
  iso3: string,
  results: readonly { readonly diagnostic: Diagnostic; readonly findings: readonly Finding[] }[],
  year: number | undefined,
): void {
  const findings = results.flatMap((r) => r.findings);
  // A no-data finding with evidence (a comparator's values, say) is still something to show.
  if (findings.some((f) => f.severity !== 'no-data' || f.evidence.length > 0)) return;
  const which = results.length === 1 ? `the ${results[0]?.diagnostic.id} diagnostic` : 'any diagnostic';
  const asOf = year === undefined ? '' : ` as of ${year} (without --year each diagnostic reads the latest data)`;
  throw new ChanyeError(
    'no-data',
    `no data answers ${which} for ${iso3}${asOf}`,
    findings.slice(0, 10).map((f) => f.statement_en),
  );
}
