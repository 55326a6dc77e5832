/**
 * The scenario section's words that the shared labels (text.ts) do not hold, in English and
 * Chinese.
 *
 * @module
 */
import type { Lang } from '../model.js';

export interface ScenarioText {
  /** Short source line of the fan chart and tables: the command, on the snapshot sources it reads. */
  readonly simulationSource: (sources: string) => string;
}

export const SCENARIO_TEXT: Readonly<Record<Lang, ScenarioText>> = {
  en: { simulationSource: (sources) => `Chanye simulation (chanye simulate) on ${sources}` },
  zh: { simulationSource: (sources) => `Chanye情景模拟（chanye simulate），基于${sources}` },
};
