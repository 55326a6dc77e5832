import {
  annualiseShiftShare,
  type Evidence,
  type Finding,
  type Observation,
  observedEvidence,
  sectorsFromShares,
  shiftShare,
} from '@chanye/compute';
import type { Store } from '@chanye/store';
import { descriptionFields, labelFields, type Prose, statementFields } from './messages/format.js';
import { checkPeriod, choosePeriod } from './period.js';
import {
  periodGap,
  sectorEmploymentLabel,
  sectorStructuralLabel,
  sectorValueAddedLabel,
  sectorWithinLabel,
  STRUCTURAL_CHANGE_LABELS,
  STRUCTURAL_CHANGE_THRESHOLD,
  threeSectorStatement,
  tooFewYears,
  wiodUnavailable,
} from './messages/structural-change.js';

export const STRUCTURAL_CHANGE_REFERENCE =
  'McMillan, M. and Rodrik, D. (2011), "Globalization, Structural Change and Productivity Growth", NBER Working Paper 17143, eq. (1): ΔP = Σ θ_{i,t0} Δp_i + Σ p_{i,t1} Δθ_i';

/** The three sectors, with the value-added and employment shares that measure them. */
export const STRUCTURAL_CHANGE_SECTORS = [
  {
    id: 'agriculture',
    valueAdded: 'agriculture_share_gdp',
    employment: 'agriculture_employment_share',
    name_en: 'agriculture',
    name_zh: '第一产业',
  },
  {
    id: 'industry',
    valueAdded: 'industry_share_gdp',
    employment: 'industry_employment_share',
    name_en: 'industry',
    name_zh: '第二产业',
  },
  {
    id: 'services',
    valueAdded: 'services_share_gdp',
    employment: 'services_employment_share',
    name_en: 'services',
    name_zh: '第三产业',
  },
] as const;

/** Real GDP (constant national prices) and persons engaged, both PWT 10.01. */
const OUTPUT = 'real_gdp_national_prices';
const EMPLOYMENT = 'persons_engaged';

/** The default period: the last `STRUCTURAL_CHANGE_DEFAULT_SPAN` years with data. */
export const STRUCTURAL_CHANGE_DEFAULT_SPAN = 10;

/** One year with every input of the three-sector decomposition. */
interface SectorYear {
  readonly year: number;
  readonly output: Observation;
  readonly employment: Observation;
  readonly valueAdded: readonly Observation[];
  readonly employmentShares: readonly Observation[];
}

/**
 * Structural change (docs/methods/structural-change.md): McMillan and Rodrik's (2011) decomposition of the change
 * in labour productivity (real GDP per person engaged) over [t0, t1] into growth within
 * sectors and reallocation of workers across sectors, by `shiftShare` in `@chanye/compute`,
 * for three sectors (agriculture, industry, services).
 *
 * Sector value added = the WDI value-added shares (current prices, via Gapminder) rescaled to
 * sum to 100 × PWT real GDP at constant national prices (rgdpna); sector employment = the ILO
 * employment shares (via Gapminder, 1991-) × PWT persons engaged (emp). Shares ≤ 0
 * (Gapminder's placeholder for gaps) count as missing. The period defaults to the last ten
 * years with data (the whole span if shorter); `year` limits the data to years up to it.
 * A second finding states why the 35-sector WIOD variant cannot be computed.
 */
