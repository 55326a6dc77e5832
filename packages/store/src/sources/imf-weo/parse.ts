/**
 * The IMF DataMapper API v1 answer for one indicator:
 * `{"values":{"<CODE>":{"<ISO3>":{"<year>":value,…},…}},"api":{…}}` (values may be null);
 * an indicator the API does not know is answered with `{"api":{…}}` and no `values`. Real
 * answers also carry a sibling key `""` mapped to `null` inside `values` (seen in answers
 * recorded from the live API), so only the entry of the requested code is checked.
 *
 * @module
 */
import { z } from 'zod';
import { ChanyeError } from '@chanye/compute';
import type { UserObservationRow } from '../../user-data/types.js';

export const IMF_API_ORIGIN = 'https://www.imf.org';
export const IMF_API_HOST = 'www.imf.org';

const AnswerSchema = z.object({
  values: z.record(z.string(), z.unknown()).optional(),
});

const IndicatorSchema = z.record(z.string(), z.record(z.string(), z.number().nullable()));

/** The DataMapper URL of one indicator, every economy and year (no paging: one answer). */
export function imfWeoUrl(code: string): string {
  if (!/^[A-Z0-9_]+$/.test(code)) {
    throw new ChanyeError('invalid-input', `invalid IMF DataMapper indicator code: '${code}' (expected e.g. NGDPDPC)`);
  }
  return `${IMF_API_ORIGIN}/external/datamapper/api/v1/${code}`;
}

/**
 * Rows of one DataMapper answer: one per economy and year with a value; `null` is "no
 * data", never 0. Keys that are not three capital letters (groups such as `ADVEC`) and
 * years that are not four digits are counted as skipped.
 */
export function imfWeoRows(body: string, code: string): { rows: UserObservationRow[]; skipped: number } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ChanyeError('unavailable', `unexpected answer from ${IMF_API_HOST} for ${code}: not JSON`);
  }
  const parsed = AnswerSchema.safeParse(json);
  if (!parsed.success) {
    throw new ChanyeError(
      'unavailable',
      `unexpected answer from ${IMF_API_HOST} for ${code}: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  const entry = parsed.data.values?.[code];
  if (entry === undefined || entry === null) {
    throw new ChanyeError('invalid-input', `the IMF DataMapper has no indicator ${code} (its answer holds no values)`);
  }
  const indicator = IndicatorSchema.safeParse(entry);
  if (!indicator.success) {
    throw new ChanyeError(
      'unavailable',
      `unexpected answer from ${IMF_API_HOST} for ${code}: ${indicator.error.issues[0]?.message ?? ''}`,
    );
  }
  const byEconomy = indicator.data;
  const rows: UserObservationRow[] = [];
  let skipped = 0;
  for (const [iso3, years] of Object.entries(byEconomy)) {
    for (const [year, value] of Object.entries(years)) {
      if (value === null || !/^[A-Z]{3}$/.test(iso3) || !/^\d{4}$/.test(year)) {
        skipped += 1;
        continue;
      }
      rows.push({
        iso3,
        year: Number(year),
        indicator: code,
        value,
        unit: code,
        source: `IMF World Economic Outlook, DataMapper API (${code})`,
        status: 'observed',
        note: 'IMF WEO: years after the latest actual data of each economy are IMF estimates and projections',
      });
    }
  }
  return { rows, skipped };
}
