import { z } from 'zod';
import { PILLARS } from '@chanye/store';
import { Format, IndicatorId, JsonOnly, list, Economy, yearRange } from './common.js';

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
  economies: list(Economy, 'ISO3 codes or economy names')
    .optional()
    .meta({ description: 'comma-separated ISO3 codes (default: all)' }),
  years: yearRange().optional(),
  format: Format.optional(),
});
