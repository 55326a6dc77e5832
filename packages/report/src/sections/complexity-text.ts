/**
 * The complexity section's sentences that the shared labels (text.ts) do not hold, in English
 * and Chinese.
 *
 * @module
 */
import type { Lang } from '../model.js';

export interface ComplexityText {
  /** The economy is not among those computed; `reason` is why the Atlas filter dropped it, when it did. */
  readonly notComputed: (iso3: string, reason: string | undefined) => string;
  /** Note under the opportunities table: product names are not translated. */
  readonly productNamesNote: string | undefined;
}

export const COMPLEXITY_TEXT: Readonly<Record<Lang, ComplexityText>> = {
  en: {
    notComputed: (name, reason) => {
      const why = reason === undefined ? '' : ` (${reason})`;
      return `${name} is not among the economies of the complexity computation${why}.`;
    },
    productNamesNote: undefined,
  },
  zh: {
    notComputed: (name, reason) => {
      const why = reason === undefined ? '' : `（${reason}）`;
      return `${name}不在经济复杂度计算范围内${why}。`;
    },
    productNamesNote: '产品名称为英文（HS 2007，Open Trade Statistics）。',
  },
};
