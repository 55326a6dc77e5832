import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arrayObservations,
  calibrateEconomy,
  carbonObservations,
  estimateEquations,
  periodEnds,
  type SimulationPanel,
  type Equation,
} from '@chanye/compute';
import { DuckDBConnector, loadSimulationPanel, quotedString, type Store } from '@chanye/store';
import { simulateEconomy } from '@chanye/engine';
import { openSnapshotStore, repoRoot } from '../helpers.js';

let store: Store;
let panel: SimulationPanel;
beforeAll(async () => {
  store = await openSnapshotStore();
  panel = await loadSimulationPanel(store);
});
afterAll(() => store.close());

/** OLS by the normal equations (XᵀX)β = Xᵀy with Gauss-Jordan elimination: a different path from the QR in `ols`. */
function normalEquations(rows: readonly (readonly number[])[], y: readonly number[]): { beta: number[]; se: number[] } {
  const k = rows[0]!.length;
  const a = Array.from({ length: k }, (_, i) => [
    ...Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[i]! * r[j]!, 0)),
    ...Array.from({ length: k }, (_, j) => (i === j ? 1 : 0)),
    rows.reduce((s, r, n) => s + r[i]! * y[n]!, 0),
  ]);
  for (let c = 0; c < k; c++) {
    const pivot = a.reduce((best, row, r) => (r >= c && Math.abs(row[c]!) > Math.abs(a[best]![c]!) ? r : best), c);
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const p = a[c]![c]!;
    a[c] = a[c]!.map((v) => v / p);
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = a[r]![c]!;
      a[r] = a[r]!.map((v, j) => v - f * a[c]![j]!);
    }
  }
  const beta = a.map((row) => row[2 * k]!);
  const ssr = rows.reduce((s, r, n) => s + (y[n]! - r.reduce((t, x, j) => t + x * beta[j]!, 0)) ** 2, 0);
  const s2 = ssr / (rows.length - k);
  return { beta, se: a.map((row, i) => Math.sqrt(s2 * row[k + i]!)) };
}

function expectSameFit(equation: Equation, rows: readonly (readonly number[])[], y: readonly number[]): void {
  const { beta, se } = normalEquations(rows, y);
  expect(equation.n).toBe(rows.length);
  equation.coefficients.forEach((b, i) => expect(b).toBeCloseTo(beta[i]!, 9));
  equation.standardErrors.forEach((s, i) => expect(s).toBeCloseTo(se[i]!, 9));
}

describe('array equations (WIOD 2013)', () => {
  it('an observation equals its value computed in SQL from the snapshot files (KOR, A2, 2000-2005)', async () => {
    const obs = arrayObservations(panel, 2005).A2.find((o) => o.iso3 === 'KOR' && o.end === 2005);
    expect(obs).toBeDefined();
    const connector = await DuckDBConnector.open();
    try {
      const io = quotedString(join(store.snapshotDir, 'io_output.parquet'));
      const series = quotedString(join(store.snapshotDir, 'series.parquet'));
      const [row] = await connector.query<{ y: number; w: number }>(`
        with va as (
          select year,
                 sum(va_residual) filter (where sector in ('c9', 'c13', 'c15')) as a2,
                 sum(va_residual) filter (where sector in ('c2','c3','c4','c5','c6','c7','c8','c9','c10','c11','c12','c13','c14','c15','c16','c17','c18')) as industry,
                 sum(va_residual) as total
            from read_parquet(${io}) where dataset = 'wiod2013' and country = 'KOR' and year in (2000, 2005) group by year),
        emp as (
          select year,
                 sum(value) filter (where series = 'industry_workers_percent_of_employment') / sum(value) as ind
            from read_parquet(${series})
           where source = 'gapminder' and iso3 = 'KOR' and status = 'observed' and year in (2000, 2005)
             and series in ('agriculture_workers_percent_of_employment', 'industry_workers_percent_of_employment', 'service_workers_percent_of_employment')
           group by year)
        select (ln((b.a2 / b.total) / (a.a2 / a.total)) - ln(e1.ind / e0.ind)) / 5 as y, a.a2 / a.industry as w
          from va a, va b, emp e0, emp e1
         where a.year = 2000 and b.year = 2005 and e0.year = 2000 and e1.year = 2005`);
      expect(obs!.y).toBeCloseTo(row!.y, 12);
      expect(obs!.x[2]).toBeCloseTo(Math.log(row!.w), 12);
    } finally {
      connector.close();
    }
  });

  it('estimateEquations: every array coefficient and standard error equals the normal-equations solution', () => {
    for (const cutoff of [2005, 2019]) {
      const observations = arrayObservations(panel, cutoff);
      const { equations } = estimateEquations(panel, cutoff);
      for (const a of ['A1', 'A2', 'F'] as const) {
        expectSameFit(
          equations.arrays[a],
          observations[a].map((o) => o.x),
          observations[a].map((o) => o.y),
        );
      }
    }
  });

  it('the carbon equation equals the normal-equations solution on its observations', () => {
    const ends = periodEnds(2019);
    const rows = carbonObservations(panel, ends);
    expectSameFit(
      estimateEquations(panel, 2019).equations.carbon,
      rows.map((o) => o.x),
      rows.map((o) => o.y),
    );
  });
});

