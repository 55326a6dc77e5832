/**
 * Revisions of the Harmonized System (HS 1992 … HS 2022) and the plan that carries 6-digit
 * codes of one revision to another through the UN Statistics Division's tables (UNSD, HS
 * correlation and conversion tables). A bridge is the list of links of one published table;
 * a plan chains bridges (HS 2022 → HS 2017 → HS 1992), reading a table backwards where the
 * conversion goes from the older revision to the newer, and gives every source code its
 * target codes with shares that sum to 1:
 *
 * - 1:1 and n:1 groups send a code's whole value to its one target;
 * - 1:n groups split the code's value over its targets in proportion to reference weights
 *   (the targets' values in a reference year of the target revision), or in equal shares when
 *   no weights are given or they are all zero;
 * - n:n groups (several sources linked to several targets) are pooled: the links do not say
 *   which part of a source goes to which target, so the group is the smallest unit the table
 *   determines, and every source of the group is shared over all its targets alike.
 *
 * Applying a plan to values is in `hs-convert.ts`. Pure: the bridges come from the store.
 *
 * @module
 */
import { ChanyeError } from '../errors.js';

/** The HS revisions, oldest first (BACI names them HS92, HS96, HS02, HS07, HS12, HS17, HS22). */
export const HS_REVISIONS = ['HS1992', 'HS1996', 'HS2002', 'HS2007', 'HS2012', 'HS2017', 'HS2022'] as const;
export type HsRevision = (typeof HS_REVISIONS)[number];

/**
 * Parses a revision as users write it: `HS1992`, `HS92`, `hs92`, `1992` or the UN Comtrade
 * code `H0` … `H6`.
 *
 * @example hsRevision('HS92') // returns 'HS1992'
 */
export function hsRevision(name: string): HsRevision {
  const s = name.trim().toUpperCase();
  const comtrade = /^H([0-6])$/.exec(s);
  if (comtrade) return HS_REVISIONS[Number(comtrade[1])] as HsRevision;
  const m = /^(?:HS)?(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const digits = m[1] as string;
    const year = digits.length === 4 ? digits : `${Number(digits) >= 88 ? '19' : '20'}${digits}`;
    const found = HS_REVISIONS.find((r) => r === `HS${year}`);
    if (found) return found;
  }
  throw new ChanyeError('invalid-input', `invalid HS revision: ${name} (expected one of ${HS_REVISIONS.join(', ')})`);
}

/** One published table: `fromCodes[i]` of revision `from` links to `toCodes[i]` of revision `to`. */
export interface HsBridge {
  readonly from: HsRevision;
  readonly to: HsRevision;
  readonly fromCodes: readonly string[];
  readonly toCodes: readonly string[];
  /** The table as a user-facing citation (publisher, title, which table). */
  readonly source: string;
}

/**
 * How the codes of a group correspond: one source to one target (`1:1`), several sources to
 * one target (`n:1`), one source split over several targets (`1:n`), or several to several
 * (`n:n`, pooled).
 */
export type HsRelationship = '1:1' | 'n:1' | '1:n' | 'n:n';
export type HsRelationshipCounts = Record<HsRelationship, number>;

/** How the splits of a step were shared. */
export type HsWeightBasis =
  /** No group of the step splits a code. */
  | 'no split'
  /** Every split followed the reference values of the target revision. */
  | 'reference values'
  /** No reference values were given: every split is in equal shares. */
  | 'equal shares'
  /** Reference values were given, but were zero or absent for every target of some groups. */
  | 'reference values, equal shares where they are all zero';

/** One table applied by a plan. */
export interface HsStep {
  readonly from: HsRevision;
  readonly to: HsRevision;
  /** `as published`: the table runs from → to; `inverted`: a to → from table read backwards. */
  readonly direction: 'as published' | 'inverted';
  readonly source: string;
  /** The step's source codes by the relationship of their group. */
  readonly codes: HsRelationshipCounts;
  readonly weights: HsWeightBasis;
  /** Groups that split a code (1:n and n:n). */
  readonly splitGroups: number;
  /** Of those, the groups shared equally (no reference values, or all zero). */
  readonly equalShareGroups: number;
  /** Codes the step receives from the previous one that its table does not list (their value is dropped). */
  readonly unlinkedIntermediate: readonly string[];
}

/** A target code and the share of the source code's value it receives. */
export interface HsShare {
  readonly code: string;
  readonly share: number;
}

