/**
 * The publishers' MRIO distribution layouts `chanye data import-mrio` reads, one reader each,
 * and the row-sum check of what they read against the output the file publishes.
 *
 * @module
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ChanyeError, type Mrio } from '@chanye/compute';
import { readExiobase, readOecdIcio, readWiod2016Xlsx } from './importers.js';
import { readWiod2013Xlsx } from './wiod2013-xlsx.js';

/** The layouts, by the name `--layout` takes. */
export const MRIO_LAYOUTS = {
  icio: 'OECD Inter-Country Input-Output tables, CSV (ICIO2023_2020.csv)',
  exiobase: 'EXIOBASE 3 IOT_YYYY_pxp or IOT_YYYY_ixi folder (Z.txt, Y.txt, x.txt)',
  wiod2016: 'WIOD 2016 release workbook (WIOT2014_Nov16_ROW.xlsx)',
  wiod2013: 'WIOD 2013 release workbook (WIOT11_ROW_Sep12.xlsx)',
} as const;

export type MrioLayout = keyof typeof MRIO_LAYOUTS;

/** What a layout reader returns: the table (x = the row balance), and what the file publishes besides. */
export interface MrioRead {
  readonly mrio: Mrio;
  /** The output vector the file publishes (NaN where a row has none), in the table's order. */
  readonly publishedOutput?: Float64Array;
  /** Names of the sectors and final-demand categories, where the file gives them. */
  readonly sectorNames?: readonly string[];
  readonly categoryNames?: readonly string[];
}

/** Parses `--layout`, naming the layouts when it is not one. */
export function mrioLayout(value: string): MrioLayout {
  if (value in MRIO_LAYOUTS) return value as MrioLayout;
  throw new ChanyeError(
    'invalid-input',
    `invalid --layout: ${value} (expected one of ${Object.keys(MRIO_LAYOUTS).join(', ')})`,
  );
}

/** Reads a publisher's file (or folder) in the given layout. */
export async function readMrioLayout(layout: MrioLayout, path: string): Promise<MrioRead> {
  if (!existsSync(path)) throw new ChanyeError('invalid-input', `cannot read ${path}: no such file or folder`);
  const isDir = statSync(path).isDirectory();
  if (layout === 'exiobase') {
    if (!isDir) {
      throw new ChanyeError(
        'invalid-input',
        `${path}: --layout exiobase expects the unpacked IOT_YYYY_pxp (or _ixi) folder holding Z.txt and Y.txt`,
      );
    }
    const mrio = await readExiobase(path);
    // readExiobase takes x from x.txt when the folder has one: that is EXIOBASE's published output.
    return existsSync(join(path, 'x.txt')) ? { mrio, publishedOutput: mrio.x } : { mrio };
  }
  if (isDir) throw new ChanyeError('invalid-input', `${path}: --layout ${layout} expects a file, not a folder`);
  if (layout === 'icio') return { mrio: await readOecdIcio(path) };
  if (layout === 'wiod2016') return { mrio: await readWiod2016Xlsx(path) };
  return readWiod2013Xlsx(path);
}

/** The year a publisher's file name gives (ICIO2023_2020.csv, IOT_2011_ixi, WIOT2014_Nov16_ROW, WIOT11_ROW_Sep12). */
export function yearFromName(layout: MrioLayout, path: string): number | undefined {
  const name = basename(path);
  const patterns: Record<MrioLayout, RegExp> = {
    icio: /^ICIO\d{4}_(\d{4})/i,
    exiobase: /^IOT_(\d{4})_/i,
    wiod2016: /^WIOT(\d{4})_/i,
    wiod2013: /^WIOT(\d{2})_/i,
  };
  const m = patterns[layout].exec(name);
  if (!m) return undefined;
  const y = Number(m[1]);
  return layout === 'wiod2013' ? (y >= 90 ? 1900 + y : 2000 + y) : y;
}

/** One row whose sales do not add up to the published output. */
export interface RowSumFailure {
  readonly region: string;
  readonly sector: string;
  readonly published: number;
  readonly rowSum: number;
}

/** The check of Z·1 + Y·1 against the published output. */
export interface RowSumCheck {
  readonly checked: number;
  readonly failures: readonly RowSumFailure[];
  /** The tolerance, in words, with its reason. */
  readonly tolerance: string;
}

/**
 * The tolerance of the row-sum check: the published cells are rounded (WIOD and ICIO to a few
 * decimals of a million, the R package's WIOD copy to whole millions), so a row of m cells may
 * miss its output by up to m half-units of the last digit kept; 1e-6 of the output covers the
 * rounding of the output itself. We allow |gap| ≤ max(1e-6 · |x|, 0.5 · cells in the row).
 */
export const ROW_SUM_TOLERANCE =
  '|Z·1 + Y·1 − x| ≤ max(1e-6·|x|, 0.5 × the cells of the row): each published cell may be rounded by up to half a unit';

/** Compares the row balance Z·1 + Y·1 of `mrio` with the published output, row by row. */
export function checkRowSums(mrio: Mrio, published: Float64Array): RowSumCheck {
  const n = mrio.x.length;
  const k = mrio.regions.length * mrio.finalDemandCategories.length;
  const S = mrio.sectors.length;
  const failures: RowSumFailure[] = [];
  let checked = 0;
  for (let i = 0; i < n; i++) {
    const x = published[i] as number;
    if (Number.isNaN(x)) continue;
    checked++;
    let sum = 0;
    for (let j = 0; j < n; j++) sum += mrio.Z.values[i * n + j] as number;
    for (let j = 0; j < k; j++) sum += mrio.Y.values[i * k + j] as number;
    const allowed = Math.max(1e-6 * Math.abs(x), 0.5 * (n + k));
    if (!(Math.abs(sum - x) <= allowed)) {
      failures.push({
        region: mrio.regions[Math.floor(i / S)] as string,
        sector: mrio.sectors[i % S] as string,
        published: x,
        rowSum: sum,
      });
    }
  }
  return { checked, failures, tolerance: ROW_SUM_TOLERANCE };
}
