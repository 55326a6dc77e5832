const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Whether two letters sit side by side on a QWERTY keyboard (a likely typo). */
function adjacentKeys(a: string, b: string): boolean {
  for (const row of KEYBOARD_ROWS) {
    const i = row.indexOf(a);
    if (i >= 0 && (row[i - 1] === b || row[i + 1] === b)) return true;
  }
  return false;
}

/**
 * Edit distance between two strings where replacing a letter by its keyboard neighbour costs
 * 0.5 (so `CHM` is nearer `CHN` than `CHE`); insertions and deletions cost 1.
 *
 * @example editDistance('chm', 'chn') // returns 0.5
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1] as string;
      const y = b[j - 1] as string;
      const cost = x === y ? 0 : adjacentKeys(x, y) ? 0.5 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidates closest to `input`, best first, at most `limit`: those that start with the
 * input (a truncated id), then those within `maxDistance` edits (case-insensitive), so a
 * wild guess suggests nothing.
 *
 * @example suggest('CHM', ['CHN', 'CHE', 'USA']) // returns ['CHN', 'CHE']
 */
export function suggest(input: string, candidates: Iterable<string>, limit = 3, maxDistance = 2): string[] {
  const needle = input.toLowerCase();
  const scored = [...candidates].map((candidate) => {
    const lower = candidate.toLowerCase();
    const distance = needle.length >= 3 && lower.startsWith(needle) ? 0.25 : editDistance(needle, lower);
    return { candidate, distance };
  });
  return scored
    .filter(({ distance }) => distance <= maxDistance)
    .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
