import { join } from 'node:path';
import { z } from 'zod';
import { readValidatedYaml } from './read-yaml.js';

const WiodNamesSchema = z.strictObject({
  version: z.literal(1),
  source_en: z.string().min(20),
  source_zh: z.string().min(20),
  sectors: z
    .array(
      z.strictObject({
        sector: z.string().regex(/^c\d{1,2}$/),
        name_en: z.string().min(3),
        name_zh: z.string().min(2),
      }),
    )
    .refine((rows) => new Set(rows.map((r) => r.sector)).size === rows.length, 'a sector is named twice'),
  /** Regions of the table that are not economies of the snapshot (WIOD's ROW). */
  regions: z.array(
    z.strictObject({ region: z.string().regex(/^[A-Z]{3}$/), name_en: z.string().min(3), name_zh: z.string().min(2) }),
  ),
});
export type WiodNamesCatalog = z.infer<typeof WiodNamesSchema>;

/** Reads `catalog/wiod-names.yaml`: the English and Chinese names of the WIOD 2013 sectors and of its aggregate region, with their sources. */
export function loadWiodNames(catalogDir: string): WiodNamesCatalog {
  return readValidatedYaml(join(catalogDir, 'wiod-names.yaml'), WiodNamesSchema, 'WIOD sector names');
}
