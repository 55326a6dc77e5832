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
  /** Where the stage index's thresholds and weights come from, and how far to trust them. */
  readonly stageProvenance: string;
}

export const STAGE_TEXT: Readonly<Record<Lang, StageText>> = {
  en: {
    couplingSource: (iso3) =>
      `Chanye coupling coordination (chanye coupling ${iso3} --framework new-four) over the indicators of catalog/frameworks.yaml`,
    stageProvenance:
      'The thresholds and weights of the industrialization-stage index come from secondary sources: Chen Jiagui, Huang Qunhui and Zhong Hongwu (2006) as their method is commonly reproduced, with Chenery’s income bands as they tabulate them. They could not be checked against the original tables and are marked unverified in catalog/published/industrialization-stage.yaml, so the stage is indicative; docs/methods/industrialization-stage.md compares the index with the stages CASS published for China.',
  },
  zh: {
    couplingSource: () =>
      // Chart sources are SVG text, where a command cannot be set as code: the Chinese line names
      // the calculation and the catalogue, and leaves the command to the English report.
      'Chanye“新四化”耦合协调度计算，指标见catalog/frameworks.yaml',
    stageProvenance:
      '工业化阶段综合指数的阈值和权重取自二手资料：陈佳贵、黄群慧、钟宏武（2006）方法的通行转述，以及他们所列的钱纳里收入分段。这些数值未能与原文表格核对，在catalog/published/industrialization-stage.yaml中标为未核实，因此阶段判断仅供参考；该指数与中国社会科学院发布的中国工业化阶段的比较见docs/methods/industrialization-stage.md。',
  },
};
