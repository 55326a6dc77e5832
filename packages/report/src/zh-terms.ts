/**
 * Chinese for the English words the engine hands the report: units of evidence and of the
 * catalogue's indicators, and the notes under evidence. The engine's strings stay the record
 * (the CLI and the API print them); the Chinese report renders them here. Units are looked up
 * whole; notes by their structure, every number taken from the engine's own string.
 *
 * @module
 */

/** The named scoring methods of `chanye score --method` (weighting and aggregation) in Chinese. */
const SCORE_METHODS_ZH: Readonly<Record<string, string>> = {
  'entropy-topsis': '熵权-TOPSIS',
  'entropy-arithmetic': '熵权-算术平均',
  'equal-arithmetic': '等权-算术平均',
  'equal-geometric': '等权-几何平均',
  'equal-topsis': '等权-TOPSIS',
  'pca-arithmetic': '主成分赋权-算术平均',
};

/** The normalizations of `chanye score --normalization` in Chinese. */
const NORMALIZATIONS_ZH: Readonly<Record<string, string>> = {
  'min-max': '极差（最小-最大）',
  'z-score': 'Z分数',
  'distance-to-frontier': '与前沿距离',
  'distance-to-reference': '与参照值距离',
  goalposts: '固定端点',
  vector: '向量',
};

/** A scoring method's Chinese name, with its option value for the CLI; unknown names as they are. */
export const scoreMethodZh = (method: string): string =>
  SCORE_METHODS_ZH[method] ? `${SCORE_METHODS_ZH[method]}（\`${method}\`）` : method;

/** A normalization's Chinese name, with its option value; unknown names as they are. */
export const normalizationZh = (name: string): string =>
  NORMALIZATIONS_ZH[name] ? `${NORMALIZATIONS_ZH[name]}（\`${name}\`）` : name;

/** Units in standard Chinese statistical terms (国家统计局, 世界银行中文版 usage). */
const UNITS_ZH: Readonly<Record<string, string>> = {
  years: '年',
  '% per year': '%/年',
  'percentage points': '百分点',
  'percentage points per year': '百分点/年',
  '% of GDP': '占GDP的%',
  '% of GDP at current PPPs': '占GDP的%（现价购买力平价）',
  '% of manufacturing value added': '占制造业增加值的%',
  '% of industry value added': '占工业增加值的%',
  '% of world manufacturing value added': '占世界制造业增加值的%',
  '% of manufactured exports': '占制成品出口的%',
  '% of total employment': '占总就业的%',
  '% of total population': '占总人口的%',
  '% of population': '占人口的%',
  '% of electricity generation': '占发电量的%',
  '% of electricity demand': '占电力需求的%',
  '% of total final energy consumption': '占终端能源消费总量的%',
  '% of primary energy use': '占一次能源消费的%',
  '% of intermediate-goods headings': '占中间品品目的%',
  '% of capital-goods headings': '占资本品品目的%',
  '% ad valorem': '从价税率%',
  '2017 US$ at chained PPPs per person': '2017年美元/人（链式购买力平价）',
  '2017 US$ at chained PPPs per person engaged': '2017年美元/就业人员（链式购买力平价）',
  '2017 US$ (constant national prices) per person engaged': '2017年美元/就业人员（不变国内价格）',
  'million 2017 US$ at constant national prices': '百万2017年美元（不变国内价格）',
  '1990 international GK$ per person': '1990年国际元（GK）/人',
  '2004 US$ per person (PWT PPP valuation)': '2004年美元/人（按PWT购买力平价折算）',
  'price level (USA 2017 = 1)': '价格水平（美国2017年=1）',
  'constant 2015 US$ per person': '2015年不变价美元/人',
  'current US$': '现价美元',
  'million persons': '百万人',
  'million people': '百万人',
  'score 0-100': '得分（0-100）',
  'index 0-100': '指数（0-100）',
  'index (0-1)': '指数（0-1）',
  index: '指数',
  'index (sum of 1 / ubiquity)': '指数（1/普遍性之和）',
  'USA=1': '美国=1',
  't CO2 per person': '吨二氧化碳/人',
  'kg CO2 per constant 2010 US$ of GDP': '千克二氧化碳/2010年不变价美元GDP',
  'kg CO2 per constant 2010 US$ of manufacturing value added': '千克二氧化碳/2010年不变价美元制造业增加值',
  'kg CO2 per 2021 PPP $ of GDP': '千克二氧化碳/2021年购买力平价美元GDP',
  'g CO2 per kWh': '克二氧化碳/千瓦时',
  'kWh per person': '千瓦时/人',
  'kg of oil equivalent per person': '千克标准油/人',
  'MJ per constant 2011 PPP $ of GDP': '兆焦/2011年不变价购买力平价美元GDP',
  'subscriptions per 100 people': '每百人订阅数',
  'patent applications per million people': '每百万人专利申请数',
  'FTE researchers per million inhabitants': '每百万居民全时当量研究人员数',
  'ratio to the economy-wide average (1 = parity)': '与全经济平均之比（1=持平）',
  'ISIC Rev.4 divisions (of 24)': 'ISIC第4版大类数（共24个）',
  'HS 4-digit headings': 'HS四位数品目数',
};

