/**
 * The live-source catalogue (`catalog/live-sources.yaml`): which series of which open API
 * measure which Chanye indicator, and why. Kept apart from the indicator catalogue so a
 * refresh mapping can change without touching the indicators' definitions.
 *
 * @module
 */
import { join } from 'node:path';
import { z } from 'zod';
import { ChanyeError } from '@chanye/compute';
import { readValidatedYaml } from './read-yaml.js';

/** The APIs `chanye data update` reads series from (the World Bank classification is apart). */
export const LIVE_SERIES_SOURCES = ['wdi', 'sdg', 'imf-weo', 'ilostat'] as const;
export type LiveSeriesSource = (typeof LIVE_SERIES_SOURCES)[number];

/** Every source `chanye data update --source` accepts: the series APIs and the classification. */
export const LIVE_SOURCES = [...LIVE_SERIES_SOURCES, 'wb-class'] as const;
export type LiveSource = (typeof LIVE_SOURCES)[number];

export const LiveSeriesSchema = z.strictObject({
  source: z.enum(LIVE_SERIES_SOURCES),
  /** The publisher's code, e.g. `NV.IND.MANF.ZS`, `NV_IND_MANF`, `NGDPDPC`, `EMP_2EMP_SEX_ECO_DT_A`. */
  code: z.string().regex(/^[A-Za-z0-9_.]+$/),
  /** Dimension values selecting one series of a multi-dimensional code (ILOSTAT, SDG). */
  filter: z.record(z.string().regex(/^[A-Za-z0-9_ ]+$/), z.string().min(1)).optional(),
  /** A catalogue id (same unit and definition) or an id of its own, prefixed by its source. */
  indicator: z.string().regex(/^[a-z][a-z0-9_]*$/),
  source_unit: z.string().min(1),
  /** The unit of the stored rows; equals the catalogue unit when `indicator` is a catalogue id. */
  unit: z.string().min(1),
  /** Multiplier from the source unit to `unit` (default 1). */
  scale: z.number().positive().optional(),
  /** Why the mapping holds (or, for an id of its own, what differs from the catalogue). */
  why: z.string().min(10),
});
export type LiveSeries = z.infer<typeof LiveSeriesSchema>;

const LiveSourcesSchema = z.strictObject({
  version: z.literal(1),
  series: z.array(LiveSeriesSchema).min(1),
});

/**
 * The key of one live series, unique within the file: `source:code` plus the filter.
 *
 * @example
 * liveSeriesKey({ source: 'ilostat', code: 'EMP_2EMP_SEX_ECO_DT_A', filter: { sex: 'SEX_T' } } as LiveSeries);
 * // returns 'ilostat:EMP_2EMP_SEX_ECO_DT_A[sex=SEX_T]'
 */
export function liveSeriesKey(series: Pick<LiveSeries, 'source' | 'code' | 'filter'>): string {
  const filter = Object.entries(series.filter ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return `${series.source}:${series.code}${filter === '' ? '' : `[${filter}]`}`;
}

/** Reads and validates the live-source catalogue; a series listed twice is an error. */
export function loadLiveSources(path: string): LiveSeries[] {
  const file = readValidatedYaml(path, LiveSourcesSchema, 'live-source catalogue');
  const seen = new Set<string>();
  for (const series of file.series) {
    const key = liveSeriesKey(series);
    if (seen.has(key)) throw new ChanyeError('invalid-input', `${path}: live series ${key} appears twice`);
    seen.add(key);
  }
  return file.series;
}

/** `<catalogDir>/live-sources.yaml`. */
export function liveSourcesPath(catalogDir: string): string {
  return join(catalogDir, 'live-sources.yaml');
}
