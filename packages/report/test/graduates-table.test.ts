import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Observation } from '@chanye/compute';
import { diagnoseSameIncome, SAME_INCOME_INDICATORS } from '@chanye/engine';
import { buildReport, cliNumber, LABELS, type Lang, type Report, type ReportTable } from '@chanye/report';
import { Store } from '@chanye/store';

/**
 * The comparators table of the same-income benchmark (Table 6.5 for China) against the store's
 * series: each comparator's year in a column must be the first year its GDP per capita reached
 * the income the indicators of that column are matched at, and the years the engine's findings
 * state for those indicators.
 */
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
let store: Store;
const reports = {} as Record<Lang, Report>;
let findings: Finding[];

beforeAll(async () => {
  store = await Store.open({ userDbPath: join(repoRoot, '.no-user-db-in-tests.duckdb') });
  for (const lang of ['en', 'zh'] as const) reports[lang] = await buildReport(store, { iso3: 'CHN', lang });
  findings = await diagnoseSameIncome(store, 'CHN');
}, 180_000);

afterAll(() => store?.close());

const comparatorsTable = (lang: Lang): ReportTable => {
  const found = reports[lang].sections
    .find((s) => s.id === 'graduates')
    ?.tables.find((t) => t.id === 'graduates-comparators');
  if (!found) throw new Error('no comparators table');
  return found;
};

const gdpPerCapita = (iso3: string): Promise<Observation[]> =>
  store.observations({ indicator: 'gdp_per_capita_ppp', economies: [iso3] });

/**
 * The income each indicator is matched at, from the store: China's GDP per capita in its last
 * year, or, for an indicator whose latest value (at most ten years older) is more than three
 * years older, in the year of that value (methods: framework §3.4).
 */
async function matchIncomes(): Promise<Map<string, Observation>> {
  const income = await gdpPerCapita('CHN');
  const last = income.at(-1)!;
  const out = new Map<string, Observation>();
  for (const id of SAME_INCOME_INDICATORS) {
    const series = await store.observations({ indicator: id, economies: ['CHN'] });
    const latest = series.filter((o) => o.year <= last.year && o.year >= last.year - 10).at(-1);
    const year = latest && last.year - latest.year > 3 ? latest.year : last.year;
    out.set(id, income.filter((o) => o.year <= year).at(-1)!);
  }
  return out;
}

/** The column of the table headed by China's income in `year`. */
function columnOf(table: ReportTable, lang: Lang, at: Observation): number {
  const head =
    lang === 'en'
      ? `${cliNumber(at.value, 0)} (China, ${at.year})`
      : `达到中国${at.year}年水平（${cliNumber(at.value, 0)}）`;
  const i = table.columns.findIndex((c) => c.label.includes(head));
  expect(i, `a column headed by ${head}`).toBeGreaterThan(1);
  return i;
}

