import { z } from 'zod';
import { PILLARS } from '@chanye/store';
import { Format, IndicatorId, JsonOnly, list, Iso3, yearRange } from './common.js';

export const IndicatorsQuery = z.strictObject({
  pillar: z
    .enum(PILLARS)
    .optional()
    .meta({ description: `only one of the six characteristics: ${PILLARS.join(', ')}` }),
  search: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'only indicators whose id, English or Chinese name contains this text' }),
  format: Format.optional(),
});

export const IndicatorParam = z.strictObject({ id: IndicatorId });
export const IndicatorQuery = z.strictObject({ format: JsonOnly.optional() });

export const ObservationsQuery = z.strictObject({
  indicator: IndicatorId,
  economies: list(Iso3, 'ISO3 codes').optional().meta({ description: 'comma-separated ISO3 codes (default: all)' }),
  years: yearRange().optional(),
  format: Format.optional(),
});
