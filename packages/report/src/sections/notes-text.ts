/**
 * The notes several sections put under a table or chart, in English and Chinese: the method
 * behind the numbers and the definitions of their classes.
 *
 * @module
 */
import type { Lang } from '../model.js';

export interface NoteText {
  /** "Method: …", the engine's own description of how the values were computed. */
  readonly method: (method: string) => string;
  /** "Definitions: …", the classes a table's shares are of. */
  readonly definitions: (definitions: string) => string;
}

export const NOTE_TEXT: Readonly<Record<Lang, NoteText>> = {
  en: {
    method: (method) => `Method: ${method}`,
    definitions: (definitions) => `Definitions: ${definitions}`,
  },
  zh: {
    method: (method) => `方法: ${method}`,
    definitions: (definitions) => `定义: ${definitions}`,
  },
};
