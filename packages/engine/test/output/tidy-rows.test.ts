import { describe, expect, it } from 'vitest';
import type { Finding } from '@chanye/compute';
import { FINDING_COLUMNS, findingRows } from '@chanye/engine';

const finding = (id: string, values: number[]): Finding => ({
  diagnostic: 'd',
  id,
  severity: 'info',
  statement_en: `statement ${id}`,
  statement_zh: `陈述 ${id}`,
  evidence: values.map((value, i) => ({
    label_en: `e${i}`,
    label_zh: `证据${i}`,
    iso3: 'CHN',
    year: 2000 + i,
    value,
    unit: '%',
    source: 's',
    status: 'observed',
  })),
  reference: 'r',
});

describe('findingRows(iso3, results, lang)', () => {
  it('gives one row per piece of evidence and one row for a finding without evidence', () => {
    const rows = findingRows('CHN', [{ diagnostic: 'd', findings: [finding('a', [1, 2]), finding('b', [])] }], 'en');
    expect(rows.map((r) => [r['finding'], r['value'] ?? null])).toEqual([
      ['a', 1],
      ['a', 2],
      ['b', null],
    ]);
    expect(Object.keys(rows[0]!).every((k) => (FINDING_COLUMNS as readonly string[]).includes(k))).toBe(true);
  });

  it('writes statements and evidence labels in the language asked for', () => {
    const [row] = findingRows('CHN', [{ diagnostic: 'd', findings: [finding('a', [1])] }], 'zh');
    expect([row!['statement'], row!['evidence']]).toEqual(['陈述 a', '证据0']);
  });
});
