/**
 * Chanye's own value for one claim of the papers, computed as the claim's `chanye` entry in
 * catalog/published/paper-claims.yaml says: from a catalogue indicator, a snapshot series,
 * the world aggregates, the export structure or a reproduced published table. The value is
 * for the paper's year or, when the data end earlier, the latest year before it; never filled.
 *
 * @module
 */
import type { Observation } from '@chanye/compute';
import type { ClaimComputation, Store } from '@chanye/store';
import { aggregates, aggregateYears, type Aggregates } from '../aggregates/aggregate.js';
import type { AggregateMeasure } from '../aggregates/measures.js';
import { highTechShareSeries } from '../diagnostics/dual-structure.js';
import { reproducePublishedTables, type ReproducedCell } from '../diagnostics/published-tables.js';
import { exportStructure } from '../trade/export-structure.js';

export interface ClaimValue {
  readonly value: number;
  readonly year: number | null;
  readonly source: string;
  /** Facts about how the value was computed (coverage, the years a rank spans), never a reason. */
  readonly note: string;
}

/** Lookups shared by the claims of one run, so that each aggregate is computed once. */
export class ClaimContext {
  private readonly aggregateCache = new Map<string, Promise<Aggregates>>();
  private readonly yearsCache = new Map<AggregateMeasure, Promise<number[]>>();
  private cells: Promise<ReproducedCell[]> | undefined;

  constructor(readonly store: Store) {}

  aggregate(measure: AggregateMeasure, year: number): Promise<Aggregates> {
    const key = `${measure}:${year}`;
    let found = this.aggregateCache.get(key);
    if (!found) {
      found = aggregates(this.store, measure, year);
      this.aggregateCache.set(key, found);
    }
    return found;
  }

  years(measure: AggregateMeasure): Promise<number[]> {
    let found = this.yearsCache.get(measure);
    if (!found) {
      found = aggregateYears(this.store, measure);
      this.yearsCache.set(measure, found);
    }
    return found;
  }

  publishedCells(): Promise<ReproducedCell[]> {
    this.cells ??= reproducePublishedTables(this.store);
    return this.cells;
  }
}

/** The paper's year, or the latest year before it, among `years`; the latest when the paper states none. */
function pickYear(years: readonly number[], paperYear: number | null): number | undefined {
  const sorted = [...years].sort((a, b) => a - b);
  return paperYear === null ? sorted.at(-1) : sorted.filter((y) => y <= paperYear).at(-1);
}

function fromObservations(rows: readonly Observation[], paperYear: number | null, scale = 1): ClaimValue | null {
  const year = pickYear(
    rows.map((o) => o.year),
    paperYear,
  );
  const o = rows.find((r) => r.year === year);
  if (!o) return null;
  return { value: o.value * scale, year: o.year, source: `${o.source} (${o.vintage})`, note: o.note ?? '' };
}

function aggregateSource(a: Aggregates): string {
  return `Chanye world aggregates from levels (${a.unit}): ${a.source} (${a.vintage})`;
}

async function aggregateFor(
  ctx: ClaimContext,
  measure: AggregateMeasure,
  paperYear: number | null,
): Promise<Aggregates | null> {
  const year = pickYear(await ctx.years(measure), paperYear);
  return year === undefined ? null : ctx.aggregate(measure, year);
}

function coverageNote(a: Aggregates): string {
  const world = a.groups.find((g) => g.group === 'world');
  const pop = world?.population_coverage;
  return `world total over ${world?.economies ?? 0} economies${pop !== null && pop !== undefined ? ` (${pop.toFixed(1)} % of the population of economies with known population)` : ''}`;
}

