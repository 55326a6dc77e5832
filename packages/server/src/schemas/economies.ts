import { z } from 'zod';
import { EXPORT_BREAKDOWNS } from '@chanye/engine';
import { Flag, Format, JsonOnly, Lang, Year } from './common.js';

export const BenchmarkGroupsQuery = z.strictObject({ format: Format.optional() });
export const EconomiesQuery = z.strictObject({
  aggregates: Flag.optional().meta({ description: 'include World Bank aggregates (regions, income groups, World)' }),
  historical: Flag.optional().meta({ description: 'include former economies (USSR, Yugoslavia, …)' }),
  format: Format.optional(),
});

export const EconomyQuery = z.strictObject({ format: JsonOnly.optional() });

export const ProfileQuery = z.strictObject({
  year: Year.optional().meta({ description: 'latest values in or before this year (default: latest available)' }),
  format: Format.optional(),
});

export const ExportsQuery = z.strictObject({
  by: z.enum(EXPORT_BREAKDOWNS).optional().meta({ description: 'bec (default), sop, array or tech' }),
  year: Year.optional().meta({ description: 'a year of the product data (1980 or 2017; default the latest)' }),
  lang: Lang.optional(),
  format: Format.optional(),
});

export const ArraysQuery = z.strictObject({
  year: Year.optional().meta({ description: 'the later year (default the latest in the product data)' }),
  lang: Lang.optional(),
  format: Format.optional(),
});

/** One economy as /api/economies lists it (the documented response schema). */
export const EconomySchema = z.object({
  iso3: z.string(),
  name_en: z.string(),
  name_zh: z.string().nullable(),
  wb_region: z.string().nullable(),
  un_region: z.string().nullable(),
  un_sub_region: z.string().nullable(),
  is_aggregate: z.boolean(),
  is_historical: z.boolean(),
  income_group_fy2026: z.string().nullable(),
  lending_category: z.string().nullable(),
});
