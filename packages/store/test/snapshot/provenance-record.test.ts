import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { snapshotHash } from '@chanye/store';

const files = [
  { file: 'b.parquet', sha256: 'BB'.repeat(32) },
  { file: 'a.parquet', sha256: 'aa'.repeat(32) },
];

describe('snapshotHash', () => {
  it('is the SHA-256 of the sorted `sha256  file` lines, hashes in lowercase', () => {
    const text = `${'aa'.repeat(32)}  a.parquet\n${'bb'.repeat(32)}  b.parquet\n`;
    expect(snapshotHash({ files } as never)).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('does not depend on the order of the manifest, and changes with any file’s hash or name', () => {
    const hash = snapshotHash({ files } as never);
    expect(snapshotHash({ files: [...files].reverse() } as never)).toBe(hash);
    expect(snapshotHash({ files: [files[0], { ...files[1], sha256: 'ab'.repeat(32) }] } as never)).not.toBe(hash);
    expect(snapshotHash({ files: [files[0], { ...files[1], file: 'c.parquet' }] } as never)).not.toBe(hash);
  });
});
