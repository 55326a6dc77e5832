/**
 * `chanye score --audit`: the statistical audit of a scorecard printed for a terminal, one
 * table per aspect with names as well as ids (CSV and JSON come from the engine's shapes).
 *
 * @module
 */
import { AUDIT_COLUMNS, auditRows, RANK_SHIFT_FACTORS, toCsv, type AuditDocument } from '@chanye/engine';
import { toTable } from '../output/format.js';

const fixed = (x: number | null, digits = 2): number | null => (x === null ? null : Number(x.toFixed(digits)));

/** The audit as terminal tables: pillars, indicator correlations, distributions, rank shifts. */
export function renderAudit(doc: AuditDocument): string {
  const t = doc.thresholds;
  const pillarName = new Map(doc.pillars.map((p) => [p.pillar, p.name]));
  const lines = [
    `Audit of ${doc.framework.name_en} (${doc.framework.id}), ${doc.year}: ${doc.method.name}, ${doc.method.normalization}, peers ${doc.peers}, ${doc.units} economies ranked; outlier treatment ${doc.method.outlierTreatment}`,
    '',
    `Pillars — Cronbach's alpha (acceptable ≥ ${t.alpha}, Nunnally 1978) and the first principal component's share of variance, over economies with every indicator observed`,
    toTable(
      doc.pillars.map((p) => ({
        pillar: `${p.name} (${p.pillar})`,
        indicators: p.indicators,
        economies: p.completeUnits,
        alpha: fixed(p.alpha),
        'PC1 share': fixed(p.pc1Share),
        'eigenvalues > 1': p.eigenvaluesAboveOne,
        flags: p.flags.join(', '),
      })),
      ['pillar', 'indicators', 'economies', 'alpha', 'PC1 share', 'eigenvalues > 1', 'flags'],
    ),
    `Indicators — Pearson r with their own pillar, the closest other pillar and the overall score; flags: negative, weak (|r| < ${t.weakCorrelation}), other-pillar (closer to another pillar)`,
    toTable(
      doc.indicators.map((i) => {
        const closest = [...i.others].sort((a, b) => (b.pearson ?? -2) - (a.pearson ?? -2))[0];
        return {
          pillar: i.pillar,
          indicator: `${i.name} (${i.indicator})`,
          r: fixed(i.pillarPearson),
          ρ: fixed(i.pillarSpearman),
          'closest other': closest ? (pillarName.get(closest.pillar) ?? closest.pillar) : '',
          'r other': fixed(closest?.pearson ?? null),
          'r overall': fixed(i.overallPearson),
          flags: i.flags.join(', '),
        };
      }),
      ['pillar', 'indicator', 'r', 'ρ', 'closest other', 'r other', 'r overall', 'flags'],
    ),
    `Distributions — skewness and excess kurtosis (Joanes and Gill 1998, G1 and G2); outliers when |skewness| ≥ ${t.skewness} and kurtosis ≥ ${t.kurtosis}: winsorise up to ${t.maxWinsorised} points, else log (COINr, Becker et al. 2022)`,
    toTable(
      doc.distributions
        .filter((d) => d.outliers)
        .map((d) => ({
          indicator: `${d.name} (${d.indicator})`,
          n: d.n,
          skewness: fixed(d.skewness),
          kurtosis: fixed(d.kurtosis),
          treatment: d.treatment + (d.passes ? '' : ', still fails') + (d.applied ? '' : ' (not applied)'),
          winsorised: d.winsorised.map((p) => p.iso3).join(' '),
          'skewness after': fixed(d.skewnessAfter),
          'kurtosis after': fixed(d.kurtosisAfter),
        })),
      ['indicator', 'n', 'skewness', 'kurtosis', 'treatment', 'winsorised', 'skewness after', 'kurtosis after'],
    ),
    `(${doc.distributions.filter((d) => !d.outliers).length} of ${doc.distributions.length} indicators pass the rule untreated; --format csv lists them all)`,
    '',
    'Rank shifts — overall rank under each alternative choice, one at a time, against the default (a positive shift is a worse rank)',
    toTable(
      doc.rankShifts.map((s) => ({
        alternative: `${RANK_SHIFT_FACTORS[s.factor]}: ${s.alternative}`,
        'mean |shift|': fixed(s.meanAbsoluteShift, 1),
        'max |shift|': s.maxAbsoluteShift,
        ρ: fixed(s.spearman, 3),
        'moving most':
          s.units === 0
            ? 'no economy is ranked overall under this alternative'
            : s.movers
                .slice(0, 3)
                .map((m) => `${m.name} ${m.baseRank}→${m.rank}`)
                .join('; '),
      })),
      ['alternative', 'mean |shift|', 'max |shift|', 'ρ', 'moving most'],
    ),
  ];
  return `${lines.join('\n')}`;
}

/** The audit's long table as CSV. */
export function auditCsv(doc: AuditDocument): string {
  return toCsv(auditRows(doc), AUDIT_COLUMNS);
}
