/**
 * Builds the embedded data snapshot `data/snapshot/` from `../shared/data/`.
 *
 *   npm run build:snapshot [-- --shared PATH] [-- --out PATH]
 *
 * Every value is read from a shared file by SQL; this script only reshapes (wide → long,
 * dimension → series id), labels (source, unit, status) and records provenance. Inputs are
 * checked against the shared manifest's sha256 first, so a snapshot can always be traced to
 * the exact files it came from. Output is deterministic: same inputs, same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync, renameSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
  CARRIED_RELATIVE_TOLERANCE,
  FLAT_RUNS_ARE_CARRIED,
  GAPMINDER_UNIT_NOTES,
  SDG_DIMENSION_COLUMNS,
  SOURCES,
  WDI_SERIES,
} from './snapshot/sources.ts';
import { PWT_UNIT_NOTES, OWID_CO2_UNITS } from './snapshot/units.ts';
import { OUTPUTS } from './snapshot/outputs.ts';
import { buildHsRevisions, HS_REVISION_INPUTS } from './snapshot/hs-revisions.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    shared: { type: 'string', default: resolve(repoRoot, '..', 'shared', 'data') },
    out: { type: 'string', default: resolve(repoRoot, 'data', 'snapshot') },
  },
});
const sharedDir = resolve(args.shared);
const outDir = resolve(args.out);

interface SharedManifest {
  generated_at: string;
  files: { file: string; sha256: string; bytes: number }[];
}

/** The shared files this build reads; each is verified against the shared manifest. */
const INPUTS = [
  'pwt/pwt1001.parquet',
  'pwt/pwt1001_variables.csv',
  'sdg/sdg2020.parquet',
  'sdg/sdg2020_indicators.csv',
  'wdi/wdi_selected.parquet',
  'gapminder/systema_globalis.parquet',
  'gapminder/systema_globalis_indicators.csv',
  'owid/co2.parquet',
  'owid/co2_codebook.csv',
  'owid/energy.parquet',
  'concordances/iso3166_countries.csv',
  'concordances/wb_income_class_history_oghist.parquet',
  'concordances/wb_income_thresholds_oghist.csv',
  'concordances/wb_economies_class_fy2026.csv',
  'trade/ec_world_trade_2017_hs07_4d.parquet',
  'trade/ec_world_trade_1980_hs07_4d.parquet',
  'concordances/hs2012_bec4_concordance_pkg.csv',
  'trade/ec_world_trade_avg_1998_2000_sitc2_4d.parquet',
  'trade/ec_world_gdp_and_population_2017.parquet',
  'trade/ec_world_gdp_avg_1998_2000.parquet',
  'trade/hs07_product_names_ots.parquet',
  'trade/bilateral_baci_hs92_2021_sample_afg_zaf.parquet',
  'concordances/sitc2_descriptions.csv',
  'concordances/hs_combined_isic4.csv',
  'concordances/isic4_oecd_rd_intensity_taxonomy.csv',
  'io/wiod2013/final_demand.parquet',
  'io/wiod2013/final_demand_categories.csv',
  'io/wiod2013/industries.csv',
  'io/wiod2013/output_va.parquet',
  'io/wiod2013/gvc_upstreamness_antras_chor.parquet',
  'io/wiod2013/inter/wiot_inter_1995.parquet',
  'io/wiod2013/inter/wiot_inter_1996.parquet',
  'io/wiod2013/inter/wiot_inter_1997.parquet',
  'io/wiod2013/inter/wiot_inter_1998.parquet',
  'io/wiod2013/inter/wiot_inter_1999.parquet',
  'io/wiod2013/inter/wiot_inter_2000.parquet',
  'io/wiod2013/inter/wiot_inter_2001.parquet',
  'io/wiod2013/inter/wiot_inter_2002.parquet',
  'io/wiod2013/inter/wiot_inter_2003.parquet',
  'io/wiod2013/inter/wiot_inter_2004.parquet',
  'io/wiod2013/inter/wiot_inter_2005.parquet',
  'io/wiod2013/inter/wiot_inter_2006.parquet',
  'io/wiod2013/inter/wiot_inter_2007.parquet',
  'io/wiod2013/inter/wiot_inter_2008.parquet',
  'io/wiod2013/inter/wiot_inter_2009.parquet',
  'io/wiod2013/inter/wiot_inter_2010.parquet',
  'io/wiod2013/inter/wiot_inter_2011.parquet',
  ...HS_REVISION_INPUTS.map((b) => b.file),
];

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function verifyInputs(): SharedManifest {
  const manifestPath = join(sharedDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`shared data manifest not found at ${manifestPath}`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as SharedManifest;
  for (const file of INPUTS) {
    const entry = manifest.files.find((f) => f.file === file);
    if (!entry) throw new Error(`${file} is not listed in the shared manifest`);
    const actual = sha256(join(sharedDir, file));
    if (actual !== entry.sha256) throw new Error(`${file}: sha256 ${actual} differs from the shared manifest`);
  }
  return manifest;
}

/** A path inside the shared folder as a SQL string literal (paths are ours, but quote anyway). */
function lit(file: string): string {
  return `'${join(sharedDir, file).replaceAll("'", "''")}'`;
}

async function run(con: DuckDBConnection, sql: string): Promise<void> {
  await con.run(sql);
}

async function rows(con: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await con.runAndReadAll(sql);
  return reader.getRowObjectsJson() as Record<string, unknown>[];
}

const ISO3 = `'^[A-Z]{3}$'`;
/** OWID energy labels carry their unit, and two labels differ only by it: the slug keeps it. */
const OWID_ENERGY_SLUG = `'energy.' || trim(regexp_replace(lower(replace(indicator, '%', 'pct')), '[^a-z0-9]+', '_', 'g'), '_')`;

async function buildSeries(con: DuckDBConnection): Promise<void> {
  const pwtVars = (await rows(con, `select column_name from (describe select * from ${lit('pwt/pwt1001.parquet')})`))
    .map((r) => String(r['column_name']))
    .filter((c) => !['iso3', 'country_name', 'currency_unit', 'year'].includes(c));
  const owidCo2Vars = (await rows(con, `select column_name from (describe select * from ${lit('owid/co2.parquet')})`))
    .map((r) => String(r['column_name']))
    .filter((c) => !['iso3', 'country', 'year'].includes(c));
  const quoteIdents = (cols: string[]): string => cols.map((c) => `"${c.replaceAll('"', '""')}"`).join(', ');
  const sdgSeries = `indicator${SDG_DIMENSION_COLUMNS.map((d) => ` || coalesce('.' || ${d}, '')`).join('')}`;

  await run(
    con,
    `create table raw as
     select 'pwt' as source, variable as series, iso3, year::integer as year, value::double as value, null::varchar as note
       from (unpivot (select iso3, year, ${quoteIdents(pwtVars)} from ${lit('pwt/pwt1001.parquet')})
             on ${quoteIdents(pwtVars)} into name variable value value)
     union all
     select 'sdg', ${sdgSeries}, iso3, year::integer, value,
            concat_ws('; ',
              case nature when 'c' then 'SDG nature C: country data' when 'e' then 'SDG nature E: estimated'
                          when 'm' then 'SDG nature M: modelled' end,
              case when value_qualifier is not null then 'published as ' || value_qualifier || value end)
       from ${lit('sdg/sdg2020.parquet')}
     union all
     select 'wdi', indicator, iso3, year::integer, value, null from ${lit('wdi/wdi_selected.parquet')}
     union all
     select 'gapminder', indicator, iso3, year::integer, value, null
       from ${lit('gapminder/systema_globalis.parquet')} where regexp_full_match(iso3, ${ISO3})
     union all
     select 'owid', variable, iso3, year::integer, value, null
       from (unpivot (select iso3, year, ${quoteIdents(owidCo2Vars)} from ${lit('owid/co2.parquet')}
                      where regexp_full_match(iso3, ${ISO3}))
             on ${quoteIdents(owidCo2Vars)} into name variable value value)
     union all
     select 'owid', ${OWID_ENERGY_SLUG},
            iso3, year::integer, value, null
       from ${lit('owid/energy.parquet')} where regexp_full_match(iso3, ${ISO3})`,
  );
  // The unpivot keeps nulls out already; a published NaN or infinity is not a value either.
  await run(con, `delete from raw where value is null or not isfinite(value)`);

  const dup = await rows(
    con,
    `select source, series, iso3, year, count(*) n from raw group by all having count(*) > 1 limit 5`,
  );
  if (dup.length > 0) throw new Error(`duplicate observations in the inputs: ${JSON.stringify(dup)}`);

  const carriedKeys = [...FLAT_RUNS_ARE_CARRIED].map((k) => `'${k}'`).join(', ');
  await run(
    con,
    `create table series as
     select source, series, iso3, year, value,
            case when source || ':' || series in (${carriedKeys})
                      and abs(lag(value) over w - value) <= ${CARRIED_RELATIVE_TOLERANCE} * abs(value) and lag(year) over w = year - 1
                 then 'carried' else 'observed' end as status,
            case when source || ':' || series in (${carriedKeys})
                      and abs(lag(value) over w - value) <= ${CARRIED_RELATIVE_TOLERANCE} * abs(value) and lag(year) over w = year - 1
                 then concat_ws('; ', note, 'value repeated by the publisher from the previous year')
                 else nullif(note, '') end as note
       from raw
     window w as (partition by source, series, iso3 order by year)
     order by source, series, iso3, year`,
  );
}

async function buildSeriesMeta(con: DuckDBConnection): Promise<void> {
  const entries: { source: string; series: string; name: string; unit: string | null; description: string }[] = [];

  for (const r of await rows(con, `select * from ${lit('pwt/pwt1001_variables.csv')}`)) {
    const variable = String(r['variable']);
    const description = String(r['description']);
    const inParens = /\(in ([^)]*)\)/.exec(description)?.[1] ?? /\(([^()]*=1)\)/.exec(description)?.[1];
    entries.push({
      source: 'pwt',
      series: variable,
      name: description,
      unit: PWT_UNIT_NOTES[variable] ?? inParens ?? null,
      description,
    });
  }
  const sdgUnits = await rows(
    con,
    `select distinct ${['indicator', ...SDG_DIMENSION_COLUMNS].join(', ')}, units,
            indicator${SDG_DIMENSION_COLUMNS.map((d) => ` || coalesce('.' || ${d}, '')`).join('')} as series
       from ${lit('sdg/sdg2020.parquet')}`,
  );
  const sdgDescriptions = new Map(
    (await rows(con, `select * from ${lit('sdg/sdg2020_indicators.csv')}`)).map((r) => [String(r['indicator']), r]),
  );
  for (const r of sdgUnits) {
    const d = sdgDescriptions.get(String(r['indicator']));
    const dims = SDG_DIMENSION_COLUMNS.map((c) => r[c]).filter((v) => v !== null && v !== undefined);
    const name = `${String(d?.['description'] ?? r['indicator'])}${dims.length ? ` [${dims.join(', ')}]` : ''}`;
    entries.push({
      source: 'sdg',
      series: String(r['series']),
      name,
      unit: String(r['units']),
      description: `SDG ${String(d?.['sdg_indicator'] ?? '')}, series ${String(d?.['series_code'] ?? '')}`,
    });
  }
  for (const [code, meta] of Object.entries(WDI_SERIES)) {
    entries.push({ source: 'wdi', series: code, name: meta.name, unit: meta.unit, description: `WDI series ${code}` });
  }
  for (const r of await rows(con, `select * from ${lit('gapminder/systema_globalis_indicators.csv')}`)) {
    const indicator = String(r['indicator']);
    const name = String(r['name']);
    const fromName = /\(([^)]*)\)\s*$/.exec(name)?.[1];
    const unit =
      GAPMINDER_UNIT_NOTES[indicator] ?? (r['format'] === 'percent' ? (fromName ?? 'percent') : (fromName ?? null));
    const via = [r['source'], r['source_url']].filter((v) => v !== null && v !== undefined).join(', ');
    entries.push({
      source: 'gapminder',
      series: indicator,
      name,
      unit,
      description: `${String(r['description'] ?? '')} (${via})`,
    });
  }
  for (const r of await rows(con, `select * from ${lit('owid/co2_codebook.csv')}`)) {
    const column = String(r['column']);
    if (['iso_code', 'iso3', 'country', 'year'].includes(column)) continue;
    entries.push({
      source: 'owid',
      series: column,
      name: String(r['description']),
      unit:
        OWID_CO2_UNITS[column] ?? /measured in ([^.]*?)(?: per year)?\.?$/.exec(String(r['description']))?.[1] ?? null,
      description: `${String(r['description'])} (${String(r['source'] ?? '')})`,
    });
  }
  for (const r of await rows(
    con,
    `select distinct indicator, owid_dataset,
            ${OWID_ENERGY_SLUG} as series
       from ${lit('owid/energy.parquet')}`,
  )) {
    const label = String(r['indicator']);
    entries.push({
      source: 'owid',
      series: String(r['series']),
      name: label,
      unit: /\(([^)]*)\)\s*$/.exec(label)?.[1] ?? null,
      description: `OWID grapher table "${String(r['owid_dataset'])}"`,
    });
  }

  await run(
    con,
    `create table series_meta (source varchar, series varchar, name varchar, unit varchar, description varchar)`,
  );
  const appender = await con.createAppender('series_meta');
  for (const e of entries) {
    appender.appendVarchar(e.source);
    appender.appendVarchar(e.series);
    appender.appendVarchar(e.name);
    if (e.unit === null) appender.appendNull();
    else appender.appendVarchar(e.unit);
    appender.appendVarchar(e.description);
    appender.endRow();
  }
  appender.closeSync();

  // Every observed series must be described, and only observed series are kept.
  const undescribed = await rows(
    con,
    `select distinct source, series from series anti join series_meta using (source, series) limit 5`,
  );
  if (undescribed.length > 0) throw new Error(`series without metadata: ${JSON.stringify(undescribed)}`);
  await run(
    con,
    `create table series_meta_final as
       select m.*, count(*) as observations, min(s.year) as first_year, max(s.year) as last_year
         from series_meta m join series s using (source, series)
        group by all order by source, series`,
  );
}

