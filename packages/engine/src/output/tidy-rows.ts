import type { Finding } from '@chanye/compute';
import type { CouplingYear } from '../composite/coupling.js';
import type { ScoreYear } from '../composite/score.js';

/**
 * Tidy rows of engine results, shared by every front end that writes tables (the CLI's CSV,
 * the API's CSV), so the same request gives the same rows everywhere. Formatting the rows
 * as text is left to each front end.
 */

/** The columns of a scorecard's tidy rows (`scoreRows`), in order. */
export const SCORE_COLUMNS = [
  'iso3',
  'year',
  'framework',
  'subsystem',
  'score',
  'rank',
  'rank_median',
  'rank_p05',
  'rank_p95',
  'units',
  'note',
] as const;

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
 * Each focus economy's indicators inside each subsystem: the normalized value (higher is
 * better), the weight, and their product, which is the indicator's share of the subsystem
 * score under arithmetic aggregation.
 */
export function scoreContributions(y: ScoreYear): Record<string, unknown>[] {
  const index = new Map(y.result.units.map((u, i) => [u, i]));
  return y.focus.flatMap((iso3) => {
    const i = index.get(iso3) as number;
    return y.result.subsystems.flatMap((s) => {
      const k = s.indicators.length;
      if (Number.isNaN(s.scores[i] as number)) return [];
      return s.indicators.map((indicator, c) => {
        const normalized = s.normalized[i * k + c] as number;
        return {
          iso3,
          subsystem: s.id,
          indicator: indicator.id,
          normalized,
          weight: indicator.weight,
          contribution: normalized * indicator.weight,
        };
      });
    });
  });
}

/** Coupling years flattened: one row per year with each U, C, T, D and the band. */
export function couplingRows(rows: readonly CouplingYear[], lang: 'en' | 'zh'): Record<string, unknown>[] {
  return rows.map((r) => ({
    iso3: r.iso3,
    year: r.year,
    ...Object.fromEntries(Object.entries(r.subsystems).map(([k, v]) => [`U_${k}`, v])),
    C: r.result?.coupling ?? null,
    T: r.result?.development ?? null,
    D: r.result?.coordination ?? null,
    band_level: r.result?.band.level ?? null,
    band: r.result ? (lang === 'zh' ? r.result.band.zh : r.result.band.en) : null,
    band_zh: r.result?.band.zh ?? null,
    note: r.note,
  }));
}
