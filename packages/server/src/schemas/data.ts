import { z } from 'zod';
import { LIVE_SOURCES } from '@chanye/store';
import { Format } from './common.js';

export const DataStatusQuery = z.strictObject({ format: Format.optional() });

/** The answer of /api/data/status, as `chanye data status --format json` prints it. */
export const DataStatusSchema = z.object({
  sources: z.array(
    z.object({
      source: z.enum(LIVE_SOURCES),
      embedded: z.string().optional().meta({ description: "the snapshot's vintage; absent when not embedded" }),
      refreshed: z.array(z.string()).meta({ description: 'vintages of the refreshed rows in the user database' }),
      retrievedAt: z
        .string()
        .optional()
        .meta({ description: 'latest retrieval (ISO time); absent when never refreshed' }),
      series: z.number().int(),
      rows: z.number().int(),
    }),
  ),
  updatePending: z.boolean().meta({ description: 'an interrupted `chanye data update` waits to be resumed' }),
});
