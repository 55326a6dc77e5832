import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { diagnoseTurningPoints } from '../../src/diagnostics/turning-points.js';
import { openSnapshotStore, querySharedFile, sharedDataAvailable } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

/** Services and industry shares straight from the shared Gapminder file, bypassing the store. */
async function gapminderShares(iso3: string, services: string, industry: string) {
  return querySharedFile<{ year: number; s: number; i: number }>(
    'gapminder/systema_globalis.parquet',
    (path) =>
      `select year, max(value) filter (where indicator = '${services}') as s,
              max(value) filter (where indicator = '${industry}') as i
       from read_parquet(${path}) where iso3 = '${iso3}' group by year
       having s > 0 and i > 0 order by year`,
  );
}

/** The rule written out again: first year of three consecutive years with services > industry. */
function expectedTurningPoint(rows: { year: number; s: number; i: number }[]): number | undefined {
  for (let k = 0; k + 2 < rows.length; k++) {
    const run = rows.slice(k, k + 3);
    if (run.every((r, j) => r.s > r.i && r.year === run[0]!.year + j)) return run[0]!.year;
  }
  return undefined;
}

describe.runIf(sharedDataAvailable)('diagnoseTurningPoints(store, iso3) on the shared Gapminder data', () => {
  it('dates the value-added turning point of China, Brazil and Korea as the data show', async () => {
    for (const iso3 of ['CHN', 'BRA', 'KOR']) {
      const rows = await gapminderShares(iso3, 'services_percent_of_gdp', 'industry_percent_of_gdp');
      const expected = expectedTurningPoint(rows);
      const va = (await diagnoseTurningPoints(store, iso3)).find((f) => f.id === 'value-added')!;
      expect(va.statement_en).toContain(String(expected));
      if (expected === rows[0]!.year) expect(va.statement_en).toMatch(/already above industry's when the data begin/);
      else expect(va.statement_en).toMatch(new RegExp(`for 3\\+ years in ${expected}`));
    }
  });

  it('finds China in 2012 (one year before the 2013 of Huang Qunhui and Li Fangfang 2024), after a one-year spell in 1961', async () => {
    const rows = await gapminderShares('CHN', 'services_percent_of_gdp', 'industry_percent_of_gdp');
    expect(expectedTurningPoint(rows)).toBe(2012);
    const va = (await diagnoseTurningPoints(store, 'CHN')).find((f) => f.id === 'value-added')!;
    expect(va.statement_en).toMatch(/in 2012 .*shorter spell began in 1961/);
    expect(va.statement_zh).toContain('配第-克拉克转折点');
    const s2012 = va.evidence.find((e) => e.year === 2012 && e.label_en.startsWith('services'))!;
    expect(s2012.value).toBeCloseTo(rows.find((r) => r.year === 2012)!.s, 6);
    expect(s2012.source).toMatch(/Gapminder/);
  });

  it('dates the employment turning point the same way', async () => {
    for (const iso3 of ['CHN', 'BRA', 'KOR']) {
      const rows = await gapminderShares(
        iso3,
        'service_workers_percent_of_employment',
        'industry_workers_percent_of_employment',
      );
      const emp = (await diagnoseTurningPoints(store, iso3)).find((f) => f.id === 'employment')!;
      expect(emp.statement_en).toContain(String(expectedTurningPoint(rows)));
    }
    const chn = (await diagnoseTurningPoints(store, 'CHN')).find((f) => f.id === 'employment')!;
    expect(chn.statement_en).toMatch(/in 1994/);
  });
});

describe('diagnoseTurningPoints(store, iso3, { year })', () => {
  it('judges only the years up to `year`', async () => {
    const va = (await diagnoseTurningPoints(store, 'CHN', { year: 2011 })).find((f) => f.id === 'value-added')!;
    expect(va.statement_en).toMatch(/no Petty-Clark turning point yet/);
    expect(va.evidence.every((e) => e.year <= 2011)).toBe(true);
  });

  it('treats Gapminder’s zero placeholders as missing (Brazil before 1979)', async () => {
    const va = (await diagnoseTurningPoints(store, 'BRA')).find((f) => f.id === 'value-added')!;
    expect(va.evidence.every((e) => e.value > 0)).toBe(true);
    expect(va.statement_en).not.toMatch(/1960/);
  });
});
