import { join } from 'node:path';
import { z } from 'zod';
import { readValidatedYaml } from './read-yaml.js';

const ArraysWiodSchema = z.strictObject({
  version: z.literal(1),
  reference: z.string().min(20),
  arrays: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[A-Z][A-Z0-9]*$/),
        name_en: z.string().min(3),
        name_zh: z.string().min(2),
        sectors: z.array(z.string().regex(/^c\d{1,2}$/)).default([]),
        rest: z.boolean().default(false),
        source: z.string().min(20),
      }),
    )
    .refine((arrays) => arrays.filter((a) => a.rest === true).length === 1, 'exactly one array must take the rest'),
});
export type ArraysWiodCatalog = z.infer<typeof ArraysWiodSchema>;

/** Reads `catalog/arrays-wiod.yaml`: the 3+1 arrays by WIOD 2013 sector. */
export function loadArraysWiod(catalogDir: string): ArraysWiodCatalog {
  return readValidatedYaml(join(catalogDir, 'arrays-wiod.yaml'), ArraysWiodSchema, '3+1 arrays by WIOD sector');
}

/** The array of each sector: the first array listing it, else the rest. */
export function arrayOfWiodSector(sector: string, catalog: ArraysWiodCatalog): string {
  const hit = catalog.arrays.find((a) => a.sectors.includes(sector));
  if (hit) return hit.id;
  return (catalog.arrays.find((a) => a.rest) as { id: string }).id;
}
