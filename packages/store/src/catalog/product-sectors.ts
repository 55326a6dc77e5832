import { join } from 'node:path';
import { z } from 'zod';
import { readValidatedYaml } from './read-yaml.js';

const ProductSectorsSchema = z
  .strictObject({
    version: z.literal(1),
    source_en: z.string().min(20),
    source_zh: z.string().min(10),
    sectors: z.array(
      z.strictObject({ id: z.string().regex(/^[a-z]+$/), name_en: z.string().min(3), name_zh: z.string().min(2) }),
    ),
    sections: z.array(z.strictObject({ section: z.string().min(3), sector: z.string() })),
    chapters: z.array(z.strictObject({ chapter: z.string().regex(/^\d{2}$/), sector: z.string() })),
  })
  .refine(
    (c) => [...c.sections, ...c.chapters].every((s) => c.sectors.some((k) => k.id === s.sector)),
    'a section or chapter names a sector that is not listed',
  );
export type ProductSectorsCatalog = z.infer<typeof ProductSectorsSchema>;
export type ProductSector = ProductSectorsCatalog['sectors'][number];

/** Reads `catalog/product-sectors.yaml`: ten sectors of HS products and the HS sections and chapters in each. */
export function loadProductSectors(catalogDir: string): ProductSectorsCatalog {
  return readValidatedYaml(join(catalogDir, 'product-sectors.yaml'), ProductSectorsSchema, 'product sectors');
}

/**
 * The sector of an HS product from its 4-digit code and its HS section's name: the chapter's
 * sector where the catalogue lists the chapter, else the section's; undefined for a section
 * the catalogue does not list (e.g. an SITC group).
 */
export function productSector(
  catalog: ProductSectorsCatalog,
  code: string,
  section: string | null,
): ProductSector | undefined {
  const id =
    catalog.chapters.find((c) => c.chapter === code.slice(0, 2))?.sector ??
    catalog.sections.find((s) => s.section === section)?.sector;
  return catalog.sectors.find((s) => s.id === id);
}
