import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store } from '@chanye/store';
import { compareAtSameIncome, diagnoseSameIncome, SAME_INCOME_INDICATORS } from '@chanye/engine';
import { openSnapshotStore } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe('compareAtSameIncome(store, iso3)', () => {
  it('matches each comparator at the first year its GDP per capita reached the economy’s level', async () => {
    const comparison = (await compareAtSameIncome(store, 'CHN', { year: 2019 }))!;
    const level = comparison.gdpPerCapita.value;
    const korPath = await store.observations({ indicator: 'gdp_per_capita_ppp', economies: ['KOR'] });
    const first = korPath.find((o) => o.value >= level)!;
    const before = korPath.find((o) => o.year === first.year - 1)!;
    expect(before.value).toBeLessThan(level);
    const kor = comparison.comparators.find((c) => c.iso3 === 'KOR')!;
    expect(kor.year).toBe(first.year);
    expect(kor.gdpPerCapita).toBe(first.value);
  });

  it('reports the graduates’ median of the values they had at that income', async () => {
    const comparison = (await compareAtSameIncome(store, 'CHN', { year: 2019 }))!;
    const [finding] = await diagnoseSameIncome(store, 'CHN', { year: 2019 });
    const graduateValues = comparison.comparators
      .filter((c) => c.group === 'graduates' && c.values['mht_share_mva'])
      .map((c) => c.values['mht_share_mva']!.value)
      .sort((a, b) => a - b);
    expect(graduateValues.length).toBeGreaterThan(0);
    const mid = Math.floor(graduateValues.length / 2);
    const median =
      graduateValues.length % 2 ? graduateValues[mid]! : (graduateValues[mid - 1]! + graduateValues[mid]!) / 2;
    expect(finding?.id).toBe('mht_share_mva');
    expect(finding?.statement_en).toContain(`median of ${median.toFixed(2)} for graduates`);
  });

  it('matches an indicator whose latest value is older than the window at the income of that value’s year', async () => {
    // China's income runs to the latest year; its technology share ends years earlier.
    const comparison = (await compareAtSameIncome(store, 'CHN'))!;
    const own = comparison.focus['mht_share_mva']!;
    expect(comparison.year - own.year).toBeGreaterThan(3);
    const income = await store.observations({ indicator: 'gdp_per_capita_ppp', economies: ['CHN'] });
    const at = income.find((o) => o.year === own.year)!;
    expect(comparison.matchedAt['mht_share_mva']).toEqual(at);
    // Korea is matched at the first year its GDP per capita reached China's income of that year.
    const korPath = await store.observations({ indicator: 'gdp_per_capita_ppp', economies: ['KOR'] });
    const kor = comparison.comparators.find((c) => c.iso3 === 'KOR')!;
    expect(kor.reachedFor['mht_share_mva']).toBe(korPath.find((o) => o.value >= at.value)!.year);
    // An indicator with a value near the income's last year keeps the common match.
    const near = SAME_INCOME_INDICATORS.find((id) => {
      const o = comparison.focus[id];
      return o !== null && o !== undefined && comparison.year - o.year <= 3;
    })!;
    expect(comparison.matchedAt[near]).toEqual(comparison.gdpPerCapita);
    expect(kor.reachedFor[near]).toBe(kor.year);
  });

  it('says when a comparator never reached the income', async () => {
    const comparison = (await compareAtSameIncome(store, 'KOR', { year: 2019 }))!;
    const brazil = comparison.comparators.find((c) => c.iso3 === 'BRA')!;
    expect(brazil.year).toBeNull();
    expect(brazil.note).toMatch(/never reached this income/);
  });
});
