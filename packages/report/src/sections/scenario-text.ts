/**
 * The outlook section's words, in English and Chinese.
 *
 * @module
 */
import type { Lang } from '../model.js';

const pct = (share: number): string => (share * 100).toFixed(1);
const money = (x: number): string => Math.round(x).toLocaleString('en-US');

/** The numbers of the forecast the intro states. */
export interface OutlookIntro {
  readonly iso3: string;
  /** The economy's name in the report's language (prose names economies; commands take the code). */
  readonly name: string;
  readonly origin: number;
  readonly pwtLastYear: number;
  readonly to: number;
  readonly draws: number;
  readonly seed: number;
  readonly scenarioId: string;
  readonly annualGrowth: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly latest: number;
}

/** The recorded back-test as the section cites it. */
export interface OutlookBacktest {
  readonly economies: string;
  readonly rmse: string;
  readonly best: string;
  readonly bestRmse: string;
  readonly relative: string;
  readonly coverage80: string;
  readonly coverage95: string;
}

export interface ScenarioText {
  /** Short source line of the fan chart and tables: the command, on the snapshot sources it reads. */
  readonly simulationSource: (sources: string) => string;
  readonly intro: (x: OutlookIntro) => string;
  readonly classified: (name: string, from: number, to: number, high: boolean) => string;
  readonly crossing: (name: string, years: readonly { year: number; p: number }[]) => string;
  readonly slowdown: (name: string, to: number, p: number, scenario: number | null) => string;
  readonly scenarioDifference: (
    name: string,
    to: number,
    p50: number,
    p10: number,
    p90: number,
    measurable: readonly string[],
  ) => string;
  readonly backtest: (b: OutlookBacktest) => string;
  readonly benchmarkNames: Readonly<Record<'trend' | 'rtm' | 'median', string>>;
  readonly fanTitle: (to: number) => string;
  readonly fanDesc: (unit: string) => string;
  readonly observed: string;
  readonly scenarioMedian: (name: string) => string;
  readonly status: string;
  readonly statusObserved: string;
  readonly statusForecast: string;
  readonly leversTable: string;
  readonly lever: string;
  readonly leverBase: string;
  readonly leverBaseline: (year: number) => string;
  readonly leverScenario: (year: number) => string;
  readonly leverEffect: string;
  readonly leverVerdict: string;
  readonly verdicts: Readonly<Record<'measurable' | 'no measurable effect', string>>;
  readonly leverNames: Readonly<Record<string, string>>;
  /** The lever's name in a sentence (no unit). */
  readonly leverInSentence: Readonly<Record<string, string>>;
  readonly noForecast: (name: string, reason: string) => string;
}

