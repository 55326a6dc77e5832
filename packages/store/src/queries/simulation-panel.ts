import { join } from 'node:path';
import {
  ChanyeError,
  INDUSTRY_ARRAYS,
  type ArrayValueAdded,
  type SimulationPanel,
  type SimulationVariable,
} from '@chanye/compute';
import { arrayOfWiodSector, loadArraysWiod } from '../catalog/arrays-wiod.js';
import { DuckDBConnector } from '../connector/duckdb-connector.js';
import { quotedString } from '../sql/quote.js';
import type { Store } from '../store.js';
import { seriesKey } from './series-table.js';

/**
 * The raw snapshot series the simulation reads, by short name. They are read straight from
 * the snapshot's `series` table (observed values only), not through the catalogue, because
 * several PWT variables the models need (rnna, labsh, delta, rtfpna, rgdpe) are not catalogue
 * indicators; user imports therefore do not enter the calibration.
 */
export const SIMULATION_SERIES = {
  rgdpna: ['pwt', 'rgdpna'],
  rgdpe: ['pwt', 'rgdpe'],
  rnna: ['pwt', 'rnna'],
  emp: ['pwt', 'emp'],
  hc: ['pwt', 'hc'],
  labsh: ['pwt', 'labsh'],
  delta: ['pwt', 'delta'],
  csh_i: ['pwt', 'csh_i'],
  pop: ['pwt', 'pop'],
  ctfp: ['pwt', 'ctfp'],
  rtfpna: ['pwt', 'rtfpna'],
  va_agr: ['gapminder', 'agriculture_percent_of_gdp'],
  va_ind: ['gapminder', 'industry_percent_of_gdp'],
  va_srv: ['gapminder', 'services_percent_of_gdp'],
  emp_agr: ['gapminder', 'agriculture_workers_percent_of_employment'],
  emp_ind: ['gapminder', 'industry_workers_percent_of_employment'],
  emp_srv: ['gapminder', 'service_workers_percent_of_employment'],
  exports: ['gapminder', 'exports_percent_of_gdp'],
  imports: ['gapminder', 'imports_percent_of_gdp'],
  internet: ['gapminder', 'internet_users'],
  co2: ['gapminder', 'co2_intensity_of_economic_output_kg_co2_per_2021_ppp_of_gdp'],
  rd: ['sdg', 'gb_xpd_rsdv'],
  mva: ['sdg', 'nv_ind_manf'],
  mht_wdi: ['wdi', 'NV.MNF.TECH.ZS.UN'],
  mht_sdg: ['sdg', 'nv_ind_tech'],
  gni_atlas: ['wdi', 'NY.GNP.PCAP.CD'],
} as const satisfies Record<SimulationVariable, readonly [string, string]>;

