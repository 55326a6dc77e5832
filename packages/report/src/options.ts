/**
 * What a caller may ask of a report (`BuildReportOptions`), the defaults it falls back on, and
 * the settings of one run that follow from them: the numbers every section quotes in its
 * method lines and the methods table.
 *
 * @module
 */
import { DEFAULT_SCORE_WINDOW } from '@chanye/engine';
import type { Lang, ReportProgress, ReportSettings } from './model.js';

/**
 * Defaults of `buildReport`, the same as the CLI commands' own: the scorecard year of `chanye
 * score` (the latest year with adequate coverage of the six characteristics' indicators,
 * `defaultScoreYear` in the engine, chosen by `buildReport`), its entropy-TOPSIS method with
 * min-max normalization, peers `all`, a window of ±2 years and small economies ranked apart; the input-output table of `chanye
 * io` (WIOD 2013, 2011) and `chanye simulate`'s baseline to 2035, with 500 draws (the command's
 * default is 1,000) and seed 1.
 */
export const REPORT_DEFAULTS = {
  peers: 'all',
  method: 'entropy-topsis',
  normalization: 'min-max',
  window: DEFAULT_SCORE_WINDOW,
  sensitivity: { draws: 200, seed: 1 },
  complexityDataset: 'trade-2017',
  io: { dataset: 'wiod2013', year: 2011 },
  simulation: { scenario: 'baseline', to: 2035, draws: 500, seed: 1 },
  /** Chokepoints `chanye io security` lists by default, and how many of them the report shows. */
  chokepoints: { limit: 20, shown: 10 },
} as const;

export interface BuildReportOptions {
  /** Economy code (ISO 3166 alpha-3, any case). */
  readonly iso3: string;
  /**
   * Year of the scorecards, and of the diagnostics when given (default: the latest year with
   * adequate coverage for the scorecards, the latest data for the diagnostics).
   */
  readonly year?: number;
  readonly lang: Lang;
  /** Units ranked together, as `chanye score --peers`: all, L, LM, UM, H, region:NAME, graduates, stalled, ISO3,… */
  readonly peers?: string;
  /** Monte Carlo draws and seed of the rank intervals (default 200 draws, seed 1). */
  readonly sensitivity?: { readonly draws: number; readonly seed: number };
  /** Date printed as the generation date (the library reads no clock). */
  readonly date?: string;
  /**
   * Called as the build advances, for a progress indicator: the steps run concurrently, so
   * `step` counts those finished and `label` names one still running (the first in order).
   */
  readonly onProgress?: (progress: ReportProgress) => void;
  /** The scenario of the outlook section: a bundled scenario id or a scenario file (default `baseline`). */
  readonly scenario?: string;
  /** Run the input-output analyses in a worker thread (default true; false: in this thread). */
  readonly ioInWorker?: boolean;
}

/** Scorecard years: 2000, 2005, … before `year`, then `year` itself. */
export function trajectoryYears(year: number): number[] {
  const years: number[] = [];
  for (let y = 2000; y < year; y += 5) years.push(y);
  return [...years, year];
}

/**
 * The settings of one report: the options given, the defaults otherwise (`defaultYear`: the
 * scorecard year to use when the options give none). The New Four
 * coupling series runs from 2000 to the report year, at most 2019
 * (docs/methods/country-report.md, section 7).
 */
export function reportSettings(options: BuildReportOptions, defaultYear: number): ReportSettings {
  const year = options.year ?? defaultYear;
  const peers = options.peers ?? REPORT_DEFAULTS.peers;
  const sensitivity = options.sensitivity ?? REPORT_DEFAULTS.sensitivity;
  const lastCouplingYear = Math.min(year, 2019);
  return {
    year,
    yearGiven: options.year !== undefined,
    peers,
    method: REPORT_DEFAULTS.method,
    normalization: REPORT_DEFAULTS.normalization,
    window: REPORT_DEFAULTS.window,
    sensitivity: { draws: sensitivity.draws, seed: sensitivity.seed },
    trajectoryYears: trajectoryYears(year),
    couplingYears: [Math.min(2000, lastCouplingYear), lastCouplingYear],
    complexityDataset: REPORT_DEFAULTS.complexityDataset,
    io: { ...REPORT_DEFAULTS.io },
    simulation: { ...REPORT_DEFAULTS.simulation, scenario: options.scenario ?? REPORT_DEFAULTS.simulation.scenario },
  };
}
