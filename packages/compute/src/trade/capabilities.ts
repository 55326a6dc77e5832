/**
 * Measures of an economy's productive capabilities read from what it exports competitively,
 * for the scorecards' "complete" and "secure" pillars (docs/methods/composite-indices.md,
 * "Indicators from trade"). All rest on Balassa's revealed comparative advantage (Balassa
 * 1965, "Trade Liberalisation and 'Revealed' Comparative Advantage", The Manchester School
 * 33(2)) over every location of one year's data, and on nothing derived from product
 * complexity: the Economic Complexity Index is the scorecards' independent yardstick of
 * validity, so no indicator may be built from it or from the PCI.
 *
 * @module
 */
import { rca } from '../complexity/rca.js';

/** One year's exports: locations × products, row-major, 0 where nothing was exported. */
export interface ExportMatrix {
  readonly locations: readonly string[];
  readonly products: readonly string[];
  readonly values: Float64Array;
}

/** 1 where a location exports a product with RCA ≥ 1, else 0 (NaN RCA, a zero row, is 0). */
export function rcaPresence(m: ExportMatrix): Uint8Array {
  const r = rca({ rows: m.locations.length, columns: m.products.length, values: m.values }).values;
  const out = new Uint8Array(r.length);
  for (let i = 0; i < r.length; i++) out[i] = (r[i] as number) >= 1 ? 1 : 0;
  return out;
}

/**
 * Per location, how many of the products in `among` (all products when absent) it exports
 * with RCA ≥ 1, as a count, or as a share of `among` when `share` is set: the breadth of
 * what it makes competitively — diversity in Hidalgo and Hausmann (2009), "The building
 * blocks of economic complexity", PNAS 106(26).
 *
 * @example presenceCount(m, undefined, false) // diversity k_c,0
 */
export function presenceCount(m: ExportMatrix, among?: ReadonlySet<string>, share = false): Float64Array {
  const presence = rcaPresence(m);
  const P = m.products.length;
  const counted = m.products.map((p) => (among ? among.has(p) : true));
  const size = counted.filter(Boolean).length;
  const out = new Float64Array(m.locations.length);
  for (let c = 0; c < m.locations.length; c++) {
    let n = 0;
    for (let p = 0; p < P; p++) if (counted[p] && presence[c * P + p] === 1) n++;
    out[c] = share ? (size === 0 ? NaN : n / size) : n;
  }
  return out;
}

/**
 * Per location, Σ_p M_cp / k_p: its RCA products each weighted by the inverse of how many
 * locations export it with RCA ≥ 1, so a rare capability counts for more than a common one —
 * the ubiquity-adjusted diversity of Hidalgo and Hausmann (2009), taken no further than the
 * first step (no iteration, no eigenvector: it is not the ECI).
 */
export function ubiquityAdjustedDiversity(m: ExportMatrix): Float64Array {
  const presence = rcaPresence(m);
  const L = m.locations.length;
  const P = m.products.length;
  const ubiquity = new Float64Array(P);
  for (let c = 0; c < L; c++)
    for (let p = 0; p < P; p++) ubiquity[p] = (ubiquity[p] as number) + (presence[c * P + p] as number);
  const out = new Float64Array(L);
  for (let c = 0; c < L; c++) {
    let s = 0;
    for (let p = 0; p < P; p++) if (presence[c * P + p] === 1) s += 1 / (ubiquity[p] as number);
    out[c] = s;
  }
  return out;
}

/**
 * Per location, the Herfindahl-Hirschman index of its exports across products, Σ_p s_p²
 * with s_p its share of the location's exports (1: one product; 1/P: spread evenly); NaN for
 * a location without exports. Concentrated exports expose an economy to one market's shocks
 * (UNCTAD's product concentration index uses the same sums, normalized).
 */
export function exportConcentration(m: ExportMatrix): Float64Array {
  const P = m.products.length;
  const out = new Float64Array(m.locations.length);
  for (let c = 0; c < m.locations.length; c++) {
    let total = 0;
    for (let p = 0; p < P; p++) total += m.values[c * P + p] as number;
    if (!(total > 0)) {
      out[c] = NaN;
      continue;
    }
    let h = 0;
    for (let p = 0; p < P; p++) h += ((m.values[c * P + p] as number) / total) ** 2;
    out[c] = h;
  }
  return out;
}

/**
 * The matrix with its products summed into groups: `groups` maps a product to its groups and
 * the share of its value each takes (shares of a product summing to at most 1; a product with
 * no group is left out). Used to read exports by ISIC division from HS headings.
 */
export function groupProducts(
  m: ExportMatrix,
  groups: ReadonlyMap<string, readonly (readonly [group: string, share: number])[]>,
): ExportMatrix {
  const names = [...new Set([...groups.values()].flatMap((g) => g.map(([name]) => name)))].sort();
  const column = new Map(names.map((n, j) => [n, j]));
  const L = m.locations.length;
  const P = m.products.length;
  const G = names.length;
  const values = new Float64Array(L * G);
  m.products.forEach((product, p) => {
    for (const [name, share] of groups.get(product) ?? []) {
      const j = column.get(name) as number;
      for (let c = 0; c < L; c++)
        values[c * G + j] = (values[c * G + j] as number) + (m.values[c * P + p] as number) * share;
    }
  });
  return { locations: m.locations, products: names, values };
}
