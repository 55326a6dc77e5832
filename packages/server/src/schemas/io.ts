import { z } from 'zod';
import { count, Format, Year } from './common.js';

export const IoSectorsQuery = z.strictObject({ format: Format.optional() });
export const IoQuery = z.strictObject({
  year: Year.optional().meta({ description: 'a year of the WIOD 2013 tables, 1995-2011 (default 2011)' }),
  format: Format.optional(),
});
export const IoSecurityQuery = z.strictObject({
  year: Year.optional().meta({ description: 'a year of the WIOD 2013 tables, 1995-2011 (default 2011)' }),
  limit: count(1, 100, 100).optional().meta({ description: 'how many chokepoints to rank (default 20, at most 100)' }),
  format: Format.optional(),
});
export const IoEconomiesQuery = z.strictObject({
  year: Year.optional().meta({ description: 'a year of the WIOD 2013 tables, 1995-2011 (default 2011)' }),
  format: Format.optional(),
});
