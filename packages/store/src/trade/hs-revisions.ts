/**
 * HS revision bridges from the snapshot (table `hs_revisions`, built from the UNSD conversion
 * tables as the concordance R package reads them; docs/methods/economic-complexity.md), and
 * the conversion of a trade panel's product codes from one HS revision to another with them (`convertHsMatrix` of `@chanye/compute`), so
 * that a series coded in several revisions (BACI HS92 … HS22) can be brought to one.
 *
 * @module
 */
import {
  convertHsMatrix,
  hsRevision,
  planHsConversion,
  type HsBridge,
  type HsConversionReport,
  type HsRevision,
  type HsWeights,
} from '@chanye/compute';
import type { Connector } from '../connector/connector.js';
import type { TradeMatrix, TradePanel } from './product-trade.js';

/** The snapshot's bridges, one per published table, each with the table's citation. */
export async function readHsBridges(connector: Connector): Promise<HsBridge[]> {
  const rows = await connector.query<{
    from_revision: string;
    to_revision: string;
    source: string;
    from_codes: string[];
    to_codes: string[];
  }>(
    `select from_revision, to_revision, any_value(source) as source,
            list(from_code order by from_code, to_code) as from_codes,
            list(to_code order by from_code, to_code) as to_codes
       from hs_revisions group by from_revision, to_revision order by from_revision desc, to_revision desc`,
  );
  return rows.map((r) => ({
    from: hsRevision(r.from_revision),
    to: hsRevision(r.to_revision),
    fromCodes: r.from_codes,
    toCodes: r.to_codes,
    source: r.source,
  }));
}

/** A trade panel after conversion: its products are codes of `hsRevision`. */
export interface ConvertedTradePanel extends TradePanel {
  readonly hsRevision: HsRevision;
  /** What was done over all periods together (codes counted once, values summed). */
  readonly conversion: HsConversionReport;
  /** Report of each period. */
  readonly conversionByTime: readonly { readonly time: number; readonly report: HsConversionReport }[];
  /** Five-digit numeric codes given back their leading zero (an HS code read as a number loses it). */
  readonly paddedCodes: number;
}

/** A product code as six digits: a five-digit number gets back the leading zero it lost. */
function hsCode(code: string): string {
  return /^\d{5}$/.test(code) ? `0${code}` : code;
}

/**
 * Reference values for splits from a panel coded in `revision`: each product's value summed
 * over locations in period `time` (e.g. a year that a publisher reports in both revisions).
 */
export function tradePanelWeights(panel: TradePanel, revision: HsRevision, time: number): HsWeights {
  const m = panel.matrices.find((x) => x.time === time);
  if (!m) return {};
  const totals = new Map<string, number>();
  const p = m.products.length;
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let i = 0; i < m.locations.length; i++) s += m.values[i * p + j] as number;
    const code = hsCode(m.products[j] as string);
    totals.set(code, (totals.get(code) ?? 0) + s);
  }
  return { [revision]: totals };
}

/**
 * Converts every period of `panel` from HS revision `from` to `to` with `bridges` (see
 * `planHsConversion`): values of a location are moved column by column, and target products
 * without value are dropped, as `readProductTrade` drops them. The note says which
 * conversion was applied; `conversion` reports it in full.
 */
export function convertTradePanel(
  panel: TradePanel,
  from: HsRevision,
  to: HsRevision,
  bridges: readonly HsBridge[],
  options: { readonly weights?: HsWeights } = {},
): ConvertedTradePanel {
  const plan = planHsConversion(from, to, bridges, options.weights);
  let paddedCodes = 0;
  const allCodes = new Map<string, number>();
  const conversionByTime: { time: number; report: HsConversionReport }[] = [];
  const matrices: TradeMatrix[] = panel.matrices.map((m) => {
    const products = m.products.map((code) => {
      const c = hsCode(code);
      if (c !== code) paddedCodes++;
      return c;
    });
    const converted = convertHsMatrix(plan, products, m.values, m.locations.length);
    conversionByTime.push({ time: m.time, report: converted.report });
    const p = products.length;
    for (let j = 0; j < p; j++) {
      let s = 0;
      for (let i = 0; i < m.locations.length; i++) s += m.values[i * p + j] as number;
      const code = products[j] as string;
      allCodes.set(code, (allCodes.get(code) ?? 0) + s);
    }
    return dropEmptyProducts(m.time, m.locations, converted.products, converted.values);
  });
  // The whole-panel report: the codes of every period once, with their values summed.
  const conversion = convertHsMatrix(plan, [...allCodes.keys()], [...allCodes.values()], 1).report;
  return {
    ...panel,
    note: `${panel.note}; HS codes converted from ${from} to ${to} (${plan.steps.map((s) => `${s.from}→${s.to}`).join(', ') || 'none needed'}) with UNSD, HS correlation and conversion tables`,
    matrices,
    hsRevision: to,
    conversion,
    conversionByTime,
    paddedCodes,
  };
}

function dropEmptyProducts(
  time: number,
  locations: readonly string[],
  products: readonly string[],
  values: Float64Array,
): TradeMatrix {
  const p = products.length;
  const keep: number[] = [];
  for (let j = 0; j < p; j++) {
    let any = false;
    for (let i = 0; i < locations.length && !any; i++) any = values[i * p + j] !== 0;
    if (any) keep.push(j);
  }
  if (keep.length === p) return { time, locations, products, values };
  const out = new Float64Array(locations.length * keep.length);
  for (let i = 0; i < locations.length; i++)
    for (const [k, j] of keep.entries()) out[i * keep.length + k] = values[i * p + j] as number;
  return { time, locations, products: keep.map((j) => products[j] as string), values: out };
}
