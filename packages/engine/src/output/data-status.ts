/**
 * The live-data status resource (`chanye data status`, `GET /api/data/status`): per live
 * source, the vintage embedded in the snapshot beside what `chanye data update` refreshed,
 * and whether an interrupted update waits to be resumed. One payload for the CLI and the API.
 *
 * @module
 */
import { readLiveStatus, updatePending, type LiveSourceStatus, type SnapshotManifest } from '@chanye/store';

/** The payload of `chanye data status --format json` and `GET /api/data/status`. */
export interface DataStatus {
  readonly sources: readonly LiveSourceStatus[];
  /** An interrupted `chanye data update` left its state behind; the next run resumes it. */
  readonly updatePending: boolean;
}

/** Columns of the status table and CSV, in order. */
export const DATA_STATUS_COLUMNS = ['source', 'embedded', 'refreshed', 'retrieved', 'series', 'rows'] as const;

/**
 * The status of every live source for the user database at `userDbPath` (opened read-only;
 * a path with no database gives nothing refreshed).
 */
export async function dataStatus(userDbPath: string, manifest: SnapshotManifest): Promise<DataStatus> {
  return { sources: await readLiveStatus(userDbPath, manifest), updatePending: updatePending(userDbPath) };
}

/** One tidy row per source: vintages joined by '; ', empty cells where nothing is known. */
export function dataStatusRows(status: DataStatus): Record<(typeof DATA_STATUS_COLUMNS)[number], string | number>[] {
  return status.sources.map((s) => ({
    source: s.source,
    embedded: s.embedded ?? '',
    refreshed: s.refreshed.join('; '),
    retrieved: s.retrievedAt ?? '',
    series: s.series,
    rows: s.rows,
  }));
}
