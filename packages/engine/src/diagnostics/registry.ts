import { ChanyeError, type Finding, type SlowdownIncomeFloor } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { requireYearsInData } from '../data-years.js';
import { diagnoseIncome } from './income.js';
import {
  DEINDUSTRIALIZATION_MEASURES,
  diagnoseDeindustrialization,
  type DeindustrializationMeasure,
} from './deindustrialization.js';
import { diagnoseDualStructure } from './dual-structure.js';
import { diagnoseSameIncome } from './same-income.js';
import { diagnoseTurningPoints } from './turning-points.js';
import { diagnoseIndustrializationStage } from './industrialization-stage.js';
import { diagnoseRostow } from './rostow.js';
import { diagnoseStructuralChange } from './structural-change.js';
import { diagnoseDemand } from './demand.js';
import { diagnoseSlowdowns } from './slowdowns.js';

/** Options any diagnostic may read; each uses the ones that concern it. */
export interface DiagnosticOptions {
  /** Judge the economy as of this year (default: the latest data). */
  readonly year?: number;
  /** A period for diagnostics over time (structural change, demand), inclusive. */
  readonly period?: readonly [number, number];
  /** graduates-vs-stalled: economies (codes or names) compared in addition to the catalogue's graduates. */
  readonly graduates?: readonly string[];
  /** graduates-vs-stalled: economies (codes or names) compared in addition to the catalogue's stalled group. */
  readonly stalled?: readonly string[];
  /**
   * graduates-vs-stalled: `graduates` and `stalled` replace the catalogue's groups instead of
   * adding to them (a group not given keeps the catalogue's members).
   */
  readonly onlyListed?: boolean;
  /** deindustrialization: only these shares (indicator ids of `DEINDUSTRIALIZATION_MEASURES`). */
  readonly measures?: readonly string[];
  /** petty-clark: consecutive years services must lead industry (default 3). */
  readonly minRun?: number;
  /** slowdowns: the income floor in 2005 international dollars (default 10,000; 7,500 the paper's lower check). */
  readonly incomeFloor?: SlowdownIncomeFloor;
}

export interface Diagnostic {
  readonly id: string;
  readonly name_en: string;
  readonly name_zh: string;
  readonly run: (store: Store, iso3: string, options: DiagnosticOptions) => Promise<Finding[]>;
}

/** The `year` and `period` options, for diagnostics over time. */
const yearAndPeriod = (options: DiagnosticOptions): { year?: number; period?: readonly [number, number] } => ({
  ...yearOnly(options),
  ...(options.period !== undefined ? { period: options.period } : {}),
});

/** The `year` option alone, for diagnostics that take nothing else. */
const yearOnly = (options: DiagnosticOptions): { year?: number } =>
  options.year === undefined ? {} : { year: options.year };

/**
 * The comparator groups: the default groups of `catalog/benchmark-groups.yaml` plus the
 * economies the user adds (the "default JPN, KOR, ESP, plus user-chosen"), or, with
 * `onlyListed`, the user's economies alone. Names are resolved to codes; duplicates dropped.
 */
async function comparators(
  store: Store,
  options: DiagnosticOptions,
): Promise<{ graduates?: string[]; stalled?: string[] }> {
  const members = (id: string): string[] =>
    options.onlyListed
      ? []
      : (store
          .benchmarkGroups()
          .find((g) => g.id === id)
          ?.members.slice() ?? []);
  const group = async (id: string, listed: readonly string[]): Promise<string[]> => [
    ...new Set([...members(id), ...(await Promise.all(listed.map(async (c) => (await store.economy(c)).iso3)))]),
  ];
  return {
    ...(options.graduates ? { graduates: await group('graduates', options.graduates) } : {}),
    ...(options.stalled ? { stalled: await group('stalled', options.stalled) } : {}),
  };
}

function measureById(id: string): DeindustrializationMeasure {
  const found = DEINDUSTRIALIZATION_MEASURES.find((m) => m.indicator === id);
  if (found) return found;
  throw new ChanyeError(
    'invalid-input',
    `invalid --measure: ${id} (expected one of ${DEINDUSTRIALIZATION_MEASURES.map((m) => m.indicator).join(', ')})`,
  );
}

