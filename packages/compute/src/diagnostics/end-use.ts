/**
 * End-use classes of exports, from BEC Rev.4:
 * - `sna`: UNSD's SNA basic classes (intermediate, capital, consumption; primary commodities
 *   such as ores and crude oil count as intermediate);
 * - `sop`: UNCTAD's stages of processing as WITS publishes them (raw materials kept apart).
 * `unmapped`: exports whose heading has no HS 2012 subheading in the correlation table.
 */
export type EndUseClassification = 'sna' | 'sop';
export type EndUse = 'raw_materials' | 'intermediate' | 'capital' | 'consumption' | 'not_classified' | 'unmapped';

export interface EndUseShares {
  readonly total: number;
  /** Share (%) of total exports in each class; they sum to 100. */
  readonly shares: Readonly<Record<EndUse, number>>;
  /** Intermediate plus capital goods, % of total exports (IIE-CASS 2024, Table 1, column 3). */
  readonly intermediateAndCapital: number;
}

const CLASSES: readonly EndUse[] = [
  'raw_materials',
  'intermediate',
  'capital',
  'consumption',
  'not_classified',
  'unmapped',
];

/**
 * Shares of exports by end use from export values already summed by class. Exports of
 * unmapped headings stay in the total, so the intermediate-plus-capital share is a share of
 * all exports, as the paper defines it; the unmapped share says how much is unknown.
 *
 * @example endUseShares({ intermediate: 50, capital: 20, consumption: 30 }).intermediateAndCapital // returns 70
 */
export function endUseShares(values: Partial<Readonly<Record<EndUse, number>>>): EndUseShares {
  const total = CLASSES.reduce((sum, c) => sum + (values[c] ?? 0), 0);
  if (!(total > 0)) throw new Error('end-use shares need positive total exports');
  const shares = Object.fromEntries(CLASSES.map((c) => [c, ((values[c] ?? 0) / total) * 100])) as Record<
    EndUse,
    number
  >;
  return { total, shares, intermediateAndCapital: shares.intermediate + shares.capital };
}
