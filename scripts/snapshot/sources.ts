/**
 * What the embedded snapshot takes from `shared/data/`, and where each piece came from.
 *
 * Provenance text (publisher, licence, vintage, upstream commit) is transcribed from
 * `shared/data/README.md`, which documents how each shared file was converted. Values are
 * never written here: every number in the snapshot is read from a shared file by SQL.
 */

/** One upstream dataset, as the snapshot's manifest and every reported value cite it. */
export interface SourceInfo {
  /** Stable id used in the `source` column of every observation. */
  readonly id: string;
  readonly name: string;
  readonly publisher: string;
  readonly licence: string;
  /** The edition or release of the data, as an economist would cite it. */
  readonly vintage: string;
  /** The public repository snapshot the shared file was converted from. */
  readonly upstream: string;
  readonly citation: string;
}

export const SOURCES: readonly SourceInfo[] = [
  {
    id: 'pwt',
    name: 'Penn World Table 10.01',
    publisher: 'Groningen Growth and Development Centre',
    licence: 'CC BY 4.0',
    vintage: 'PWT 10.01 (2023)',
    upstream: 'open-numbers/ddf--pwt--penn_world_table@6584e2e8c7696c415bb3d7beebdeb5a6668593fd',
    citation:
      'Feenstra, Inklaar and Timmer (2015), "The Next Generation of the Penn World Table", American Economic Review 105(10). www.ggdc.net/pwt',
  },
  {
    id: 'sdg',
    name: 'UN SDG Global Database',
    publisher: 'United Nations Statistics Division',
    licence: 'UN terms of use (free with attribution)',
    vintage: 'SDG Global Database, 2020 edition',
    upstream: 'open-numbers/ddf--unstats--sdg_indicators@1bfae15828a86ad30e86872411534f5c8136d784',
    citation: 'United Nations Statistics Division, SDG Global Database (2020), unstats.un.org/sdgs/dataportal',
  },
  {
    id: 'wdi',
    name: 'World Development Indicators',
    publisher: 'World Bank',
    licence: 'CC BY 4.0',
    vintage: 'WDI ≈ 2019 edition (GNI to 2018, UNIDO composition to 2017)',
    upstream:
      'open-numbers/ddf--world_bank--world_development_indicators@018e4ae8f741f8fac93bfb57778459d92bfa69cf (NY.GNP.PCAP.CD), @0656517bbd3dfcd9e0d834cb6039de0d64753c61 (NV.MNF.TECH.ZS.UN)',
    citation: 'World Bank, World Development Indicators, data.worldbank.org',
  },
  {
    id: 'gapminder',
    name: 'Gapminder Systema Globalis',
    publisher: 'Gapminder Foundation (compiling World Bank WDI, ILOSTAT, WIPO, UNDP and others)',
    licence: 'CC BY 4.0',
    vintage: 'Systema Globalis build of 2026-03-01 (WDI series to 2024)',
    upstream: 'open-numbers/ddf--gapminder--systema_globalis@c63631abeb62af6db3910f68be7c2b443beca50b',
    citation: 'Gapminder Foundation, Systema Globalis, www.gapminder.org/data (underlying sources named per series)',
  },
  {
    id: 'owid',
    name: 'Our World in Data CO2 and energy',
    publisher: 'Our World in Data (Global Carbon Project, BP, Ember, EIA)',
    licence: 'CC BY 4.0',
    vintage: 'CO2 file of 2021-02-08 (to 2018); energy grapher tables of 2022-08-09',
    upstream:
      'owid/co2-data@4c85d0fb22f8671d6a660dc2293f06c4f115ee08; owid/energy-data@f25a51b5bb462fa2004494fc3038be1ef171f72e',
    citation: 'Our World in Data, CO2 and Greenhouse Gas Emissions; Energy (ourworldindata.org)',
  },
  {
    id: 'wb_class',
    name: 'World Bank historical income classification (OGHIST) and FY2026 economy list',
    publisher: 'World Bank',
    licence: 'CC BY 4.0',
    vintage: 'OGHIST FY26 edition (July 2025; GNI data year 2024)',
    upstream: 'GPID-WB/Class@81d5fcb2851e499196103f0be708610cafe383eb',
    citation: 'World Bank, "World Bank Country and Lending Groups", historical classification by income (OGHIST.xlsx)',
  },
  {
    id: 'iso3166',
    name: 'ISO 3166-1 country list with UN M49 regions',
    publisher: 'lukes/ISO-3166-Countries-with-Regional-Codes; datasets/country-codes',
    licence: 'CC BY-SA 4.0; ODC-PDDL',
    vintage: '2024-06-30 / 2026-05-15',
    upstream:
      'lukes/ISO-3166-Countries-with-Regional-Codes@145f1ad3caff212ed25f42b0ee2c8b92a75af895; datasets/country-codes@caaa72d1e0e5af8876c170bb36a9e4d64a01bba88',
    citation: 'ISO 3166-1; UN M49 Standard country or area codes',
  },
  {
    id: 'trade',
    name: 'Product exports by economy (Open Trade Statistics, HS 2007 4-digit)',
    publisher: 'Open Trade Statistics (UN Comtrade), packaged by the economiccomplexity R package',
    licence: 'GPL-3 package; data from UN Comtrade via Open Trade Statistics',
    vintage:
      'OTS yrc tables for 1980 (SITC converted to HS07) and 2017, packaged 2019; SITC Rev.2 average 1998-2000 and World Bank GDP and population, packaged 2019-2024',
    upstream:
      'pachadotdev/economiccomplexity@f2c36132204253302fdcb371272dbbf0ad0ae97c (2017), @2b1c9e390e3191a8325f0a8bcd36243e23d26d19 (1980), @6fa0d5e2845fc37ef3a57e03f27dac9ccd95e7ed (GDP and population 2017), @423d5b48a958cb04dd8bda8a06ae25233487cefa (1998-2000)',
    citation:
      'Vargas, M. (2019), economiccomplexity R package; Open Trade Statistics (tradestatistics.io), from UN Comtrade',
  },
  {
    id: 'ots_products',
    name: 'Open Trade Statistics product names (HS 2007)',
    publisher: 'Open Trade Statistics (rOpenSci tradestatistics package); names as published by UN Comtrade',
    licence: 'GPL-3 package; HS nomenclature © WCO',
    vintage: 'tradestatistics attribute tables, 2019-04-25',
    upstream: 'ropensci/tradestatistics@ab1aee44623fe86398ae15f02907940fded5f4dd',
    citation:
      'Vargas, M., Open Trade Statistics (tradestatistics.io); HS 2007 nomenclature, World Customs Organization',
  },
  {
    id: 'baci_sample',
    name: 'CEPII BACI bilateral trade, HS92, release V202301, 2021: sample of two exporters',
    publisher: 'CEPII; sample as shipped by the R-IO-PS package (WoutersResearchGroup)',
    licence: 'Etalab Open Licence 2.0',
    vintage: 'BACI V202301, year 2021 (partial: AFG and ZAF, about half their flows)',
    upstream:
      'WoutersResearchGroup/R-IO-PS@b92251089a10ea890a5807da9939b6d40702a48a (inst/extdata/ExampleTradeData.csv)',
    citation:
      'Gaulier, G. and Zignago, S. (2010), "BACI: International Trade Database at the Product-Level", CEPII Working Paper 2010-23',
  },
  {
    id: 'oecd_rd_taxonomy',
    name: 'OECD taxonomy of economic activities by R&D intensity (ISIC Rev.4)',
    publisher: 'OECD (Galindo-Rueda and Verger 2016), tabulated by the US National Science Foundation (NCSES)',
    licence: 'OECD terms (free with attribution); NSF table public domain',
    vintage: 'OECD STI Working Paper 2016/04; NSF Science & Engineering Indicators table SAKTI-1',
    upstream:
      'bq-org/ncses_stats_explorer_placeholder@1f879ab65ed260668840db406611ddc10e8455bc (output/tables/10955/data.csv)',
    citation:
      'Galindo-Rueda, F. and Verger, F. (2016), "OECD Taxonomy of Economic Activities Based on R&D Intensity", OECD Science, Technology and Industry Working Papers 2016/04',
  },
  {
    id: 'wiod2013',
    name: 'World Input-Output Database, 2013 release',
    publisher: 'WIOD consortium (University of Groningen); packaged by the wiod R package (Bastiaan Quast)',
    licence: 'free for research use with citation (WIOD); GPL-3 package',
    vintage: 'WIOD 2013 release, 1995-2011 (values rounded to whole millions of US$ by the package)',
    upstream: 'bquast/wiod@59a28ac22fbd7751ea84c0f33722b5246b0af46d (data/wiot_<year>.RData)',
    citation:
      'Timmer, M. P., Dietzenbacher, E., Los, B., Stehrer, R. and de Vries, G. J. (2015), "An Illustrated User Guide to the World Input-Output Database: the Case of Global Automotive Production", Review of International Economics 23: 575-605',
  },
  {
    id: 'antras_chor',
    name: 'GVC upstreamness and downstreamness on WIOD 2013',
    publisher: 'Antràs and Chor; packaged by the concordance R package',
    licence: 'cite the paper (MIT package)',
    vintage: 'WIOD2013_GVCmeasures_Dec2017',
    upstream: 'insongkim/concordance (data/upstream.RData)',
    citation:
      'Antràs, P. and Chor, D. (2018), "On the Measurement of Upstreamness and Downstreamness in Global Value Chains", in World Trade Evolution, Routledge',
  },
  {
    id: 'concordance',
    name: 'UNSD HS to BEC Rev.4 and HS to ISIC Rev.4 correlations, as cleaned by the concordance R package',
    publisher: 'United Nations Statistics Division; Liao, Kim, Miyano and Zhang (concordance R package)',
    licence: 'MIT (package); UNSD correlation tables public',
    vintage: 'concordance package 2023-01-16 (UNSD tables of 2020)',
    upstream: 'insongkim/concordance@201c812e51f213d967d8701b6ed6398c79df4a04',
    citation:
      'UNSD, HS 2012 to BEC Rev.4 correlation table; HS to ISIC Rev.4 correlations; Liao et al., concordance: Product Concordance (R package)',
  },
  {
    id: 'unsd_hs_revisions',
    name: 'UNSD HS correlation and conversion tables between HS revisions (6-digit conversion tables), as read by the concordance R package',
    publisher: 'United Nations Statistics Division; Liao, Kim, Miyano and Zhang (concordance R package)',
    licence: 'MIT (package); UNSD correlation tables public',
    vintage:
      'concordance package 2023-01-16: HS 2022→2017, 2017→2012, 2017→1992, 2012→1992 (none for HS 1996, 2002, 2007)',
    upstream: 'insongkim/concordance@201c812e51f213d967d8701b6ed6398c79df4a04 (data-raw/clean-hs.R)',
    citation:
      'UNSD, HS correlation and conversion tables (unstats.un.org/unsd/trade/classifications/correspondence-tables.asp); Liao et al., concordance: Product Concordance (R package)',
  },
  {
    id: 'i18n-iso-countries',
    name: 'Chinese (zh) country names from the i18n-iso-countries package',
    publisher: 'i18n-iso-countries contributors (npm), from CLDR',
    licence: 'MIT',
    vintage: 'npm i18n-iso-countries (version recorded in the manifest)',
    upstream: 'npm:i18n-iso-countries',
    citation: 'Unicode CLDR territory names as packaged by i18n-iso-countries',
  },
];

