import {
  annualiseShiftShare,
  ChanyeError,
  type Evidence,
  type Finding,
  type Observation,
  observedEvidence,
  sectorsFromShares,
  shiftShare,
} from '@chanye/compute';
import type { Store } from '@chanye/store';

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

/** Fixed digits with a true minus sign, and no sign on a value that rounds to zero. */
const fmt = (v: number, digits = 1): string => {
  const text = Math.abs(v).toFixed(digits);
  return v < 0 && Number(text) !== 0 ? `−${text}` : text;
};
/** As `fmt`, with `+` on positive values. */
const signed = (v: number, digits = 2): string => {
  const text = fmt(v, digits);
  return v > 0 && Number(Math.abs(v).toFixed(digits)) !== 0 ? `+${text}` : text;
};

/** One year with every input of the three-sector decomposition. */
interface SectorYear {
  readonly year: number;
  readonly output: Observation;
  readonly employment: Observation;
  readonly valueAdded: readonly Observation[];
  readonly employmentShares: readonly Observation[];
}

/**
 * Structural change (methods.md §6): McMillan and Rodrik's (2011) decomposition of the change
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
  if (options.period !== undefined && !(options.period[0] < options.period[1])) {
    throw new ChanyeError('invalid-input', `invalid period: ${options.period[0]}-${options.period[1]}`);
  }
  const series = await sectorSeries(store, iso3, options.year);
  return [threeSectorFinding(), wiodFinding(iso3, nameZh)];

  function threeSectorFinding(): Finding {
    const threshold = {
      description_en:
        'McMillan and Rodrik (2011): structural change is growth-reducing when the structural-change term is negative, i.e. workers move towards sectors with lower labour productivity (their finding for Latin America and Africa, 1990-2005).',
      description_zh:
        '麦克米兰与罗德里克（2011）：结构变迁项为负即劳动力流向劳动生产率较低的部门，结构变迁降低增长（其对1990-2005年拉丁美洲和非洲的发现）。',
      value: 0,
      unit: '% per year',
    };
    const base = {
      diagnostic: 'structural-change',
      id: 'three-sector',
      threshold,
      reference: STRUCTURAL_CHANGE_REFERENCE,
    } as const;
    const noData = (en: string, zh: string): Finding => ({
      ...base,
      severity: 'no-data',
      statement_en: en,
      statement_zh: zh,
      evidence: [],
    });
    if (series.length < 2) {
      return noData(
        `Fewer than two years with real GDP, employment and the three sectors' shares of value added and employment for ${iso3}: the structural-change decomposition cannot be computed.`,
        `${nameZh}同时具备实际GDP、就业人数及三次产业增加值和就业占比的年份少于两年，无法进行结构变迁分解。`,
      );
    }
    const span = `${series[0]!.year}-${series.at(-1)!.year}`;
    let start: SectorYear | undefined;
    let end: SectorYear | undefined;
    if (options.period !== undefined) {
      const [t0, t1] = options.period;
      start = series.find((s) => s.year === t0);
      end = series.find((s) => s.year === t1);
      if (!start || !end) {
        const missing = [t0, t1].filter((y) => !series.some((s) => s.year === y)).join(', ');
        return noData(
          `No complete data for ${iso3} in ${missing} (years with every input: ${span}): the structural-change decomposition over ${t0}-${t1} cannot be computed.`,
          `${nameZh}在${missing}年缺少完整数据（具备全部输入的年份：${span}），无法计算${t0}-${t1}年的结构变迁分解。`,
        );
      }
    } else {
      end = series.at(-1)!;
      const from = end.year - STRUCTURAL_CHANGE_DEFAULT_SPAN;
      start = series.find((s) => s.year >= from)!;
    }
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
    const computed = (en: string, zh: string, value: number, unit: string, year = end.year): Evidence => ({
      label_en: en,
      label_zh: zh,
      iso3,
      year,
      value,
      unit,
      source: computedSource,
      status: 'computed',
      note,
    });
    const evidence: Evidence[] = [];
    for (const s of [start, end]) {
      evidence.push(
        observedEvidence(s.output, 'real GDP at constant 2017 national prices', '实际GDP（2017年不变国内价格）'),
      );
      evidence.push(observedEvidence(s.employment, 'persons engaged', '就业人员数'));
      STRUCTURAL_CHANGE_SECTORS.forEach((sector, i) => {
        evidence.push(
          observedEvidence(
            s.valueAdded[i]!,
            `${sector.name_en} value added (% of GDP)`,
            `${sector.name_zh}增加值占GDP比重`,
          ),
          observedEvidence(
            s.employmentShares[i]!,
            `${sector.name_en} employment (% of total)`,
            `${sector.name_zh}就业人员占比`,
          ),
        );
      });
    }
    // rgdpna in millions of US$ over emp in millions of persons: the millions cancel.
    const perWorker = '2017 US$ (constant national prices) per person engaged';
    evidence.push(
      computed('labour productivity', '全员劳动生产率', d.p0, perWorker, start.year),
      computed('labour productivity', '全员劳动生产率', d.p1, perWorker),
      computed('labour productivity growth', '劳动生产率年均增长率', a.growth * 100, '% per year'),
      computed('within-sector term', '部门内增长项', a.within * 100, '% per year'),
      computed('structural-change term', '结构变迁项', a.structural * 100, '% per year'),
    );
    STRUCTURAL_CHANGE_SECTORS.forEach((sector, i) => {
      evidence.push(
        computed(
          `within-sector term: ${sector.name_en}`,
          `部门内增长项：${sector.name_zh}`,
          d.withinBySector[i]! * factor * 100,
          '% per year',
        ),
        computed(
          `structural-change term: ${sector.name_en}`,
          `结构变迁项：${sector.name_zh}`,
          d.structuralBySector[i]! * factor * 100,
          '% per year',
        ),
      );
    });
    const shareText = (share: number): string =>
      Number.isFinite(share) ? `, ${fmt(share * 100, 0)}% of the change` : '';
    const shareZh = (share: number): string => (Number.isFinite(share) ? `，占变化的${fmt(share * 100, 0)}%` : '');
    const agShare0 = sectors0.employmentShares[0]! * 100;
    const agShare1 = sectors1.employmentShares[0]! * 100;
    const growthReducing = a.structural < 0;
    const shortNote =
      options.period === undefined && years < STRUCTURAL_CHANGE_DEFAULT_SPAN
        ? [` (data begin in ${start.year})`, `（数据始于${start.year}年）`]
        : ['', ''];
    return {
      ...base,
      severity: growthReducing ? 'warning' : 'info',
      statement_en:
        `Labour productivity (real GDP per person engaged) grew ${signed(a.growth * 100)}% a year in ${note}${shortNote[0]}: within sectors ${signed(a.within * 100)} points a year${shareText(a.withinShare)}, structural change ${signed(a.structural * 100)} points${shareText(a.structuralShare)}` +
        `${growthReducing ? ' — growth-reducing structural change: workers moved towards less productive sectors' : ''}. Agriculture's share of employment went from ${fmt(agShare0)}% to ${fmt(agShare1)}%. ` +
        'Three sectors; sector value added is approximated by current-price value-added shares (rescaled to sum to 100) times real GDP.',
      statement_zh:
        `${nameZh}${note}年全员劳动生产率（每就业人员实际GDP）年均增长${signed(a.growth * 100)}%${shortNote[1]}：部门内增长贡献${signed(a.within * 100)}个百分点${shareZh(a.withinShare)}，结构变迁贡献${signed(a.structural * 100)}个百分点${shareZh(a.structuralShare)}` +
        `${growthReducing ? '，属于降低增长的结构变迁：劳动力流向了生产率较低的部门' : ''}。第一产业就业占比由${fmt(agShare0)}%变为${fmt(agShare1)}%。` +
        '按三次产业计算；部门增加值以现价增加值占比（重新缩放至合计100）乘以实际GDP近似。',
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
    statement_en: `The 35-sector decomposition for 1995-2011 (WIOD 2013 sectors) cannot be computed for ${iso3}: the WIOD 2013 data in the project holds the input-output tables only (gross output and value added by sector in current US$), not the Socio-Economic Accounts that give persons engaged and real value added by sector. Without sector employment there is no sector labour productivity to decompose; the three-sector decomposition is reported instead.`,
    statement_zh: `无法计算${nameZh}1995-2011年35个部门（WIOD 2013部门）的结构变迁分解：项目中的WIOD 2013数据仅含投入产出表（按部门的现价美元总产出和增加值），不含提供各部门就业人数和实际增加值的社会经济账户（SEA）。缺少部门就业数据即无法计算部门劳动生产率；此处改为报告三次产业分解。`,
    evidence: [],
    reference: `${STRUCTURAL_CHANGE_REFERENCE}; Timmer, M. P. et al. (2015), "An Illustrated User Guide to the World Input-Output Database", Review of International Economics 23: 575-605 (the Socio-Economic Accounts)`,
  };
}
