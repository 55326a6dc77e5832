/**
 * The scorecard audit resource (`chanye score --audit`, `GET /api/scores/audit`): the JSON
 * document both print and its tidy rows. The rows are one long table with an `aspect` column
 * (`pillar`, `correlation`, `distribution`, `rank-shift`) and one statistic per row, so that
 * one CSV holds the whole audit and any aspect is a filter away; the JSON keeps each aspect as
 * its own list of records. Methods: docs/methods/composite-indices.md, "Audit".
 *
 * @module
 */
import {
  ACCEPTABLE_ALPHA,
  OUTLIER_RULE,
  WEAK_CORRELATION,
  type RankShiftFactor,
  type ScorecardPolicy,
} from '@chanye/compute';
import type { AuditYear } from '../composite/audit.js';

const num = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** How the audited scorecard was asked for: echoed at the head of the JSON document. */
export interface AuditSettings {
  readonly method: string;
  readonly policy: ScorecardPolicy;
  readonly peers: string;
  readonly window: number;
}

/** The audit as one JSON document (NaN as null). */
export function auditJson(y: AuditYear, settings: AuditSettings) {
  const { audit, names, framework } = y;
  const name = (id: string): string => names.get(id) ?? id;
  const pillarName = new Map(framework.subsystems.map((s) => [s.id, s.name_en]));
  return {
    framework: { id: framework.id, name_en: framework.name_en, name_zh: framework.name_zh },
    year: y.year,
    method: { name: settings.method, ...settings.policy },
    peers: settings.peers,
    window: settings.window,
    units: [...audit.result.overall].filter((x) => !Number.isNaN(x)).length,
    thresholds: {
      alpha: ACCEPTABLE_ALPHA,
      weakCorrelation: WEAK_CORRELATION,
      skewness: OUTLIER_RULE.skew,
      kurtosis: OUTLIER_RULE.kurtosis,
      maxWinsorised: OUTLIER_RULE.maxWinsorised,
    },
    pillars: audit.pillars.map((p) => ({
      pillar: p.id,
      name: pillarName.get(p.id) ?? p.id,
      indicators: p.indicators.length,
      units: p.units,
      alpha: num(p.alpha.alpha),
      completeUnits: p.alpha.units,
      pc1Share: num(p.firstComponent.share),
      eigenvalues: p.firstComponent.eigenvalues,
      eigenvaluesAboveOne: p.firstComponent.aboveOne,
      flags: p.flags,
    })),
    indicators: audit.indicators.map((i) => ({
      pillar: i.pillar,
      indicator: i.indicator,
      name: name(i.indicator),
      units: i.units,
      pillarPearson: num(i.own.pearson),
      pillarSpearman: num(i.own.spearman),
      overallPearson: num(i.overall.pearson),
      overallSpearman: num(i.overall.spearman),
      others: i.others.map((o) => ({ pillar: o.pillar, pearson: num(o.pearson), spearman: num(o.spearman) })),
      flags: i.flags,
    })),
    distributions: audit.distributions.map((d) => ({
      indicator: d.indicator,
      name: name(d.indicator),
      n: d.report.n,
      skewness: num(d.report.skewness),
      kurtosis: num(d.report.kurtosis),
      outliers: d.report.outliers,
      treatment: d.report.treatment,
      winsorised: d.points.map((p) => ({ iso3: p.unit, name: name(p.unit), from: p.from, to: p.to })),
      skewnessAfter: num(d.report.skewnessAfter),
      kurtosisAfter: num(d.report.kurtosisAfter),
      passes: d.report.passes,
      applied: d.applied,
    })),
    rankShifts: audit.rankShifts.map((s) => ({
      factor: s.factor,
      alternative: s.alternative,
      units: s.units,
      meanAbsoluteShift: num(s.meanAbsoluteShift),
      maxAbsoluteShift: num(s.maxAbsoluteShift),
      spearman: num(s.spearman),
      movers: s.movers.map((m) => ({
        iso3: m.unit,
        name: name(m.unit),
        baseRank: m.baseRank,
        rank: m.rank,
        shift: m.shift,
      })),
    })),
  };
}

/** The audit's JSON document. */
export type AuditDocument = ReturnType<typeof auditJson>;

