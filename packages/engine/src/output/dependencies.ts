/**
 * The strategic-dependency screen (`chanye dependencies`) as tidy rows: one per imported
 * product, the dependencies only unless every product is asked for. Method: European
 * Commission (2021), SWD(2021) 352.
 *
 * @module
 */
import type { DependencyScreen } from '../trade/dependency.js';

/** The columns of {@link dependencyRows}, in order. */
export const DEPENDENCY_COLUMNS = [
  'product',
  'dependent',
  'extra_imports',
  'hhi',
  'extra_share',
  'import_export_ratio',
  'top_supplier',
  'top_supplier_share',
] as const;

/** The screened products (`all`: every imported product, else the dependencies); no exports reads "no exports". */
export function dependencyRows(screen: DependencyScreen, all: boolean): Record<string, unknown>[] {
  return screen.results
    .filter((r) => all || r.dependent)
    .map((r) => ({
      product: r.product,
      dependent: r.dependent,
      extra_imports: r.extraImports,
      hhi: r.hhi,
      extra_share: r.extraShare,
      import_export_ratio: Number.isFinite(r.importExportRatio) ? r.importExportRatio : 'no exports',
      top_supplier: r.topSupplier,
      top_supplier_share: r.topSupplierShare,
    }));
}
