/**
 * The resumable state of `chanye data update`: which (source, series, page) are done, kept in
 * a JSON file next to the user database. A run that is interrupted (network lost, Ctrl-C)
 * leaves it behind; the next run skips the series already imported and, within a series,
 * serves the pages already read from the response cache. A run that finishes deletes it, so
 * the next update refreshes everything again.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

const SeriesStateSchema = z.object({
  /** Pages read so far (1-based), and how many the series has. */
  pages: z.array(z.number().int().positive()),
  pageCount: z.number().int().nonnegative(),
  /** Set once the series' rows are committed to the user database. */
  done: z.boolean(),
  rows: z.number().int().nonnegative(),
  vintage: z.string().optional(),
});
export type SeriesState = z.infer<typeof SeriesStateSchema>;

const StateSchema = z.object({
  version: z.literal(1),
  /** When the interrupted run started (ISO time). */
  startedAt: z.string(),
  /** Keyed by `liveSeriesKey` (`wdi:NV.IND.MANF.ZS`). */
  series: z.record(z.string(), SeriesStateSchema),
});
export type UpdateState = z.infer<typeof StateSchema>;

/** `<user db>.update-state.json`. */
export function updateStatePath(userDbPath: string): string {
  return `${userDbPath}.update-state.json`;
}

/** Whether an interrupted update of this user database is waiting to be resumed. */
export function updatePending(userDbPath: string): boolean {
  return existsSync(updateStatePath(userDbPath));
}

/** The saved state, or a fresh one when there is none or it cannot be read (then nothing is skipped). */
export async function readUpdateState(path: string, startedAt: string): Promise<UpdateState> {
  try {
    const parsed = StateSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // no state file: a fresh run
  }
  return { version: 1, startedAt, series: {} };
}

/** Writes the state atomically (a temporary sibling, then a rename), so a crash never leaves half a file. */
export async function writeUpdateState(path: string, state: UpdateState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${randomUUID()}.tmp`;
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(tmp, path);
}

/** Removes the state once a run has finished every series it was asked for. */
export async function clearUpdateState(path: string): Promise<void> {
  await rm(path, { force: true });
}
