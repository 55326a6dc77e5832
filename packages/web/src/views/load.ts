/**
 * How a view gets its data: each view module's loader builds its API requests from the
 * controls and asks through `ask`, which the page supplies (fetch with a per-session memo),
 * so the view modules themselves touch neither the network nor the DOM.
 *
 * @module
 */
import type { Lang } from '../i18n.js';

/** The economy is outside the data a view draws on (known before asking for it). */
export class NotCovered extends Error {}

/** The controls, the economy's name and the page's means of asking the API, as a loader sees them. */
export interface LoadContext {
  readonly iso3: string;
  /** The year chosen, or undefined for the latest: each resource's own default year. */
  readonly year: number | undefined;
  readonly lang: Lang;
  /** The trajectory view's indicator. */
  readonly indicator: string;
  /** The scenario view's scenario id. */
  readonly scenario: string;
  /** The scenario view's second fan chart (a series id of the run). */
  readonly series: string;
  /** The economy's name in `lang`. */
  readonly name: string;
  /** Any economy's name in `lang` (its code when the page does not know it). */
  readonly nameOf: (iso3: string) => string;
  /** GETs an API path and parses its JSON as `T` (the answer type of that route in api-types.ts). */
  readonly ask: <T>(path: string) => Promise<T>;
  /** Offers the scenario view's series (those of the run) with the one shown selected. */
  readonly offerSeries: (series: readonly string[], selected: string) => void;
}