/** Chanye's value for a claim, or null when the data hold none for its year or before. */
export async function claimValue(
  ctx: ClaimContext,
  c: Exclude<ClaimComputation, { kind: 'not-addressable' }>,
  paperYear: number | null,
): Promise<ClaimValue | null> {
  const { store } = ctx;
  switch (c.kind) {
    case 'indicator':
      return fromObservations(
        await store.observations({ indicator: c.indicator, economies: [c.iso3] }),
        paperYear,
        c.scale,
      );
    case 'series':
      return fromObservations(
        await store.snapshotSeries({ source: c.source, series: c.series }, { iso3s: [c.iso3] }),
        paperYear,
      );
    case 'world-share': {
      const a = await aggregateFor(ctx, c.measure, paperYear);
      const share = a?.shares.find((s) => s.iso3 === c.iso3);
      if (!a || !share) return null;
      return { value: share.share_of_world, year: a.year, source: aggregateSource(a), note: coverageNote(a) };
    }
    case 'group-ratio': {
      const a = await aggregateFor(ctx, c.measure, paperYear);
      const g = a?.groups.find((x) => x.group === c.group);
      if (!a || !g || g.ratio === null) return null;
      return {
        value: g.ratio,
        year: a.year,
        source: aggregateSource(a),
        note: `Σ numerator / Σ denominator over ${g.ratio_economies} economies; ${g.classification}`,
      };
    }
    case 'rank': {
      const years = await ctx.years(c.measure);
      const last = pickYear(years, c.through ?? paperYear);
      const first = paperYear === null ? last : pickYear(years, paperYear);
      if (first === undefined || last === undefined) return null;
      const span = years.filter((y) => y >= first && y <= last);
      let worst = 0;
      let a: Aggregates | undefined;
      for (const y of span) {
        a = await ctx.aggregate(c.measure, y);
        const rank = a.shares.find((s) => s.iso3 === c.iso3)?.rank;
        if (rank === undefined) return null;
        worst = Math.max(worst, rank);
      }
      if (!a) return null;
      return {
        value: worst,
        year: first,
        source: aggregateSource(a),
        note: span.length > 1 ? `the worst rank in ${first}-${last}` : `rank in ${first}`,
      };
    }
    case 'ratio-to-others': {
      const a = await aggregateFor(ctx, c.measure, paperYear);
      const own = a?.shares.find((s) => s.iso3 === c.iso3);
      if (!a || !own) return null;
      const others = Array.isArray(c.others)
        ? a.shares.filter((s) => (c.others as string[]).includes(s.iso3))
        : a.shares.filter((s) => s.rank > own.rank && s.rank <= own.rank + (c.others as { next: number }).next);
      const expected = Array.isArray(c.others) ? c.others.length : c.others.next;
      if (others.length !== expected) return null;
      const sum = others.reduce((s, x) => s + x.value, 0);
      return {
        value: (own.value / sum) * 100,
        year: a.year,
        source: aggregateSource(a),
        note: `${c.iso3} against ${others.map((o) => o.iso3).join(' + ')}`,
      };
    }
    case 'export-share': {
      const year = pickYear(await store.tradeYears(c.iso3), paperYear);
      if (year === undefined) return null;
      const s = await exportStructure(store, c.iso3, c.by, year);
      const value = s.classes
        .filter((k) => (c.classes as readonly string[]).includes(k.id))
        .reduce((t, k) => t + k.share, 0);
      return {
        value,
        year,
        source: `${s.source} (${s.method})`,
        note: `${c.classes.join(' + ')}, ${c.by === 'bec' ? 'BEC end use' : 'stages of processing'}`,
      };
    }
    case 'first-year': {
      const a = await store.observations({ indicator: c.indicator, economies: [c.iso3] });
      const b =
        typeof c.exceeds === 'number'
          ? undefined
          : new Map(
              (await store.observations({ indicator: c.exceeds.indicator, economies: [c.iso3] })).map((o) => [
                o.year,
                o,
              ]),
            );
      const above = a.map((o) => {
        const threshold = typeof c.exceeds === 'number' ? c.exceeds : b?.get(o.year)?.value;
        return threshold !== undefined && o.value > threshold;
      });
      // The crossing that lasts: the first year from which every later year is above, as the
      // papers mean "exceeded in 2013" (China's services also led industry briefly in 1961).
      const lastBelow = above.lastIndexOf(false);
      const found = a[lastBelow + 1];
      if (!found) return null;
      const earlier = a.filter((_o, i) => i < lastBelow && above[i] === true).map((o) => o.year);
      const against = typeof c.exceeds === 'number' ? String(c.exceeds) : c.exceeds.indicator;
      return {
        value: found.year,
        year: found.year,
        source: `${found.source} (${found.vintage})`,
        note: `first year from which ${c.indicator} > ${against} in every later year of the data (${a[0]?.year ?? '?'}-${a.at(-1)?.year ?? '?'})${earlier.length > 0 ? `; also above in ${earlier.join(', ')}` : ''}`,
      };
    }
    case 'high-tech-share-gdp': {
      const series = await highTechShareSeries(store, c.iso3);
      const year = pickYear(
        series.map((s) => s.year),
        paperYear,
      );
      const s = series.find((x) => x.year === year);
      if (!s) return null;
      return {
        value: s.value,
        year: s.year,
        source: `Chanye: mva_share_gdp × mht_share_mva / 100 from ${s.mva.source} and ${s.mht.source}`,
        note: 'medium and high-tech manufacturing value added, % of GDP',
      };
    }
    case 'published-cell': {
      const cell = (await ctx.publishedCells()).find(
        (x) => x.table === c.table && x.column === c.column && x.iso3 === c.iso3,
      );
      if (!cell || cell.our_value === null || cell.our_year === null) return null;
      return {
        value: cell.our_value,
        year: cell.our_year,
        source: cell.source ?? '',
        note: `as \`chanye benchmark graduates\` reproduces it (${cell.status})`,
      };
    }
  }
}
