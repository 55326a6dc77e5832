/**
 * Section "Scenario: a baseline pathway to 2035": the simulated GDP per capita fan, the chances
 * of crossing the high-income threshold, the model's assumptions, and how the model did in its
 * recorded back-tests (docs/methods/simulation.md).
 *
 * @module
 */
import { FAN_QUANTILES } from '@chanye/compute';
import { fanChart } from '@chanye/charts';
import { loadBacktestRecord, RECORDED_BACKTESTS, type BacktestRecord } from '@chanye/engine';
import type { Context } from '../context.js';
import type { ReportSection, ReportTable } from '../model.js';
import type { BacktestLine } from '../text.js';
import { col, figure, section, shortSource, table } from './blocks.js';
import { SCENARIO_TEXT } from './scenario-text.js';

export function scenarioSection(context: Context): ReportSection {
  const { t, lang, iso3, settings } = context;
  const zh = lang === 'zh';
  const simulation = context.data.simulation;
  const { to, draws, seed } = settings.simulation;
  // The longest hold-out in full, the other recorded cut-offs in one sentence each.
  const backtest = RECORDED_BACKTESTS.map(({ cutoff }, i) => {
    const line = backtestLine(loadBacktestRecord(context.store.catalogDir, cutoff));
    return i === 0 ? t.backtest(line) : t.backtestAlso(line);
  }).join(' ');
  if ('error' in simulation)
    return section(context, 'scenario', { paragraphs: [t.noSimulation(iso3, simulation.error), backtest] });
  const r = simulation.report;
  if (r.scenario.reference) context.citations.reference(r.scenario.reference);
  const sources = [...r.sources];
  const short = SCENARIO_TEXT[lang].simulationSource(shortSource(context, sources));
  const paragraphs = [t.scenarioIntro(iso3, zh ? r.scenario.name_zh : r.scenario.name_en, r.baseYear, to, draws, seed)];
  const fan = r.run.fans.gdp_per_capita;
  const at = (level: number, k: number): number | null => {
    const v = fan.quantiles[FAN_QUANTILES.indexOf(level as (typeof FAN_QUANTILES)[number])]?.[k];
    return v === undefined ? null : v;
  };
  const figures = [
    figure(
      context,
      fanChart({
        id: 'scenario-fan',
        title: t.fanChart(to),
        description: t.fanDesc(t.gdpUnit),
        source: '',
        key: t.year,
        digits: 0,
        y: { label: t.gdpUnit, min: 0 },
        names: { outer: t.interval95, inner: t.interval80, median: t.median },
        bandLabels: [t.lower, t.upper],
        years: r.years,
        quantile: at,
      }),
      sources,
      { short, compact: true },
    ),
  ];
  const tables: ReportTable[] = [];
  const crossing = r.crossing;
  if (crossing) {
    const shown = crossing.filter((c) => c.year % 5 === 0 || c.year === to);
    const marks = crossing.filter((c) => c.year === 2030 || c.year === to);
    paragraphs.push(
      t.crossingSentence(
        iso3,
        marks.map((c) => ({ year: c.year, p: c.probabilityCrossedBy })),
      ),
    );
    tables.push(
      table(
        context,
        'scenario-crossing',
        t.crossingTable,
        [
          col(t.year),
          col(t.threshold, 0),
          col(t.thresholdSource),
          col(t.gniMedian, 0),
          col(t.gniP10, 0),
          col(t.gniP90, 0),
          col(t.pAbove, 3),
          col(t.pCrossed, 3),
        ],
        shown.map((c) => [
          String(c.year),
          c.threshold,
          c.thresholdSource === 'published' ? t.published : t.extrapolated,
          c.gniMedian,
          c.gniP10,
          c.gniP90,
          c.probabilityAbove,
          c.probabilityCrossedBy,
        ]),
        sources,
        undefined,
        short,
      ),
    );
  } else paragraphs.push(t.noCrossing(iso3));
  tables.push(
    table(
      context,
      'scenario-assumptions',
      t.assumptionsTable,
      [col('[n]'), col(t.assumption)],
      r.assumptions.map((a, k) => [`${k + 1}.`, a]),
      sources,
      undefined,
      short,
    ),
  );
  paragraphs.push(backtest);
  return section(context, 'scenario', { paragraphs, figures, tables });
}

/** The recorded back-test as the scenario section prints it (RMSE to two decimals, coverage in whole %). */
function backtestLine(record: BacktestRecord): BacktestLine {
  const percent = (share: number): string => `${Math.round(share * 100)} %`;
  return {
    cutoff: record.cutoff,
    heldOut: `${record.cutoff + 1}-${record.lastYear}`,
    economies: record.economies,
    rmse: record.pooled.rmse.toFixed(2),
    naiveRmse: record.pooled.naiveRmse.toFixed(2),
    coverage80: percent(record.pooled.coverage80),
    coverage95: percent(record.pooled.coverage95),
    beatsNaive: record.pooled.rmse < record.pooled.naiveRmse,
    intervalsCover: record.pooled.coverage80 >= 0.8 && record.pooled.coverage95 >= 0.95,
  };
}