describe('the same-income comparators table for CHN', () => {
  it('China’s indicators are matched at more than one income on the snapshot (else this test shows nothing)', async () => {
    const years = new Set([...(await matchIncomes()).values()].map((o) => o.year));
    expect(years.size).toBeGreaterThan(1);
  });

  it.each(['en', 'zh'] as const)(
    'gives each comparator the first year its GDP per capita reached each match income, computed from the store (%s)',
    async (lang) => {
      const table = comparatorsTable(lang);
      const groups = store.benchmarkGroups();
      const comparators = ['graduates', 'stalled'].flatMap((g) => groups.find((x) => x.id === g)?.members ?? []);
      const economies = await Promise.all(comparators.map((c) => store.economy(c)));
      // One row per comparator, named, in the groups' order.
      expect(table.rows.map((r) => r[0])).toEqual(
        economies.map((e) => (lang === 'zh' ? (e.name_zh ?? e.name_en) : e.name_en)),
      );
      const incomes = await matchIncomes();
      // One year column per distinct match income, and no other.
      const distinct = new Set([...incomes.values()].map((o) => o.year));
      expect(table.columns.filter((c) => c.label.includes(lang === 'en' ? 'Year reached' : '达到'))).toHaveLength(
        distinct.size,
      );
      for (const [id, at] of incomes) {
        const column = columnOf(table, lang, at);
        for (const [k, e] of economies.entries()) {
          const reached = (await gdpPerCapita(e.iso3)).find((o) => o.value >= at.value);
          expect(table.rows[k]?.[column], `${e.iso3}, ${id}`).toBe(reached ? String(reached.year) : LABELS[lang].never);
        }
        // The note says which indicators are matched at the column's income.
        const meta = store.indicator(id);
        const head =
          lang === 'en' ? `${cliNumber(at.value, 0)} (${at.year}) for ` : `按${at.year}年（${cliNumber(at.value, 0)}）`;
        const part = table.note?.split(lang === 'en' ? '; ' : '；').find((p) => p.includes(head));
        expect(part, `${id} in the note`).toContain(lang === 'en' ? meta.name_en : meta.name_zh);
      }
    },
  );

  it('shows the years the engine’s findings state for each indicator', async () => {
    const table = comparatorsTable('en');
    const incomes = await matchIncomes();
    const all = await store.economies({ includeHistorical: true });
    const names = new Map(table.rows.map((r) => [all.find((e) => e.name_en === r[0])!.iso3, r] as const));
    let checked = 0;
    for (const finding of findings) {
      const column = columnOf(table, 'en', incomes.get(finding.id)!);
      const rule = finding.threshold?.description_en;
      if (rule !== undefined) {
        // The match the finding states (the engine's matchOf): its income, and each comparator's year.
        const at = incomes.get(finding.id)!;
        expect(rule).toContain(`income matched at ${Math.round(at.value)} `);
        expect(rule).toContain(`(China, ${at.year})`);
        for (const [iso3, row] of names) {
          const m = new RegExp(`\\(${iso3}\\) (?:reached this income in|already above this income in) (\\d{4})`).exec(
            rule,
          );
          expect(row[column], `${finding.id}, ${iso3}`).toBe(m ? m[1] : 'never in the data');
          expect(rule).toContain(`(${iso3})`);
          checked++;
        }
      } else if (finding.statement_en.includes('the graduates reached this income (')) {
        // A finding without a comparison names the years the graduates reached its income.
        for (const row of table.rows.filter((r) => r[1] === 'graduates')) {
          expect(finding.statement_en, `${finding.id}, ${String(row[0])}`).toContain(
            `${String(row[0])} ${row[column] === LABELS.en.never ? 'never' : String(row[column])}`,
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('names under the table each comparator that never reached the latest income, with its peak', () => {
    const table = comparatorsTable('en');
    const last = table.columns.length - 2;
    const never = table.rows.filter((r) => r[last] === LABELS.en.never);
    expect(never.length).toBeGreaterThan(0);
    for (const r of never)
      expect(table.note).toMatch(new RegExp(`${String(r[0])} never reached this income by \\d{4} \\(peak`));
    // A note that only restates the year is not repeated under the table.
    expect(table.note).not.toMatch(/reached this income in \d{4}/);
  });

  it('is written in Chinese in the Chinese report, with the same years', () => {
    const [en, zh] = [comparatorsTable('en'), comparatorsTable('zh')];
    const text = [
      zh.caption,
      zh.note ?? '',
      ...zh.columns.map((c) => c.label),
      ...zh.rows.flat().filter((c) => typeof c === 'string'),
    ].join(' ');
    expect(text.replace(/GDP|R&D|US/g, '')).not.toMatch(/[A-Za-z]/);
    // The year columns, "never" in either language's words.
    const years = (t: ReportTable, lang: Lang): unknown[][] =>
      t.rows.map((r) => r.slice(2, -1).map((c) => (c === LABELS[lang].never ? 'never' : c)));
    expect(years(zh, 'zh')).toEqual(years(en, 'en'));
    expect(years(en, 'en').flat()).toContain('never');
  });
});
