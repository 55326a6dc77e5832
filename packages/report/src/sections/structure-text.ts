/**
 * The structure section's words that the shared labels (text.ts) do not hold, in English and
 * Chinese.
 *
 * @module
 */
import type { Lang } from '../model.js';

export interface StructureText {
  /** Caption of the table of exports by Broad Economic Categories, before its year. */
  readonly becTable: string;
}

export const STRUCTURE_TEXT: Readonly<Record<Lang, StructureText>> = {
  en: { becTable: 'Exports by end use (BEC)' },
  zh: { becTable: '按最终用途划分的出口（BEC）' },
};
