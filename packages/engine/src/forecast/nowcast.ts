import {
  growthStateOf,
  lnGdpPerCapita,
  panelLatest,
  type GrowthState,
  type Observation,
  type SimulationPanel,
} from '@chanye/compute';
import type { Store } from '@chanye/store';

/** The catalogue indicator whose splice (PWT to its last year, then WDI growth) the nowcast follows. */
export const NOWCAST_INDICATOR = 'gdp_per_capita_ppp';

/** How far back the human capital index may be carried to the origin (it moves slowly). */
export const HUMAN_CAPITAL_CARRY_YEARS = 10;

/** One year of an economy's GDP per capita as the forecast reads it. */
export interface NowcastYear {
  readonly year: number;
  /** Real GDP per capita, 2017 US$ at constant national prices per person (PWT rgdpna / pop, spliced after PWT). */
  readonly gdpPerCapita: number;
  /** GDP per capita at chained PPPs (PWT rgdpe / pop, spliced after PWT), NaN when missing. */
  readonly gdpPerCapitaPpp: number;
  readonly status: 'observed' | 'spliced';
}

/** An economy brought to its latest observed year. */
export interface Nowcast {
  readonly iso3: string;
  /** The latest year with GDP per capita: the forecast's origin. */
  readonly origin: number;
  /** PWT's last year for this economy: the years after it are spliced. */
  readonly pwtLastYear: number;
  /** Every year from the first PWT year to the origin. */
  readonly years: readonly NowcastYear[];
  readonly state: GrowthState;
  /** What the nowcast did, in words (splices, carried values). */
  readonly notes: readonly string[];
  /** The source of the spliced years, as the catalogue states it. */
  readonly splicedSource: string | null;
}

/**
 * Extends an economy's GDP per capita from PWT's last year to the latest year the snapshot
 * observes, with the profile's own splice (catalogue `gdp_per_capita_ppp`: PWT's level carried by
 * the growth of the World Bank's GDP per capita at constant PPPs, status `spliced`), and builds
 * the forecast state there. Real GDP per capita at national prices after PWT moves with the same
 * growth. Returns null when the economy has no trailing growth at its latest year.
 */
export async function nowcast(store: Store, panel: SimulationPanel, iso3: string): Promise<Nowcast | null> {
  let pwtLastYear = -Infinity;
  for (const y of panel.data.get(iso3)?.get('rgdpna')?.keys() ?? [])
    if (Number.isFinite(lnGdpPerCapita(panel, iso3, y))) pwtLastYear = Math.max(pwtLastYear, y);
  if (!Number.isFinite(pwtLastYear)) return null;
  const rows = await store.observations({
    indicator: NOWCAST_INDICATOR,
    economies: iso3 === 'USA' ? ['USA'] : [iso3, 'USA'],
    years: [1950, pwtLastYear + 30],
  });
  const ppp = (code: string): Map<number, Observation> =>
    new Map(rows.filter((o) => o.iso3 === code).map((o) => [o.year, o]));
  const own = ppp(iso3);
  const usa = ppp('USA');
  const anchor = own.get(pwtLastYear)?.value;
  const lnY = new Map<number, number>();
  const years: NowcastYear[] = [];
  const firstYear = Math.min(...(panel.data.get(iso3)?.get('rgdpna')?.keys() ?? [pwtLastYear]));
  for (let y = firstYear; ; y++) {
    let value: number;
    let status: NowcastYear['status'] = 'observed';
    if (y <= pwtLastYear) value = lnGdpPerCapita(panel, iso3, y);
    else {
      const later = own.get(y);
      if (!later || anchor === undefined || !(later.value > 0)) break;
      value = lnGdpPerCapita(panel, iso3, pwtLastYear) + Math.log(later.value / anchor);
      status = 'spliced';
    }
    if (Number.isFinite(value)) {
      lnY.set(y, value);
      years.push({ year: y, gdpPerCapita: Math.exp(value), gdpPerCapitaPpp: own.get(y)?.value ?? NaN, status });
    }
    if (y > pwtLastYear + 60) break;
  }
  const origin = Math.max(...lnY.keys());
  const hc = panelLatest(panel, iso3, 'hc', origin, origin - HUMAN_CAPITAL_CARRY_YEARS);
  const levelOwn = own.get(origin)?.value;
  const levelUsa = usa.get(origin)?.value;
  const state = growthStateOf({
    iso3,
    origin,
    lnGdpPerCapita: (y) => lnY.get(y) ?? NaN,
    lnRelativeLevel: levelOwn && levelUsa ? Math.log(levelOwn / levelUsa) : NaN,
    lnHumanCapital: hc && hc.value > 0 ? Math.log(hc.value) : NaN,
  });
  if (!state) return null;
  const spliced = origin > pwtLastYear ? own.get(origin) : undefined;
  const notes: string[] = [];
  if (spliced)
    notes.push(
      `GDP per capita ${pwtLastYear + 1}-${origin} spliced: PWT 10.01's ${pwtLastYear} level carried by the growth of the World Bank's GDP per capita at constant PPPs (WDI NY.GDP.PCAP.PP.KD), the profile's splice of ${NOWCAST_INDICATOR} (status spliced)`,
    );
  if (hc && hc.year < origin)
    notes.push(`human capital index (PWT hc) of ${hc.year} carried to ${origin} (PWT ends in ${hc.year})`);
  if (!hc) notes.push(`no PWT human capital index within ${HUMAN_CAPITAL_CARRY_YEARS} years of ${origin}`);
  return { iso3, origin, pwtLastYear, years, state, notes, splicedSource: spliced?.source ?? null };
}
