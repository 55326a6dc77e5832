import { ChanyeError } from '../errors.js';
import { createMrio, type Mrio } from './mrio.js';

/**
 * A concordance from the table's codes to new ones: a plain record for a many-to-one mapping
 * (`{ c3: 'MAN', c4: 'MAN' }`), or a list of links with shares when a source code is split
 * (the shares of each source code must sum to 1). Every source code must be mapped.
 */
export type Concordance =
  Readonly<Record<string, string>> | readonly { readonly from: string; readonly to: string; readonly share?: number }[];

export interface AggregationOptions {
  readonly regions?: Concordance;
  readonly sectors?: Concordance;
  /** Order of the new region codes (default: first appearance in table order). */
  readonly regionOrder?: readonly string[];
  /** Order of the new sector codes (default: first appearance in table order). */
  readonly sectorOrder?: readonly string[];
}

/**
 * Aggregates regions and/or sectors by concordance: Z* = Cᵀ·Z·C, Y* = Cᵀ·Y·D, x* = Cᵀ·x,
 * v* = Cᵀ·v, with C the n × n* region-sector concordance (shares) and D the same for the
 * final-demand columns' regions (Miller and Blair 2009, §4.4 on aggregation). Flows are summed,
 * never coefficients, so the balances x = Z·1 + Y·1 and x' = 1'Z + v' hold in the result;
 * splitting a code by shares assumes its flows divide in those proportions.
 */
export function aggregateMrio(model: Mrio, options: AggregationOptions): Mrio {
  const R = model.regions.length;
  const S = model.sectors.length;
  const K = model.finalDemandCategories.length;
  const reg = links('region', model.regions, options.regions, options.regionOrder);
  const sec = links('sector', model.sectors, options.sectors, options.sectorOrder);
  const R2 = reg.codes.length;
  const S2 = sec.codes.length;
  const n = R * S;
  const n2 = R2 * S2;
  // Targets of every source index i as (target index, weight) pairs.
  const targets: { to: number; w: number }[][] = [];
  for (let r = 0; r < R; r++) {
    for (let s = 0; s < S; s++) {
      const list: { to: number; w: number }[] = [];
      for (const a of reg.links[r] ?? [])
        for (const b of sec.links[s] ?? []) list.push({ to: a.to * S2 + b.to, w: a.w * b.w });
      targets.push(list);
    }
  }
  const Z = new Float64Array(n2 * n2);
  for (let i = 0; i < n; i++) {
    const ti = targets[i] ?? [];
    for (let j = 0; j < n; j++) {
      const z = model.Z.values[i * n + j] as number;
      if (z === 0) continue;
      for (const a of ti)
        for (const b of targets[j] ?? []) Z[a.to * n2 + b.to] = (Z[a.to * n2 + b.to] as number) + z * a.w * b.w;
    }
  }
  const Y = new Float64Array(n2 * R2 * K);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < R; r++) {
      for (let k = 0; k < K; k++) {
        const y = model.Y.values[i * R * K + r * K + k] as number;
        if (y === 0) continue;
        for (const a of targets[i] ?? []) {
          for (const b of reg.links[r] ?? []) {
            const at = a.to * R2 * K + b.to * K + k;
            Y[at] = (Y[at] as number) + y * a.w * b.w;
          }
        }
      }
    }
  }
  const x = new Float64Array(n2);
  const v = new Float64Array(n2);
  const fi = model.factorInputs;
  const F = fi ? new Float64Array(fi.labels.length * n2) : undefined;
  for (let i = 0; i < n; i++) {
    for (const a of targets[i] ?? []) {
      x[a.to] = (x[a.to] as number) + (model.x[i] as number) * a.w;
      v[a.to] = (v[a.to] as number) + (model.v[i] as number) * a.w;
      if (F && fi) {
        for (let q = 0; q < fi.labels.length; q++) {
          F[q * n2 + a.to] = (F[q * n2 + a.to] as number) + (fi.values.values[q * n + i] as number) * a.w;
        }
      }
    }
  }
  return createMrio({
    regions: reg.codes,
    sectors: sec.codes,
    finalDemandCategories: model.finalDemandCategories,
    Z,
    Y,
    x,
    v,
    ...(F && fi ? { factorInputs: { labels: fi.labels, values: F } } : {}),
    unit: model.unit,
    note: `${model.note}; aggregated to ${R2} regions × ${S2} sectors`,
  });
}

function links(
  what: string,
  codes: readonly string[],
  concordance: Concordance | undefined,
  order: readonly string[] | undefined,
): { codes: string[]; links: { to: number; w: number }[][] } {
  const list: { from: string; to: string; share: number }[] =
    concordance === undefined
      ? codes.map((c) => ({ from: c, to: c, share: 1 }))
      : Array.isArray(concordance)
        ? (concordance as readonly { from: string; to: string; share?: number }[]).map((l) => ({
            from: l.from,
            to: l.to,
            share: l.share ?? 1,
          }))
        : Object.entries(concordance as Readonly<Record<string, string>>).map(([from, to]) => ({ from, to, share: 1 }));
  const known = new Set(codes);
  const unknown = list.filter((l) => !known.has(l.from)).map((l) => l.from);
  if (unknown.length > 0)
    throw new ChanyeError('invalid-input', `the ${what} concordance names unknown codes: ${unknown.join(', ')}`);
  const targets: string[] = order ? [...order] : [];
  const missing: string[] = [];
  const result: { to: number; w: number }[][] = codes.map(() => []);
  codes.forEach((code, i) => {
    const mine = list.filter((l) => l.from === code);
    if (mine.length === 0) {
      missing.push(code);
      return;
    }
    const total = mine.reduce((s, l) => s + l.share, 0);
    if (Math.abs(total - 1) > 1e-9) {
      throw new ChanyeError('invalid-input', `the shares of ${what} '${code}' sum to ${total}, not 1`);
    }
    for (const l of mine) {
      let t = targets.indexOf(l.to);
      if (t < 0) {
        if (order) throw new ChanyeError('invalid-input', `${what} '${l.to}' is not in the given order`);
        targets.push(l.to);
        t = targets.length - 1;
      }
      (result[i] as { to: number; w: number }[]).push({ to: t, w: l.share });
    }
  });
  if (missing.length > 0)
    throw new ChanyeError('invalid-input', `the ${what} concordance does not map ${missing.join(', ')}`);
  return { codes: targets, links: result };
}
