import { ChanyeError } from '@chanye/compute';
import type { Connector } from '../connector/connector.js';
import { literalFilePath } from '../sql/literal-path.js';
import { quotedIdentifier, quotedString } from '../sql/quote.js';
import { fileRelation } from './file-relation.js';
import type { TradeDataset } from './trade-datasets.js';

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

/**
 * The snapshot's bilateral sample (`baci-sample`), a dataset imported with `chanye data
 * import-trade` (by name), or a user file.
 */
export type BilateralSource =
  { readonly dataset: string } | { readonly file: string; readonly columns?: BilateralColumns };

/** One summed flow of an importing group: extra-group imports by supplier, intra-group imports or extra-group exports of a product. */
export interface GroupFlowRow {
  readonly k: string;
  readonly kind: 'extra_import' | 'intra_import' | 'extra_export';
  readonly supplier: string | null;
  readonly v: number;
}

/** The flows of an importing group in one year, summed by DuckDB, and what the data cover. */
export interface GroupFlows {
  readonly year: number;
  /** How the data are named in messages (the file, or the snapshot sample). */
  readonly label: string;
  readonly coverage: { readonly exporters: number; readonly importers: number; readonly flows: number };
  readonly rows: readonly GroupFlowRow[];
}

/**
 * Sums a bilateral dataset for an importing group in one year (default the latest in the data):
 * extra-group imports by supplier, intra-group imports and extra-group exports per product,
 * with the numbers of exporters, importers and flows that year.
 */
export async function readGroupFlows(
  connector: Connector,
  source: BilateralSource,
  group: readonly string[],
  requestedYear?: number,
  imported?: (name: string) => Promise<TradeDataset>,
): Promise<GroupFlows> {
  const { relation, columns, label } = await bilateralRelation(connector, source, imported);
  const q = quotedIdentifier;
  const src = `select ${q(columns.time)}::integer as t, ${q(columns.exporter)}::varchar as i,
                      ${q(columns.importer)}::varchar as j, ${q(columns.product)}::varchar as k,
                      ${q(columns.value)}::double as v from ${relation}`;
  const [span] = await connector.query<{ last: number | null; years: number[] }>(
    `select max(t) as last, list(distinct t order by t) as years from (${src})`,
  );
  const year = requestedYear ?? span?.last ?? undefined;
  if (year === undefined || year === null) throw new ChanyeError('no-data', `${label} has no rows`);
  if (!span!.years.includes(year)) {
    // A year the data do not reach is a valid question without an answer (exit 3), not bad input.
    throw new ChanyeError('no-data', `no flows in ${year}: ${label} has ${span!.years.join(', ')} (--year)`);
  }
  const [coverage] = await connector.query<{ exporters: number; importers: number; flows: number }>(
    `select count(distinct i)::integer as exporters, count(distinct j)::integer as importers, count(*)::integer as flows
       from (${src}) where t = $1`,
    [year],
  );
  const rows = await connector.query<GroupFlowRow>(
    `with f as (select * from (${src}) where t = $1 and v > 0)
     select k, 'extra_import' as kind, i as supplier, sum(v) as v from f
      where list_contains($2, j) and not list_contains($2, i) group by k, i
     union all
     select k, 'intra_import', null, sum(v) from f
      where list_contains($2, j) and list_contains($2, i) and i <> j group by k
     union all
     select k, 'extra_export', null, sum(v) from f
      where list_contains($2, i) and not list_contains($2, j) group by k`,
    [year, [...group]],
  );
  return { year, label, coverage: coverage!, rows };
}

async function bilateralRelation(
  connector: Connector,
  source: BilateralSource,
  imported: ((name: string) => Promise<TradeDataset>) | undefined,
): Promise<{ relation: string; columns: BilateralColumns; label: string }> {
  if ('dataset' in source) {
    if (source.dataset !== 'baci-sample' && imported !== undefined) {
      const dataset = await imported(source.dataset);
      const files = dataset.years.map((y) => quotedString(literalFilePath(y.parquet)));
      return {
        relation: `read_parquet([${files.join(', ')}])`,
        columns: BACI_BILATERAL_COLUMNS,
        label: `${dataset.name} (BACI ${dataset.nomenclature}, imported; values in thousand US$)`,
      };
    }
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
