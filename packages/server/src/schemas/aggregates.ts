import { z } from 'zod';
import { AGGREGATE_MEASURES } from '@chanye/engine';
import { Flag, Format, Economy, Lang, list, Year } from './common.js';

export const AggregatesParam = z.strictObject({
  measure: z.enum(AGGREGATE_MEASURES).meta({
    description: 'mva (manufacturing value added), mht_mva (medium and high-tech MVA) or exports (goods exports)',
  }),
});

export const AggregatesQuery = z.strictObject({
  year: Year.optional().meta({ description: 'the year (default the latest with data)' }),
  shares: Flag.optional().meta({
    description: "CSV: each economy's share of the world total instead of the group totals (JSON has both)",
  }),
  economies: list(Economy, 'ISO3 codes or economy names')
    .optional()
    .meta({ description: 'with shares: only these economies' }),
  lang: Lang.optional(),
  format: Format.optional(),
});