/** The columns of the audit's long table (`auditRows`), in order. */
export const AUDIT_COLUMNS = [
  'framework',
  'year',
  'aspect',
  'pillar',
  'indicator',
  'against',
  'iso3',
  'statistic',
  'value',
  'flag',
] as const;

export type AuditRow = Record<(typeof AUDIT_COLUMNS)[number], string | number | null>;

/**
 * The audit as one long table: `pillar` rows (alpha, PC1 share, …), `correlation` rows (an
 * indicator `against` its pillar, another pillar or `overall`), `distribution` rows (moments
 * before and after treatment, and each winsorised unit), `rank-shift` rows (`against` is
 * `factor:alternative`; a mover's shift has its `iso3`).
 */
export function auditRows(doc: AuditDocument): AuditRow[] {
  const rows: AuditRow[] = [];
  const base = { framework: doc.framework.id, year: doc.year };
  const row = (r: Partial<AuditRow> & Pick<AuditRow, 'aspect' | 'statistic' | 'value'>): void => {
    rows.push({ ...base, pillar: '', indicator: '', against: '', iso3: '', flag: '', ...r });
  };
  for (const p of doc.pillars) {
    const flag = p.flags.join(' ');
    for (const [statistic, value] of [
      ['indicators', p.indicators],
      ['units', p.units],
      ['complete_units', p.completeUnits],
      ['alpha', p.alpha],
      ['pc1_share', p.pc1Share],
      ['eigenvalues_above_one', p.eigenvaluesAboveOne],
    ] as const)
      row({ aspect: 'pillar', pillar: p.pillar, statistic, value, flag });
  }
  for (const i of doc.indicators) {
    const own = { aspect: 'correlation', pillar: i.pillar, indicator: i.indicator } as const;
    row({ ...own, against: i.pillar, statistic: 'pearson', value: i.pillarPearson, flag: i.flags.join(' ') });
    row({ ...own, against: i.pillar, statistic: 'spearman', value: i.pillarSpearman });
    for (const o of i.others) {
      row({ ...own, against: o.pillar, statistic: 'pearson', value: o.pearson });
      row({ ...own, against: o.pillar, statistic: 'spearman', value: o.spearman });
    }
    row({ ...own, against: 'overall', statistic: 'pearson', value: i.overallPearson });
    row({ ...own, against: 'overall', statistic: 'spearman', value: i.overallSpearman });
  }
  for (const d of doc.distributions) {
    const flag = d.outliers ? `${d.treatment}${d.applied ? '' : ' (not applied)'}` : '';
    for (const [statistic, value] of [
      ['n', d.n],
      ['skewness', d.skewness],
      ['kurtosis', d.kurtosis],
      ['skewness_after', d.skewnessAfter],
      ['kurtosis_after', d.kurtosisAfter],
    ] as const)
      row({ aspect: 'distribution', indicator: d.indicator, statistic, value, flag });
    for (const p of d.winsorised) {
      row({
        aspect: 'distribution',
        indicator: d.indicator,
        iso3: p.iso3,
        statistic: 'winsorised_from',
        value: p.from,
      });
      row({ aspect: 'distribution', indicator: d.indicator, iso3: p.iso3, statistic: 'winsorised_to', value: p.to });
    }
  }
  for (const s of doc.rankShifts) {
    const against = `${s.factor}:${s.alternative}`;
    for (const [statistic, value] of [
      ['units', s.units],
      ['mean_abs_shift', s.meanAbsoluteShift],
      ['max_abs_shift', s.maxAbsoluteShift],
      ['spearman', s.spearman],
    ] as const)
      row({ aspect: 'rank-shift', against, statistic, value });
    for (const m of s.movers) row({ aspect: 'rank-shift', against, iso3: m.iso3, statistic: 'shift', value: m.shift });
  }
  return rows;
}

/** Readable names of the alternatives' factors, for tables. */
export const RANK_SHIFT_FACTORS: Readonly<Record<RankShiftFactor, string>> = {
  normalization: 'normalization',
  weighting: 'weighting',
  aggregation: 'aggregation',
  imputation: 'imputation',
  outlierTreatment: 'outlier treatment',
};
