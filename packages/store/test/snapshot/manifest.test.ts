import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBConnector, quotedString, readManifest } from '@chanye/store';
import { repoRoot, sharedDataAvailable, sharedDataDir } from '../helpers.js';

const snapshotDir = join(repoRoot, 'data', 'snapshot');
const manifest = readManifest(snapshotDir);

describe('data/snapshot/manifest.json', () => {
  it('lists exactly the files in the snapshot folder (besides the build cache, .cache/)', () => {
    const onDisk = readdirSync(snapshotDir)
      .filter((f) => f !== 'manifest.json' && f !== '.cache')
      .sort();
    expect(manifest.files.map((f) => f.file).sort()).toEqual(onDisk);
  });

  it.each(manifest.files.map((f) => [f.file, f] as const))(
    '%s matches its sha256, size and row count',
    async (file, entry) => {
      const bytes = readFileSync(join(snapshotDir, file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
      expect(bytes.length).toBe(entry.bytes);
      const connector = await DuckDBConnector.open();
      try {
        const [row] = await connector.query<{ n: number }>(
          `select count(*)::integer as n from read_parquet(${quotedString(join(snapshotDir, file))})`,
        );
        expect(row?.n).toBe(entry.rows);
      } finally {
        connector.close();
      }
    },
  );

  it('names a publisher, licence and vintage for every source a file cites', () => {
    const ids = new Set(manifest.sources.map((s) => s.id));
    for (const file of manifest.files) for (const source of file.sources) expect(ids.has(source), source).toBe(true);
    for (const source of manifest.sources) {
      expect(source.licence.length).toBeGreaterThan(2);
      expect(source.vintage.length).toBeGreaterThan(2);
    }
  });

  it.skipIf(!sharedDataAvailable)('was built from the shared files as they are now (input sha256)', () => {
    for (const input of manifest.built_from.inputs) {
      const actual = createHash('sha256')
        .update(readFileSync(join(sharedDataDir, input.file)))
        .digest('hex');
      expect(actual, input.file).toBe(input.sha256);
    }
  });

  it('stays lean (well under 60 MB)', () => {
    const total = manifest.files.reduce((s, f) => s + f.bytes, 0);
    expect(total).toBeLessThan(30 * 1024 * 1024);
  });
});
