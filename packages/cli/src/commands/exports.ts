import type { Command } from 'commander';
import {
  parseBreakdown,
  type ExportBreakdown,
  type ExportStructure,
  type NewThreeExport,
  exportStructure,
  newThreeExports,
} from '@chanye/engine';
import { emit } from '../output/write.js';
import { formatNumber, toCsv, toTable } from '../output/format.js';
import { parseLang, parseYear, withOutputOptions, withStore, type Lang, type OutputOptions } from '../context.js';

interface ExportsOptions extends OutputOptions {
  by: ExportBreakdown;
  year?: number;
  lang: Lang;
}

/** Tidy rows: one per class. */
function structureRows(s: ExportStructure, lang: Lang): Record<string, unknown>[] {
  return s.classes.map((c) => ({
    iso3: s.iso3,
    year: s.year,
    by: s.by,
    class: c.id,
    name: lang === 'zh' ? c.name_zh : c.name_en,
    share: c.measurable ? c.share : null,
    value: c.measurable ? c.value : null,
    unit: s.unit,
  }));
}

function newThreeRows(iso3: string, year: number, items: readonly NewThreeExport[], lang: Lang) {
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

export function registerExports(program: Command): void {
  withOutputOptions(
    program
      .command('exports')
      .description('an economy’s exports by end use (BEC), stage of processing, 3+1 array or R&D intensity')
      .argument('<iso3>', 'economy code, e.g. CHN')
      .option('--by <breakdown>', 'bec, sop, array or tech', parseBreakdown, 'bec' as ExportBreakdown)
      .option('--year <year>', 'a year of the product data (1980 or 2017; default the latest)', parseYear)
      .option('--lang <lang>', 'en or zh', parseLang, 'en' as Lang),
  ).action(async (iso3: string, options: ExportsOptions, command: Command) => {
    const s = await withStore(command, (store) => exportStructure(store, iso3, options.by, options.year));
    const rows = structureRows(s, options.lang);
    if (options.format === 'json') emit(`${JSON.stringify(s, null, 2)}\n`, options.out);
    else if (options.format === 'csv') emit(toCsv(rows, Object.keys(rows[0] ?? {})), options.out);
    else
      emit(
        `${s.iso3} exports ${s.year} by ${s.by}: total ${formatNumber(s.total / 1e9)} bn ${s.unit}\n` +
          `method: ${s.method}\nsource: ${s.source}\n\n` +
          toTable(rows, ['class', 'name', 'share', 'value']),
        options.out,
      );
  });

  withOutputOptions(
    program
      .command('arrays')
      .description('exports by 3+1 array, 1980 against the latest year, and the “new three”')
      .argument('<iso3>', 'economy code, e.g. CHN')
      .option('--year <year>', 'the later year (default the latest in the product data)', parseYear)
      .option('--lang <lang>', 'en or zh', parseLang, 'en' as Lang),
  ).action(async (iso3: string, options: Omit<ExportsOptions, 'by'>, command: Command) => {
    const { early, late, three } = await withStore(command, async (store) => {
      const late = await exportStructure(store, iso3, 'array', options.year);
      const early =
        late.year === 1980 ? undefined : await exportStructure(store, iso3, 'array', 1980).catch(() => undefined);
      return { early, late, three: await newThreeExports(store, iso3, late.year) };
    });
    const rows = late.classes.map((c) => {
      const before = c.measurable ? (early?.classes.find((e) => e.id === c.id)?.share ?? null) : null;
      return {
        iso3: late.iso3,
        array: c.id,
        name: options.lang === 'zh' ? c.name_zh : c.name_en,
        share_1980: before,
        [`share_${late.year}`]: c.measurable ? c.share : null,
        change: before === null ? null : c.share - before,
      };
    });
    const threeRows = newThreeRows(late.iso3, late.year, three, options.lang);
    if (options.format === 'json') emit(`${JSON.stringify({ early, late, newThree: three }, null, 2)}\n`, options.out);
    else if (options.format === 'csv') emit(toCsv(rows, Object.keys(rows[0] ?? {})), options.out);
    else
      emit(
        (options.lang === 'zh'
          ? `${late.iso3}：按“3+1”阵列划分的出口结构（占出口总额%）\n方法：${late.method}\n\n`
          : `${late.iso3}: exports by 3+1 array (% of total exports)\nmethod: ${late.method}\n\n`) +
          toTable(
            rows,
            Object.keys(rows[0] ?? {}).filter((k) => k !== 'iso3'),
          ) +
          (options.lang === 'zh'
            ? `\n“新三样”所在品目，${late.year}年\n\n`
            : `\n“New three” headings, ${late.year}\n\n`) +
          toTable(threeRows, ['product', 'heading', 'value', 'share_of_exports', 'world_share']) +
          `\n${threeRows.map((r) => `  ${r.heading}: ${r.caveat}`).join('\n')}\n`,
        options.out,
      );
  });
}
