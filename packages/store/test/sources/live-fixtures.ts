/**
 * Recorded answers for the live-update tests (see test/fixtures/live/README.md). Every value
 * comes from a recorded World Bank response; where a test needs a whole answer for a query
 * that was never recorded, the recorded rows are re-served with a header derived from them,
 * computed here at run time and never saved.
 */
import { readFileSync } from 'node:fs';
import { FIXTURES, fixture, japan1971to2020Pages } from './wdi-fixtures.js';

/** The recorded Japan GDP rows (1971-2020) as one complete page of `per_page` 1000. */
export function japanOnePage(): string {
  const [page] = japan1971to2020Pages(1000);
  if (page === undefined) throw new Error('no recorded page');
  return page;
}

/** The recorded value of Japan in `year` (from the fixture, never typed). */
export function recordedJapanValue(year: number): number {
  const [, rows] = JSON.parse(fixture(FIXTURES.jpnUsaPage1of3)) as [
    unknown,
    { countryiso3code: string; date: string; value: number | null }[],
  ];
  const row = rows.find((r) => r.countryiso3code === 'JPN' && r.date === String(year));
  if (row?.value == null) throw new Error(`no recorded value for JPN ${year}`);
  return row.value;
}

export function liveFixture(source: string, name: string): string {
  return readFileSync(new URL(`../fixtures/live/${source}/${name}`, import.meta.url), 'utf8');
}

/** The recorded country list page with its header's paging made that of a one-page answer. */
export function countryListAsOnePage(name: string): string {
  const [header, rows] = JSON.parse(liveFixture('wb-class', name)) as [Record<string, unknown>, unknown[]];
  return JSON.stringify([{ ...header, page: 1, pages: 1, total: rows.length }, rows]);
}