export async function diagnoseStructuralChange(
  store: Store,
  code: string,
  options: { year?: number; period?: readonly [number, number] } = {},
): Promise<Finding[]> {
  const economy = await store.economy(code);
  const iso3 = economy.iso3;
  const nameZh = economy.name_zh ?? iso3;
  checkPeriod(options.period);
  const series = await sectorSeries(store, iso3, options.year);
  return [threeSectorFinding(), wiodFinding(iso3, nameZh)];

  function threeSectorFinding(): Finding {
    const threshold = {
      ...descriptionFields(STRUCTURAL_CHANGE_THRESHOLD),
      value: 0,
      unit: '% per year',
    };
    const base = {
      diagnostic: 'structural-change',
      id: 'three-sector',
      threshold,
      reference: STRUCTURAL_CHANGE_REFERENCE,
    } as const;
    const noData = (statement: Prose): Finding => ({
      ...base,
      severity: 'no-data',
      ...statementFields(statement),
      evidence: [],
    });
    if (series.length < 2) return noData(tooFewYears(iso3, nameZh));
    const span = `${series[0]!.year}-${series.at(-1)!.year}`;
    const period = choosePeriod(series, options.period, STRUCTURAL_CHANGE_DEFAULT_SPAN);
    if ('missing' in period) {
      return noData(periodGap({ iso3, nameZh, period: period.asked, missing: period.missing, span }));
    }
    const { start, end } = period;
    const years = end.year - start.year;
    const build = (s: SectorYear) =>
      sectorsFromShares(
        s.valueAdded.map((o) => o.value),
        s.employmentShares.map((o) => o.value),
        s.output.value,
        s.employment.value,
      );
    const sectors0 = build(start);
    const sectors1 = build(end);
    const d = shiftShare(
      sectors0.productivity,
      sectors1.productivity,
      sectors0.employmentShares,
      sectors1.employmentShares,
    );
    const a = annualiseShiftShare(d, years);
    const factor = d.change === 0 ? 1 / (years * d.p0) : a.growth / d.change;
    const note = `${start.year}-${end.year}`;
    const computedSource = 'Chanye: McMillan-Rodrik decomposition of PWT rgdpna/emp with WDI and ILO sector shares';
    const computed = (label: Prose, value: number, unit: string, year = end.year): Evidence => ({
      ...labelFields(label),
      iso3,
      year,
      value,
      unit,
      source: computedSource,
      status: 'computed',
      note,
    });
    const observed = (o: Observation, label: Prose): Evidence => observedEvidence(o, label.en, label.zh);
    const labels = STRUCTURAL_CHANGE_LABELS;
    const evidence: Evidence[] = [];
    for (const s of [start, end]) {
      evidence.push(observed(s.output, labels.realGdp));
      evidence.push(observed(s.employment, labels.personsEngaged));
      STRUCTURAL_CHANGE_SECTORS.forEach((sector, i) => {
        evidence.push(
          observed(s.valueAdded[i]!, sectorValueAddedLabel(sector)),
          observed(s.employmentShares[i]!, sectorEmploymentLabel(sector)),
        );
      });
    }
    // rgdpna in millions of US$ over emp in millions of persons: the millions cancel.
    const perWorker = '2017 US$ (constant national prices) per person engaged';
    evidence.push(
      computed(labels.productivity, d.p0, perWorker, start.year),
      computed(labels.productivity, d.p1, perWorker),
      computed(labels.productivityGrowth, a.growth * 100, '% per year'),
      computed(labels.within, a.within * 100, '% per year'),
      computed(labels.structural, a.structural * 100, '% per year'),
    );
    STRUCTURAL_CHANGE_SECTORS.forEach((sector, i) => {
      evidence.push(
        computed(sectorWithinLabel(sector), d.withinBySector[i]! * factor * 100, '% per year'),
        computed(sectorStructuralLabel(sector), d.structuralBySector[i]! * factor * 100, '% per year'),
      );
    });
    const statement = threeSectorStatement({
      nameZh,
      start: start.year,
      end: end.year,
      dataBeginLate: options.period === undefined && years < STRUCTURAL_CHANGE_DEFAULT_SPAN,
      growth: a.growth,
      within: a.within,
      structural: a.structural,
      withinShare: a.withinShare,
      structuralShare: a.structuralShare,
      agricultureShare0: sectors0.employmentShares[0]! * 100,
      agricultureShare1: sectors1.employmentShares[0]! * 100,
    });
    return {
      ...base,
      // Growth-reducing structural change: workers moved towards less productive sectors.
      severity: a.structural < 0 ? 'warning' : 'info',
      ...statementFields(statement),
      evidence,
    };
  }
}

/**
 * Years with every input of the three-sector decomposition (up to `year` when given): PWT
 * real GDP and persons engaged, and positive value-added and employment shares of the three
 * sectors.
 */
async function sectorSeries(store: Store, iso3: string, year: number | undefined): Promise<SectorYear[]> {
  const years = year === undefined ? {} : { years: [1900, year] as const };
  const read = async (indicator: string, positive: boolean): Promise<Map<number, Observation>> => {
    const rows = await store.observations({ indicator, economies: [iso3], ...years });
    return new Map(rows.filter((o) => (positive ? o.value > 0 : Number.isFinite(o.value))).map((o) => [o.year, o]));
  };
  const [output, employment, ...shares] = await Promise.all([
    read(OUTPUT, true),
    read(EMPLOYMENT, true),
    ...STRUCTURAL_CHANGE_SECTORS.flatMap((s) => [read(s.valueAdded, true), read(s.employment, true)]),
  ]);
  const va = STRUCTURAL_CHANGE_SECTORS.map((_, i) => shares[2 * i]!);
  const emp = STRUCTURAL_CHANGE_SECTORS.map((_, i) => shares[2 * i + 1]!);
  return [...output!.keys()]
    .filter((y) => employment!.has(y) && [...va, ...emp].every((m) => m.has(y)))
    .sort((a, b) => a - b)
    .map((y) => ({
      year: y,
      output: output!.get(y)!,
      employment: employment!.get(y)!,
      valueAdded: va.map((m) => m.get(y)!),
      employmentShares: emp.map((m) => m.get(y)!),
    }));
}

/** The 35-sector WIOD variant cannot be computed: the shared WIOD 2013 data has no employment. */
function wiodFinding(iso3: string, nameZh: string): Finding {
  return {
    diagnostic: 'structural-change',
    id: 'wiod-35-sectors',
    severity: 'no-data',
    ...statementFields(wiodUnavailable(iso3, nameZh)),
    evidence: [],
    reference: `${STRUCTURAL_CHANGE_REFERENCE}; Timmer, M. P. et al. (2015), "An Illustrated User Guide to the World Input-Output Database", Review of International Economics 23: 575-605 (the Socio-Economic Accounts)`,
  };
}