async function buildEconomies(con: DuckDBConnection): Promise<string> {
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries') as {
    registerLocale: (l: unknown) => void;
    getName: (code: string, lang: string) => string | undefined;
  };
  countries.registerLocale(require('i18n-iso-countries/langs/zh.json'));
  const i18nVersion = (require('i18n-iso-countries/package.json') as { version: string }).version;

  await run(
    con,
    `create table economies_base as
     with wb as (select * from ${lit('concordances/wb_economies_class_fy2026.csv')}),
          iso as (select * from ${lit('concordances/iso3166_countries.csv')}),
          hist as (select iso3, arg_max(economy, data_year) as economy from ${lit('concordances/wb_income_class_history_oghist.parquet')} group by iso3)
     select iso.iso3, coalesce(wb.economy, iso.name_short, iso.name_iso) as name_en, wb.region as wb_region,
            iso.region as un_region, iso.sub_region as un_sub_region, false as is_aggregate,
            false as is_historical, wb.income_group as income_group_fy2026, wb.lending_category,
            -- UN M49 code: the UN SDG API keys economies by it (Kosovo and the Channel Islands
            -- have the codes the UN Statistics Division uses for them, 412 and 830).
            iso.m49::integer as m49
       from iso left join wb using (iso3)
     union all
     select hist.iso3, hist.economy, null, null, null, false, true, null, null, null
       from hist where hist.iso3 not in (select iso3 from iso)
     union all
     select wb.iso3, wb.economy, null, null, null, true, false, null, null, null
       from wb where wb.iso3 not in (select iso3 from iso) and wb.income_group is null
                 and wb.iso3 not in (select iso3 from hist)`,
  );
  const codes = await rows(con, `select iso3 from economies_base order by iso3`);
  await run(con, `create table economy_zh (iso3 varchar, name_zh varchar)`);
  const appender = await con.createAppender('economy_zh');
  for (const r of codes) {
    const iso3 = String(r['iso3']);
    const zh = countries.getName(iso3, 'zh');
    appender.appendVarchar(iso3);
    if (zh === undefined) appender.appendNull();
    else appender.appendVarchar(zh);
    appender.endRow();
  }
  appender.closeSync();
  await run(
    con,
    `create table economies as
       select b.iso3, b.name_en, z.name_zh, b.* exclude (iso3, name_en)
         from economies_base b left join economy_zh z using (iso3) order by b.iso3`,
  );
  return i18nVersion;
}

