import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { diagnoseRostow } from '../../src/diagnostics/rostow.js';
import { openSnapshotStore } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe('diagnoseRostow(store, iso3, { year })', () => {
  it('puts China in stage four, the drive to maturity, as Rui Mingjie (2023) does by "Rostow\'s standard"', async () => {
    // Seed 000 (Rui Mingjie, §3.1): services above half of GDP, GDP per capita about US$10,000
    for (const year of [2019, undefined]) {
      const [f] = await diagnoseRostow(store, 'CHN', year === undefined ? {} : { year });
      expect(f!.severity).toBe('info');
      expect(f!.statement_en).toMatch(/^HEURISTIC/);
      expect(f!.statement_en).toMatch(/stage 4, drive to maturity/);
      expect(f!.statement_zh).toContain('走向成熟阶段');
      const services = f!.evidence.find((e) => e.label_en === 'services, % of GDP')!;
      expect(services.value).toBeGreaterThan(50);
    }
  });

  it('puts high-income economies with a small farm workforce in the age of high mass consumption', async () => {
    for (const iso3 of ['USA', 'JPN', 'DEU']) {
      const [f] = await diagnoseRostow(store, iso3, { year: 2019 });
      expect(f!.statement_en).toMatch(/stage 5, age of high mass consumption/);
    }
  });

  it('uses only years up to `year` and says no-data before the series begin', async () => {
    const [f] = await diagnoseRostow(store, 'CHN', { year: 2005 });
    expect(f!.evidence.every((e) => e.year <= 2005)).toBe(true);
    const [none] = await diagnoseRostow(store, 'CHN', { year: 1980 });
    expect(none!.severity).toBe('no-data');
  });
});
