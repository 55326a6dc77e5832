import {
  ChanyeError,
  EU_2021_THRESHOLDS,
  screenDependencies,
  type DependencyResult,
  type DependencyThresholds,
  type ProductFlows,
} from '@chanye/compute';
import type { Connector } from '../connector/connector.js';
import { quotedIdentifier } from '../sql/quote.js';
import { fileRelation } from './file-relation.js';

/** Which columns of a bilateral file hold what (BACI's `t, i, j, k, v` by default). */
export interface BilateralColumns {
  readonly time: string;
  readonly exporter: string;
  readonly importer: string;
  readonly product: string;
  readonly value: string;
}

export const BACI_BILATERAL_COLUMNS: BilateralColumns = {
  time: 't',
  exporter: 'i',
  importer: 'j',
  product: 'k',
  value: 'v',
};

/** The snapshot's bilateral sample, or a user file. */
export type BilateralSource =
  { readonly dataset: 'baci-sample' } | { readonly file: string; readonly columns?: BilateralColumns };

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
export async function screenGroupDependencies(
  connector: Connector,
  request: DependencyRequest,
): Promise<DependencyScreen> {
  if (request.importers.length === 0) throw new ChanyeError('invalid-input', 'no importer given (--importers)');
  const { relation, columns, label } = await bilateralRelation(connector, request.source);
  const q = quotedIdentifier;
  const src = `select ${q(columns.time)}::integer as t, ${q(columns.exporter)}::varchar as i,
                      ${q(columns.importer)}::varchar as j, ${q(columns.product)}::varchar as k,
                      ${q(columns.value)}::double as v from ${relation}`;
  const [span] = await connector.query<{ last: number | null; years: number[] }>(
    `select max(t) as last, list(distinct t order by t) as years from (${src})`,
  );
  const year = request.year ?? span?.last ?? undefined;
  if (year === undefined || year === null) throw new ChanyeError('no-data', `${label} has no rows`);
  if (!span!.years.includes(year)) {
    throw new ChanyeError('invalid-input', `invalid --year: ${year} (${label} has ${span!.years.join(', ')})`);
  }
  const group = [...new Set(request.importers)];
  const [coverage] = await connector.query<{ exporters: number; importers: number; flows: number }>(
    `select count(distinct i)::integer as exporters, count(distinct j)::integer as importers, count(*)::integer as flows
       from (${src}) where t = $1`,
    [year],
  );
  const rows = await connector.query<{ k: string; kind: string; supplier: string | null; v: number }>(
    `with f as (select * from (${src}) where t = $1 and v > 0)
     select k, 'extra_import' as kind, i as supplier, sum(v) as v from f
      where list_contains($2, j) and not list_contains($2, i) group by k, i
     union all
     select k, 'intra_import', null, sum(v) from f
      where list_contains($2, j) and list_contains($2, i) and i <> j group by k
     union all
     select k, 'extra_export', null, sum(v) from f
      where list_contains($2, i) and not list_contains($2, j) group by k`,
    [year, group],
  );
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
  const partial = coverage!.exporters < MIN_EXPORTERS_FOR_FINDINGS;
  return {
    importers: group,
    thresholds,
    coverage: {
      year,
      ...coverage!,
      caveat: partial
        ? `${label} holds exports of only ${coverage!.exporters} economies in ${year}: supplier concentration is measured over those alone, so the results test the method and are not findings about ${group.join(', ')}`
        : `${label}: ${coverage!.exporters} exporters, ${coverage!.importers} importers in ${year}`,
    },
    results,
    reference: DEPENDENCY_REFERENCE,
  };
}

async function bilateralRelation(
  connector: Connector,
  source: BilateralSource,
): Promise<{ relation: string; columns: BilateralColumns; label: string }> {
  if ('dataset' in source) {
    if (source.dataset !== 'baci-sample') {
      throw new ChanyeError('invalid-input', `invalid --dataset: ${String(source.dataset)} (expected baci-sample)`);
    }
    return {
      relation: 'trade_bilateral_sample',
      columns: BACI_BILATERAL_COLUMNS,
      label: 'the BACI 2021 sample (exporters AFG and ZAF, about half their flows)',
    };
  }
  const columns = source.columns ?? BACI_BILATERAL_COLUMNS;
  const relation = await fileRelation(connector, source.file, {
    time: [columns.time, '--time'],
    exporter: [columns.exporter, '--exporter'],
    importer: [columns.importer, '--importer'],
    product: [columns.product, '--prod'],
    value: [columns.value, '--val'],
  });
  return { relation, columns, label: source.file };
}