async function buildIncome(con: DuckDBConnection): Promise<void> {
  await run(
    con,
    `create table income_history as
       select iso3, data_year::integer as data_year, fiscal_year, fiscal_year_full::integer as fiscal_year_full,
              replace(income_group_code, '*', '') as income_group,
              case when income_group_code like '%*' then 'published as ' || income_group_code end as note
         from ${lit('concordances/wb_income_class_history_oghist.parquet')}
        order by iso3, data_year`,
  );
  await run(
    con,
    `create table income_thresholds as
       select * from ${lit('concordances/wb_income_thresholds_oghist.csv')} order by data_year`,
  );
}

/**
 * Product exports (HS 2007, 4 digits) and the end use of each heading. The UNSD correlation
 * maps 6-digit HS 2012 subheadings to BEC Rev.4 and its SNA end-use classes; a 4-digit
 * heading gets each class's share of its subheadings (HS 2007 and HS 2012 headings differ
 * little at 4 digits; headings absent from HS 2012 are left unmapped and reported).
 */
async function buildTrade(con: DuckDBConnection): Promise<void> {
  await run(
    con,
    `create table trade_exports as
       select year::integer as year, iso3, product_code as hs07_4d, export_value_usd::double as value
         from (select * from ${lit('trade/ec_world_trade_1980_hs07_4d.parquet')}
               union all select * from ${lit('trade/ec_world_trade_2017_hs07_4d.parquet')})
        where export_value_usd is not null and export_value_usd > 0 and regexp_full_match(iso3, ${ISO3})
        order by year, iso3, hs07_4d`,
  );
  // The SITC Rev.2 average of 1998-2000 (constant 2000 US$; far below official totals, so
  // for relative measures only: see the shared data README).
  await run(
    con,
    `create table trade_exports_sitc2 as
       select iso3, product_code as sitc2_4d, export_value_usd_2000::double as value
         from ${lit('trade/ec_world_trade_avg_1998_2000_sitc2_4d.parquet')}
        where export_value_usd_2000 is not null and export_value_usd_2000 > 0 and regexp_full_match(iso3, ${ISO3})
        order by iso3, sitc2_4d`,
  );
  // Income and population beside each trade dataset (for RPOP presence, PRODY and EXPY):
  // World Bank via the same package, so the economies and the year match the trade data.
  await run(
    con,
    `create table trade_context as
       select 'hs07-2017' as dataset, iso3, gdp_pc_usd::double as gdp_per_capita,
              'current US$' as gdp_per_capita_unit, population_total::double as population
         from ${lit('trade/ec_world_gdp_and_population_2017.parquet')}
        where regexp_full_match(iso3, ${ISO3}) and gdp_pc_usd is not null
       union all
       select 'sitc2-1998-2000', iso3, gdp_pc_usd_2000::double, 'constant 2000 US$ (average 1998-2000)', null::double
         from ${lit('trade/ec_world_gdp_avg_1998_2000.parquet')}
        where regexp_full_match(iso3, ${ISO3}) and gdp_pc_usd_2000 is not null
        order by dataset, iso3`,
  );
  await run(
    con,
    `create table product_names as
       select 'hs07' as classification, product_code as code, digits::integer as digits, product_name as name,
              product_shortname as short_name, community_name as product_group
         from ${lit('trade/hs07_product_names_ots.parquet')} where digits::integer = 4
       union all
       select 'sitc2', code::varchar, length(code::varchar), description, null, null
         from read_csv(${lit('concordances/sitc2_descriptions.csv')}, all_varchar = true)
        where length(code) = 4
        order by classification, code`,
  );
  // A real but partial bilateral sample (BACI HS92 2021, exporters AFG and ZAF only, about
  // half their flows), in BACI's own layout t, i, j, k, v (thousand US$), q (tonnes): enough
  // to exercise the dependency screen, not to draw conclusions from.
  await run(
    con,
    `create table trade_bilateral_sample as
       select year::integer as t, exporter_iso3 as i, importer_iso3 as j, hs92_6d as k,
              value_kusd::double as v, quantity_tonnes::double as q
         from ${lit('trade/bilateral_baci_hs92_2021_sample_afg_zaf.parquet')}
        order by i, j, k`,
  );
  // The industry (ISIC Rev.4 class) of each HS heading: a heading's subheadings (all HS
  // revisions combined, many-to-many) each count once, split equally over their ISIC
  // classes, so a heading's shares sum to 1. Links to repair and installation (ISIC 33 and
  // 95) are dropped: they are services performed on goods, not the industries that make
  // them (the correlation links computers to 3320, installation of industrial machinery).
  // Used for the 3+1 arrays (catalog/arrays.yaml) and the OECD R&D-intensity classes.
  await run(
    con,
    `create table hs4_isic4 as
       with links as (
         select substr(hs_6d, 1, 4) as hs4, hs_6d, isic4_4d
           from read_csv(${lit('concordances/hs_combined_isic4.csv')}, all_varchar = true)
          where length(isic4_4d) = 4 and substr(isic4_4d, 1, 2) not in ('33', '95')),
       weighted as (
         select hs4, isic4_4d, 1.0 / count(*) over (partition by hs_6d) as w from links)
       select hs4, isic4_4d, sum(w) / sum(sum(w)) over (partition by hs4) as share
         from weighted group by hs4, isic4_4d order by hs4, isic4_4d`,
  );
  await run(
    con,
    `create table isic4_rd_intensity as
       select isic4_code, isic4_divisions_2d, industry, sector_group, rd_intensity_class,
              rd_intensity_pct::double as rd_intensity_pct
         from read_csv(${lit('concordances/isic4_oecd_rd_intensity_taxonomy.csv')}, all_varchar = true)
        order by isic4_code`,
  );
  // Two classifications of end use from the BEC Rev.4 code of each subheading:
  // - sna: the SNA basic classes UNSD attaches to BEC (capital, intermediate, consumption);
  // - sop: UNCTAD's stages of processing as WITS publishes them, which keep primary goods
  //   apart: raw materials = BEC 111, 21, 31; intermediate = 121, 22, 32, 42, 53;
  //   consumer = 112, 122, 51, 522, 61, 62, 63; capital = 41, 521 (UNCTAD/WITS product
  //   groups "by stage of processing").
  await run(
    con,
    `create table hs4_end_use as
       with sub as (
         select substr(hs2012_6d, 1, 4) as hs4, bec4_3d, coalesce(sna_end_use, 'not_classified') as sna
           from ${lit('concordances/hs2012_bec4_concordance_pkg.csv')}),
       classified as (
         select hs4, 'sna' as classification, sna as class from sub
         union all
         select hs4, 'sop',
                case when bec4_3d in ('111', '210', '310') then 'raw_materials'
                     when bec4_3d in ('121', '220', '320', '321', '322', '420', '530') then 'intermediate'
                     when bec4_3d in ('112', '122', '510', '522', '610', '620', '630') then 'consumption'
                     when bec4_3d in ('410', '521') then 'capital'
                     else 'not_classified' end
           from sub)
       select hs4, classification, class, count(*)::integer as subheadings,
              count(*) / sum(count(*)) over (partition by hs4, classification) as share
         from classified group by hs4, classification, class order by hs4, classification, class`,
  );
}

