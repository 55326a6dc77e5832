/**
 * The forecast's assumptions in Chinese. The engine writes them in English for `chanye
 * simulate`; the Chinese report renders each by its structure, every number taken from the
 * engine's sentence, so the two always state the same run. A sentence of a structure not
 * listed here is shown as the engine wrote it (the zh-text test counts what remains).
 *
 * @module
 */
import { noteZh, sourceLineZh } from '../zh-terms.js';

const N = '(-?[\\d.]+)';

/** The equations' regressors as the engine names them (ids, and the intercept). */
const REGRESSORS_ZH: Readonly<Record<string, string>> = {
  constant: '常数项',
  trailing_growth: '此前增长率',
  peak_gap: '与峰值差距',
  ln_relative_level: '相对美国收入对数',
  ln_human_capital: '人力资本对数',
};
/** "0.61·trailing_growth + …" with the regressors named; an unknown id is kept as code. */
const constantZh = (equation: string): string =>
  equation.replace(/·([a-z][a-z0-9_]*)/g, (_, id: string) => `·${REGRESSORS_ZH[id] ?? `\`${id}\``}`);

/** The back-test's benchmarks as the engine names them. */
const BENCHMARK_ZH: Readonly<Record<string, string>> = {
  'the trailing trend': '此前趋势外推',
  'regression to the mean': '均值回归',
  'the cross-country median': '跨国中位数',
};
const benchmarkZh = (name: string): string => BENCHMARK_ZH[name] ?? name;

/** "2000: 3.7 % below the cross-country median, …" → "2000年比跨国中位数低3.7%，…". */
const cutsZh = (cuts: string): string =>
  cuts
    .split(', ')
    .map((cut) => {
      const m = /^(\d{4}): ([\d.]+) % (below|above) (.+)$/.exec(cut);
      return m ? `${m[1]}年比${benchmarkZh(m[4]!)}${m[3] === 'below' ? '低' : '高'}${m[2]}%` : cut;
    })
    .join('，');

const PATTERNS: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
  [/^Origin (\d{4}): observed in PWT 10\.01\.$/, (y) => `起点${y}年：PWT 10.01观测值。`],
  [
    /^Origin (\d{4}): GDP per capita (\d{4})-(\d{4}) spliced: PWT 10\.01's (\d{4}) level carried by the growth of the World Bank's GDP per capita at constant PPPs \(WDI NY\.GDP\.PCAP\.PP\.KD\), the profile's splice of gdp_per_capita_ppp \(status spliced\); human capital index \(PWT hc\) of (\d{4}) carried to (\d{4}) \(PWT ends in (\d{4})\)\.$/,
    (o, a, b, l, h, t, e) =>
      `起点${o}年：${a}-${b}年人均GDP为衔接值，即PWT 10.01的${l}年水平按世界银行不变价购买力平价人均GDP（WDI \`NY.GDP.PCAP.PP.KD\`）的增长率外推（与国别概况中\`gdp_per_capita_ppp\`的衔接相同，状态为衔接值）；人力资本指数（PWT \`hc\`）沿用${h}年数值至${t}年（PWT止于${e}年）。`,
  ],
  [
    new RegExp(
      `^State in (\\d{4}): trailing 10-year growth ${N} % a year \\(clipped to \\[−2, 8\\] % in the equation\\), peak gap ${N}, ln GDP per capita at PPPs relative to the USA ${N}, ln human capital ${N}\\.$`,
    ),
    (y, g, p, r, h) =>
      `${y}年状态：此前10年人均GDP年均增长${g}%（方程中限定在[−2, 8]%之间），与历史峰值的差距${p}，购买力平价人均GDP相对美国水平的对数${r}，人力资本的对数${h}。`,
  ],
  [
    new RegExp(
      `^Default forecast: ${N} × the direct regression \\+ ${N} × regression to the mean \\(${N} × own trailing growth \\+ ${N} × the cross-country median of trailing growth, ${N} % a year over (\\d{4})-(\\d{4})\\), the combination chosen on the pre-2000 validation back-test\\.$`,
    ),
    (w, v, a, b, m, y0, y1) =>
      `默认预测：${w} × 直接回归 + ${v} × 均值回归（${a} × 本经济体此前增长率 + ${b} × 各经济体此前增长率的中位数，${y0}-${y1}年为年均${m}%），该组合在2000年以前的验证回测中选定。`,
  ],
  [
    /^Direct equations, one per horizon, estimated by least squares on every origin 1970 to (\d{4}) − h of the economies with at least 1 million people: at 1 year (.+) \(n = (\d+), R² = ([\d.]+)\); at (\d+) years (.+) \(n = (\d+), R² = ([\d.]+)\)\.$/,
    (last, e1, n1, r1, h, eh, nh, rh) =>
      `直接预测方程：每个预测期一个方程，以人口不少于100万的经济体在1970年至${last} − h年的每个起点为样本，用最小二乘法估计。1年期：${constantZh(e1)}（n = ${n1}，R² = ${r1}）；${h}年期：${constantZh(eh)}（n = ${nh}，R² = ${rh}）。`,
  ],
  [
    /^Intervals: the forecast ± quantiles of the absolute errors of the same combination at the 10 latest origins of each horizon \(symmetric\); Monte Carlo paths \((\d+) draws, seed (\d+)\) tie the years together as a random walk does, each year keeping its own error distribution\.$/,
    (d, s) =>
      `区间：预测值 ± 同一组合在各预测期最近10个起点的绝对误差分位数（对称）；Monte Carlo路径（${d}次抽样，种子${s}）像随机游走一样把各年连起来，每年保留自身的误差分布。`,
  ],
  [
    new RegExp(
      `^Back-test \\(docs/methods/simulation\\.md, \`chanye backtest\`\\): over the 2000, 2005 and 2010 cut-offs and every economy with at least 1 million people, the forecast's RMSE of ln GDP per capita is ${N} % (below|above) the best of three benchmarks \\((.+?)\\) \\(by cut-off, against that cut-off's best benchmark — (.+)\\); its 80/95 % intervals cover within ${N} points of nominal\\.$`,
    ),
    (x, side, best, cuts, w) =>
      `回测（docs/methods/simulation.md，\`chanye backtest\`）：以2000、2005和2010年为截止年份，对人口不少于100万的全部经济体，预测的人均GDP对数的均方根误差（RMSE）比三个基准中最好的一个（${benchmarkZh(best)}）${side === 'below' ? '低' : '高'}${x}%（各截止年份与当年最好的基准相比：${cutsZh(cuts)}）；80%和95%区间的覆盖率与名义水平相差不超过${w}个百分点。`,
  ],
  [
    new RegExp(
      `^High income: Atlas GNI per capita moves with real GDP per capita plus a drift \\(cross-country mean with its uncertainty and the economy's own volatility\\), and each draw is made consistent with the World Bank classifications already published \\(share of draws made consistent: ${N} %\\); years already classified are reported as observed\\.$`,
    ),
    (s) =>
      `高收入：Atlas法人均国民总收入随实际人均GDP变动，另加漂移项（跨国均值及其不确定性与本经济体自身的波动）；每次抽样均与世界银行已公布的分组保持一致（经调整一致的抽样占比：${s}%）；已分组的年份按观测值报告。`,
  ],
  [
    new RegExp(
      `^Slowdown: the Eichengreen-Park-Shin rule \\(7-year growth before ≥ ${N} %, a fall of ≥ ${N} points, GDP per capita at PPPs above US\\$(\\d+) of 2017\\) applied to the observed history followed by each path, counting slowdowns that begin in years the forecast decides, by (\\d{4})\\.$`,
    ),
    (g, f, floor, to) =>
      `增长减速：对观测历史及其后的每条路径应用Eichengreen-Park-Shin规则（此前7年增长≥${g}%，降幅≥${f}个百分点，购买力平价人均GDP高于2017年价格US$${floor}），统计${to}年前在预测年份开始的减速。`,
  ],
];

/** One assumption of the forecast in Chinese; a sentence of another structure stays as it is. */
export function assumptionZh(sentence: string): string {
  for (const [pattern, render] of PATTERNS) {
    const m = pattern.exec(sentence);
    if (m) return render(...m.slice(1));
  }
  return sourceLineZh(noteZh(sentence));
}
