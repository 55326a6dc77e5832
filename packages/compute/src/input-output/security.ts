import { ChanyeError } from '../errors.js';
import { leontiefOutput, type Leontief } from './leontief.js';
import { finalDemandTotal, type Mrio } from './mrio.js';

/** How exposed one sector of an economy is to foreign suppliers of intermediate inputs. */
export interface SectorInputSecurity {
  readonly sector: string;
  /** Gross output x_j. */
  readonly output: number;
  /** Intermediate inputs bought from every other region, F_j = Σ_{r≠s} Σ_i z_{ri,sj}. */
  readonly foreignInputs: number;
  /** F_j / x_j (docs/methods/input-output.md); NaN when the sector has no output. */
  readonly foreignInputShare: number;
  /** F_j / (all intermediate inputs of j); NaN when it buys none. */
  readonly foreignShareOfInputs: number;
  /** Σ_r (F_rj / F_j)², over supplier regions r ≠ s; NaN when F_j = 0. */
  readonly hhi: number;
  /** Supplier regions with a non-zero flow. */
  readonly suppliers: number;
  /** The region supplying most of j's foreign inputs (null when there are none). */
  readonly topSupplier: string | null;
  /** Its share of j's foreign inputs, F_{r*j} / F_j. */
  readonly topSupplierShare: number;
  /** Its inputs per unit of j's output, F_{r*j} / x_j: the single-supplier exposure. */
  readonly topSupplierExposure: number;
}

/**
 * Foreign input shares, supplier concentration and single-supplier exposure of every sector of
 * one region (docs/methods/input-output.md: foreign input share Σ_{r≠s,i} z_{ri,sj} / x_sj; HHI_j = Σ_r (share
 * of r in j's foreign inputs)²). Regions are the table's: an aggregate such as WIOD's ROW counts
 * as one supplier, which overstates concentration where it is large.
 */
export function inputSecurity(model: Mrio, region: string): SectorInputSecurity[] {
  const s = regionIndex(model, region);
  const R = model.regions.length;
  const S = model.sectors.length;
  const n = R * S;
  const Z = model.Z.values;
  const out: SectorInputSecurity[] = [];
  for (let b = 0; b < S; b++) {
    const j = s * S + b;
    const byRegion = new Float64Array(R);
    let all = 0;
    for (let i = 0; i < n; i++) {
      const z = Z[i * n + j] as number;
      all += z;
      const r = Math.floor(i / S);
      if (r !== s) byRegion[r] = (byRegion[r] as number) + z;
    }
    let F = 0;
    for (let r = 0; r < R; r++) F += byRegion[r] as number;
    let hhi = 0;
    let top = -1;
    let suppliers = 0;
    for (let r = 0; r < R; r++) {
      const v = byRegion[r] as number;
      if (r === s || v === 0) continue;
      suppliers++;
      hhi += (v / F) ** 2;
      if (top < 0 || v > (byRegion[top] as number)) top = r;
    }
    const x = model.x[j] as number;
    const topFlow = top < 0 ? 0 : (byRegion[top] as number);
    out.push({
      sector: model.sectors[b] as string,
      output: x,
      foreignInputs: F,
      foreignInputShare: x > 0 ? F / x : NaN,
      foreignShareOfInputs: all > 0 ? F / all : NaN,
      hhi: F > 0 ? hhi : NaN,
      suppliers,
      topSupplier: top < 0 ? null : (model.regions[top] as string),
      topSupplierShare: F > 0 ? topFlow / F : NaN,
      topSupplierExposure: x > 0 ? topFlow / x : NaN,
    });
  }
  return out;
}

/** A foreign region-sector whose output an economy relies on, with its chokepoint score. */
export interface Chokepoint {
  readonly region: string;
  readonly sector: string;
  /** Its direct intermediate sales to the economy, Σ_j z_{rk,sj}. */
  readonly directInputs: number;
  /**
   * Look-through requirement: output of (r, k) needed, directly and indirectly, per unit of the
   * economy's final production, (L·f^s)_{rk} / 1'f^s, where f^s is the final demand (home and
   * abroad) met by the economy's own sectors.
   */
  readonly requirement: number;
  /**
   * Its share of all the foreign output of sector k the economy's final production needs
   * (look-through): (L·f^s)_{rk} / Σ_{r'≠s} (L·f^s)_{r'k}, ROW included in the sum.
   */
  readonly requirementShare: number;
  /** Its share of the economy's direct intermediate imports of sector k. */
  readonly importShare: number;
  /** Its share of world intermediate exports of sector k (every exporter but the economy itself). */
  readonly worldExportShare: number;
  /**
   * requirement × worldExportShare: the look-through requirement weighted by how dominant the
   * supplier is, in units of the supplier's output per unit of the economy's final production.
   */
  readonly score: number;
}

