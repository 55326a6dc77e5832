/**
 * The files of the embedded snapshot: which table each is copied from, the sources it cites
 * (ids of `SOURCES` in `sources.ts`) and the description the manifest gives it.
 *
 * @module
 */

export interface OutputFile {
  file: string;
  table: string;
  sources: string[];
  description: string;
}

export const OUTPUTS: OutputFile[] = [
  {
    file: 'series.parquet',
    table: 'series',
    sources: ['pwt', 'sdg', 'wdi', 'gapminder', 'owid'],
    description: 'Every source series in long form: source, series, iso3, year, value, status, note.',
  },
  {
    file: 'series_meta.parquet',
    table: 'series_meta_final',
    sources: ['pwt', 'sdg', 'wdi', 'gapminder', 'owid'],
    description: 'One row per source series: name, unit as the source states it, description, coverage.',
  },
  {
    file: 'economies.parquet',
    table: 'economies',
    sources: ['iso3166', 'wb_class', 'i18n-iso-countries'],
    description: 'Economies with English and Chinese names, UN M49 codes, World Bank and UN regions, FY2026 group.',
  },
  {
    file: 'income_history.parquet',
    table: 'income_history',
    sources: ['wb_class'],
    description: 'World Bank income group of each economy by GNI data year (fiscal year = data year + 2).',
  },
  {
    file: 'trade_exports.parquet',
    table: 'trade_exports',
    sources: ['trade'],
    description: 'Exports by economy and HS 2007 4-digit heading, current US$, 1980 and 2017 (positive values only).',
  },
  {
    file: 'hs4_end_use.parquet',
    table: 'hs4_end_use',
    sources: ['concordance'],
    description:
      'End use of each HS 4-digit heading by SNA class and by UNCTAD stage of processing (from BEC Rev.4): share of its HS 2012 subheadings in each class.',
  },
  {
    file: 'trade_exports_sitc2.parquet',
    table: 'trade_exports_sitc2',
    sources: ['trade'],
    description:
      'Exports by economy and SITC Rev.2 4-digit item, average of 1998-2000 in constant 2000 US$ (relative measures only).',
  },
  {
    file: 'trade_context.parquet',
    table: 'trade_context',
    sources: ['trade'],
    description:
      'GDP per capita (and population for 2017) of the economies of each trade dataset, World Bank via the same package.',
  },
  {
    file: 'product_names.parquet',
    table: 'product_names',
    sources: ['ots_products', 'concordance'],
    description: 'Names of HS 2007 4-digit headings (Open Trade Statistics) and SITC Rev.2 4-digit items (UNSD).',
  },
  {
    file: 'trade_bilateral_sample.parquet',
    table: 'trade_bilateral_sample',
    sources: ['baci_sample'],
    description:
      'BACI HS92 2021 bilateral flows of two exporters (AFG, ZAF), about half of their flows: for testing the dependency screen only.',
  },
  {
    file: 'hs4_isic4.parquet',
    table: 'hs4_isic4',
    sources: ['concordance'],
    description:
      'ISIC Rev.4 class of each HS 4-digit heading: share of its 6-digit subheadings (all HS revisions, UNSD correlations) in each class.',
  },
  {
    file: 'isic4_rd_intensity.parquet',
    table: 'isic4_rd_intensity',
    sources: ['oecd_rd_taxonomy'],
    description:
      'OECD taxonomy of economic activities by R&D intensity (Galindo-Rueda and Verger 2016), ISIC Rev.4, as tabulated by NSF.',
  },
  {
    file: 'io_intermediate.parquet',
    table: 'io_intermediate',
    sources: ['wiod2013'],
    description: 'WIOD 2013 intermediate flows Z (non-zero cells), millions of current US$, 1995-2011.',
  },
  {
    file: 'io_final_demand.parquet',
    table: 'io_final_demand',
    sources: ['wiod2013'],
    description:
      'WIOD 2013 final demand by destination economy and category (non-zero cells), millions of current US$.',
  },
  {
    file: 'io_output.parquet',
    table: 'io_output',
    sources: ['wiod2013'],
    description:
      'WIOD 2013 gross output, intermediate inputs and the value-added residual (value added plus taxes less subsidies, margins and purchases abroad) by economy and sector.',
  },
  {
    file: 'io_sectors.parquet',
    table: 'io_sectors',
    sources: ['wiod2013'],
    description: 'The 35 WIOD 2013 sectors with their ISIC Rev.3 codes.',
  },
  {
    file: 'io_final_demand_categories.parquet',
    table: 'io_final_demand_categories',
    sources: ['wiod2013'],
    description: 'WIOD 2013 final-demand categories.',
  },
  {
    file: 'io_upstreamness.parquet',
    table: 'io_upstreamness',
    sources: ['antras_chor'],
    description: 'Antràs and Chor (2018) upstreamness and downstreamness on WIOD 2013, by economy, sector and year.',
  },
  {
    file: 'income_thresholds.parquet',
    table: 'income_thresholds',
    sources: ['wb_class'],
    description: 'World Bank Atlas GNI per capita thresholds by fiscal year.',
  },
  {
    file: 'hs_revisions.parquet',
    table: 'hs_revisions',
    sources: ['unsd_hs_revisions'],
    description:
      'HS revision bridges at 6 digits (UNSD conversion tables HS 2022 to 2017, 2017 to 2012, 2017 to 1992, 2012 to 1992): one code of the older revision for each code of the newer, with the table cited on every row.',
  },
];
