import {
  DUAL_STRUCTURE_LINE,
  dualStructure,
  type Evidence,
  type Finding,
  highTechShareOfGdp,
  type Observation,
  observedEvidence,
} from '@chanye/compute';
import type { Store } from '@chanye/store';
import { descriptionFields, labelFields, statementFields } from './messages/format.js';
import {
  CARRIED_NOTE,
  DUAL_STRUCTURE_LABELS,
  DUAL_STRUCTURE_THRESHOLD,
  dualStructureStatement,
  noProxyYear,
} from './messages/dual-structure.js';

export const DUAL_STRUCTURE_REFERENCE =
  'Rui Mingjie (2023), "Composition and Development Strategies of an Industrial System for China\'s Modernization Drive", China Economist 2023(11), §1.1-1.2: conventional sectors above 80% and emerging high-tech industries below 20% of GDP; proxy from UNIDO\'s classification of manufacturing by technology intensity (Galindo-Rueda and Verger 2016, OECD STI Working Paper 2016/04)';

/** One year of the proxy with the two observations it is made of. */
export interface HighTechShareYear {
  readonly year: number;
  readonly value: number;
  readonly mva: Observation;
  readonly mht: Observation;
}

/**
 * The proxy for Rui's "emerging high-tech industries" share of GDP: medium- and high-tech
 * manufacturing value added in % of GDP = `mva_share_gdp × mht_share_mva / 100`, for years
 * with both (SDG 2000-2019 × UNIDO via WDI 1990-2017, so 2000-2017), up to `year` when given.
 */
export async function highTechShareSeries(store: Store, iso3: string, year?: number): Promise<HighTechShareYear[]> {
  const years = year === undefined ? {} : { years: [1900, year] as const };
  const [mva, mht] = await Promise.all([
    store.observations({ indicator: 'mva_share_gdp', economies: [iso3], ...years }),
    store.observations({ indicator: 'mht_share_mva', economies: [iso3], ...years }),
  ]);
  const mhtOf = new Map(mht.map((o) => [o.year, o]));
  return mva
    .filter((o) => mhtOf.has(o.year))
    .map((o) => {
      const t = mhtOf.get(o.year)!;
      return { year: o.year, value: highTechShareOfGdp(o.value, t.value), mva: o, mht: t };
    })
    .sort((a, b) => a.year - b.year);
}

/**
 * Dual structure (Rui 2023; docs/methods/deindustrialization.md): the medium/high-tech manufacturing share of
 * GDP against Rui's 20 % line, with its first and last year and trend. The proxy leaves out
 * high-tech services and counts medium-tech manufacturing, so nearly every economy is below
 * 20 %; being below is therefore `info`, and the finding is a `warning` only when the share is
 * below the line *and* its least-squares trend is falling (the gap is widening).
 */
export async function diagnoseDualStructure(
  store: Store,
  code: string,
  options: { year?: number } = {},
): Promise<Finding[]> {
  const economy = await store.economy(code);
  const iso3 = economy.iso3;
  const nameZh = economy.name_zh ?? iso3;
  const series = await highTechShareSeries(store, iso3, options.year);
  const threshold = {
    ...descriptionFields(DUAL_STRUCTURE_THRESHOLD),
    value: DUAL_STRUCTURE_LINE,
    unit: '% of GDP',
  };
  const result = dualStructure(
    series.map((p) => p.year),
    series.map((p) => p.value),
  );
  if (result === undefined) {
    return [
      {
        diagnostic: 'dual-structure',
        id: 'high-tech-share',
        severity: 'no-data',
        ...statementFields(noProxyYear(iso3, nameZh)),
        evidence: [],
        threshold,
        reference: DUAL_STRUCTURE_REFERENCE,
      },
    ];
  }
  const first = series[0]!;
  const last = series.at(-1)!;
  const evidence: Evidence[] = [];
  for (const p of first === last ? [first] : [first, last]) {
    evidence.push(
      observedEvidence(p.mva, DUAL_STRUCTURE_LABELS.manufacturing.en, DUAL_STRUCTURE_LABELS.manufacturing.zh),
      observedEvidence(p.mht, DUAL_STRUCTURE_LABELS.mediumHighTech.en, DUAL_STRUCTURE_LABELS.mediumHighTech.zh),
      {
        ...labelFields(DUAL_STRUCTURE_LABELS.proxy),
        iso3,
        year: p.year,
        value: p.value,
        unit: '% of GDP',
        source: `Chanye: ${p.mva.source} × ${p.mht.source} / 100`,
        status: 'computed',
        ...(p.mht.status === 'carried' ? { note: CARRIED_NOTE } : {}),
      },
    );
  }
  const carriedYears = series.filter((p) => p.mht.status === 'carried').map((p) => p.year);
  const trend = Number.isFinite(result.trendPerYear) ? result.trendPerYear : result.changePerYear;
  const statement = dualStructureStatement({
    nameZh,
    first,
    last,
    trend,
    years: result.years,
    belowLine: result.belowLine,
    yearsToLine: result.yearsToLine,
    carriedYears,
  });
  return [
    {
      diagnostic: 'dual-structure',
      id: 'high-tech-share',
      severity: result.belowLine && trend < 0 ? 'warning' : 'info',
      ...statementFields(statement),
      evidence,
      threshold,
      reference: DUAL_STRUCTURE_REFERENCE,
    },
  ];
}
