/**
 * The stage section's words that the shared labels (text.ts) do not hold, in English and
 * Chinese.
 *
 * @module
 */
import type { Lang } from '../model.js';

export interface StageText {
  /** The source line of the coupling values: the command that computes them, and where their indicators are listed. */
  readonly couplingSource: (iso3: string) => string;
}

export const STAGE_TEXT: Readonly<Record<Lang, StageText>> = {
  en: {
    couplingSource: (iso3) =>
      `Chanye coupling coordination (chanye coupling ${iso3} --framework new-four) over the indicators of catalog/frameworks.yaml`,
  },
  zh: {
    couplingSource: (iso3) =>
      `Chanye耦合协调度计算（chanye coupling ${iso3} --framework new-four），指标见catalog/frameworks.yaml`,
  },
};
