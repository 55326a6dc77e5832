/**
 * What the page shows for one view: its charts, the table under them (the CSV download is
 * that table) and its citation, built by the view's module from the API's answers.
 *
 * @module
 */
import type { ChartSpec, ChartTable } from '@chanye/charts';

/** The dashboard's views, in page order. */
export const VIEW_IDS = [
  'overview',
  'scores',
  'trajectories',
  'arrays',
  'income',
  'productSpace',
  'io',
  'scenario',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** What the page shows for one view. */
export interface View {
  readonly id: ViewId;
  readonly charts: readonly ChartSpec[];
  /** The table under the charts; the CSV download is this table. */
  readonly table: ChartTable;
  /** Decimal places of each numeric column as displayed, -1 for years (the CSV keeps full precision). */
  readonly digits: readonly number[];
  readonly note?: string;
  readonly cite: string;
}
