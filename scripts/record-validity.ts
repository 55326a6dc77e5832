/**
 * Records the validity tables that docs/methods/composite-indices.md cites: runs
 * `scoreValidity` for each of RECORDED_VALIDITY's frameworks at 2017 and at its default year,
 * writes catalog/results/validity-<framework>-<year>.json (removing records of years no longer
 * recorded) and rewrites the docs' tables between their markers. Run
 * `npm run build:validity-record` after a change to a framework's indicators or to the data.
 */
import { join } from 'node:path';
import { Store } from '@chanye/store';
import {
  computeValidityRecord,
  recordedValiditySettings,
  validityMarkdown,
  validityRecordPath,
  withValidityTables,
  type ValidityRecord,
} from '@chanye/engine';
import { rewriteDoc, writeRecords } from './write-records.ts';

const store = await Store.open({});
try {
  const records = new Map<string, ValidityRecord>();
  for (const setting of await recordedValiditySettings(store)) {
    const path = validityRecordPath(store.catalogDir, setting.framework, setting.year);
    records.set(path, await computeValidityRecord(store, setting));
  }
  await writeRecords(join(store.catalogDir, 'results'), /^validity-.+-\d{4}\.json$/, records);
  const docPath = join(store.catalogDir, '..', 'docs', 'methods', 'composite-indices.md');
  await rewriteDoc(docPath, (doc) => withValidityTables(doc, validityMarkdown([...records.values()])));
  process.stdout.write(`rewrote the validity tables of ${docPath}\n`);
} finally {
  store.close();
}
