import { renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ChanyeError } from '@chanye/compute';

/**
 * Writes `text` to `--out FILE` atomically (a temporary sibling renamed into place, so a
 * failed run never leaves half a file), or to standard output when no file is given.
 */
export function emit(text: string, out: string | undefined): void {
  if (out === undefined) {
    process.stdout.write(text);
    return;
  }
  const path = resolve(out);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (error) {
    throw new ChanyeError('invalid-input', `cannot write --out ${out}: ${(error as Error).message}`);
  }
}