export const SCENARIO_TEXT: Readonly<Record<Lang, ScenarioText>> = {
  en: {
    simulationSource: (sources) => `Chanye forecast (chanye simulate) on ${sources}`,
    intro: (x) =>
      `The default forecast of ${x.name}’s GDP per capita starts in ${x.origin}, the latest observed year (Penn World Table 10.01 to ${x.pwtLastYear}, then carried by the World Bank’s growth of GDP per capita at constant PPPs), from US$${money(x.latest)}. Its central path grows ${(100 * x.annualGrowth).toFixed(1)} % a year to ${x.to}, reaching US$${money(x.p50)} (80 % interval ${money(x.p10)}-${money(x.p90)}, 2017 US$ at constant national prices). It is the forecast that beat three simple benchmarks out of sample (below), run by the function behind \`chanye simulate ${x.iso3} --to ${x.to} --scenario ${x.scenarioId} --draws ${x.draws} --seed ${x.seed}\` (${x.draws} Monte Carlo paths, seed ${x.seed}; the same seed gives the same numbers).`,
    classified: (name, from, to, high) =>
      `The World Bank has classified ${name} for ${from}-${to}: ${high ? 'high income' : 'not high income'} in ${to}. Those years are reported as observed, and every simulated path is made consistent with them.`,
    crossing: (name, years) =>
      `Probability that ${name}’s Atlas GNI per capita has been above the high-income threshold: ${years.map((y) => `${pct(y.p)} % by ${y.year}`).join(', ')} (share of the Monte Carlo paths).`,
    slowdown: (name, to, p, scenario) =>
      `Probability that ${name} has a growth slowdown by ${to} by the rule of Eichengreen, Park and Shin (2012) (7-year growth of at least 3.5 % a year falling by 2 points or more, above their income floor): ${pct(p)} %${scenario !== null ? ` (${pct(scenario)} % in the scenario)` : ''}.`,
    scenarioDifference: (name, to, p50, p10, p90, measurable) =>
      `Scenario “${name}”: GDP per capita in ${to} ${p50 >= 0 ? 'higher' : 'lower'} than the baseline by ${Math.abs(p50).toFixed(2)} % (80 % interval ${p10.toFixed(2)} to ${p90.toFixed(2)} %). ${measurable.length > 0 ? `Only ${measurable.join(' and ')} moved growth: the other levers have no measurable effect in the data (table below), so the scenario does not credit them with one.` : 'No lever has a measurable effect in the data (table below), so the scenario equals the baseline.'}`,
    backtest: (b) =>
      `Back-test (docs/methods/simulation.md, \`chanye backtest\`): estimated on data to 2000, 2005 and 2010 and scored on every later year to 2019 for ${b.economies} economies with at least 1 million people, the forecast’s RMSE of ln GDP per capita is ${b.rmse} against ${b.bestRmse} for the best simple benchmark (${b.best}), ${b.relative} % lower; its 80 % and 95 % intervals cover ${b.coverage80} and ${b.coverage95} of the outcomes.`,
    benchmarkNames: {
      trend: 'the trailing 10-year trend',
      rtm: 'regression to the mean',
      median: 'the cross-country median growth',
    },
    fanTitle: (to) => `GDP per capita to ${to}: observed, and the forecast’s median and 80 % and 95 % intervals`,
    fanDesc: (unit) =>
      `By year (${unit}): observed (spliced after PWT’s last year) up to the origin, then the median of the forecast and the ranges holding 80 % (10th-90th percentile) and 95 % (2.5th-97.5th percentile) of the paths.`,
    observed: 'observed',
    scenarioMedian: (name) => `scenario “${name}”, median`,
    status: 'Status',
    statusObserved: 'classified by the World Bank',
    statusForecast: 'forecast',
    leversTable: 'Policy levers of the scenario: their evidence and their paths',
    lever: 'Lever',
    leverBase: 'Last observed (year)',
    leverBaseline: (year) => `Baseline, ${year}`,
    leverScenario: (year) => `Scenario, ${year}`,
    leverEffect: 'Effect on annual growth per unit (pp)',
    leverVerdict: 'Evidence',
    verdicts: { measurable: 'measurable', 'no measurable effect': 'no measurable effect' },
    leverNames: {
      rd_share_gdp: 'R&D expenditure, % of GDP',
      investment_rate: 'Investment rate, % of GDP',
      internet_users: 'Internet users, % of population',
      trade_openness: 'Trade openness, % of GDP',
    },
    leverInSentence: {
      rd_share_gdp: 'R&D',
      investment_rate: 'the investment rate',
      internet_users: 'internet use',
      trade_openness: 'trade openness',
    },
    noForecast: (name, reason) => `No forecast for ${name}: ${reason}.`,
  },
  zh: {
    // SVG chart sources cannot set a command as code; the assumptions table names it.
    simulationSource: (sources) => `Chanye预测，基于${sources}`,
    intro: (x) =>
      `${x.name}人均GDP的默认预测从最新观测年份${x.origin}年起步（${x.pwtLastYear}年及以前取自佩恩表10.01，此后按世界银行不变购买力平价人均GDP的增长率延伸），起点为${money(x.latest)}美元。中心路径年均增长${(100 * x.annualGrowth).toFixed(1)}%，${x.to}年达到${money(x.p50)}美元（80%区间为${money(x.p10)}至${money(x.p90)}美元，2017年不变国内价格美元）。该预测在样本外回测中优于三种简单基准（见下文），由\`chanye simulate ${x.iso3} --to ${x.to} --scenario ${x.scenarioId} --draws ${x.draws} --seed ${x.seed}\`所用的函数生成（${x.draws}条蒙特卡洛路径，种子为${x.seed}；相同种子得到相同数值）。`,
    classified: (name, from, to, high) =>
      `世界银行已公布${name}在${from}至${to}年的收入分组：${to}年${high ? '属于' : '不属于'}高收入经济体。这些年份按观测值报告，每条模拟路径都与之保持一致。`,
    crossing: (name, years) =>
      `${name}的Atlas法人均GNI曾高于高收入门槛的概率：${years.map((y) => `${y.year}年前为${pct(y.p)}%`).join('，')}（蒙特卡洛路径中的比例）。`,
    slowdown: (name, to, p, scenario) =>
      `按Eichengreen、Park和Shin（2012）的规则（此前7年年均增长不低于3.5%、此后下降至少2个百分点，且收入高于其门槛），${name}到${to}年出现增长减速的概率为${pct(p)}%${scenario !== null ? `（情景下为${pct(scenario)}%）` : ''}。`,
    scenarioDifference: (name, to, p50, p10, p90, measurable) =>
      `“${name}”情景：${to}年人均GDP比基准${p50 >= 0 ? '高' : '低'}${Math.abs(p50).toFixed(2)}%（80%区间为${p10.toFixed(2)}%至${p90.toFixed(2)}%）。${measurable.length > 0 ? `只有${measurable.join('和')}影响增长：其余政策变量在数据中没有可测的效应（见下表），情景不为其计入效应。` : '没有任何政策变量在数据中有可测的效应（见下表），因此情景与基准相同。'}`,
    backtest: (b) =>
      `回测（docs/methods/simulation.md，\`chanye backtest\`）：分别以2000、2005和2010年及以前的数据估计，对${b.economies}个人口不少于100万的经济体在此后至2019年的各年评分，预测的人均GDP对数均方根误差为${b.rmse}，最佳简单基准（${b.best}）为${b.bestRmse}，低${b.relative}%；其80%和95%区间分别覆盖了${b.coverage80}和${b.coverage95}的实际结果。`,
    benchmarkNames: {
      trend: '延续过去10年趋势',
      rtm: '向均值回归',
      median: '各国增长率中位数',
    },
    fanTitle: (to) => `至${to}年的人均GDP：观测值及预测的中位数和80%、95%区间`,
    fanDesc: (unit) =>
      `各年数值（${unit}）：预测起点及以前为观测值（佩恩表最后一年之后为衔接值），此后为预测中位数，以及80%（第10至90百分位）和95%（第2.5至97.5百分位）路径所在的区间。`,
    observed: '观测值',
    scenarioMedian: (name) => `“${name}”情景中位数`,
    status: '状态',
    statusObserved: '世界银行已分组',
    statusForecast: '预测',
    leversTable: '情景中的政策变量：证据与路径',
    lever: '政策变量',
    leverBase: '最新观测值（年份）',
    leverBaseline: (year) => `基准，${year}年`,
    leverScenario: (year) => `情景，${year}年`,
    leverEffect: '每单位对年增长率的效应（百分点）',
    leverVerdict: '证据',
    verdicts: { measurable: '可测', 'no measurable effect': '无可测效应' },
    leverNames: {
      rd_share_gdp: '研发支出占GDP比重（%）',
      investment_rate: '投资率（占GDP的%）',
      internet_users: '互联网用户占人口比重（%）',
      trade_openness: '贸易开放度（占GDP的%）',
    },
    leverInSentence: {
      rd_share_gdp: '研发投入',
      investment_rate: '投资率',
      internet_users: '互联网使用',
      trade_openness: '贸易开放度',
    },
    noForecast: (name, reason) => `无法预测${name}：${reason}。`,
  },
};
