import type { ObservationStatus } from '../types.js';

/**
 * Status codes stored per cell, from best to worst; a derived cell takes the worst status of
 * its inputs. A spliced value still follows an observed movement of the economy, so it ranks
 * before a carried value, which follows none.
 */
export const STATUS_CODES: readonly ObservationStatus[] = ['observed', 'spliced', 'carried', 'imputed'];

/**
 * A rectangular economy × year block of one series. `values[e * years.length + t]` is the
 * value of economy `e` in year `years[t]`; missing is NaN, never 0 or a filled value. `status`
 * holds an index into {@link STATUS_CODES} for each cell.
 */
export interface Panel {
  readonly economies: readonly string[];
  /** Consecutive calendar years, ascending. */
  readonly years: Int32Array;
  readonly values: Float64Array;
  readonly status: Uint8Array;
}

/** A panel of NaN over the given economies and the consecutive years `first..last`. */
export function emptyPanel(economies: readonly string[], first: number, last: number): Panel {
  const years = Int32Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  const size = economies.length * years.length;
  return { economies, years, values: new Float64Array(size).fill(NaN), status: new Uint8Array(size) };
}

/** A new panel with the same economies and years as `like`, all NaN. */
export function panelLike(like: Panel): Panel {
  const size = like.values.length;
  return {
    economies: like.economies,
    years: like.years,
    values: new Float64Array(size).fill(NaN),
    status: new Uint8Array(size),
  };
}

/** Whether two panels share economies and years, so cells line up. */
export function sameShape(a: Panel, b: Panel): boolean {
  if (a.economies.length !== b.economies.length || a.years.length !== b.years.length) return false;
  if (a.years[0] !== b.years[0]) return false;
  return a.economies.every((e, i) => e === b.economies[i]);
}
