/**
 * Rostow's stages of growth as a HEURISTIC rule set (docs/methods/
 * industrialization-stage.md). Rostow, W. W. (1960), *The Stages of Economic Growth: A
 * Non-Communist Manifesto*, Cambridge University Press (and "The Take-Off into Self-Sustained
 * Growth", Economic Journal 66(261): 25-48, 1956) describes the stages qualitatively and gives
 * one number — the take-off lifts productive investment from about 5 % or less to over 10 % of
 * national income. Mapping indicators to stages is therefore a convention: the cut-offs are
 * parameters (catalog/published/industrialization-stage.yaml), each with its justification.
 *
 * @module
 */
import { ChanyeError } from '../errors.js';

export type RostowStage =
  'traditional-society' | 'preconditions-for-take-off' | 'take-off' | 'drive-to-maturity' | 'high-mass-consumption';

export const ROSTOW_STAGES: readonly RostowStage[] = [
  'traditional-society',
  'preconditions-for-take-off',
  'take-off',
  'drive-to-maturity',
  'high-mass-consumption',
];

/** The cut-offs of the rule set (see {@link rostowStage}). */
export interface RostowRules {
  /** Traditional society: agriculture's employment share at least this (%)… */
  readonly traditionalAgricultureEmployment: number;
  /** …and gross capital formation below this (% of GDP). */
  readonly traditionalInvestment: number;
  /** Take-off: gross capital formation at least this (% of GDP), with agriculture < industry in value added. */
  readonly takeOffInvestment: number;
  /** Drive to maturity: services > industry in value added and agriculture's employment share below this (%). */
  readonly maturityAgricultureEmployment: number;
  /** High mass consumption: drive-to-maturity conditions, agriculture's employment share below this (%), high income. */
  readonly massConsumptionAgricultureEmployment: number;
}

/** The values the rules read; NaN or undefined marks a missing value. */
export interface RostowInputs {
  /** Agriculture, industry and services value added, % of GDP. */
  readonly agriculture: number;
  readonly industry: number;
  readonly services: number;
  /** Agriculture's share of employment, %. */
  readonly agricultureEmployment: number;
  /** Gross capital formation, % of GDP. */
  readonly investment?: number;
  /** The World Bank classifies the economy as high income in that year (undefined: unknown). */
  readonly highIncome?: boolean;
}

/** One rule's verdict: true, false, or undefined when an input it needs is missing. */
export interface RostowTest {
  readonly stage: RostowStage;
  readonly holds: boolean | undefined;
}

export interface RostowResult {
  readonly stage: RostowStage;
  /** The rules tried, from the highest stage down, until one held. */
  readonly tests: readonly RostowTest[];
  /** Rules that could not be decided for lack of data (the stage may be understated). */
  readonly undecided: readonly RostowStage[];
}

const known = (x: number | undefined): x is number => x !== undefined && Number.isFinite(x);

/** `a && b` in three-valued logic (false wins over unknown). */
function and(...parts: (boolean | undefined)[]): boolean | undefined {
  if (parts.includes(false)) return false;
  return parts.includes(undefined) ? undefined : true;
}

/**
 * The highest stage whose rule holds, tried from the top:
 * - high mass consumption: the drive-to-maturity rule, agriculture employment below
 *   `massConsumptionAgricultureEmployment` and high income (World Bank);
 * - drive to maturity: services > industry in value added and agriculture employment below
 *   `maturityAgricultureEmployment`;
 * - take-off: gross capital formation at least `takeOffInvestment` and agriculture < industry;
 * - traditional society: agriculture employment at least `traditionalAgricultureEmployment` and
 *   gross capital formation below `traditionalInvestment` (an unknown investment counts as
 *   consistent with it);
 * - otherwise, preconditions for take-off.
 * A rule that cannot be decided (missing input) does not hold and is listed in `undecided`.
 * The sector shares and agriculture employment are required.
 *
 * @example
 * rostowStage({ agriculture: 7, industry: 38, services: 55, agricultureEmployment: 25, investment: 43, highIncome: false }, rules).stage
 * // returns 'drive-to-maturity'
 */
export function rostowStage(inputs: RostowInputs, rules: RostowRules): RostowResult {
  const { agriculture: a, industry: i, services: s, agricultureEmployment: ae } = inputs;
  if (![a, i, s, ae].every(Number.isFinite)) {
    throw new ChanyeError('no-data', 'rostowStage needs the three sector shares and the agriculture employment share');
  }
  const inv = known(inputs.investment) ? inputs.investment : undefined;
  const maturity = s > i && ae < rules.maturityAgricultureEmployment;
  const tests: RostowTest[] = [];
  const undecided: RostowStage[] = [];
  const attempt = (stage: RostowStage, holds: boolean | undefined): boolean => {
    tests.push({ stage, holds });
    if (holds === undefined) undecided.push(stage);
    return holds === true;
  };
  const result = (stage: RostowStage): RostowResult => ({ stage, tests, undecided });
  if (
    attempt('high-mass-consumption', and(maturity, ae < rules.massConsumptionAgricultureEmployment, inputs.highIncome))
  )
    return result('high-mass-consumption');
  if (attempt('drive-to-maturity', maturity)) return result('drive-to-maturity');
  if (attempt('take-off', and(inv === undefined ? undefined : inv >= rules.takeOffInvestment, a < i)))
    return result('take-off');
  if (
    attempt(
      'traditional-society',
      ae >= rules.traditionalAgricultureEmployment && !(inv !== undefined && inv >= rules.traditionalInvestment),
    )
  )
    return result('traditional-society');
  return result('preconditions-for-take-off');
}