/** Reference values by revision and code (e.g. world exports in a year coded in both revisions). */
export type HsWeights = Partial<Record<HsRevision, ReadonlyMap<string, number>>>;

/** A conversion from one revision to another, ready to apply to any number of value vectors. */
export interface HsConversionPlan {
  readonly from: HsRevision;
  readonly to: HsRevision;
  readonly steps: readonly HsStep[];
  /** Each source code's targets with shares summing to 1 (over the whole chain); empty when `from = to`. */
  readonly targets: ReadonlyMap<string, readonly HsShare[]>;
  /** The relationship of each source code's group in the whole chain. */
  readonly relationship: ReadonlyMap<string, HsRelationship>;
}

/** One table on a conversion path, read as published or backwards. */
export interface HsPathStep {
  readonly bridge: HsBridge;
  readonly inverted: boolean;
  readonly to: HsRevision;
}

/** The tables of `bridges` that carry `from` to `to`, fewest steps first, tables as published preferred. */
export function hsConversionPath(from: HsRevision, to: HsRevision, bridges: readonly HsBridge[]): HsPathStep[] {
  const held = bridges.map((b) => `${b.from}→${b.to}`).join(', ') || 'none';
  const linked = new Set(bridges.flatMap((b) => [b.from, b.to]));
  for (const r of [from, to]) {
    if (from !== to && !linked.has(r))
      throw new ChanyeError(
        'no-data',
        `no UNSD HS correlation table for ${r} in the data (tables held: ${held}); ${r} codes cannot be converted`,
      );
  }
  // Breadth-first over revisions; published edges are queued before inverted ones.
  const previous = new Map<HsRevision, { at: HsRevision; edge: HsPathStep } | null>([[from, null]]);
  const queue: HsRevision[] = [from];
  while (queue.length > 0 && !previous.has(to)) {
    const at = queue.shift() as HsRevision;
    const edges: HsPathStep[] = [
      ...bridges.filter((b) => b.from === at).map((b) => ({ bridge: b, inverted: false, to: b.to })),
      ...bridges.filter((b) => b.to === at).map((b) => ({ bridge: b, inverted: true, to: b.from })),
    ];
    for (const edge of edges) {
      if (previous.has(edge.to)) continue;
      previous.set(edge.to, { at, edge });
      queue.push(edge.to);
    }
  }
  if (!previous.has(to))
    throw new ChanyeError('no-data', `no chain of UNSD HS tables leads from ${from} to ${to} (tables held: ${held})`);
  const path: HsPathStep[] = [];
  for (let r = to; r !== from;) {
    const step = previous.get(r) as { at: HsRevision; edge: HsPathStep };
    path.unshift(step.edge);
    r = step.at;
  }
  return path;
}

/** Connected groups of a bipartite link list: each group's sources and targets, in first-seen order. */
function linkGroups(links: readonly (readonly [string, string])[]): { sources: string[]; targets: string[] }[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    for (let y = x; parent.get(y) !== root;) {
      const next = parent.get(y) as string;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const [s, t] of links) {
    const a = `s${s}`;
    const b = `t${t}`;
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<string, { sources: string[]; targets: string[] }>();
  for (const node of parent.keys()) {
    const root = find(node);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { sources: [], targets: [] }));
    (node.startsWith('s') ? g.sources : g.targets).push(node.slice(1));
  }
  return [...groups.values()];
}

function relationshipOf(sources: number, targets: number): HsRelationship {
  if (targets === 1) return sources === 1 ? '1:1' : 'n:1';
  return sources === 1 ? '1:n' : 'n:n';
}

const zeroCounts = (): HsRelationshipCounts => ({ '1:1': 0, 'n:1': 0, '1:n': 0, 'n:n': 0 });

