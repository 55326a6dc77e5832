/**
 * The export-structure resources (`chanye exports` and `chanye arrays`, `GET
 * /api/economies/:iso3/exports` and `…/arrays`): tidy rows of an export structure, of the 3+1
 * arrays then and now, and of the "new three" headings. Methods: docs/methods/export-structure.md.
 *
 * @module
 */
import type { ExportArrays, ExportStructure, NewThreeExport } from '../trade/export-structure.js';
import { columnsOf, type TidyTable } from './csv.js';

/** An export structure as tidy rows, one per class (share and value empty when not measurable). */
export function exportStructureTable(s: ExportStructure, lang: 'en' | 'zh'): TidyTable {
  const rows = s.classes.map((c) => ({
    iso3: s.iso3,
    year: s.year,
    by: s.by,
    class: c.id,
    name: lang === 'zh' ? c.name_zh : c.name_en,
    share: c.measurable ? c.share : null,
    value: c.measurable ? c.value : null,
    unit: s.unit,
  }));
  return { columns: columnsOf(rows), rows };
}

/**
 * Each array's share of exports in 1980 and in the later year (`share_1980`, `share_YEAR`) and
 * the change between them, in percentage points; empty for an array that cannot be measured
 * or a year without data.
 */
export function exportArraysTable({ early, late }: Pick<ExportArrays, 'early' | 'late'>, lang: 'en' | 'zh'): TidyTable {
  const rows = late.classes.map((c) => {
    const before = c.measurable ? (early?.classes.find((e) => e.id === c.id)?.share ?? null) : null;
    return {
      iso3: late.iso3,
      array: c.id,
      name: lang === 'zh' ? c.name_zh : c.name_en,
      share_1980: before,
      [`share_${late.year}`]: c.measurable ? c.share : null,
      change: before === null ? null : c.share - before,
    };
  });
  return { columns: columnsOf(rows), rows };
}

/** The "new three" headings as rows, each with the caveat that the heading holds more than the product. */
export function newThreeRows(iso3: string, year: number, items: readonly NewThreeExport[], lang: 'en' | 'zh') {
  return items.map((i) => ({
    iso3,
    year,
    product: lang === 'zh' ? i.name_zh : i.name_en,
    heading: i.heading,
    value: i.value,
    share_of_exports: i.shareOfExports,
    world_share: i.worldShare,
    caveat: lang === 'zh' ? i.caveat_zh : i.caveat_en,
  }));
}
