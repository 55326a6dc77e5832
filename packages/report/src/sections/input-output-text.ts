/**
 * The input-output section's words that the shared labels (text.ts) do not hold, in English
 * and Chinese.
 *
 * @module
 */
import type { Lang } from '../model.js';

export interface InputOutputText {
  /** Axis of the linkages chart (Rasmussen's indices, Miller and Blair 2009, §12.2). */
  readonly rasmussenIndex: string;
  /** Note under the tables that print WIOD's sector descriptions: they are not translated. */
  readonly sectorNamesNote: string | undefined;
}

export const INPUT_OUTPUT_TEXT: Readonly<Record<Lang, InputOutputText>> = {
  en: { rasmussenIndex: 'Rasmussen index', sectorNamesNote: undefined },
  zh: { rasmussenIndex: '拉斯穆森指数', sectorNamesNote: '部门名称为英文（WIOD 2013，ISIC第3版）。' },
};
