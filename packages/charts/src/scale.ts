/** Linear scales and "nice" ticks (the 1-2-5 steps of d3-array's `ticks`, written afresh). */

export interface LinearScale {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  (value: number): number;
}

/** A step of 1, 2 or 5 × 10^k giving about `count` ticks over [min, max]. */
export function tickStep(min: number, max: number, count: number): number {
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= 7.5 ? 10 : error >= 3.5 ? 5 : error >= 1.5 ? 2 : 1;
  return factor * power;
}

/** Ticks at multiples of the nice step inside [min, max], free of floating-point noise. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const step = tickStep(min, max, count);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) out.push(Number(v.toFixed(decimals)));
  return out;
}

/** The data extent widened by `min`/`max` and rounded out to nice steps; a flat extent gets a unit of room. */
export function niceDomain(values: readonly number[], min?: number, max?: number, count = 5): [number, number] {
  const finite = values.filter(Number.isFinite);
  let lo = Math.min(...finite, ...(min !== undefined ? [min] : []));
  let hi = Math.max(...finite, ...(max !== undefined ? [max] : []));
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const step = tickStep(lo, hi, count);
  return [min !== undefined && min <= lo ? min : Math.floor(lo / step) * step, max ?? Math.ceil(hi / step) * step];
}

/** Maps [d0, d1] onto [r0, r1]. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  count = 5,
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
  Object.defineProperty(scale, 'domain', { value: [d0, d1] });
  Object.defineProperty(scale, 'ticks', { value: niceTicks(Math.min(d0, d1), Math.max(d0, d1), count) });
  return scale;
}