/** Every diagnostic `chanye diagnose` runs, in display order. */
export const DIAGNOSTICS: readonly Diagnostic[] = [
  {
    id: 'income-trap',
    name_en: 'Income history and the middle-income trap',
    name_zh: '收入阶段与中等收入陷阱',
    run: (store, iso3, options) => diagnoseIncome(store, iso3, yearOnly(options)),
  },
  {
    id: 'slowdowns',
    name_en: 'Growth slowdowns (Eichengreen, Park and Shin)',
    name_zh: '增长减速（Eichengreen-Park-Shin标准）',
    run: (store, iso3, options) =>
      diagnoseSlowdowns(store, iso3, {
        ...yearOnly(options),
        ...(options.incomeFloor !== undefined ? { incomeFloor: options.incomeFloor } : {}),
      }),
  },
  {
    id: 'graduates-vs-stalled',
    name_en: 'Against graduates and stalled economies at the same income',
    name_zh: '与同等收入水平时的成功跨越者和停滞者比较',
    run: async (store, iso3, options) =>
      diagnoseSameIncome(store, iso3, { ...yearOnly(options), ...(await comparators(store, options)) }),
  },
  {
    id: 'deindustrialization',
    name_en: 'Premature deindustrialization',
    name_zh: '过早去工业化',
    run: (store, iso3, options) =>
      diagnoseDeindustrialization(store, iso3, {
        ...yearOnly(options),
        ...(options.measures ? { measures: options.measures.map(measureById) } : {}),
      }),
  },
  {
    id: 'petty-clark',
    name_en: 'Petty-Clark turning points',
    name_zh: '配第-克拉克转折点',
    run: (store, iso3, options) =>
      diagnoseTurningPoints(store, iso3, {
        ...yearOnly(options),
        ...(options.minRun !== undefined ? { minRun: options.minRun } : {}),
      }),
  },
  {
    id: 'dual-structure',
    name_en: 'Dual structure: high-tech against conventional activity',
    name_zh: '二元结构：高技术产业与传统产业',
    run: (store, iso3, options) => diagnoseDualStructure(store, iso3, yearOnly(options)),
  },
  {
    id: 'industrialization-stage',
    name_en: 'Stage of industrialization (Chen-Huang index, Chenery)',
    name_zh: '工业化阶段',
    run: (store, iso3, options) => diagnoseIndustrializationStage(store, iso3, yearOnly(options)),
  },
  {
    id: 'rostow',
    name_en: "Rostow's stages of growth (heuristic)",
    name_zh: '罗斯托经济成长阶段（启发式）',
    run: (store, iso3, options) => diagnoseRostow(store, iso3, yearOnly(options)),
  },
  {
    id: 'structural-change',
    name_en: 'Structural change: within-sector growth and reallocation (McMillan-Rodrik)',
    name_zh: '结构变迁：部门内增长与劳动力再配置',
    run: (store, iso3, options) => diagnoseStructuralChange(store, iso3, yearAndPeriod(options)),
  },
  {
    id: 'demand',
    name_en: 'Demand: the "three drivers" (consumption, investment, net exports)',
    name_zh: '需求："三驾马车"（消费、投资、净出口）',
    run: (store, iso3, options) => diagnoseDemand(store, iso3, yearAndPeriod(options)),
  },
];

/** Runs the named diagnostics (all by default) for one economy. */
export async function diagnose(
  store: Store,
  iso3: string,
  options: DiagnosticOptions & { readonly only?: readonly string[] } = {},
): Promise<{ diagnostic: Diagnostic; findings: Finding[] }[]> {
  const economy = await store.economy(iso3);
  await requireYearsInData(store, '--year', options.year);
  await requireYearsInData(store, '--period', options.period);
  const chosen = options.only ? options.only.map((id) => diagnosticById(id)) : DIAGNOSTICS;
  const out = [];
  for (const diagnostic of chosen)
    out.push({ diagnostic, findings: await diagnostic.run(store, economy.iso3, options) });
  return out;
}

function diagnosticById(id: string): Diagnostic {
  const found = DIAGNOSTICS.find((d) => d.id === id);
  if (found) return found;
  throw new ChanyeError(
    'invalid-input',
    `unknown diagnostic '${id}' (expected one of ${DIAGNOSTICS.map((d) => d.id).join(', ')})`,
  );
}