/**
 * The WIOD 2013 release (1995-2011; 40 economies and the rest of the world, 35 sectors, millions
 * of current US$) as packaged by the `wiod` R package: sparse intermediate flows, final demand
 * by category, gross output and the value-added residual, the sector list and Antràs-Chor
 * upstreamness. Kept as published; the model is assembled by the store.
 */
async function buildInputOutput(con: DuckDBConnection): Promise<void> {
  await run(
    con,
    `create table io_intermediate as
       select 'wiod2013' as dataset, year::integer as year, row_country, row_sector, col_country, col_sector,
              value::double as value
         from read_parquet(${lit('io/wiod2013/inter/wiot_inter_*.parquet')})
        where value <> 0
        order by year, row_country, row_sector, col_country, col_sector`,
  );
  await run(
    con,
    `create table io_final_demand as
       select 'wiod2013' as dataset, year::integer as year, row_country, row_sector, col_country, fd_category,
              value::double as value
         from ${lit('io/wiod2013/final_demand.parquet')}
        where value <> 0
        order by year, row_country, row_sector, col_country, fd_category`,
  );
  await run(
    con,
    `create table io_output as
       select 'wiod2013' as dataset, year::integer as year, country, sector, gross_output::double as gross_output,
              intermediate_inputs::double as intermediate_inputs, va_residual::double as va_residual
         from ${lit('io/wiod2013/output_va.parquet')}
        order by year, country, sector`,
  );
  await run(
    con,
    `create table io_sectors as
       select 'wiod2013' as dataset, sector, wiod_code, isic_rev3, description, is_manufacturing::boolean as is_manufacturing
         from read_csv(${lit('io/wiod2013/industries.csv')}, all_varchar = true)
        order by cast(substr(sector, 2) as integer)`,
  );
  await run(
    con,
    `create table io_final_demand_categories as
       select 'wiod2013' as dataset, fd_category, wiod_column, description
         from read_csv(${lit('io/wiod2013/final_demand_categories.csv')}, all_varchar = true)`,
  );
  await run(
    con,
    `create table io_upstreamness as
       select 'wiod2013' as dataset, year::integer as year, iso3, sector, upstreamness::double as upstreamness,
              downstreamness::double as downstreamness
         from ${lit('io/wiod2013/gvc_upstreamness_antras_chor.parquet')}
        order by year, iso3, sector`,
  );
}

