import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { ChanyeError } from '@chanye/compute';
import { loadPaperClaims } from '@chanye/store';
import { repoRoot } from '../helpers.js';

const path = join(repoRoot, 'catalog', 'published', 'paper-claims.yaml');

/** Writes an edited copy of the claims file, loads it and returns the error's message and details. */
function problemsOfEdited(edit: (doc: { claims: Record<string, unknown>[] }) => void): string {
  const doc = parse(readFileSync(path, 'utf8')) as { claims: Record<string, unknown>[] };
  edit(doc);
  const file = join(mkdtempSync(join(tmpdir(), 'chanye-claims-')), 'paper-claims.yaml');
  writeFileSync(file, stringify(doc));
  try {
    loadPaperClaims(file);
  } catch (error) {
    const e = error as ChanyeError;
    return [e.message, ...e.details].join('\n');
  }
  return 'no error';
}

describe('catalog/published/paper-claims.yaml', () => {
  const claims = loadPaperClaims(path);

  it('matches its schema and lists the five papers with their DOIs', () => {
    expect(claims.papers.map((p) => p.doi).sort()).toEqual([
      '10.19602/j.chinaeconomist.2023.11.01',
      '10.19602/j.chinaeconomist.2023.11.02',
      '10.19602/j.chinaeconomist.2024.01.01',
      '10.19602/j.chinaeconomist.2024.07.01',
      '10.19602/j.chinaeconomist.2024.09.01',
    ]);
    for (const p of claims.papers)
      expect(
        claims.claims.some((c) => c.paper === p.id),
        p.id,
      ).toBe(true);
  });

  it('cites papers by author, year and title, never by a file name or as a "seed"', () => {
    const text = readFileSync(path, 'utf8');
    expect(text).not.toMatch(/seed|\.txt\b|种子/i);
    for (const p of claims.papers) expect(p.short, p.id).toMatch(new RegExp(`\\(${p.year}\\), China Economist`));
  });

  it('keeps the printed decimals of every value', () => {
    const table2 = claims.claims.find((c) => c.id === 'cass09-table2-rd-share-gdp-jpn');
    expect(table2?.value).toBe('2.00');
  });

  it('rejects a claim naming an unknown paper, a repeated id, or a value that is not a number', () => {
    expect(
      problemsOfEdited((d) => {
        (d.claims[0] as { paper: string }).paper = 'nobody-2020';
      }),
    ).toMatch(/claims\.0\.paper: nobody-2020 is not in papers/);
    expect(
      problemsOfEdited((d) => {
        d.claims.push({ ...d.claims[0] });
      }),
    ).toMatch(/appears twice/);
    expect(
      problemsOfEdited((d) => {
        (d.claims[0] as { value: unknown }).value = 'about 20';
      }),
    ).toMatch(/does not match the paper claims schema\nclaims\.0\.value/);
  });
});