/** A unit in Chinese; a unit not in the glossary is returned as it is (the zh-text test lists it). */
export function unitZh(unit: string): string {
  return UNITS_ZH[unit] ?? unit;
}

/** Names the engine writes into notes: series ids and sources, in Chinese. */
const SERIES_ZH: Readonly<Record<string, string>> = {
  'gapminder:alternative_gdp_per_capita_ppp_wb': 'Gapminder的世界银行购买力平价人均GDP序列',
  'gapminder:gdpperemployee_us_inflation_adjusted': 'Gapminder的每就业人员GDP（经通胀调整的美元）序列',
};

const seriesZh = (id: string): string => SERIES_ZH[id] ?? id;

/**
 * Notes under evidence, by structure: each pattern captures the numbers and names of the
 * engine's English note and places them in the Chinese sentence.
 */
const NOTE_PATTERNS_ZH: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
  [/^GNI data years (\d{4})-(\d{4})$/, (a, b) => `国民总收入数据年份${a}-${b}年`],
  [/^since (\d{4})$/, (a) => `自${a}年起`],
  [/^compound average (\d{4})-(\d{4}); rule ≥ ([\d.]+)$/, (a, b, r) => `${a}-${b}年复合平均；标准≥${r}`],
  [/^rule > US\$([\d,]+) \(US\$([\d,]+) at (\d{4}) prices\)$/, (a, b, y) => `标准>US$${a}（${y}年价格US$${b}）`],
  [
    /^converts the floor from (\d{4}) to (\d{4}) US\$ \(PWT pl_gdpo of the United States\)$/,
    (a, b) => `将门槛由${a}年美元折合为${b}年美元（PWT中美国的\`pl_gdpo\`）`,
  ],
  [/^SDG nature M: modelled$/, () => 'SDG数据性质M：模型估算'],
  [/^SDG nature C: country data$/, () => 'SDG数据性质C：国家数据'],
  [/^value repeated by the publisher from the previous year$/, () => '发布方沿用上一年数值'],
  [/^the medium\/high-tech share is carried forward by the publisher$/, () => '中高技术占比为发布方沿用的旧值'],
  [/^mean of (\d{4})-(\d{4}); searched (\d{4})-(\d{4})$/, (a, b, c, d) => `${a}-${b}年均值；检索范围${c}-${d}年`],
  [
    /^cross-country curve, (\d+) observations, (\d+) economies, (\d{4})-(\d{4}); decade (\d{4})s$/,
    (n, e, a, b, d) => `跨国曲线，${n}个观测值、${e}个经济体，${a}-${b}年；${d}年代`,
  ],
  [/^ratio of pwt:(\w+), pwt:(\w+)$/, (a, b) => `PWT \`${a}\`与\`${b}\`之比`],
  [
    /^factor = US 1990 in 1990 GK\$ \((\d+)(?:, .*)?\) \/ US 1990 in PWT \(([\d.]+)\)$/,
    (a, b) => `折算系数 = 美国1990年的1990年国际元数值（${a}，Maddison 2010）/ 美国1990年的PWT数值（${b}）`,
  ],
  [/^(\d{4})-(\d{4})$/, (a, b) => `${a}-${b}年`],
  [/^annual growth of (\S+), % over the previous year$/, (s) => `${seriesZh(s)}的年增长率（比上年增长%）`],
  [
    /^spliced: level of (\d{4}) moved by the growth of (\S+) since (\d{4}); break year (\d{4})$/,
    (a, s, b, c) => `衔接值：${a}年水平按${seriesZh(s)}自${b}年起的增长率外推；断点年份${c}年`,
  ],
  [
    /^factor = US GNI per capita (\d{4}), current US\$ \((\d+), .*\) \/ US PWT GDP per capita (\d{4}) \(([\d.]+)\)$/,
    (y, a, y2, b) => `折算系数 = 美国${y}年人均国民总收入（现价美元，Atlas法，${a}）/ 美国${y2}年PWT人均GDP（${b}）`,
  ],
  [/^reached this income in (\d{4})$/, (y) => `${y}年达到该收入水平`],
  [/^already above this income in (\d{4}), the first year of data$/, (y) => `${y}年（数据首年）已高于该收入水平`],
  [
    /^never reached this income by (\d{4}) \(peak (\d+) in (\d{4})\)$/,
    (y, peak, py) => `至${y}年未达到该收入水平（峰值为${py}年的${peak}）`,
  ],
  [/^no GDP per capita$/, () => '无人均GDP数据'],
  [/^imputed from peers: (.+)$/, (ids) => `由同组经济体插补：${ids}`],
  [/^other-year values: (.+)$/, (ids) => `采用其他年份数值：${ids}`],
  [/^not scored: (.+)$/, (why) => `未计分：${why}`],
  [/^population unknown within ±(\d+) years: ranked in the main list$/, (n) => `±${n}年内无人口数据：列入主排名`],
  [/^weight (\d+)$/, (w) => `权重${w}`],
  [/^re-weighted over (\d+) of (\d+) weight points$/, (a, b) => `按${b}个权重点中的${a}个重新加权`],
];

