/**
 * Indicators computed from the snapshot's product exports (catalogue `trade`): capability
 * measures of every location in each year with product data, by the pure functions of
 * `trade/capabilities.ts` in compute. Methods: docs/methods/composite-indices.md,
 * "Indicators from trade".
 *
 * @module
 */
import {
  expy,
  exportConcentration,
  groupProducts,
  presenceCount,
  prody,
  ubiquityAdjustedDiversity,
  type ExportMatrix,
  type Observation,
} from '@chanye/compute';
import type { Indicator, TradeDerivation } from '../catalog/schema.js';
import type { TradePanel } from '../trade/product-trade.js';

/** The snapshot's product-export datasets a trade indicator is computed on, one year each. */
export const TRADE_INDICATOR_DATASETS = ['trade-1980', 'trade-2017'] as const;

/** ISIC Rev.4 divisions of manufacturing (section C): 10 to 33. */
const MANUFACTURING_DIVISIONS = new Set(Array.from({ length: 24 }, (_, i) => String(10 + i)));

/** A heading counts in an end-use class when at least half of it belongs there (BEC Rev.4 shares). */
const END_USE_MAJORITY = 0.5;

export interface TradeIndicatorDeps {
  readonly productTrade: (dataset: (typeof TRADE_INDICATOR_DATASETS)[number]) => Promise<TradePanel>;
  readonly hs4Isic: () => Promise<readonly { hs4: string; isic4: string; share: number }[]>;
  readonly hs4EndUse: () => Promise<readonly { hs4: string; class: string; share: number }[]>;
  /** GDP per capita of each location in a year (for PRODY); locations without one are left out. */
  readonly gdpPerCapita: (year: number) => Promise<ReadonlyMap<string, number>>;
  /** How the trade data are cited, and their vintage. */
  readonly source: { readonly name: string; readonly vintage: string };
}

/** Every location's value of a trade indicator in every year with product data, sorted. */
export async function tradeObservations(indicator: Indicator, deps: TradeIndicatorDeps): Promise<Observation[]> {
  const spec = indicator.trade;
  if (!spec) throw new Error(`${indicator.id} is not a trade indicator`);
  const out: Observation[] = [];
  for (const dataset of TRADE_INDICATOR_DATASETS) {
    const panel = await deps.productTrade(dataset);
    for (const matrix of panel.matrices) {
      const m: ExportMatrix = { locations: matrix.locations, products: matrix.products, values: matrix.values };
      const values = await measure(spec, m, matrix.time, deps);
      m.locations.forEach((iso3, c) => {
        const value = values[c] as number;
        if (!Number.isFinite(value)) return;
        out.push({
          iso3,
          year: matrix.time,
          indicator: indicator.id,
          value,
          unit: indicator.unit,
          source: `Chanye derivation from ${deps.source.name} (${dataset}, HS 2007 4-digit headings)`,
          vintage: deps.source.vintage,
          status: 'observed',
          note: NOTES[spec.measure](spec),
        });
      });
    }
  }
  return out.sort((a, b) => a.iso3.localeCompare(b.iso3) || a.year - b.year);
}

async function measure(
  spec: TradeDerivation,
  m: ExportMatrix,
  year: number,
  deps: TradeIndicatorDeps,
): Promise<Float64Array> {
  switch (spec.measure) {
    case 'export_sophistication': {
      const income = await deps.gdpPerCapita(year);
      const matrix = { rows: m.locations.length, columns: m.products.length, values: m.values };
      const levels = prody(
        matrix,
        m.locations.map((iso3) => income.get(iso3) ?? NaN),
      );
      return expy(matrix, levels);
    }
    case 'rca_product_count':
      return presenceCount(m);
    case 'ubiquity_adjusted_diversity':
      return ubiquityAdjustedDiversity(m);
    case 'export_concentration':
      return exportConcentration(m);
    case 'rca_isic_divisions': {
      // RCA over all divisions a heading maps to (agriculture and mining too), counted in manufacturing.
      const groups = new Map<string, [string, number][]>();
      for (const r of await deps.hs4Isic())
        groups.set(r.hs4, [...(groups.get(r.hs4) ?? []), [r.isic4.slice(0, 2), r.share]]);
      return presenceCount(groupProducts(m, groups), MANUFACTURING_DIVISIONS);
    }
    case 'end_use_breadth': {
      const among = new Set(
        (await deps.hs4EndUse())
          .filter((r) => r.class === spec.end_use && r.share >= END_USE_MAJORITY)
          .map((r) => r.hs4),
      );
      return presenceCount(m, among, true).map((share) => share * 100);
    }
  }
}

const NOTES: Readonly<Record<TradeDerivation['measure'], (spec: TradeDerivation) => string>> = {
  rca_product_count: () =>
    'number of HS 4-digit headings exported with RCA ≥ 1 (Balassa), over all locations of the year',
  ubiquity_adjusted_diversity: () =>
    'Σ over headings exported with RCA ≥ 1 of 1 / (number of locations exporting the heading with RCA ≥ 1)',
  export_concentration: () => 'Herfindahl-Hirschman index of exports across HS 4-digit headings',
  export_sophistication: () =>
    'EXPY: export-weighted PRODY of the headings exported, PRODY from the GDP per capita (PWT, 2017 US$ at chained PPPs) of the exporters of the year (Hausmann, Hwang and Rodrik 2007)',
  rca_isic_divisions: () =>
    'number of ISIC Rev.4 manufacturing divisions (10-33) exported with RCA ≥ 1, headings split over divisions by the HS-ISIC correlation',
  end_use_breadth: (spec) =>
    `share of the HS 4-digit headings mostly of BEC Rev.4 ${spec.end_use} goods exported with RCA ≥ 1`,
};
