/**
 * Temporary files of the CLI's atomic writes (`FILE.<pid>.tmp`, renamed into place when
 * complete), tracked so that none is left behind: a failed write removes its own, and SIGINT
 * or SIGTERM (Ctrl-C during `chanye complexity --out DIR`) removes every one still open before
 * the process exits with 130 or 143, as shells expect of an interrupted program.
 *
 * @module
 */
import { rmSync } from 'node:fs';
import { ChanyeError } from '@chanye/compute';

const open = new Set<string>();

/** The temporary sibling of `path`, registered until {@link releaseTemp}. */
export function tempFor(path: string): string {
  const tmp = `${path}.${process.pid}.tmp`;
  open.add(tmp);
  return tmp;
}

/** Registers a temporary file or folder made elsewhere (an import's work folder) until {@link releaseTemp}. */
export function registerTemp(path: string): void {
  open.add(path);
}

/** The temporary file was renamed into place (or removed): nothing left to clean. */
export function releaseTemp(tmp: string): void {
  open.delete(tmp);
}

/** Removes a temporary file after a failed write. */
export function discardTemp(tmp: string): void {
  rmSync(tmp, { force: true });
  open.delete(tmp);
}

/** Removes every temporary file (or folder) still open (on an interruption). */
export function removeOpenTemps(): void {
  for (const tmp of open) rmSync(tmp, { recursive: true, force: true });
  open.clear();
}

let installed = false;

/** Installs the SIGINT and SIGTERM handlers of the `chanye` process (once). */
export function cleanUpOnInterrupt(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    process.once(signal, () => {
      removeOpenTemps();
      process.exit(code);
    });
}

/** `--out` must name something: an empty path would write beside the current folder. */
export function parseOutPath(value: string): string {
  if (value.trim() === '')
    throw new ChanyeError('invalid-input', 'invalid --out: an empty path (expected a file or folder to write)');
  return value;
}
