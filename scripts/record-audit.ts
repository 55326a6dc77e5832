/**
 * Records the audit tables that docs/methods/composite-indices.md cites: audits the scorecard
 * of each of RECORDED_AUDIT's frameworks at 2017 and at its default year, writes
 * catalog/results/audit-<framework>-<year>.json (removing records of years no longer recorded)
 * and rewrites the docs' tables between their markers. Run `npm run build:audit-record` after a
 * change to a framework's indicators, to the scorecard's method or to the data.
 */
import { join } from 'node:path';
import { Store } from '@chanye/store';
import {
  auditMarkdown,
  auditRecordPath,
  computeAuditRecord,
  recordedAuditSettings,
  withAuditTables,
  type AuditRecord,
} from '@chanye/engine';
import { rewriteDoc, writeRecords } from './write-records.ts';

const store = await Store.open({});
try {
  const records = new Map<string, AuditRecord>();
  for (const setting of await recordedAuditSettings(store)) {
    const path = auditRecordPath(store.catalogDir, setting.framework, setting.year);
    records.set(path, await computeAuditRecord(store, setting));
  }
  await writeRecords(join(store.catalogDir, 'results'), /^audit-.+-\d{4}\.json$/, records);
  const docPath = join(store.catalogDir, '..', 'docs', 'methods', 'composite-indices.md');
  await rewriteDoc(docPath, (doc) => withAuditTables(doc, auditMarkdown([...records.values()])));
  process.stdout.write(`rewrote the audit tables of ${docPath}\n`);
} finally {
  store.close();
}
