import { ChanyeError } from '@chanye/compute';
import type { Store } from '@chanye/store';

/**
 * Years a request may name: those the data cover. A year after the last value (or a range
 * wholly outside the data) has no answer, so it is `no-data` at once, before any work — the
 * CLI's exit 3 and the API's 404 — instead of an empty table computed at full cost. A range
 * that overlaps the data is left to the command, which answers for the years that have values.
 *
 * The option is named as a flag (`--year`); the API rewrites flags to parameter names.
 */
export function yearOutsideData(
  covered: readonly [number, number],
  option: string,
  asked: number | readonly [number, number],
): ChanyeError | undefined {
  const [first, last] = covered;
  const [from, to] = typeof asked === 'number' ? [asked, asked] : asked;
  if (from <= last && to >= first) return undefined;
  const shown = from === to ? String(from) : `${from}:${to}`;
  const side = from > last ? `the data end in ${last}` : `the data begin in ${first}`;
  return new ChanyeError(
    'no-data',
    `${option} ${shown}: no values then; ${side} (the years covered are ${first}-${last})`,
  );
}

/** Throws `no-data` when `asked` lies wholly outside the years the store's data cover. */
export async function requireYearsInData(
  store: Store,
  option: string,
  asked: number | readonly [number, number] | undefined,
): Promise<void> {
  if (asked === undefined) return;
  const outside = yearOutsideData(await store.yearsCovered(), option, asked);
  if (outside) throw outside;
}