/**
 * Ranks the foreign region-sectors an economy depends on by a chokepoint score: how much of
 * their output the economy's final production needs, through every stage of the global chain
 * (the Leontief look-through requirement), times how dominant they are as suppliers of that
 * sector's inputs to the world (their share of world intermediate exports of the sector, a
 * measure of how hard they are to replace):
 *   score_{rk} = (L·f^s)_{rk} / 1'f^s × X_{rk} / Σ_{r'≠s} X_{r'k},
 * X the intermediate exports of each region-sector (sales to other regions' producers; final
 * goods are left out, since a chokepoint is an input). Both factors are shares, typically far
 * below 1, so scores are small and meant for ranking. Regions in `exclude` (e.g. an aggregate
 * rest of the world, which is no single supplier) and sectors in `excludeSectors` are left out
 * of the ranking but not of the world totals.
 */
export function chokepoints(
  model: Mrio,
  region: string,
  l: Leontief,
  options: { exclude?: readonly string[]; excludeSectors?: readonly string[]; limit?: number } = {},
): Chokepoint[] {
  const s = regionIndex(model, region);
  const R = model.regions.length;
  const S = model.sectors.length;
  const n = R * S;
  const Z = model.Z.values;
  const f = finalDemandTotal(model);
  const fs = new Float64Array(n);
  let finalProduction = 0;
  for (let i = s * S; i < (s + 1) * S; i++) {
    fs[i] = f[i] as number;
    finalProduction += f[i] as number;
  }
  const need = leontiefOutput(l, fs);
  // Intermediate exports of each region-sector, and its direct sales to the economy.
  const exportsOf = new Float64Array(n);
  const direct = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = Math.floor(i / S);
    let e = 0;
    let d = 0;
    for (let j = 0; j < n; j++) {
      const z = Z[i * n + j] as number;
      if (Math.floor(j / S) !== r) e += z;
      if (Math.floor(j / S) === s) d += z;
    }
    exportsOf[i] = e;
    direct[i] = d;
  }
  const worldExports = new Float64Array(S);
  const importsOfSector = new Float64Array(S);
  const foreignNeed = new Float64Array(S);
  for (let i = 0; i < n; i++) {
    const r = Math.floor(i / S);
    if (r === s) continue;
    const k = i % S;
    worldExports[k] = (worldExports[k] as number) + (exportsOf[i] as number);
    importsOfSector[k] = (importsOfSector[k] as number) + (direct[i] as number);
    foreignNeed[k] = (foreignNeed[k] as number) + (need[i] as number);
  }
  const excluded = new Set(options.exclude ?? []);
  const excludedSectors = new Set(options.excludeSectors ?? []);
  const out: Chokepoint[] = [];
  for (let i = 0; i < n; i++) {
    const r = Math.floor(i / S);
    const code = model.regions[r] as string;
    if (r === s || excluded.has(code)) continue;
    const k = i % S;
    if (excludedSectors.has(model.sectors[k] as string)) continue;
    const requirement = finalProduction > 0 ? (need[i] as number) / finalProduction : NaN;
    const we = worldExports[k] as number;
    const worldExportShare = we > 0 ? (exportsOf[i] as number) / we : 0;
    const imp = importsOfSector[k] as number;
    const needK = foreignNeed[k] as number;
    out.push({
      region: code,
      sector: model.sectors[k] as string,
      directInputs: direct[i] as number,
      requirement,
      requirementShare: needK > 0 ? (need[i] as number) / needK : 0,
      importShare: imp > 0 ? (direct[i] as number) / imp : 0,
      worldExportShare,
      score: requirement * worldExportShare,
    });
  }
  out.sort((a, b) => b.score - a.score || a.region.localeCompare(b.region) || a.sector.localeCompare(b.sector));
  return options.limit === undefined ? out : out.slice(0, options.limit);
}

function regionIndex(model: Pick<Mrio, 'regions'>, region: string): number {
  const s = model.regions.indexOf(region);
  if (s < 0) throw new ChanyeError('not-found', `unknown region '${region}' (regions: ${model.regions.join(', ')})`);
  return s;
}
