/**
 * Records the validity tables that docs/methods/composite-indices.md cites: runs
 * `scoreValidity` for each of RECORDED_VALIDITY's frameworks at 2017 and at its default year,
 * writes catalog/results/validity-<framework>-<year>.json (removing records of years no longer
 * recorded) and rewrites the docs' tables between their markers. Run
 * `npm run build:validity-record` after a change to a framework's indicators or to the data.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { Store } from '@chanye/store';
import {
  computeValidityRecord,
  recordedValiditySettings,
  validityMarkdown,
  validityRecordPath,
  withValidityTables,
  type ValidityRecord,
} from '@chanye/engine';

const store = await Store.open({});
try {
  const records: ValidityRecord[] = [];
  const written = new Set<string>();
  for (const setting of await recordedValiditySettings(store)) {
    const record = await computeValidityRecord(store, setting);
    const path = validityRecordPath(store.catalogDir, setting.framework, setting.year);
    // Prettier's layout, so that the records pass `npm run lint` as written.
    writeFileSync(path, await format(JSON.stringify(record), { ...(await resolveConfig(path)), parser: 'json' }));
    written.add(path);
    records.push(record);
    process.stdout.write(`wrote ${path}\n`);
  }
  const results = join(store.catalogDir, 'results');
  for (const file of readdirSync(results).filter((f) => /^validity-.+-\d{4}\.json$/.test(f))) {
    const path = join(results, file);
    if (written.has(path)) continue;
    rmSync(path);
    process.stdout.write(`removed ${path}\n`);
  }
  const docPath = join(store.catalogDir, '..', 'docs', 'methods', 'composite-indices.md');
  const doc = withValidityTables(readFileSync(docPath, 'utf8'), validityMarkdown(records));
  writeFileSync(docPath, await format(doc, { ...(await resolveConfig(docPath)), parser: 'markdown' }));
  process.stdout.write(`rewrote the validity tables of ${docPath}\n`);
} finally {
  store.close();
}
