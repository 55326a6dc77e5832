import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store } from '@chanye/store';
import { diagnoseIncome } from '@chanye/engine';
import { openSnapshotStore } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe('diagnoseIncome(store, iso3)', () => {
  it('reports the World Bank history as published, with years in each middle group', async () => {
    const [wb] = await diagnoseIncome(store, 'CHN');
    const history = await store.incomeHistory('CHN');
    const lm = history.filter((h) => h.group === 'LM').length;
    expect(wb?.id).toBe('wb-history');
    expect(wb?.evidence[0]?.value).toBe(lm);
    expect(wb?.statement_en).toContain(`${lm} years in lower-middle`);
    expect(wb?.statement_zh).toContain('中等偏上收入');
  });

  it('converts PWT GDP per capita so that the US 1990 value equals its 1990 GK value', async () => {
    const findings = await diagnoseIncome(store, 'USA', { year: 1990 });
    const fak = findings.find((f) => f.id === 'fak');
    const converted = fak?.evidence.find((e) => e.unit === '1990 international GK$ per person');
    expect(converted?.year).toBe(1990);
    expect(converted?.value).toBeCloseTo(store.referenceValue('us_gdp_per_capita_1990_gk').value, 6);
  });

  it('tells Korea’s graduation and Brazil’s long stay in middle income', async () => {
    const kor = (await diagnoseIncome(store, 'KOR')).find((f) => f.id === 'fak');
    expect(kor?.severity).toBe('positive');
    expect(kor?.statement_en).toMatch(/above the high-income line/);
    const bra = (await diagnoseIncome(store, 'BRA')).find((f) => f.id === 'fak');
    expect(bra?.statement_en).toMatch(/lower-middle income longer than the trap threshold/);
  });

  it('rejects an unknown economy', async () => {
    await expect(diagnoseIncome(store, 'XXX')).rejects.toThrow(/unknown economy/);
  });
});
