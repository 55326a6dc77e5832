import { ChanyeError, createMrio, type Mrio } from '@chanye/compute';

/** What a column or a row of a wide MRIO table holds. */
export type WideLabel =
  | { readonly kind: 'industry'; readonly region: string; readonly sector: string }
  | { readonly kind: 'final'; readonly region: string; readonly category: string }
  | { readonly kind: 'input'; readonly label: string }
  | { readonly kind: 'skip' };

/**
 * Assembles an MRIO from a wide table (rows and columns labelled region × sector, final-demand
 * columns, primary-input rows) read one row at a time, as WIOD, OECD ICIO and EXIOBASE publish
 * them. The column labels fix the regions, sectors and categories (in order of first
 * appearance); industry rows are written where their label says, so their order may differ.
 */
export class WideTableBuilder {
  readonly regions: string[] = [];
  readonly sectors: string[] = [];
  readonly categories: string[] = [];
  private readonly columnTarget: Int32Array;
  private readonly columnIsFinal: Uint8Array;
  private readonly Z: Float64Array;
  private readonly Y: Float64Array;
  private readonly inputs = new Map<string, Float64Array>();
  private readonly n: number;
  private readonly K: number;
  private rowsSeen = 0;

  constructor(
    columns: readonly WideLabel[],
    private readonly source: string,
  ) {
    for (const c of columns) {
      if (c.kind === 'industry') {
        if (!this.regions.includes(c.region)) this.regions.push(c.region);
        if (!this.sectors.includes(c.sector)) this.sectors.push(c.sector);
      } else if (c.kind === 'final') {
        if (!this.regions.includes(c.region)) this.regions.push(c.region);
        if (!this.categories.includes(c.category)) this.categories.push(c.category);
      }
    }
    if (this.sectors.length === 0) throw new ChanyeError('invalid-input', `${source}: no industry columns found`);
    const S = this.sectors.length;
    this.n = this.regions.length * S;
    this.K = Math.max(1, this.categories.length);
    this.Z = new Float64Array(this.n * this.n);
    this.Y = new Float64Array(this.n * this.regions.length * this.K);
    this.columnTarget = new Int32Array(columns.length).fill(-1);
    this.columnIsFinal = new Uint8Array(columns.length);
    columns.forEach((c, k) => {
      if (c.kind === 'industry') {
        this.columnTarget[k] = this.regions.indexOf(c.region) * S + this.sectors.indexOf(c.sector);
      } else if (c.kind === 'final') {
        this.columnTarget[k] = this.regions.indexOf(c.region) * this.K + this.categories.indexOf(c.category);
        this.columnIsFinal[k] = 1;
      }
    });
  }

  /** Adds one row: `values[k]` belongs to column k (NaN or missing = 0). Rows of the same label add up. */
  addRow(label: WideLabel, values: ArrayLike<number>): void {
    if (label.kind === 'skip' || label.kind === 'final') return;
    this.rowsSeen++;
    if (label.kind === 'input') {
      let row = this.inputs.get(label.label);
      if (!row) {
        row = new Float64Array(this.n);
        this.inputs.set(label.label, row);
      }
      for (let k = 0; k < values.length; k++) {
        const t = this.columnTarget[k] as number;
        const v = values[k] as number;
        if (t >= 0 && !this.columnIsFinal[k] && v === v) row[t] = (row[t] as number) + v;
      }
      return;
    }
    const r = this.regions.indexOf(label.region);
    const s = this.sectors.indexOf(label.sector);
    if (r < 0 || s < 0) {
      throw new ChanyeError(
        'invalid-input',
        `${this.source}: row ${label.region}/${label.sector} has no matching column`,
      );
    }
    const i = r * this.sectors.length + s;
    const yRow = i * this.regions.length * this.K;
    for (let k = 0; k < values.length; k++) {
      const t = this.columnTarget[k] as number;
      const v = values[k] as number;
      if (t < 0 || v !== v || v === 0) continue;
      if (this.columnIsFinal[k]) this.Y[yRow + t] = (this.Y[yRow + t] as number) + v;
      else this.Z[i * this.n + t] = (this.Z[i * this.n + t] as number) + v;
    }
  }

  build(meta: { unit: string; note: string; x?: Float64Array }): Mrio {
    if (this.rowsSeen === 0) throw new ChanyeError('invalid-input', `${this.source}: no data rows found`);
    const labels = [...this.inputs.keys()];
    const F = new Float64Array(labels.length * this.n);
    labels.forEach((l, q) => F.set(this.inputs.get(l) as Float64Array, q * this.n));
    return createMrio({
      regions: this.regions,
      sectors: this.sectors,
      finalDemandCategories: this.categories.length > 0 ? this.categories : ['total'],
      Z: this.Z,
      Y: this.Y,
      ...(meta.x ? { x: meta.x } : {}),
      ...(labels.length > 0 ? { factorInputs: { labels, values: F } } : {}),
      unit: meta.unit,
      note: meta.note,
    });
  }

  /** Index of a region-sector in the model being built (for an output vector read separately). */
  index(region: string, sector: string): number {
    const r = this.regions.indexOf(region);
    const s = this.sectors.indexOf(sector);
    return r < 0 || s < 0 ? -1 : r * this.sectors.length + s;
  }

  get size(): number {
    return this.n;
  }
}

/** A number from a table cell: blank, '-' or text → NaN. */
export function cellNumber(cell: unknown): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return Number.NaN;
  const t = cell.trim();
  if (t === '' || t === '-') return Number.NaN;
  const v = Number(t);
  return Number.isFinite(v) ? v : Number.NaN;
}
