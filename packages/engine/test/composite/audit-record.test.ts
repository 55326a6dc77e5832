import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store } from '@chanye/store';
import {
  AUDIT_MARKERS,
  auditMarkdown,
  computeAuditRecord,
  defaultScoreYear,
  generatedText,
  loadAuditRecords,
  RECORDED_AUDIT,
  recordedAuditSettings,
} from '@chanye/engine';
import { openSnapshotStore, repoRoot } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe('the recorded audits (catalog/results/audit-*.json)', () => {
  it('cover 2017 and each framework’s default year', async () => {
    const records = loadAuditRecords(store.catalogDir);
    const settings = await recordedAuditSettings(store);
    expect(records.map((r) => [r.framework, r.year, r.defaultYear])).toEqual(
      settings.map((s) => [s.framework, s.year, s.defaultYear]),
    );
    for (const s of settings.filter((x) => x.defaultYear))
      expect(s.year).toBe(await defaultScoreYear(store, s.framework, RECORDED_AUDIT.window));
  });

  // One audit per framework keeps the test short: the default year's, the one the docs discuss;
  // the 2017 records come from the same code and are rewritten with them.
  it.each(RECORDED_AUDIT.frameworks)(
    'are what the engine gives today for %s at the default year, to the displayed rounding',
    async (framework) => {
      const setting = (await recordedAuditSettings(store)).find((s) => s.framework === framework && s.defaultYear)!;
      const fresh = JSON.parse(JSON.stringify(await computeAuditRecord(store, setting)));
      expect(fresh).toEqual(loadAuditRecords(store.catalogDir).find((r) => r.framework === framework && r.defaultYear));
    },
  );

  it('are the tables of docs/methods/composite-indices.md, cell for cell', () => {
    const doc = readFileSync(join(repoRoot, 'docs/methods/composite-indices.md'), 'utf8');
    // Compare cells and sentences, not Prettier's padding or line breaks.
    const cells = (text: string): string[] =>
      text
        .split('\n')
        .filter((l) => l.trim().length > 0 && !/^\|[\s|-]+\|$/.test(l))
        .flatMap((l) => (l.startsWith('|') ? l.split('|').map((c) => c.trim()) : [l.trim()]))
        .filter((c) => c.length > 0);
    const inDoc = cells(generatedText(doc, AUDIT_MARKERS));
    expect(inDoc.length).toBeGreaterThan(0);
    expect(inDoc).toEqual(cells(auditMarkdown(loadAuditRecords(store.catalogDir))));
    expect(inDoc.some((c) => /^0\.\d\d$/.test(c))).toBe(true);
  });
});
