/**
 * The income section's sentences in English and Chinese.
 *
 * @module
 */
import type { Lang } from '../model.js';

/** A World Bank income classification: the group's name, the fiscal year and the GNI year it rests on. */
export interface Classification {
  readonly group: string;
  readonly fiscalYear: string;
  readonly dataYear: number;
}

export interface IncomeText {
  /** The current group, after the label of the income group (`t.incomeGroup`). */
  readonly current: (label: string, c: Classification) => string;
  /** The group in the year asked for, when it is not the current one. */
  readonly atYear: (c: Classification) => string;
}

export const INCOME_TEXT: Readonly<Record<Lang, IncomeText>> = {
  en: {
    current: (label, c) => `${label}: ${c.group} (${c.fiscalYear}, on ${c.dataYear} GNI).`,
    atYear: (c) => `In ${c.dataYear}: ${c.group} (${c.fiscalYear}).`,
  },
  zh: {
    current: (label, c) => `${label}：${c.group}（${c.fiscalYear}，依据${c.dataYear}年国民总收入）。`,
    atYear: (c) => `${c.dataYear}年：${c.group}（${c.fiscalYear}）。`,
  },
};
