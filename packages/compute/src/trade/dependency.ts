/**
 * Strategic-dependency screen on product trade (docs/methods/export-structure.md): European Commission (2021),
 * "Strategic dependencies and capacities", Commission Staff Working Document SWD(2021) 352,
 * §2 and Annex 1. For an importing economy or group G and a product, three criteria:
 *
 * 1. concentration: the Herfindahl-Hirschman index of G's extra-group imports over supplier
 *    economies, Σ s_i² with s_i the supplier's share, above 0.4;
 * 2. importance of extra-group demand: extra-group imports above half of G's total imports
 *    of the product (extra plus intra-group; for a single economy every import is extra, so
 *    the criterion always holds);
 * 3. substitutability: extra-group imports above G's extra-group exports of the product
 *    (import/export ratio above 1), i.e. G cannot cover the imports with its own output.
 *
 * A product meeting all three is a dependency. Values are in whatever unit the flows have.
 *
 * @module
 */
import { ChanyeError } from '../errors.js';

/** Thresholds of SWD(2021) 352; editable for sensitivity analysis. */
export interface DependencyThresholds {
  /** HHI of extra-group imports above which supply is concentrated (default 0.4). */
  readonly concentration: number;
  /** Extra-group share of total imports above which extra-group demand matters (default 0.5). */
  readonly extraShare: number;
  /** Extra-group imports / extra-group exports above which exports cannot substitute (default 1). */
  readonly importExportRatio: number;
}

export const EU_2021_THRESHOLDS: DependencyThresholds = { concentration: 0.4, extraShare: 0.5, importExportRatio: 1 };

/** One product's flows for the importing group. */
export interface ProductFlows {
  readonly product: string;
  /** Extra-group imports by supplier economy (suppliers outside the group). */
  readonly extraImportsBySupplier: ReadonlyMap<string, number>;
  /** Imports from one member of the group by another (0 for a single economy). */
  readonly intraImports: number;
  /** The group's exports to economies outside it. */
  readonly extraExports: number;
}

export interface DependencyResult {
  readonly product: string;
  readonly extraImports: number;
  readonly hhi: number;
  readonly extraShare: number;
  /** Extra imports / extra exports; Infinity when the group exports none of it. */
  readonly importExportRatio: number;
  /** The largest supplier and its share of extra-group imports. */
  readonly topSupplier: string;
  readonly topSupplierShare: number;
  readonly concentrated: boolean;
  readonly extraDemandMatters: boolean;
  readonly notSubstitutable: boolean;
  /** All three criteria hold. */
  readonly dependent: boolean;
}

/**
 * Applies the three criteria to each product with extra-group imports (products the group
 * does not import from outside cannot be dependencies and are left out).
 *
 * @example
 * // Imports 60 from S1 and 40 from S2: HHI = 0.6² + 0.4² = 0.52 > 0.4; no intra imports
 * // (share 1 > 0.5); exports 50 < 100 (ratio 2 > 1): a dependency.
 * screenDependencies([{ product: 'p', extraImportsBySupplier: new Map([['S1', 60], ['S2', 40]]),
 *   intraImports: 0, extraExports: 50 }])[0].dependent // returns true
 */
export function screenDependencies(
  flows: readonly ProductFlows[],
  thresholds: DependencyThresholds = EU_2021_THRESHOLDS,
): DependencyResult[] {
  const out: DependencyResult[] = [];
  for (const f of flows) {
    let extraImports = 0;
    let topSupplier = '';
    let top = 0;
    for (const [supplier, value] of f.extraImportsBySupplier) {
      if (!(value >= 0)) {
        throw new ChanyeError('invalid-input', `negative or missing import value for ${f.product} from ${supplier}`);
      }
      extraImports += value;
      if (value > top || (value === top && supplier < topSupplier)) {
        top = value;
        topSupplier = supplier;
      }
    }
    if (!(extraImports > 0)) continue;
    let hhi = 0;
    for (const value of f.extraImportsBySupplier.values()) hhi += (value / extraImports) ** 2;
    const extraShare = extraImports / (extraImports + f.intraImports);
    const importExportRatio = f.extraExports > 0 ? extraImports / f.extraExports : Infinity;
    const concentrated = hhi > thresholds.concentration;
    const extraDemandMatters = extraShare > thresholds.extraShare;
    const notSubstitutable = importExportRatio > thresholds.importExportRatio;
    out.push({
      product: f.product,
      extraImports,
      hhi,
      extraShare,
      importExportRatio,
      topSupplier,
      topSupplierShare: top / extraImports,
      concentrated,
      extraDemandMatters,
      notSubstitutable,
      dependent: concentrated && extraDemandMatters && notSubstitutable,
    });
  }
  return out;
}
