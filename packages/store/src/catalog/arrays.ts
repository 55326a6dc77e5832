import { join } from 'node:path';
import { z } from 'zod';
import { readValidatedYaml } from './read-yaml.js';

const ArraysSchema = z.strictObject({
  version: z.literal(1),
  reference: z.string().min(20),
  /** The same reference as Chinese text cites it (the title in 《》 stays as published). */
  reference_zh: z.string().min(10),
  arrays: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[A-Z][A-Z0-9]*$/),
        name_en: z.string().min(3),
        name_zh: z.string().min(2),
        isic4: z.array(z.string().regex(/^\d{2,4}$/)).default([]),
        rest: z.boolean().default(false),
        source: z.string().min(20),
      }),
    )
    .refine((arrays) => arrays.filter((a) => a.rest === true).length === 1, 'exactly one array must take the rest'),
  new_three: z.strictObject({
    reference: z.string().min(20),
    items: z.array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9_]*$/),
        name_en: z.string().min(3),
        name_zh: z.string().min(2),
        hs6: z.string().regex(/^\d{6}$/),
        heading: z.string().regex(/^\d{4}$/),
        caveat_en: z.string().min(10),
        caveat_zh: z.string().min(5),
      }),
    ),
  }),
});
export type ArraysCatalog = z.infer<typeof ArraysSchema>;

/** Reads `catalog/arrays.yaml`: the 3+1 arrays by ISIC class and the "new three" headings. */
export function loadArrays(catalogDir: string): ArraysCatalog {
  return readValidatedYaml(join(catalogDir, 'arrays.yaml'), ArraysSchema, '3+1 arrays');
}
