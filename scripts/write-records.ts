/**
 * What the record scripts (record-validity.ts, record-audit.ts) share: write each record in
 * Prettier's layout, remove the records of settings no longer recorded, and rewrite the docs'
 * generated tables.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';

/** Writes `records` (path → record) and removes the other files of `results` matching `pattern`. */
export async function writeRecords(results: string, pattern: RegExp, records: ReadonlyMap<string, unknown>) {
  for (const [path, record] of records) {
    // Prettier's layout, so that the records pass `npm run lint` as written.
    writeFileSync(path, await format(JSON.stringify(record), { ...(await resolveConfig(path)), parser: 'json' }));
    process.stdout.write(`wrote ${path}\n`);
  }
  for (const file of readdirSync(results).filter((f) => pattern.test(f))) {
    const path = join(results, file);
    if (records.has(path)) continue;
    rmSync(path);
    process.stdout.write(`removed ${path}\n`);
  }
}

/** Rewrites the Markdown file at `docPath` with `rewrite`, formatted as Prettier formats it. */
export async function rewriteDoc(docPath: string, rewrite: (doc: string) => string): Promise<void> {
  const doc = rewrite(readFileSync(docPath, 'utf8'));
  writeFileSync(docPath, await format(doc, { ...(await resolveConfig(docPath)), parser: 'markdown' }));
}
