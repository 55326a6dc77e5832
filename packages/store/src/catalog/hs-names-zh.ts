import { join } from 'node:path';
import { z } from 'zod';
import { readValidatedYaml } from './read-yaml.js';

const HsNamesZhSchema = z.strictObject({
  version: z.literal(1),
  classification: z.literal('hs07'),
  headings: z
    .array(
      z.strictObject({
        code: z.string().regex(/^\d{4}$/),
        /** The snapshot's short English name the translation was made from. */
        en: z.string().min(2),
        zh: z.string().min(1),
      }),
    )
    .refine((rows) => new Set(rows.map((r) => r.code)).size === rows.length, 'a heading is named twice')
    .refine((rows) => new Set(rows.map((r) => r.zh)).size === rows.length, 'two headings share a Chinese name'),
});
export type HsNamesZhCatalog = z.infer<typeof HsNamesZhSchema>;

/** Reads `catalog/hs-names-zh.yaml`: Chanye's Chinese names of the HS 2007 4-digit headings. */
export function loadHsNamesZh(catalogDir: string): HsNamesZhCatalog {
  return readValidatedYaml(join(catalogDir, 'hs-names-zh.yaml'), HsNamesZhSchema, 'Chinese HS names');
}
