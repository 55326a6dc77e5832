/**
 * The World Bank API v2 country list (`/v2/country?format=json`): `[header, countries]`,
 * each country with `incomeLevel: {id, value}` — `HIC`, `UMC`, `LMC`, `LIC`, `INX` (not
 * classified) — and aggregates marked by `region.id` `NA`.
 *
 * @module
 */
import { z } from 'zod';
import { ChanyeError } from '@chanye/compute';
import type { IncomeGroup } from '../../store.js';
import { WDI_API_HOST, WDI_API_ORIGIN } from '../wdi/url.js';

const count = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)]);
const Ref = z.object({ id: z.string(), value: z.string() });
const PageSchema = z.tuple([
  z.object({ page: count, pages: count, per_page: count, total: count }),
  z.array(z.object({ id: z.string(), name: z.string(), region: Ref, incomeLevel: Ref })).nullable(),
]);

const GROUPS: Readonly<Record<string, IncomeGroup>> = { LIC: 'L', LMC: 'LM', UMC: 'UM', HIC: 'H' };

/** One economy's current classification as the API gives it. */
export interface CurrentClassification {
  readonly iso3: string;
  readonly name: string;
  readonly group: IncomeGroup;
}

export interface ClassificationPage {
  readonly page: number;
  readonly pages: number;
  readonly economies: readonly CurrentClassification[];
  /** Aggregates and economies the API lists as not classified (`INX`). */
  readonly skipped: number;
}

/** The URL of one page of the country list. */
export function countryListUrl(page: number, perPage = 400): string {
  return `${WDI_API_ORIGIN}/v2/country?format=json&per_page=${perPage}&page=${page}`;
}

/** Parses one page of the country list into income groups in Chanye's codes (L, LM, UM, H). */
export function parseCountryPage(body: string): ClassificationPage {
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    throw new ChanyeError('unavailable', `unexpected answer from ${WDI_API_HOST} for the country list: not JSON`);
  }
  const parsed = PageSchema.safeParse(json);
  if (!parsed.success) {
    throw new ChanyeError(
      'unavailable',
      `unexpected answer from ${WDI_API_HOST} for the country list: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  const [header, countries] = parsed.data;
  const economies: CurrentClassification[] = [];
  let skipped = 0;
  for (const c of countries ?? []) {
    const group = GROUPS[c.incomeLevel.id];
    if (group === undefined || c.region.id === 'NA' || !/^[A-Z]{3}$/.test(c.id)) {
      skipped += 1;
      continue;
    }
    economies.push({ iso3: c.id, name: c.name, group });
  }
  return { page: header.page, pages: header.pages, economies, skipped };
}
