import {
  ChanyeError,
  EU_2021_THRESHOLDS,
  screenDependencies,
  type DependencyResult,
  type DependencyThresholds,
  type ProductFlows,
} from '@chanye/compute';
import type { BilateralSource, Store } from '@chanye/store';

export interface DependencyRequest {
  readonly source: BilateralSource;
  /** The importing economy or group (codes as in the data). */
  readonly importers: readonly string[];
  /** The year screened (default: the latest in the data). */
  readonly year?: number;
  readonly thresholds?: DependencyThresholds;
}

/** What the data cover: a screen is only as good as the exporters it sees. */
export interface DependencyCoverage {
  readonly year: number;
  readonly exporters: number;
  readonly importers: number;
  readonly flows: number;
  /** Said beside the results whenever the coverage is partial. */
  readonly caveat: string;
}

export interface DependencyScreen {
  readonly importers: readonly string[];
  readonly thresholds: DependencyThresholds;
  readonly coverage: DependencyCoverage;
  /** Every product with extra-group imports, dependencies first, then by extra imports. */
  readonly results: readonly DependencyResult[];
  readonly reference: string;
}

export const DEPENDENCY_REFERENCE =
  'European Commission (2021), "Strategic dependencies and capacities", Commission Staff Working Document SWD(2021) 352 final, §2 and Annex 1';

/**
 * Below this many exporters in the data, the screen is labelled a test of the method rather
 * than a finding: a world bilateral dataset (BACI) has over 200, and concentration measured
 * over a handful of suppliers says nothing about world supply. A Chanye convention.
 */
export const MIN_EXPORTERS_FOR_FINDINGS = 100;

/**
 * The strategic-dependency screen (SWD(2021) 352) for an importing economy or group: the
 * flows are summed by DuckDB (extra-group imports by supplier, intra-group imports and
 * extra-group exports per product), the criteria applied by `screenDependencies` in
 * `@chanye/compute`, and the coverage of the data reported with the results.
 */
export async function screenGroupDependencies(store: Store, request: DependencyRequest): Promise<DependencyScreen> {
  if (request.importers.length === 0) throw new ChanyeError('invalid-input', 'no importer given (--importers)');
  const group = [...new Set(request.importers)];
  const { year, label, coverage, rows } = await store.groupFlows(request.source, group, request.year);
  const byProduct = new Map<string, { suppliers: Map<string, number>; intra: number; exports: number }>();
  for (const r of rows) {
    let p = byProduct.get(r.k);
    if (!p) byProduct.set(r.k, (p = { suppliers: new Map(), intra: 0, exports: 0 }));
    if (r.kind === 'extra_import') p.suppliers.set(r.supplier as string, r.v);
    else if (r.kind === 'intra_import') p.intra = r.v;
    else p.exports = r.v;
  }
  const flows: ProductFlows[] = [...byProduct.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([product, p]) => ({
      product,
      extraImportsBySupplier: p.suppliers,
      intraImports: p.intra,
      extraExports: p.exports,
    }));
  const thresholds = request.thresholds ?? EU_2021_THRESHOLDS;
  const results = screenDependencies(flows, thresholds).sort(
    (a, b) => Number(b.dependent) - Number(a.dependent) || b.extraImports - a.extraImports,
  );
  if (results.length === 0) {
    throw new ChanyeError(
      'no-data',
      `no imports by ${group.join(', ')} in ${label}, ${year} (${coverage.importers} importers have flows that year; codes are matched as the data write them)`,
    );
  }
  const partial = coverage.exporters < MIN_EXPORTERS_FOR_FINDINGS;
  return {
    importers: group,
    thresholds,
    coverage: {
      year,
      ...coverage,
      caveat: partial
        ? `${label} holds exports of only ${coverage.exporters} economies in ${year}: supplier concentration is measured over those alone, so the results test the method and are not findings about ${group.join(', ')}`
        : `${label}: ${coverage.exporters} exporters, ${coverage.importers} importers in ${year}`,
    },
    results,
    reference: DEPENDENCY_REFERENCE,
  };
}
