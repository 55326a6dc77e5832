import { ChanyeError, type Finding } from '@chanye/compute';
import type { Store } from '../store.js';
import { diagnoseIncome } from './income.js';
import { diagnoseDeindustrialization } from './deindustrialization.js';
import { diagnoseDualStructure } from './dual-structure.js';
import { diagnoseSameIncome } from './same-income.js';
import { diagnoseTurningPoints } from './turning-points.js';

/** Options any diagnostic may read; each uses the ones that concern it. */
export interface DiagnosticOptions {
  /** Judge the economy as of this year (default: the latest data). */
  readonly year?: number;
  /** A period for diagnostics over time (structural change), inclusive. */
  readonly period?: readonly [number, number];
}

export interface Diagnostic {
  readonly id: string;
  readonly name_en: string;
  readonly name_zh: string;
  readonly run: (store: Store, iso3: string, options: DiagnosticOptions) => Promise<Finding[]>;
}

/** The `year` option alone, for diagnostics that take nothing else. */
const yearOnly = (options: DiagnosticOptions): { year?: number } =>
  options.year === undefined ? {} : { year: options.year };

/** Every diagnostic `chanye diagnose` runs, in display order. */
export const DIAGNOSTICS: readonly Diagnostic[] = [
  {
    id: 'income-trap',
    name_en: 'Income history and the middle-income trap',
    name_zh: '收入阶段与中等收入陷阱',
    run: (store, iso3, options) => diagnoseIncome(store, iso3, yearOnly(options)),
  },
  {
    id: 'graduates-vs-stalled',
    name_en: 'Against graduates and stalled economies at the same income',
    name_zh: '与同等收入水平时的成功跨越者和停滞者比较',
    run: (store, iso3, options) => diagnoseSameIncome(store, iso3, yearOnly(options)),
  },
  {
    id: 'deindustrialization',
    name_en: 'Premature deindustrialization',
    name_zh: '过早去工业化',
    run: (store, iso3, options) => diagnoseDeindustrialization(store, iso3, yearOnly(options)),
  },
  {
    id: 'petty-clark',
    name_en: 'Petty-Clark turning points',
    name_zh: '配第-克拉克转折点',
    run: (store, iso3, options) => diagnoseTurningPoints(store, iso3, yearOnly(options)),
  },
  {
    id: 'dual-structure',
    name_en: 'Dual structure: high-tech against conventional activity',
    name_zh: '二元结构：高技术产业与传统产业',
    run: (store, iso3, options) => diagnoseDualStructure(store, iso3, yearOnly(options)),
  },
];

/** Runs the named diagnostics (all by default) for one economy. */
export async function diagnose(
  store: Store,
  iso3: string,
  options: DiagnosticOptions & { readonly only?: readonly string[] } = {},
): Promise<{ diagnostic: Diagnostic; findings: Finding[] }[]> {
  const economy = await store.economy(iso3);
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