describe('no look-ahead', () => {
  /** The panel with every value after `year` removed. */
  function truncate(p: SimulationPanel, year: number): SimulationPanel {
    const data = new Map(
      [...p.data].map(([iso3, vars]) => [
        iso3,
        new Map([...vars].map(([v, s]) => [v, new Map([...s].filter(([y]) => y <= year))])),
      ]),
    );
    const arrays = new Map([...p.arrays].map(([iso3, m]) => [iso3, new Map([...m].filter(([y]) => y <= year))]));
    return { ...p, data, arrays };
  }

  it('equations at the 2005 cut-off are the same with the data after 2005 deleted', () => {
    const full = estimateEquations(panel, 2005).equations;
    const cut = estimateEquations(truncate(panel, 2005), 2005).equations;
    expect(cut.arrays).toEqual(full.arrays);
    expect(cut.carbon).toEqual(full.carbon);
    expect(cut.tfp).toEqual(full.tfp);
    expect(Math.max(...arrayObservations(panel, 2005).A1.map((o) => o.end))).toBe(2005);
  });

  it('calibration at 2005 splits industry with WIOD value added of 2005 at the latest', () => {
    const kor = calibrateEconomy(panel, 'KOR', 2005, 0).calibration;
    expect(kor.arrays?.year).toBe(2005);
    expect(kor.arrays!.industryShares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(calibrateEconomy(panel, 'THA', 2005, 0).calibration.arrays).toBeNull();
  });
});

describe('simulateEconomy: arrays and the carbon constraint', () => {
  it('CHN: arrays from WIOD add up, A3 and the carbon cost are listed as not modelled, every estimated equation is in the assumptions', async () => {
    const r = await simulateEconomy(store, {
      iso3: 'CHN',
      to: 2035,
      scenario: 'green-low-carbon',
      draws: 100,
      seed: 2,
      panel,
    });
    const cal = r.calibration.calibration;
    const d = r.run.deterministic;
    r.years.forEach((_, t) => {
      const arrays = d.arrayShares.reduce((s, x) => s + (x[t] as number), 0);
      expect(arrays).toBeCloseTo(
        (d.vaShares[1]![t] as number) + (d.vaShares[2]![t] as number) * cal.arrays!.fOfServices,
        9,
      );
    });
    const text = r.assumptions.join('\n');
    expect(text).toMatch(/A3 \(future industries\) is not modelled/);
    expect(text).toMatch(/No growth cost of faster decarbonization is applied/);
    for (const a of ['A1', 'A2', 'F'] as const) expect(text).toContain(`Array ${a}: relative productivity growth`);
    expect(text).toContain(`n = ${r.equations.carbon.n}`);
    expect(r.carbonTarget?.atPace.map((p) => p.year)).toEqual(r.years);
    expect(r.carbonPaceWithinPath).toHaveLength(r.years.length);
  });

  it('THA (not in WIOD): no arrays, NaN array fans, and the assumptions say why', async () => {
    const r = await simulateEconomy(store, { iso3: 'THA', to: 2030, scenario: 'baseline', draws: 20, seed: 1, panel });
    expect(r.calibration.calibration.arrays).toBeNull();
    expect(Number.isNaN(r.run.fans.a1_share_gdp.quantiles[4]![0])).toBe(true);
    expect(r.assumptions.join('\n')).toMatch(/THA is not a WIOD 2013 economy/);
  });
});

describe('the numbers of docs/methods/simulation.md beyond the coefficient pairs', () => {
  const doc = (): string => readFileSync(join(repoRoot, 'docs/methods/simulation.md'), 'utf8');
  const fixed = (v: number, like: string): string => v.toFixed(like.split('.')[1]!.length);

  it('reallocation and MHT rows: n, λ and the MHT slopes as estimateEquations gives them', () => {
    const lines = doc().split('\n');
    const eq = estimateEquations(panel, panel.lastYear).equations;
    const realloc = lines
      .find((l) => l.startsWith('| reallocation '))!
      .split('|')
      .map((c) => c.trim());
    expect(Number(realloc[2]!.replace(',', ''))).toBe(eq.reallocation.n);
    const [, lambda, lambdaSe] = /λ (\d+\.\d+) ± (\d+\.\d+)/.exec(realloc[3]!)!;
    expect(lambda).toBe(fixed(eq.reallocation.coefficients[0] as number, lambda!));
    expect(lambdaSe).toBe(fixed(eq.reallocation.standardErrors[0] as number, lambdaSe!));
    const mht = lines
      .find((l) => l.startsWith('| MHT share '))!
      .split('|')
      .map((c) => c.trim());
    expect(Number(mht[2])).toBe(eq.mht.n);
    const pairs = [...mht[3]!.matchAll(/(−?\d+\.\d+) ± (\d+\.\d+)/g)];
    pairs.forEach(([, b, se], i) => {
      expect(b!.replace('−', '-')).toBe(fixed(eq.mht.coefficients[i + 1] as number, b!));
      expect(se).toBe(fixed(eq.mht.standardErrors[i + 1] as number, se!));
    });
  });

  it('the reading paragraph: the digital elasticity of A1 and the carbon growth coefficient at each cut-off', () => {
    const text = doc().replace(/\s+/g, ' ');
    const a1 = [...text.matchAll(/(\d+\.\d+) ± (\d+\.\d+) \(n (\d+);/g)].slice(0, 2);
    const carbon =
      /growth coefficient is (−\d+\.\d+) ± (\d+\.\d+) \(n (\d+)\) and (−\d+\.\d+) ± (\d+\.\d+) \(n (\d+)\)/.exec(text)!;
    [2005, 2010].forEach((cutoff, k) => {
      const eq = estimateEquations(panel, cutoff).equations;
      const [, b, se, n] = a1[k]!;
      expect(b).toBe(fixed(eq.arrays.A1.coefficients[1] as number, b!));
      expect(se).toBe(fixed(eq.arrays.A1.standardErrors[1] as number, se!));
      expect(Number(n)).toBe(eq.arrays.A1.n);
      const [cb, cse, cn] = carbon.slice(1 + 3 * k, 4 + 3 * k);
      expect(cb!.replace('−', '-')).toBe(fixed(eq.carbon.coefficients[1] as number, cb!));
      expect(cse).toBe(fixed(eq.carbon.standardErrors[1] as number, cse!));
      expect(Number(cn)).toBe(eq.carbon.n);
    });
  });
});

describe('the equations table of docs/methods/simulation.md', () => {
  it('shows the full-sample n, estimates and standard errors that estimateEquations gives', () => {
    const doc = readFileSync(join(repoRoot, 'docs/methods/simulation.md'), 'utf8').split('\n');
    const eq = estimateEquations(panel, panel.lastYear).equations;
    const rows: [string, Equation][] = [
      ['within TFP growth', eq.tfp],
      ['A1 relative productivity growth', eq.arrays.A1],
      ['A2 relative productivity growth', eq.arrays.A2],
      ['F (c14) relative productivity growth', eq.arrays.F],
      ['CO2 intensity, annual log change', eq.carbon],
    ];
    for (const [label, e] of rows) {
      const line = doc.find((l) => l.startsWith(`| ${label} `));
      expect(line, label).toBeDefined();
      const cells = line!.split('|').map((c) => c.trim());
      expect(Number(cells[2]!.replace(',', '')), label).toBe(e.n);
      const pairs = [...cells[3]!.matchAll(/(−?\d+\.\d+) ± (\d+\.\d+)/g)].slice(0, e.coefficients.length);
      expect(pairs, label).toHaveLength(e.coefficients.length);
      pairs.forEach(([, b, se], i) => {
        const decimals = b!.split('.')[1]!.length;
        expect(b!.replace('−', '-'), `${label} ${e.names[i]}`).toBe((e.coefficients[i] as number).toFixed(decimals));
        expect(se, `${label} ${e.names[i]} SE`).toBe(
          (e.standardErrors[i] as number).toFixed(se!.split('.')[1]!.length),
        );
      });
    }
  });
});
