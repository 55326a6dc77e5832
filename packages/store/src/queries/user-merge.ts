/**
 * How the user's rows of an indicator join the snapshot's: user rows replace snapshot values of
 * the same economy-year, and a user row of an economy whose series passes from a snapshot
 * source to the user's says where and by how much the levels differ at the seam
 * (docs/methods/data-precedence.md, "User data").
 *
 * @module
 */
import { findSeam, type Observation, type Seam } from '@chanye/compute';
import type { UserRow } from './precedence.js';

/** A user database row as an observation of `indicator`, its source marked "(user data)". */
export function userRowToObservation(indicator: string): (row: UserRow) => Observation {
  return (row) => ({
    iso3: row.iso3,
    year: row.year,
    indicator,
    value: row.value,
    unit: row.unit,
    source: `${row.source} (user data)`,
    vintage: row.vintage,
    status: row.status,
    ...(row.note ? { note: row.note } : {}),
  });
}

/** Where an economy's user rows take over from its snapshot values. */
export interface UserSeam {
  readonly iso3: string;
  readonly seam: Seam;
  /** The snapshot source the user rows continue (of its last value before the seam). */
  readonly replacedSource: string;
  /** The user rows' own source. */
  readonly replacingSource: string;
}

/** The seam of each economy whose user rows continue its snapshot series (both sorted by year). */
export function userSeamsOf(snapshot: readonly Observation[], user: readonly UserRow[]): UserSeam[] {
  const seams: UserSeam[] = [];
  const snapshotBy = groupByIso3(snapshot);
  for (const [iso3, own] of groupByIso3(user)) {
    const theirs = snapshotBy.get(iso3) ?? [];
    const seam = findSeam(theirs, own);
    if (!seam) continue;
    const before = [...theirs].reverse().find((o) => o.year < seam.year) ?? (theirs.at(-1) as Observation);
    seams.push({ iso3, seam, replacedSource: before.source, replacingSource: (own[0] as UserRow).source });
  }
  return seams;
}

/** Rows by economy, each list in the rows' order (one pass: imports can hold a million rows). */
function groupByIso3<T extends { iso3: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const list = groups.get(r.iso3);
    if (list) list.push(r);
    else groups.set(r.iso3, [r]);
  }
  return groups;
}

/** The note a user row carries when its series joins a snapshot source. */
export function seamNote(s: UserSeam): string {
  const { seam } = s;
  if (seam.overlapYear === null || seam.difference === null)
    return `joins ${s.replacedSource} at ${seam.year} with no common year, so the level break at the seam is not measured`;
  const relative = seam.relativeDifference === null ? '' : ` (${signed(seam.relativeDifference * 100, 2)} %)`;
  return `joins ${s.replacedSource} at ${seam.year}; in ${seam.overlapYear} it differs from it by ${signed(seam.difference, 3)}${relative}`;
}

/** `d` to `digits` significant digits with its sign, minus as the typographic − . */
function signed(d: number, digits: number): string {
  return `${d >= 0 ? '+' : '−'}${Math.abs(d).toPrecision(digits)}`;
}

/**
 * User rows replace snapshot values of the same economy-year; the result stays sorted. A user
 * row of an economy whose series passes from a snapshot source to the user's says so in its
 * note (docs/methods/data-precedence.md, "User data").
 */
export function mergeUserRows(
  snapshot: Observation[],
  userRows: UserRow[],
  indicator: string,
  seams: readonly UserSeam[],
): Observation[] {
  const noteOf = new Map(seams.map((s) => [s.iso3, seamNote(s)]));
  const user = userRows.map(userRowToObservation(indicator)).map((o) => {
    const seam = noteOf.get(o.iso3);
    return seam ? { ...o, note: o.note ? `${o.note}; ${seam}` : seam } : o;
  });
  const taken = new Set(user.map((o) => `${o.iso3}|${o.year}`));
  return [...snapshot.filter((o) => !taken.has(`${o.iso3}|${o.year}`)), ...user].sort(
    (a, b) => a.iso3.localeCompare(b.iso3) || a.year - b.year,
  );
}
