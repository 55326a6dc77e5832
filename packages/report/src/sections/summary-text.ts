/**
 * The summary's words that the shared labels (text.ts) do not hold, in English and Chinese:
 * the rows of the key-numbers table taken from other sections.
 *
 * @module
 */
import type { Lang } from '../model.js';

export interface SummaryText {
  /** Row of the latest New Four coupling coordination degree D. */
  readonly coordination: string;
  /** Row of GVC participation, from the input-output section. */
  readonly gvcParticipation: string;
  /** Row of the probability of crossing the high-income threshold by the scenario's last year. */
  readonly crossingBy: (year: number) => string;
  /** Source line of the key-numbers table. */
  readonly keyNumbersSource: string;
  /** Mark on the year of a value spliced onto its benchmark source after `breakYear`. */
  readonly spliced: (breakYear: number) => string;
  /** Mark on the year of a value more than `years` years older than the table's newest. */
  readonly older: (years: number, newest: number) => string;
}

export const SUMMARY_TEXT: Readonly<Record<Lang, SummaryText>> = {
  en: {
    coordination: 'New Four coordination D',
    gvcParticipation: 'GVC participation (backward + forward, % of gross exports)',
    crossingBy: (year) => `Probability of crossing the high-income threshold by ${year} (baseline)`,
    keyNumbersSource: 'Source: see each section',
    spliced: (breakYear) => `spliced after ${breakYear}`,
    older: (years, newest) => `more than ${years} years older than ${newest}`,
  },
  zh: {
    coordination: '“新四化”耦合协调度D',
    gvcParticipation: '全球价值链参与度（后向+前向，占总出口%）',
    crossingBy: (year) => `${year}年前跨越高收入门槛的概率（基准情景）`,
    keyNumbersSource: '数据来源：见各节',
    spliced: (breakYear) => `${breakYear}年后为衔接值`,
    older: (years, newest) => `比${newest}年早${years}年以上`,
  },
};
