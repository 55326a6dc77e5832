import type { Matrix } from '../numeric/matrix.js';
import { ChanyeError } from '../errors.js';

/**
 * A multi-regional input-output table (MRIO) in dense form. Region r's sector s is index
 * `r * sectors.length + s` of every vector and of the rows and columns of Z (region-major,
 * the order of WIOD, OECD ICIO and EXIOBASE). A single-region table is an MRIO with one region.
 *
 * Units are the table's (WIOD: millions of current US$). Conventions follow pymrio
 * (Stadler 2021, Journal of Open Research Software 9: 8) so results can be compared cell by cell.
 */
export interface Mrio {
  /** Region codes in table order (WIOD: alphabetical, ROW last). */
  readonly regions: readonly string[];
  /** Sector codes, the same in every region (WIOD 2013: c1 … c35). */
  readonly sectors: readonly string[];
  /** Final-demand categories, the same in every region (WIOD: CONS_h, CONS_np, CONS_g, GFCF, INVEN). */
  readonly finalDemandCategories: readonly string[];
  /** Intermediate flows, n × n (n = regions × sectors): z[i, j] is sold by i to j. */
  readonly Z: Matrix;
  /**
   * Final demand, n × (regions × categories): column `r * categories + k` is category k of
   * region r's final demand.
   */
  readonly Y: Matrix;
  /** Gross output x (length n). By default x = Z·1 + Y·1, the row balance, as pymrio's calc_x. */
  readonly x: Float64Array;
  /**
   * Primary inputs v (length n): everything a sector pays for besides the table's
   * intermediate inputs, v = x − Z'1 by default, so the column balance x' = 1'Z + v' holds.
   * In WIOD this is value added plus net taxes on products, international transport margins
   * and the cif/fob adjustment ("va_residual"), not value added at basic prices alone.
   */
  readonly v: Float64Array;
  /** Named rows of primary inputs or satellite accounts (k × n), e.g. pure value added, taxes. */
  readonly factorInputs?: { readonly labels: readonly string[]; readonly values: Matrix };
  readonly unit: string;
  /** Where the table comes from (dataset, year, file) and how it was read. */
  readonly note: string;
}

export interface MrioInput {
  readonly regions: readonly string[];
  readonly sectors: readonly string[];
  readonly finalDemandCategories: readonly string[];
  readonly Z: Float64Array;
  readonly Y: Float64Array;
  /** Gross output; default Z·1 + Y·1. */
  readonly x?: Float64Array;
  /** Primary inputs; default x − Z'1. */
  readonly v?: Float64Array;
  readonly factorInputs?: { readonly labels: readonly string[]; readonly values: Float64Array };
  readonly unit?: string;
  readonly note?: string;
}

/**
 * Builds an {@link Mrio}, checking every size and that codes are unique, and deriving x and v
 * by the row and column balances when they are not given.
 *
 * @example createMrio({ regions: ['R'], sectors: ['a', 'b'], finalDemandCategories: ['F'],
 *   Z: Float64Array.of(150, 500, 200, 100), Y: Float64Array.of(350, 1700) }).x // returns [1000, 2000]
 */
export function createMrio(input: MrioInput): Mrio {
  const { regions, sectors, finalDemandCategories } = input;
  unique('region', regions);
  unique('sector', sectors);
  unique('final-demand category', finalDemandCategories);
  const n = regions.length * sectors.length;
  const k = regions.length * finalDemandCategories.length;
  expectLength('Z', input.Z.length, n * n);
  expectLength('Y', input.Y.length, n * k);
  const x = input.x ?? rowSums(input.Z, n, n, input.Y, k);
  expectLength('x', x.length, n);
  let v = input.v;
  if (v === undefined) {
    v = Float64Array.from(x);
    for (let i = 0; i < n; i++) {
      const row = i * n;
      for (let j = 0; j < n; j++) v[j] = (v[j] as number) - (input.Z[row + j] as number);
    }
  }
  expectLength('v', v.length, n);
  const fi = input.factorInputs;
  if (fi) expectLength('factorInputs', fi.values.length, fi.labels.length * n);
  return {
    regions,
    sectors,
    finalDemandCategories,
    Z: { rows: n, columns: n, values: input.Z },
    Y: { rows: n, columns: k, values: input.Y },
    x,
    v,
    ...(fi
      ? { factorInputs: { labels: fi.labels, values: { rows: fi.labels.length, columns: n, values: fi.values } } }
      : {}),
    unit: input.unit ?? 'as in the source',
    note: input.note ?? '',
  };
}

/** Number of region-sectors n. */
export function mrioSize(m: Pick<Mrio, 'regions' | 'sectors'>): number {
  return m.regions.length * m.sectors.length;
}

/** The index of a region's sector; throws on an unknown code. */
export function mrioIndex(m: Pick<Mrio, 'regions' | 'sectors'>, region: string, sector: string): number {
  const r = m.regions.indexOf(region);
  const s = m.sectors.indexOf(sector);
  if (r < 0) throw new ChanyeError('not-found', `unknown region '${region}' (regions: ${m.regions.join(', ')})`);
  if (s < 0) throw new ChanyeError('not-found', `unknown sector '${sector}' (sectors: ${m.sectors.join(', ')})`);
  return r * m.sectors.length + s;
}

/** The region and sector of every index, in order. */
export function mrioLabels(m: Pick<Mrio, 'regions' | 'sectors'>): { region: string; sector: string }[] {
  return m.regions.flatMap((region) => m.sectors.map((sector) => ({ region, sector })));
}

/** The region index of every region-sector (length n). */
export function regionOfIndex(m: Pick<Mrio, 'regions' | 'sectors'>): Int32Array {
  const s = m.sectors.length;
  const out = new Int32Array(m.regions.length * s);
  for (let i = 0; i < out.length; i++) out[i] = Math.floor(i / s);
  return out;
}

/** Total final demand f = Y·1 (length n): what each region-sector sells to final users anywhere. */
export function finalDemandTotal(m: Mrio): Float64Array {
  return rowSums(m.Y.values, m.Y.rows, m.Y.columns);
}

/** Final demand by demanding region, n × regions (summed over categories). */
export function finalDemandByRegion(m: Mrio): Matrix {
  const n = m.Y.rows;
  const R = m.regions.length;
  const K = m.finalDemandCategories.length;
  const out = new Float64Array(n * R);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < R; r++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += m.Y.values[i * R * K + r * K + k] as number;
      out[i * R + r] = s;
    }
  }
  return { rows: n, columns: R, values: out };
}

function rowSums(a: Float64Array, rows: number, cols: number, b?: Float64Array, bCols = 0): Float64Array {
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    for (let j = 0; j < cols; j++) s += a[i * cols + j] as number;
    if (b) for (let j = 0; j < bCols; j++) s += b[i * bCols + j] as number;
    out[i] = s;
  }
  return out;
}

function unique(what: string, codes: readonly string[]): void {
  const seen = new Set<string>();
  for (const c of codes) {
    if (seen.has(c)) throw new ChanyeError('invalid-input', `duplicate ${what} code '${c}'`);
    seen.add(c);
  }
}

function expectLength(what: string, got: number, want: number): void {
  if (got !== want) throw new ChanyeError('invalid-input', `${what} has ${got} values, expected ${want}`);
}
