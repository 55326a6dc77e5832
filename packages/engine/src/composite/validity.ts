/**
 * External validity of a scorecard: Spearman correlations of the overall score and of each
 * subsystem score with measures Chanye holds that the scorecard does not compute — the
 * Economic Complexity Index of the same year, GDP per capita, the medium/high-tech share of
 * MVA and MVA per capita — and, for the ECI, how many economies of the overall top 20 sit
 * below the median ECI. Methods: docs/methods/composite-indices.md, "Validity".
 *
 * @module
 */
import { ChanyeError, median, spearman, type Observation, type ScorecardPolicy } from '@chanye/compute';
import { nearestWithin, type Store } from '@chanye/store';
import { runComplexity } from '../complexity/run-complexity.js';
import { scoreEconomies, type ScoreYear } from './score.js';
import type { SmallEconomies } from './small-economies.js';

/**
 * The product-trade datasets of the snapshot by the one period each holds. Only these years
 * have an ECI: computing it from another year's trade would compare a scorecard with a
 * different economy (a caller may still ask for that explicitly, `eciYear`).
 */
export const ECI_DATASETS: Readonly<Record<number, string>> = {
  1980: 'trade-1980',
  2000: 'sitc2-1998-2000',
  2017: 'trade-2017',
};

/** The catalogue indicators used as yardsticks, besides the ECI. */
export const INDICATOR_YARDSTICKS = ['gdp_per_capita_ppp', 'mht_share_mva', 'mva_per_capita'] as const;

/** Economies at the top of the overall ranking whose ECI is checked against the median. */
export const TOP_CHECKED = 20;

export interface ValidityRequest {
  readonly framework: string;
  readonly year: number;
  readonly window: number;
  readonly peers: string;
  readonly policy: ScorecardPolicy;
  /** Small economies ranked apart (default) or with everyone: decides which ranking the top-20 check reads. */
  readonly small?: SmallEconomies;
  /**
   * Take the ECI from the product trade of this year instead of the scored year (default:
   * the scored year; a year without product trade then has no ECI, and says so).
   */
  readonly eciYear?: number;
}

/** One independent measure, where its values come from, and whether the scorecard also uses it. */
export interface Yardstick {
  /** `eci` or a catalogue indicator id. */
  readonly id: string;
  readonly name: string;
  /** The year its values belong to (for catalogue indicators: the scored year, see `otherYear`). */
  readonly year: number;
  readonly source: string;
  /** Economies with a value. 0 when `missing` says why. */
  readonly economies: number;
  /** Values taken from another year of the window (catalogue indicators only, as the scorecard does). */
  readonly otherYear: number;
  /** Why there is no value at all (e.g. no product trade data for the year). */
  readonly missing: string | null;
  /**
   * Subsystems of the framework that score this measure as one of their indicators: a
   * correlation with one's own input is not independent validity.
   */
  readonly ownInputOf: readonly string[];
}

export interface ValidityCorrelation {
  readonly yardstick: string;
  /** `overall` or a subsystem id. */
  readonly subsystem: string;
  /** Spearman's ρ; null with fewer than two economies having both. */
  readonly rho: number | null;
  /** Economies with both a score and a value of the yardstick. */
  readonly n: number;
  /** The yardstick is an indicator of this subsystem (of any subsystem, for `overall`). */
  readonly ownInput: boolean;
}

/** The overall top 20 against the median ECI of the economies that have both. */
export interface TopEciCheck {
  readonly top: number;
  readonly eciYear: number;
  /** Median ECI over the economies with an overall score and an ECI. */
  readonly median: number;
  readonly economies: number;
  /** Top-ranked economies with an ECI below that median, best first. */
  readonly belowMedian: readonly { readonly iso3: string; readonly rank: number; readonly eci: number }[];
  /** Top-ranked economies without an ECI (absent from the trade data). */
  readonly withoutEci: readonly { readonly iso3: string; readonly rank: number }[];
}