/** Reads the simulation panel from the snapshot (about 0.3 s). */
export async function loadSimulationPanel(store: Store): Promise<SimulationPanel> {
  const connector = await DuckDBConnector.open(':memory:');
  try {
    const byKey = new Map<string, SimulationVariable>(
      Object.entries(SIMULATION_SERIES).map(([name, [source, series]]) => [
        `${source}:${series}`,
        name as SimulationVariable,
      ]),
    );
    const sources = [...new Set(Object.values(SIMULATION_SERIES).map(([s]) => s))];
    const series = Object.values(SIMULATION_SERIES).map(([, s]) => s);
    const data = new Map<string, Map<SimulationVariable, Map<number, number>>>();
    const add = (variable: SimulationVariable | undefined, iso3: string, year: number, value: number): void => {
      if (!variable) return;
      let economy = data.get(iso3);
      if (!economy) data.set(iso3, (economy = new Map()));
      let s = economy.get(variable);
      if (!s) economy.set(variable, (s = new Map()));
      s.set(year, value);
    };
    // The store's in-memory series table when it has one (the build's cache makes it cheap);
    // otherwise a scan of the Parquet file. Both visit rows in the file's order.
    const table = await store.seriesTableLoaded();
    if (table) {
      const variables = new Map(
        Object.entries(SIMULATION_SERIES).map(([name, [source, series]]) => [
          seriesKey(source, series),
          name as SimulationVariable,
        ]),
      );
      table.visit(new Set(variables.keys()), (key, iso3, year, value, status) => {
        if (status === 'observed' && Number.isFinite(value)) add(variables.get(key), iso3, year, value);
      });
    } else {
      const path = quotedString(join(store.snapshotDir, 'series.parquet'));
      await connector.scan(
        `select iso3, source || ':' || series as key, year, value
           from read_parquet(${path})
          where list_contains($1::varchar[], source) and list_contains($2::varchar[], series)
            and status = 'observed' and value is not null`,
        [sources, series],
        (columns, rowCount) => {
          const [iso3s, keys, years, values] = columns as [string[], string[], number[], number[]];
          for (let i = 0; i < rowCount; i++)
            add(byKey.get(keys[i] as string), iso3s[i] as string, Number(years[i]), Number(values[i]));
        },
      );
    }
    const thresholds = await connector.query<{ data_year: number; high_income_gt: number }>(
      `select data_year, high_income_gt from read_parquet(${quotedString(join(store.snapshotDir, 'income_thresholds.parquet'))}) order by data_year`,
    );
    const arrays = await loadArrayValueAdded(connector, store);
    const economies = (await store.economies()).map((e) => e.iso3).filter((iso3) => data.has(iso3));
    let lastYear = 0;
    for (const e of data.values()) for (const y of e.get('rgdpna')?.keys() ?? []) lastYear = Math.max(lastYear, y);
    return {
      data,
      highIncomeThreshold: new Map(thresholds.map((t) => [Number(t.data_year), Number(t.high_income_gt)])),
      economies,
      lastYear,
      arrays,
    };
  } finally {
    connector.close();
  }
}

/** WIOD sector number of `cN`. */
const sectorNumber = (sector: string): number => Number(sector.slice(1));

async function loadArrayValueAdded(
  connector: DuckDBConnector,
  store: Store,
): Promise<Map<string, Map<number, ArrayValueAdded>>> {
  const catalog = loadArraysWiod(store.catalogDir);
  const rows = await connector.query<{ country: string; year: number; sector: string; va: number }>(
    `select country, year, sector, va_residual as va
       from read_parquet(${quotedString(join(store.snapshotDir, 'io_output.parquet'))})
      where dataset = 'wiod2013' and country <> 'ROW' and va_residual is not null`,
  );
  const out = new Map<string, Map<number, ArrayValueAdded>>();
  type Mutable = {
    total: number;
    agriculture: number;
    industry: [number, number, number];
    services: number;
    servicesF: number;
  };
  const acc = new Map<string, Mutable>();
  for (const r of rows) {
    const key = `${r.country}|${Number(r.year)}`;
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { total: 0, agriculture: 0, industry: [0, 0, 0], services: 0, servicesF: 0 }));
    const va = Number(r.va);
    const k = sectorNumber(r.sector);
    const array = arrayOfWiodSector(r.sector, catalog);
    a.total += va;
    if (k === 1) a.agriculture += va;
    else if (k <= 18) {
      const j = INDUSTRY_ARRAYS.indexOf(array as (typeof INDUSTRY_ARRAYS)[number]);
      if (j < 0)
        throw new ChanyeError(
          'invalid-input',
          `WIOD sector ${r.sector} maps to array ${array}, which does not split industry`,
        );
      a.industry[j] = (a.industry[j] as number) + va;
    } else {
      a.services += va;
      if (array === 'F') a.servicesF += va;
    }
  }
  for (const [key, a] of acc) {
    const [iso3, year] = key.split('|') as [string, string];
    let m = out.get(iso3);
    if (!m) out.set(iso3, (m = new Map()));
    m.set(Number(year), a);
  }
  return out;
}