/** An evidence note in Chinese; a note of a structure not listed is returned as it is. */
export function noteZh(note: string): string {
  for (const [pattern, render] of NOTE_PATTERNS_ZH) {
    const m = pattern.exec(note);
    if (m) return render(...m.slice(1));
  }
  return note;
}

/**
 * The snapshot's sources by their names in Chinese publications (manifest ids as keys);
 * database names without a usual Chinese name keep theirs, with a Chinese head noun.
 */
const SOURCE_NAMES_ZH: Readonly<Record<string, string>> = {
  pwt: '佩恩表（Penn World Table）10.01',
  sdg: '联合国可持续发展目标（SDG）全球数据库',
  wdi: '世界银行世界发展指标（WDI）',
  gapminder: 'Gapminder Systema Globalis数据库',
  owid: 'Our World in Data二氧化碳与能源数据',
  wb_class: '世界银行历史收入分组（OGHIST）及2026财年经济体分组',
  iso3166: 'ISO 3166-1国家列表及联合国M49地区',
  trade: '各经济体产品出口（Open Trade Statistics，HS 2007四位数）',
  ots_products: 'Open Trade Statistics产品名称（HS 2007）',
  oecd_rd_taxonomy: 'OECD按研发强度的经济活动分类（ISIC第4版）',
  wiod2013: '世界投入产出数据库（WIOD）2013年版',
  antras_chor: '基于WIOD 2013的全球价值链上游度与下游度',
  concordance: '联合国统计司HS与BEC第4版、HS与ISIC第4版对照表',
};

/** A snapshot source's name in Chinese, by its manifest id; its own name when none is listed. */
export function sourceNameZh(id: string, name: string): string {
  return SOURCE_NAMES_ZH[id] ?? name;
}

/**
 * Phrases of the engine's source lines in Chinese, longest first so that a phrase inside a
 * longer one is not replaced on its own. Names of databases without a usual Chinese name stay.
 */
const SOURCE_PHRASES_ZH: readonly (readonly [string, string])[] = [
  [
    'World Bank WDI Atlas GNI per capita (NY.GNP.PCAP.CD) and income classification thresholds and history (OGHIST)',
    '世界银行WDI按Atlas法计算的人均国民总收入（NY.GNP.PCAP.CD）及收入分组门槛与历史分组（OGHIST）',
  ],
  ['World Bank income classification thresholds (OGHIST)', '世界银行收入分组门槛（OGHIST）'],
  [
    'Open Trade Statistics exports by HS 2007 4-digit heading, 2017',
    'Open Trade Statistics按HS 2007四位数品目的出口数据，2017年',
  ],
  ['Open Trade Statistics exports by HS 2007 4-digit heading', 'Open Trade Statistics按HS 2007四位数品目的出口数据'],
  [
    'Open Trade Statistics exports, HS 2007 4-digit (UN Comtrade)',
    'Open Trade Statistics出口数据（HS 2007四位数，源自联合国商品贸易统计数据库）',
  ],
  ['UNSD HS 2012 → BEC Rev.4 correlation', '联合国统计司HS 2012与BEC第4版对照表'],
  ['UNSD HS → ISIC Rev.4 correlations', '联合国统计司HS与ISIC第4版对照表'],
  ['OECD R&D-intensity taxonomy', 'OECD研发强度分类'],
  ['Penn World Table 10.01', '佩恩表（Penn World Table）10.01'],
  // Derived series name their inputs by the series' own titles (kept as published), joined by "and".
  ['Chanye derivation from ', 'Chanye计算，依据：'],
  [') and ', ')与'],
  [', series ', '，序列'],
  ['UN SDG Global Database', '联合国可持续发展目标（SDG）全球数据库'],
  ['World Development Indicators', '世界银行世界发展指标（WDI）'],
];

/** A source line in Chinese, phrase by phrase; words of phrases not listed stay as they are. */
export function sourceLineZh(line: string): string {
  return SOURCE_PHRASES_ZH.reduce((text, [en, zh]) => text.split(en).join(zh), line);
}

/**
 * The Chinese units and source phrases as data, for front ends that render English engine
 * output in Chinese without this module: the dashboard reads them from `GET /api/terms/zh`,
 * so it shows the report's words.
 */
export const ZH_TERMS = {
  units: UNITS_ZH,
  sources: SOURCE_PHRASES_ZH,
} as const;
