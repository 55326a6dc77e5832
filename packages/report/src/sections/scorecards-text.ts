/**
 * The scorecard sections' words that the shared labels (text.ts) do not hold, in English and
 * Chinese.
 *
 * @module
 */
import { noteZh } from '../zh-terms.js';
import type { Lang } from '../model.js';

export interface ScorecardText {
  /** Title of the radar chart: the framework's name and the scorecard year. */
  readonly radarTitle: (framework: string, year: number) => string;
  /** The scorecard's own note on the economy's overall score (e.g. indicators it lacks). */
  readonly overallNote: (note: string) => string;
}

export const SCORECARD_TEXT: Readonly<Record<Lang, ScorecardText>> = {
  en: {
    radarTitle: (framework, year) => `${framework}, ${year}`,
    overallNote: (note) => `Note: ${note}.`,
  },
  zh: {
    radarTitle: (framework, year) => `${year}年${framework}`,
    // The engine joins its notes with '; '; each is rendered by its structure.
    overallNote: (note) => `说明：${note.split('; ').map(noteZh).join('；')}。`,
  },
};
