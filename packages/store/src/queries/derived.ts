import {
  emptyPanel,
  growth,
  product,
  ratio,
  rollingStandardDeviation,
  scale,
  STATUS_CODES,
  sum,
  worldShare,
  type Observation,
  type ObservationStatus,
  type Panel,
} from '@chanye/compute';
import type { Indicator, SeriesRef } from '../catalog/schema.js';
import type { SeriesLabeller } from './precedence.js';
import type { SeriesFilter, SeriesRow } from './series.js';

export interface DerivationDeps extends SeriesLabeller {
  readonly read: (ref: SeriesRef, filter: SeriesFilter) => Promise<SeriesRow[]>;
  /** All economies, to tell aggregates apart when a world total is summed. */
  readonly economies: readonly { iso3: string; is_aggregate: boolean; is_historical: boolean }[];
  readonly iso3s: readonly string[] | undefined;
  readonly years: readonly [number, number] | undefined;
}

/** Puts series rows on a shared economy × consecutive-year grid (missing cells stay NaN). */
function toPanels(inputs: readonly SeriesRow[][]): Panel[] | undefined {
  const all = inputs.flat();
  if (all.length === 0) return undefined;
  const economies = [...new Set(all.map((r) => r.iso3))].sort();
  const first = Math.min(...all.map((r) => r.year));
  const last = Math.max(...all.map((r) => r.year));
  const index = new Map(economies.map((e, i) => [e, i]));
  return inputs.map((rows) => {
    const panel = emptyPanel(economies, first, last);
    const T = panel.years.length;
    for (const r of rows) {
      const cell = (index.get(r.iso3) as number) * T + (r.year - first);
      panel.values[cell] = r.value;
      panel.status[cell] = STATUS_CODES.indexOf(r.status);
    }
    return panel;
  });
}

/**
 * Computes a derived indicator with the pure functions of `@chanye/compute`. Inputs are read
 * for all years (growth and rolling windows need earlier years) and, for world shares, for
 * all economies; the result is then cut to the requested economies and years.
 */
export async function deriveObservations(indicator: Indicator, deps: DerivationDeps): Promise<Observation[]> {
  const derivation = indicator.derived;
  if (!derivation) throw new Error(`${indicator.id} is not a derived indicator`);
  const needsAllEconomies = derivation.method === 'world_share';
  const filter: SeriesFilter = needsAllEconomies ? {} : { iso3s: deps.iso3s };
  const rows = await Promise.all(derivation.inputs.map((ref) => deps.read(ref, filter)));
  const panels = toPanels(rows);
  if (!panels) return [];
  const [a, b] = panels as [Panel, Panel | undefined];
  const params = derivation.params ?? {};
  const refs = derivation.inputs.map((r) => `${r.source}:${r.series}`).join(', ');
  let result: Panel;
  let note = '';
  const needB = (): Panel => {
    if (!b) throw new Error(`${indicator.id}: ${derivation.method} needs two inputs`);
    return b;
  };
  switch (derivation.method) {
    case 'ratio':
      result = ratio(a, needB(), params.scale ?? 1);
      note = `ratio of ${refs}${params.scale && params.scale !== 1 ? ` × ${params.scale}` : ''}`;
      break;
    case 'sum':
      result = sum(panels);
      note = `sum of ${refs}`;
      break;
    case 'product':
      result = product(panels, params.scale ?? 1);
      note = `product of ${refs}${params.scale && params.scale !== 1 ? ` × ${params.scale}` : ''}`;
      break;
    case 'scale':
      result = scale(a, params.scale ?? 1);
      note = `${refs} × ${params.scale ?? 1}`;
      break;
    case 'growth':
      result = growth(a);
      note = `annual growth of ${refs}, % over the previous year`;
      break;
    case 'rolling_sd': {
      const window = params.window ?? 10;
      result = rollingStandardDeviation(a, window);
      note = `sample standard deviation of ${refs} over the ${window} years ending in this year`;
      break;
    }
    case 'world_share': {
      const kind = new Map(deps.economies.map((e) => [e.iso3, e]));
      const counted = (iso3: string): boolean => {
        const e = kind.get(iso3);
        return e !== undefined && !e.is_aggregate;
      };
      const { shares, contributors } = worldShare(a, needB(), counted);
      result = shares;
      note = `share of the sum over economies with data of ${refs} (product)`;
      return toObservations(indicator, result, deps, note, (t) => `; world total over ${contributors[t]} economies`);
    }
  }
  return toObservations(indicator, result, deps, note);
}

function toObservations(
  indicator: Indicator,
  panel: Panel,
  deps: DerivationDeps,
  note: string,
  extraNote: (t: number) => string = () => '',
): Observation[] {
  const derivation = indicator.derived;
  if (!derivation) return [];
  const source = `Chanye derivation from ${[...new Set(derivation.inputs.map(deps.label))].join(' and ')}`;
  const vintage = [...new Set(derivation.inputs.map(deps.vintage))].join('; ');
  const wanted = deps.iso3s ? new Set(deps.iso3s) : undefined;
  const [from, to] = deps.years ?? [-Infinity, Infinity];
  const out: Observation[] = [];
  const T = panel.years.length;
  panel.economies.forEach((iso3, e) => {
    if (wanted && !wanted.has(iso3)) return;
    for (let t = 0; t < T; t++) {
      const year = panel.years[t] as number;
      const value = panel.values[e * T + t] as number;
      if (Number.isNaN(value) || year < from || year > to) continue;
      out.push({
        iso3,
        year,
        indicator: indicator.id,
        value,
        unit: indicator.unit,
        source,
        vintage,
        status: STATUS_CODES[panel.status[e * T + t] as number] as ObservationStatus,
        note: note + extraNote(t),
      });
    }
  });
  return out;
}