/** One table as shares from its source codes to its target codes, with the step's report. */
function stepShares(
  edge: HsPathStep,
  weights: ReadonlyMap<string, number> | undefined,
): { shares: Map<string, HsShare[]>; step: Omit<HsStep, 'unlinkedIntermediate'> } {
  const { bridge, inverted } = edge;
  if (bridge.fromCodes.length !== bridge.toCodes.length)
    throw new ChanyeError('invalid-input', `the ${bridge.from}→${bridge.to} table has unequal code columns`);
  const seen = new Set<string>();
  const links: (readonly [string, string])[] = [];
  for (let i = 0; i < bridge.fromCodes.length; i++) {
    const a = bridge.fromCodes[i] as string;
    const b = bridge.toCodes[i] as string;
    const link = inverted ? ([b, a] as const) : ([a, b] as const);
    const key = `${link[0]}>${link[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(link);
  }
  const codes = zeroCounts();
  const shares = new Map<string, HsShare[]>();
  let splitGroups = 0;
  let equalShareGroups = 0;
  for (const { sources, targets } of linkGroups(links)) {
    codes[relationshipOf(sources.length, targets.length)] += sources.length;
    let groupShares: HsShare[];
    if (targets.length === 1) groupShares = [{ code: targets[0] as string, share: 1 }];
    else {
      splitGroups++;
      const w = targets.map((t) => weights?.get(t) ?? 0);
      for (const [k, v] of w.entries())
        if (!(Number.isFinite(v) && v >= 0))
          throw new ChanyeError('invalid-input', `reference value of ${edge.to} ${targets[k]} is ${v}`);
      const total = w.reduce((s, v) => s + v, 0);
      if (total > 0) groupShares = targets.map((t, k) => ({ code: t, share: (w[k] as number) / total }));
      else {
        equalShareGroups++;
        groupShares = targets.map((t) => ({ code: t, share: 1 / targets.length }));
      }
    }
    // Sort targets so the output does not depend on the order of the table's rows.
    groupShares.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
    for (const s of sources) shares.set(s, groupShares);
  }
  const basis: HsWeightBasis =
    splitGroups === 0
      ? 'no split'
      : equalShareGroups === 0
        ? 'reference values'
        : weights === undefined
          ? 'equal shares'
          : 'reference values, equal shares where they are all zero';
  return {
    shares,
    step: {
      from: inverted ? bridge.to : bridge.from,
      to: edge.to,
      direction: inverted ? 'inverted' : 'as published',
      source: bridge.source,
      codes,
      weights: basis,
      splitGroups,
      equalShareGroups,
    },
  };
}

/**
 * Plans the conversion of `from` codes to `to` codes through the tables in `bridges` (fewest
 * steps, tables as published preferred), with the reference values of `weights` for splits.
 * Throws `no-data` for a revision no table covers (in the shared data: HS 1996, HS 2002 and
 * HS 2007) rather than guess a correspondence.
 *
 * @example planHsConversion('HS2017', 'HS1992', [{ from: 'HS2017', to: 'HS1992', fromCodes: ['010121', '010129'], toCodes: ['010111', '010111'], source: 'UNSD' }]).relationship.get('010121') // returns 'n:1'
 */
export function planHsConversion(
  from: HsRevision,
  to: HsRevision,
  bridges: readonly HsBridge[],
  weights: HsWeights = {},
): HsConversionPlan {
  const path = from === to ? [] : hsConversionPath(from, to, bridges);
  const steps: HsStep[] = [];
  let composed: Map<string, HsShare[]> | undefined;
  for (const edge of path) {
    const { shares, step } = stepShares(edge, weights[edge.to]);
    const unlinked = new Set<string>();
    if (composed === undefined) composed = shares;
    else {
      const next = new Map<string, HsShare[]>();
      for (const [code, mids] of composed) {
        const acc = new Map<string, number>();
        for (const mid of mids) {
          const onward = shares.get(mid.code);
          if (!onward) {
            unlinked.add(mid.code);
            continue;
          }
          for (const t of onward) acc.set(t.code, (acc.get(t.code) ?? 0) + mid.share * t.share);
        }
        // A code whose every intermediate is missing from the next table keeps an empty list:
        // it was found, and its value is reported as dropped in the chain, not as unmatched.
        next.set(
          code,
          [...acc].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([c, s]) => ({ code: c, share: s })),
        );
      }
      composed = next;
    }
    steps.push({ ...step, unlinkedIntermediate: [...unlinked].sort() });
  }
  const targets = composed ?? new Map<string, HsShare[]>();
  const relationship = new Map<string, HsRelationship>();
  const links = [...targets].flatMap(([s, ts]) => ts.map((t) => [s, t.code] as const));
  for (const { sources, targets: ts } of linkGroups(links))
    for (const s of sources) relationship.set(s, relationshipOf(sources.length, ts.length));
  return { from, to, steps, targets, relationship };
}