/**
 * SDG series that are split by a dimension: the snapshot keeps one series per
 * (indicator, dimension value), named `indicator.value`.
 */
export const SDG_DIMENSION_COLUMNS = ['type_of_speed', 'type_of_product'] as const;

/**
 * Series where the publisher repeats the last observed value for later years rather than
 * reporting new data. The shared data README flags the UNIDO-based composition series this
 * way ("treat flat runs as imputations"). WDI publishes them at full precision, where a
 * repeated value differs from the previous year only by floating-point noise (CHN 2015-2017:
 * 41.4512685201, …199, …197); such a value is marked `carried`, not `observed`. The SDG copy
 * of the same series (nv_ind_tech) is rounded to two decimals, so a flat run there cannot be
 * told from a real small change and is not flagged.
 */
export const FLAT_RUNS_ARE_CARRIED: ReadonlySet<string> = new Set(['wdi:NV.MNF.TECH.ZS.UN']);

/** Relative difference below which two consecutive values count as the same repeated value. */
export const CARRIED_RELATIVE_TOLERANCE = 1e-8;

/**
 * Units of Gapminder series whose name carries none, taken from the phrase of the series'
 * own description (or its WDI source code) that states it. Checked by the catalogue tests.
 */
export const GAPMINDER_UNIT_NOTES: Readonly<Record<string, string>> = {
  // The description says "tonnes of oil equivalent", but the series is WDI EG.EGY.PROD.KT.OE
  // (kt of oil equivalent) divided by population: CHN 2005 = 0.00124, i.e. 1.24 toe per person,
  // matching China's ≈ 1.6 Gtoe production that year. The unit follows the values.
  energy_production_per_person: 'kt of oil equivalent per person',
  energy_use_per_person: 'kg of oil equivalent per person',
  energy_supply_per_person_toe: 'toe per person',
  electricity_generation_per_person: 'kWh per person',
  electricity_use_per_person: 'kWh per person',
  gdppercapita_us_inflation_adjusted: 'constant 2015 US$',
  total_gdp_us_inflation_adjusted: 'constant 2015 US$',
  alternative_gdp_per_capita_ppp_wb: 'constant 2015 international $',
  patent_applications_total: 'number',
  patents_granted_total: 'number',
  patents_in_force_total: 'number',
  internet_users: '% of population',
  broadband_subscribers_per_100_people: 'per 100 people',
  hdi_human_development_index: 'index (0-1)',
};

/** Units of the two WDI series, from the WDI series definitions (README, wdi section). */
export const WDI_SERIES: Readonly<Record<string, { name: string; unit: string }>> = {
  'NY.GNP.PCAP.CD': { name: 'GNI per capita, Atlas method (current US$)', unit: 'current US$' },
  'NV.MNF.TECH.ZS.UN': {
    name: 'Medium and high-tech manufacturing value added (% manufacturing value added)',
    unit: '% of manufacturing value added',
  },
};