export interface ValidityReport {
  readonly framework: string;
  readonly year: number;
  readonly peers: string;
  readonly window: number;
  /** Whether small economies were ranked apart: the top-20 check reads the main list if so. */
  readonly small: SmallEconomies;
  /** Economies with an overall score. */
  readonly scored: number;
  readonly yardsticks: readonly Yardstick[];
  /** Per yardstick with values, `overall` then the subsystems in display order. */
  readonly correlations: readonly ValidityCorrelation[];
  /** Null when there is no ECI for the year. */
  readonly topEci: TopEciCheck | null;
}

/** A measure's values by ISO3 code. */
export type YardstickValues = ReadonlyMap<string, number>;

/**
 * Scores the framework for the year and correlates every score with the yardsticks (Spearman,
 * ties averaged, over the economies that have both).
 */
export async function scoreValidity(store: Store, request: ValidityRequest): Promise<ValidityReport> {
  const [scored] = await scoreEconomies(store, {
    framework: request.framework,
    years: [request.year],
    peers: request.peers,
    policy: request.policy,
    window: request.window,
    ...(request.small ? { small: request.small } : {}),
  });
  const y = scored as ScoreYear;
  if (request.eciYear !== undefined && ECI_DATASETS[request.eciYear] === undefined) {
    throw new ChanyeError(
      'invalid-input',
      `invalid --eci-year: ${request.eciYear} (the snapshot has product trade data for ${Object.keys(ECI_DATASETS).join(', ')})`,
    );
  }
  const eci = await eciYardstick(store, request.eciYear ?? request.year, request.year);
  const others = await Promise.all(
    INDICATOR_YARDSTICKS.map((id) => indicatorYardstick(store, id, request.year, request.window)),
  );
  const yardsticks = [eci, ...others].map(({ yardstick, values }) => ({
    yardstick: { ...yardstick, ownInputOf: ownInputOf(store, y, yardstick.id) },
    values,
  }));
  const units = y.result.units;
  const scoreSets = [
    { id: 'overall', scores: y.result.overall },
    ...y.result.subsystems.map((s) => ({ id: s.id, scores: s.scores })),
  ];
  const correlations = yardsticks.flatMap(({ yardstick, values }) => {
    if (yardstick.missing !== null) return [];
    const measure = Float64Array.from(units, (u) => values.get(u) ?? NaN);
    return scoreSets.map(({ id, scores }) => {
      const { rho, n } = spearman(scores, measure);
      return {
        yardstick: yardstick.id,
        subsystem: id,
        rho: Number.isNaN(rho) ? null : rho,
        n,
        ownInput: id === 'overall' ? yardstick.ownInputOf.length > 0 : yardstick.ownInputOf.includes(id),
      };
    });
  });
  return {
    framework: y.framework.id,
    year: request.year,
    peers: request.peers,
    window: request.window,
    small: request.small ?? 'separate',
    scored: [...y.result.overall].filter((x) => !Number.isNaN(x)).length,
    yardsticks: yardsticks.map((s) => s.yardstick),
    correlations,
    topEci: eci.yardstick.missing === null ? topEciCheck(y, eci.values, eci.yardstick.year) : null,
  };
}

/**
 * The subsystems that score the yardstick `id` themselves, or an indicator the catalogue says is
 * built from it (`built_from`): their correlation with it is not independent validity.
 */
function ownInputOf(store: Store, y: ScoreYear, id: string): string[] {
  const uses = (indicator: string): boolean =>
    indicator === id || (store.indicator(indicator)?.built_from ?? []).includes(id);
  return y.framework.subsystems.filter((s) => s.indicators.some(uses)).map((s) => s.id);
}

type Measured = { yardstick: Omit<Yardstick, 'ownInputOf'>; values: YardstickValues };

/**
 * The ECI of `eciYear` from the snapshot's product trade of that year, computed as `chanye
 * complexity` computes it (RCA ≥ 1 presence, py-ecomplexity's conventions, no Atlas filter).
 */
