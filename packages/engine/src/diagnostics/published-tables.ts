import { join } from 'node:path';
import { z } from 'zod';
import { endUseShares, type Observation } from '@chanye/compute';
import { readValidatedYaml, type Store } from '@chanye/store';
import {
  differsReason,
  matchReason,
  missingSeriesReason,
  noNearbyValueReason,
  otherYearReason,
  seriesRange,
} from './messages/published-tables.js';

const PublishedSchema = z.strictObject({
  version: z.literal(1),
  source: z.string().min(10),
  tables: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      /**
       * Decimal places the paper prints every value of the table with: a YAML number loses
       * them ("2.00" reads as 2), so they are stated once per table.
       */
      decimals: z.number().int().min(0).max(6),
      columns: z.array(z.strictObject({ id: z.string(), title: z.string(), indicator: z.string().nullable() })),
      cells: z.array(
        z.strictObject({
          iso3: z.string().regex(/^[A-Z]{3}$/),
          column: z.string(),
          year: z.number().int(),
          value: z.number().nullable(),
        }),
      ),
    }),
  ),
});

export interface ReproducedCell {
  readonly table: string;
  readonly column: string;
  readonly column_title: string;
  readonly iso3: string;
  readonly paper_year: number;
  readonly paper_value: number | null;
  readonly our_year: number | null;
  readonly our_value: number | null;
  readonly difference: number | null;
  /** `match` (equal at the paper's precision), `differs`, `other-year` or `missing`. */
  readonly status: 'match' | 'differs' | 'other-year' | 'missing';
  readonly reason: string;
  readonly source: string | null;
}

/** How many years before the paper's year an earlier value of ours may be shown. */
const EARLIER_YEARS = 5;

/**
 * Intermediate plus capital goods, % of total exports, from the snapshot's product exports,
 * by UNCTAD stages of processing — the grouping of the paper's source, WITS, which counts raw
 * materials apart (HS 2007 headings split by the classes of their subheadings; see
 * hs4_end_use.parquet).
 */
async function exportEndUseSeries(store: Store, iso3: string): Promise<Observation[]> {
  const trade = store.source('trade');
  const out: Observation[] = [];
  for (const year of await store.tradeYears(iso3)) {
    const shares = endUseShares(await store.exportsByEndUse(iso3, year, 'sop'));
    out.push({
      iso3,
      year,
      indicator: 'intermediate_capital_share_exports',
      value: shares.intermediateAndCapital,
      unit: '% of exports',
      source: `Chanye computation from ${trade.name}, the UNSD HS 2012 to BEC Rev.4 correlation and UNCTAD stages of processing`,
      vintage: trade.vintage,
      status: 'observed',
      note: `HS 2007 4-digit headings split by the count of their HS 2012 subheadings in each class (no 6-digit export weights in the snapshot); unmapped headings ${shares.shares.unmapped.toFixed(2)} % of exports`,
    });
  }
  return out;
}

/** Decimal places of a published number, to compare at its own precision. */
/**
 * Reproduces published tables (catalog/published/*.yaml) from the snapshot, cell by cell: our
 * value for the paper's economy and year, or the nearest earlier year we have, and the
 * reason for any difference. A value is never filled: a year we lack stays empty.
 */
export async function reproducePublishedTables(store: Store, file = 'iie-cass-2024.yaml'): Promise<ReproducedCell[]> {
  const path = join(store.catalogDir, 'published', file);
  const published = readValidatedYaml(path, PublishedSchema, 'published tables');
  const out: ReproducedCell[] = [];
  for (const table of published.tables) {
    for (const cell of table.cells) {
      const column = table.columns.find((c) => c.id === cell.column);
      if (!column) throw new Error(`${path}: cell names unknown column ${cell.column}`);
      const base = {
        table: table.id,
        column: column.id,
        column_title: column.title,
        iso3: cell.iso3,
        paper_year: cell.year,
        paper_value: cell.value,
      };
      const missing = (reason: string): ReproducedCell => ({
        ...base,
        our_year: null,
        our_value: null,
        difference: null,
        status: 'missing',
        reason,
        source: null,
      });
      if (!column.indicator && column.id !== 'intermediate_capital_share_exports') {
        out.push(missing(missingSeriesReason(column.id)));
        continue;
      }
      const series = column.indicator
        ? await store.observations({ indicator: column.indicator, economies: [cell.iso3] })
        : await exportEndUseSeries(store, cell.iso3);
      const exact = series.find((o) => o.year === cell.year);
      const earlier = series.filter((o) => o.year < cell.year && o.year >= cell.year - EARLIER_YEARS).at(-1);
      const range = seriesRange(
        series.map((o) => o.year),
        Boolean(column.indicator),
      );
      if (exact) {
        const difference = cell.value === null ? null : exact.value - cell.value;
        const precision = table.decimals;
        const same = difference !== null && Math.abs(difference) < 0.5 * 10 ** -precision;
        out.push({
          ...base,
          our_year: exact.year,
          our_value: exact.value,
          difference,
          status: same ? 'match' : 'differs',
          reason: same ? matchReason(precision) : differsReason(exact.vintage),
          source: exact.source,
        });
      } else if (earlier) {
        out.push({
          ...base,
          our_year: earlier.year,
          our_value: earlier.value,
          difference: cell.value === null ? null : earlier.value - cell.value,
          status: 'other-year',
          reason: otherYearReason({
            paperYear: cell.year,
            range,
            vintage: earlier.vintage,
            earlierYears: EARLIER_YEARS,
            note: column.indicator ? undefined : earlier.note,
          }),
          source: earlier.source,
        });
      } else {
        out.push(missing(noNearbyValueReason(cell.year, EARLIER_YEARS, range)));
      }
    }
  }
  return out;
}
