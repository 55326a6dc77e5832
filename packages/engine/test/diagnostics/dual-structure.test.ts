import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { diagnoseDualStructure, highTechShareSeries } from '../../src/diagnostics/dual-structure.js';
import { openSnapshotStore } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe('diagnoseDualStructure(store, iso3)', () => {
  it('multiplies the manufacturing share of GDP by the medium/high-tech share of manufacturing', async () => {
    const [mva] = await store.observations({ indicator: 'mva_share_gdp', economies: ['KOR'], years: [2017, 2017] });
    const [mht] = await store.observations({ indicator: 'mht_share_mva', economies: ['KOR'], years: [2017, 2017] });
    const [f] = await diagnoseDualStructure(store, 'KOR');
    const proxy = f!.evidence.find((e) => e.year === 2017 && e.unit === '% of GDP' && e.status === 'computed')!;
    expect(proxy.value).toBeCloseTo((mva!.value * mht!.value) / 100, 10);
    expect(f!.evidence.find((e) => e.year === 2017 && e.source === mht!.source)?.value).toBe(mht!.value);
    expect(f!.statement_en).toMatch(/below the 20% line/);
    expect(f!.statement_zh).toContain('二元结构');
    expect(f!.threshold?.value).toBe(20);
  });

  it('spans the years with both series (2000-2017) and reports the trend', async () => {
    const series = await highTechShareSeries(store, 'CHN');
    expect(series[0]?.year).toBe(2000);
    expect(series.at(-1)?.year).toBe(2017);
    const [f] = await diagnoseDualStructure(store, 'CHN');
    expect(f!.statement_en).toMatch(/in 2017 \(.*in 2000; trend [+-]\d+\.\d\d points a year/);
    expect(f!.statement_en).toMatch(/carried forward/); // China's composition is carried from 2009
  });

  it('warns when below the line and falling (Brazil), not merely below it (Korea)', async () => {
    const [bra] = await diagnoseDualStructure(store, 'BRA');
    expect(bra!.severity).toBe('warning');
    const [kor] = await diagnoseDualStructure(store, 'KOR');
    expect(kor!.severity).toBe('info');
  });

  it('says no-data before the series begin', async () => {
    const [f] = await diagnoseDualStructure(store, 'KOR', { year: 1995 });
    expect(f!.severity).toBe('no-data');
  });
});
