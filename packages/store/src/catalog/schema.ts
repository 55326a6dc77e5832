import { z } from 'zod';

/** The six characteristics of a modern industrial system (Sheng 2023; framework §1). */
export const PILLARS = ['complete', 'advanced', 'secure', 'intelligent', 'green', 'integrated'] as const;
export type Pillar = (typeof PILLARS)[number];

/** The four systems of new industrialization (IIE-CASS 2024; framework §3.1). */
export const SYSTEMS = ['science_technology', 'advanced_manufacturing', 'green_circular', 'dual_circulation'] as const;
export type SystemGroup = (typeof SYSTEMS)[number];

/** Derivation methods implemented in `@chanye/compute` (see docs/methods/derived-indicators.md). */
export const DERIVATION_METHODS = ['ratio', 'sum', 'product', 'scale', 'growth', 'rolling_sd', 'world_share'] as const;
export type DerivationMethod = (typeof DERIVATION_METHODS)[number];

/** A series in the snapshot, with the unit the source states for it (checked by the tests). */
export const SeriesRefSchema = z.strictObject({
  source: z.enum(['pwt', 'sdg', 'wdi', 'gapminder', 'owid']),
  series: z.string().min(1),
  /** Must equal the unit recorded for this series in `data/snapshot/series_meta.parquet`. */
  source_unit: z.string().min(1),
  /** Multiplier from the source unit to the indicator's unit (default 1). */
  scale: z.number().positive().optional(),
});
export type SeriesRef = z.infer<typeof SeriesRefSchema>;

export const DerivationSchema = z.strictObject({
  method: z.enum(DERIVATION_METHODS),
  /** Inputs in the order the method takes them (e.g. ratio: numerator, denominator). */
  inputs: z.array(SeriesRefSchema).min(1),
  /** Method parameters: `scale` for ratio/product/scale, `window` for rolling_sd. */
  params: z
    .strictObject({ scale: z.number().positive().optional(), window: z.number().int().min(2).optional() })
    .optional(),
});
export type Derivation = z.infer<typeof DerivationSchema>;

/**
 * Capability measures computed from the snapshot's product exports (every location of each
 * year with product data), see `trade/capabilities.ts` in compute.
 */
export const TRADE_MEASURES = [
  'rca_product_count',
  'ubiquity_adjusted_diversity',
  'rca_isic_divisions',
  'end_use_breadth',
  'export_concentration',
  'export_sophistication',
] as const;
export type TradeMeasure = (typeof TRADE_MEASURES)[number];

export const TradeDerivationSchema = z.strictObject({
  measure: z.enum(TRADE_MEASURES),
  /** For `end_use_breadth`: the UN BEC Rev.4 end-use class (SNA basic classes) whose headings count. */
  end_use: z.enum(['capital', 'intermediate', 'consumption']).optional(),
});
export type TradeDerivation = z.infer<typeof TradeDerivationSchema>;

/** How a fresher series of the same concept extends an indicator past its last year (see splice.ts in compute). */
export const SPLICE_METHODS = ['growth', 'ratio_link'] as const;

export const ExtensionSchema = z.strictObject({
  /**
   * `growth`: the indicator's level in its last year moved by the fresher series' growth since;
   * `ratio_link`: the fresher series times the mean ratio of the two over `overlap` years.
   */
  method: z.enum(SPLICE_METHODS),
  series: SeriesRefSchema,
  /** Years of overlap averaged by `ratio_link` (default 3). */
  overlap: z.number().int().min(1).max(10).optional(),
  /** Why the fresher series measures the same concept, in words an economist can check. */
  reason: z.string().min(10),
});
export type Extension = z.infer<typeof ExtensionSchema>;

export const IndicatorSchema = z
  .strictObject({
    /** Stable id, snake_case: the name users type and files carry. */
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    name_en: z.string().min(3),
    name_zh: z.string().min(2),
    unit: z.string().min(1),
    /** `positive`: higher is better; `negative`: lower is better; `neutral`: context only. */
    polarity: z.enum(['positive', 'negative', 'neutral']),
    /** The characteristics this indicator measures; empty for context indicators. */
    pillars: z.array(z.enum(PILLARS)),
    /** Its group among the four systems, if any. */
    system: z.enum(SYSTEMS).nullable(),
    description: z.string().min(10),
    /**
     * Source series in precedence order: for each economy-year the first that has a value
     * is reported, labelled with its own source. Exclusive with `derived`.
     */
    sources: z.array(SeriesRefSchema).min(1).optional(),
    derived: DerivationSchema.optional(),
    /**
     * A fresher series of the same concept that extends each economy's values past their last
     * year, reported with status `spliced` (docs/methods/data-precedence.md).
     */
    extension: ExtensionSchema.optional(),
    /** A capability measure computed from the product export data (exclusive with the others). */
    trade: TradeDerivationSchema.optional(),
    /**
     * Catalogue indicators whose values this one is computed from beyond its own inputs (EXPY
     * weights products by their exporters' GDP per capita): a validity check against one of
     * them is not independent, and says so.
     */
    built_from: z
      .array(z.string().regex(/^[a-z][a-z0-9_]*$/))
      .min(1)
      .optional(),
    /** How the value is obtained from the source, in words an economist can cite. */
    transformation: z.string().min(3),
    licence: z.string().min(3),
    /** The reference defining the indicator (SDG metadata, PWT user guide, a paper). */
    reference: z.string().min(3),
  })
  .refine((i) => [i.sources, i.derived, i.trade].filter((x) => x !== undefined).length === 1, {
    message: 'an indicator has exactly one of `sources`, `derived` or `trade`',
  })
  .refine((i) => (i.trade?.measure === 'end_use_breadth') === (i.trade?.end_use !== undefined), {
    message: '`trade.end_use` is given exactly when the measure is `end_use_breadth`',
  });
export type Indicator = z.infer<typeof IndicatorSchema>;

export const CatalogSchema = z.strictObject({
  version: z.literal(1),
  indicators: z.array(IndicatorSchema).min(1),
});
export type Catalog = z.infer<typeof CatalogSchema>;