export async function eciYardstick(store: Store, eciYear: number, scoredYear: number): Promise<Measured> {
  const dataset = ECI_DATASETS[eciYear];
  const name = 'Economic Complexity Index';
  if (dataset === undefined) {
    const known = Object.keys(ECI_DATASETS).join(', ');
    const missing =
      eciYear === scoredYear
        ? `no ECI for ${eciYear}: the snapshot has product trade data for ${known} only (pass an ECI year to use another year's)`
        : `no ECI for ${eciYear}: the snapshot has product trade data for ${known} only`;
    return {
      yardstick: { id: 'eci', name, year: eciYear, source: '', economies: 0, otherYear: 0, missing },
      values: new Map(),
    };
  }
  const run = await runComplexity(store, { source: { dataset } });
  const period = run.years[0];
  if (!period || run.years.length !== 1 || period.time !== eciYear) {
    throw new ChanyeError('no-data', `${dataset} does not hold the one period ${eciYear}`);
  }
  const values = new Map<string, number>();
  period.locations.forEach((iso3, i) => {
    const value = period.eci[i] as number;
    if (Number.isFinite(value)) values.set(iso3, value);
  });
  return {
    yardstick: {
      id: 'eci',
      name,
      year: eciYear,
      source: `Chanye ECI (Hidalgo and Hausmann 2009, "The building blocks of economic complexity") of ${dataset}: ${run.note}`,
      economies: values.size,
      otherYear: 0,
      missing: null,
    },
    values,
  };
}

/** A catalogue indicator's value nearest the year within ±window years, as the scorecard reads it. */
async function indicatorYardstick(store: Store, id: string, year: number, window: number): Promise<Measured> {
  const byEconomy = new Map<string, Observation[]>();
  for (const o of await store.observations({ indicator: id, years: [year - window, year + window] })) {
    const list = byEconomy.get(o.iso3) ?? [];
    list.push(o);
    byEconomy.set(o.iso3, list);
  }
  const values = new Map<string, number>();
  const sources = new Set<string>();
  let otherYear = 0;
  for (const [iso3, observations] of byEconomy) {
    const found = nearestWithin(
      observations.sort((a, b) => a.year - b.year),
      year,
      window,
    );
    if (!found) continue;
    values.set(iso3, found.value);
    sources.add(found.vintage);
    if (found.year !== year) otherYear++;
  }
  const indicator = store.indicator(id);
  return {
    yardstick: {
      id,
      name: indicator.name_en,
      year,
      source: [...sources].sort().join('; '),
      economies: values.size,
      otherYear,
      missing: values.size === 0 ? `no value of ${id} in ${year - window}-${year + window}` : null,
    },
    values,
  };
}

function topEciCheck(y: ScoreYear, eci: YardstickValues, eciYear: number): TopEciCheck {
  const { units, overall, rank, lists } = y.result;
  const both = units.flatMap((u, i) =>
    !Number.isNaN(overall[i] as number) && eci.has(u) ? [eci.get(u) as number] : [],
  );
  const middle = median(both);
  const top = units
    // The top of the ranking a reader sees: the main list when small economies are listed apart
    // (the correlations above are over every scored economy, whose scores share one scale).
    .flatMap((iso3, i) => (lists[i] === 'small' ? [] : [{ iso3, rank: rank[i] as number }]))
    .filter((u) => u.rank <= TOP_CHECKED)
    .sort((a, b) => a.rank - b.rank);
  return {
    top: TOP_CHECKED,
    eciYear,
    median: middle,
    economies: both.length,
    belowMedian: top.flatMap((u) => {
      const value = eci.get(u.iso3);
      return value !== undefined && value < middle ? [{ ...u, eci: value }] : [];
    }),
    withoutEci: top.filter((u) => !eci.has(u.iso3)),
  };
}
