/**
 * Section "Outlook to 2035": the default forecast of GDP per capita from the latest observed
 * year with its history, the chances of high income (observed where the World Bank has
 * classified) and of a growth slowdown, the chosen scenario as a difference from the baseline
 * with the evidence on each lever, and the recorded back-test (docs/methods/simulation.md).
 *
 * @module
 */
import { fanChart } from '@chanye/charts';
import { FORECAST_FAN_LEVELS, loadForecastRecord, type ForecastRecord } from '@chanye/engine';
import { assumptionZh } from './assumptions-zh.js';
import type { Context } from '../context.js';
import type { ReportSection, ReportTable } from '../model.js';
import { col, figure, section, shortSource, table } from './blocks.js';
import { SCENARIO_TEXT, type OutlookBacktest } from './scenario-text.js';

/** Years of observed history drawn before the forecast. */
const HISTORY_YEARS = 15;

export function scenarioSection(context: Context): ReportSection {
  const { t, lang, iso3, name, settings } = context;
  const s = SCENARIO_TEXT[lang];
  const zh = lang === 'zh';
  const { to, draws, seed } = settings.simulation;
  const backtest = s.backtest(backtestLine(loadForecastRecord(context.store.catalogDir), s));
  const simulation = context.data.simulation;
  if ('error' in simulation)
    return section(context, 'scenario', { paragraphs: [s.noForecast(name, simulation.error), backtest] });
  const o = simulation.outlook;
  const fc = o.kind === 'simulation' ? o.report.forecast : o.forecast;
  if (!fc)
    return section(context, 'scenario', {
      paragraphs: [
        s.noForecast(name, (o.kind === 'simulation' ? o.report.forecastUnavailable : null) ?? 'unavailable'),
        backtest,
      ],
    });
  const sc = fc.scenario;
  const scenario = o.kind === 'simulation' ? o.report.scenario : o.scenario;
  const scenarioName = zh ? scenario.name_zh : scenario.name_en;
  const isBaseline = scenario.id === 'baseline';
  if (scenario.reference && !isBaseline) context.citations.reference(scenario.reference);
  const sources = [...fc.sources];
  const short = s.simulationSource(shortSource(context, sources));
  const last = fc.fan.at(-1);
  const q = (k: number, level: number): number =>
    fc.fan[k]?.quantiles[FORECAST_FAN_LEVELS.indexOf(level as never)] ?? NaN;
  const latest = fc.history.find((h) => h.year === fc.origin)?.gdpPerCapita ?? NaN;
  const paragraphs = [
    s.intro({
      iso3,
      name,
      origin: fc.origin,
      pwtLastYear: fc.pwtLastYear,
      to,
      draws,
      seed,
      scenarioId: scenario.id,
      annualGrowth: fc.annualGrowth,
      p10: last ? q(fc.fan.length - 1, 0.1) : NaN,
      p50: last ? q(fc.fan.length - 1, 0.5) : NaN,
      p90: last ? q(fc.fan.length - 1, 0.9) : NaN,
      latest,
    }),
  ];
  const tables: ReportTable[] = [];
  const crossing = fc.crossing;
  if (crossing) {
    const classified = crossing.years.filter((y) => y.status === 'observed');
    const lastClassified = classified.at(-1);
    if (classified.length > 0 && lastClassified)
      paragraphs.push(
        s.classified(name, classified[0]!.year, lastClassified.year, lastClassified.probabilityAbove === 1),
      );
    const marks = crossing.years.filter((c) => c.status === 'simulated' && (c.year === 2030 || c.year === to));
    paragraphs.push(
      s.crossing(
        name,
        marks.map((c) => ({ year: c.year, p: c.probabilityCrossedBy })),
      ),
    );
    const shown = crossing.years.filter(
      (c) => c.status === 'observed' || c.year % 5 === 0 || c.year === to || c.year === fc.origin + 1,
    );
    tables.push(
      table(
        context,
        'scenario-crossing',
        t.crossingTable,
        [
          col(t.year),
          col(s.status),
          col(t.threshold, 0),
          col(t.gniMedian, 0),
          col(t.gniP10, 0),
          col(t.gniP90, 0),
          col(t.pAbove, 3),
          col(t.pCrossed, 3),
        ],
        shown.map((c) => [
          String(c.year),
          c.status === 'observed' ? s.statusObserved : s.statusForecast,
          c.threshold,
          Number.isFinite(c.gniP50) ? c.gniP50 : null,
          Number.isFinite(c.gniP10) ? c.gniP10 : null,
          Number.isFinite(c.gniP90) ? c.gniP90 : null,
          c.probabilityAbove,
          c.probabilityCrossedBy,
        ]),
        sources,
        undefined,
        short,
      ),
    );
  } else paragraphs.push(t.noCrossing(name));
  paragraphs.push(s.slowdown(name, to, fc.slowdown.probability, sc && !isBaseline ? sc.slowdown.probability : null));
  if (sc && !isBaseline) {
    const d = sc.difference.at(-1);
    const measurable = sc.levers
      .filter((l) => l.effect.verdict === 'measurable')
      .map((l) => s.leverInSentence[l.lever] ?? l.lever);
    if (d) paragraphs.push(s.scenarioDifference(scenarioName, to, d.p50, d.p10, d.p90, measurable));
    tables.push(
      table(
        context,
        'scenario-levers',
        s.leversTable,
        [
          col(s.lever),
          col(s.leverBase),
          col(s.leverBaseline(to - 1), 2),
          col(s.leverScenario(to - 1), 2),
          col(s.leverEffect, 4),
          col(s.leverVerdict),
        ],
        sc.levers.map((l) => [
          s.leverNames[l.lever] ?? l.lever,
          l.base ? `${l.base.value.toFixed(2)} (${l.base.year})` : '—',
          l.baselinePath.at(-1) ?? null,
          l.scenarioPath.at(-1) ?? null,
          l.effect.verdict === 'measurable' ? 100 * l.effect.effect : 0,
          s.verdicts[l.effect.verdict],
        ]),
        sources,
        undefined,
        short,
      ),
    );
  }
  const history = fc.history.filter((h) => h.year >= fc.origin - HISTORY_YEARS);
  const figures = [
    figure(
      context,
      fanChart({
        id: 'scenario-fan',
        title: s.fanTitle(to),
        description: s.fanDesc(t.gdpUnit),
        source: '',
        key: t.year,
        digits: 0,
        y: { label: t.gdpUnit, min: 0 },
        names: { outer: t.interval95, inner: t.interval80, median: t.median },
        bandLabels: [t.lower, t.upper],
        years: fc.fan.map((y) => y.year),
        quantile: (level, k) => q(k, level),
        history: { name: s.observed, years: history.map((h) => h.year), values: history.map((h) => h.gdpPerCapita) },
        ...(sc && !isBaseline
          ? {
              alternative: {
                name: s.scenarioMedian(scenarioName),
                median: (k: number) => sc.fan[k]?.quantiles[FORECAST_FAN_LEVELS.indexOf(0.5)] ?? null,
              },
            }
          : {}),
      }),
      sources,
      { short, compact: true },
    ),
  ];
  tables.push(
    table(
      context,
      'scenario-assumptions',
      t.assumptionsTable,
      [col('[n]'), col(t.assumption)],
      fc.assumptions.map((a, k) => [`${k + 1}.`, context.lang === 'zh' ? assumptionZh(a) : a]),
      sources,
      undefined,
      short,
    ),
  );
  paragraphs.push(backtest);
  return section(context, 'scenario', { paragraphs, figures, tables });
}

/** The recorded back-test over all three cut-offs, as the section prints it. */
function backtestLine(record: ForecastRecord, s: (typeof SCENARIO_TEXT)[keyof typeof SCENARIO_TEXT]): OutlookBacktest {
  const all = record.verdict.againstBestBenchmark.find((a) => a.cutoff === 'all');
  const pooled = record.test.overall.pooled;
  const best = (all?.best ?? 'median') as 'trend' | 'rtm' | 'median';
  const percent = (share: number): string => `${Math.round(share * 100)}${s === SCENARIO_TEXT.zh ? '' : ' '}%`;
  return {
    economies: record.test.cutoffs.map((c) => c.forecast).join('/'),
    rmse: pooled.model.rmse.toFixed(3),
    best: s.benchmarkNames[best],
    bestRmse: pooled[best].rmse.toFixed(3),
    relative: (-100 * (all?.relative ?? NaN)).toFixed(1),
    coverage80: percent(pooled.model.coverage80),
    coverage95: percent(pooled.model.coverage95),
  };
}