async function main(): Promise<void> {
  const sharedManifest = verifyInputs();
  const staging = `${outDir}.staging`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });

  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const con = await db.connect();
  try {
    await buildSeries(con);
    await buildSeriesMeta(con);
    const i18nVersion = await buildEconomies(con);
    await buildIncome(con);
    await buildTrade(con);
    await buildInputOutput(con);
    await buildHsRevisions(con, lit);

    const files = [];
    for (const out of OUTPUTS) {
      const path = join(staging, out.file);
      await run(
        con,
        `copy (select * from ${out.table}) to '${path.replaceAll("'", "''")}' (format parquet, compression zstd, row_group_size 100000)`,
      );
      const [{ n }] = (await rows(con, `select count(*)::integer as n from ${out.table}`)) as [{ n: number }];
      files.push({
        file: out.file,
        sha256: sha256(path),
        bytes: statSync(path).size,
        rows: n,
        description: out.description,
        sources: out.sources,
      });
    }
    const manifest = {
      snapshot: 'chanye-snapshot',
      schema_version: 1,
      built_from: {
        shared_manifest_generated_at: sharedManifest.generated_at,
        inputs: INPUTS.map((file) => ({ file, sha256: sharedManifest.files.find((f) => f.file === file)?.sha256 })),
        packages: { 'i18n-iso-countries': i18nVersion },
      },
      sources: SOURCES.map((s) =>
        s.id === 'i18n-iso-countries' ? { ...s, vintage: `npm i18n-iso-countries ${i18nVersion}` } : s,
      ),
      files,
    };
    writeFileSync(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  } finally {
    con.closeSync();
    db.closeSync();
  }
  // Swap in the new snapshot only once every file is written.
  rmSync(outDir, { recursive: true, force: true });
  renameSync(staging, outDir);
  process.stdout.write(`snapshot written to ${outDir}\n`);
}

await main();
