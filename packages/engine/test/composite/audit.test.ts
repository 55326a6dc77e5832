import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD_POLICY } from '@chanye/compute';
import { type Store } from '@chanye/store';
import {
  AUDIT_COLUMNS,
  auditJson,
  auditRows,
  auditScorecard,
  DEFAULT_SCORE_WINDOW,
  defaultScoreYear,
  type AuditYear,
} from '@chanye/engine';
import { openSnapshotStore } from '../helpers.js';

let store: Store;
const audits = new Map<string, AuditYear>();
beforeAll(async () => {
  store = await openSnapshotStore();
  for (const framework of ['characteristics', 'four-systems']) {
    const year = await defaultScoreYear(store, framework, DEFAULT_SCORE_WINDOW);
    audits.set(
      framework,
      await auditScorecard(store, {
        framework,
        year,
        peers: 'all',
        policy: DEFAULT_SCORECARD_POLICY,
        window: DEFAULT_SCORE_WINDOW,
      }),
    );
  }
});
afterAll(() => store.close());

describe.each(['characteristics', 'four-systems'])('auditScorecard(store, %s at the default year)', (framework) => {
  const get = (): AuditYear => audits.get(framework) as AuditYear;

  it('audits every pillar of the framework, with alpha ≤ 1 and the PC1 share in [1/k, 1]', () => {
    const { audit, framework: f } = get();
    expect(audit.pillars.map((p) => p.id)).toEqual(f.subsystems.map((s) => s.id));
    for (const p of audit.pillars) {
      expect(p.alpha.alpha).toBeLessThanOrEqual(1);
      expect(p.alpha.units).toBeGreaterThan(p.indicators.length);
      expect(p.firstComponent.share).toBeGreaterThanOrEqual(1 / p.indicators.length - 1e-12);
      expect(p.firstComponent.share).toBeLessThanOrEqual(1 + 1e-12);
      // The eigenvalues of a correlation matrix sum to its trace, the number of indicators.
      expect(p.firstComponent.eigenvalues.reduce((a, b) => a + b, 0)).toBeCloseTo(p.indicators.length, 9);
    }
  });

  it('lists every scored indicator of every pillar once, with correlations in [−1, 1]', () => {
    const { audit } = get();
    const scored = audit.result.subsystems.flatMap((s) => s.indicators.map((i) => `${s.id}:${i.id}`));
    expect(audit.indicators.map((i) => `${i.pillar}:${i.indicator}`)).toEqual(scored);
    for (const i of audit.indicators) {
      const all = [i.own, i.overall, ...i.others].flatMap((c) => [c.pearson, c.spearman]);
      for (const r of all) {
        expect(r).toBeGreaterThanOrEqual(-1);
        expect(r).toBeLessThanOrEqual(1);
      }
      expect(i.others.length).toBeLessThan(audit.pillars.length);
    }
  });

  it('flags exactly the indicators the thresholds say', () => {
    for (const i of get().audit.indicators) {
      expect(i.flags.includes('negative')).toBe(i.own.pearson < 0);
      expect(i.flags.includes('weak')).toBe(Math.abs(i.own.pearson) < 0.3);
      expect(i.flags.includes('other-pillar')).toBe(i.others.some((o) => o.pearson > i.own.pearson));
    }
  });

  it('marks an indicator as having outliers exactly when |skewness| ≥ 2 and kurtosis ≥ 3.5, winsorises at most 5 units and, by default, applies the treatment', () => {
    for (const d of get().audit.distributions) {
      expect(d.report.outliers).toBe(Math.abs(d.report.skewness) >= 2 && d.report.kurtosis >= 3.5);
      expect(d.report.points.length).toBeLessThanOrEqual(5 + 2); // ties at the extreme move together
      expect(d.applied).toBe(true);
    }
    const treated = new Set(get().audit.result.treated.map((x) => x.id));
    const failing = get().audit.distributions.filter((d) => d.report.outliers);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.map((d) => d.indicator).sort()).toEqual([...treated].sort());
  });

  it('gives rank shifts whose Spearman ρ and mean shift agree: ρ = 1 exactly when nothing moves', () => {
    for (const s of get().audit.rankShifts) {
      if (s.units === 0) continue;
      expect(s.maxAbsoluteShift >= s.meanAbsoluteShift).toBe(true);
      expect(s.maxAbsoluteShift === 0).toBe(s.spearman === 1);
    }
  });

  it('prints a long table whose pillar rows repeat the JSON values', () => {
    const y = get();
    const doc = auditJson(y, {
      method: 'entropy-topsis',
      policy: DEFAULT_SCORECARD_POLICY,
      peers: 'all',
      window: DEFAULT_SCORE_WINDOW,
    });
    const rows = auditRows(doc);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual([...AUDIT_COLUMNS].sort());
    for (const p of doc.pillars) {
      const alpha = rows.find((r) => r.aspect === 'pillar' && r.pillar === p.pillar && r.statistic === 'alpha');
      expect(alpha?.value).toBe(p.alpha);
    }
    expect(new Set(rows.map((r) => r.aspect))).toEqual(
      new Set(['pillar', 'correlation', 'distribution', 'rank-shift']),
    );
  });
});
