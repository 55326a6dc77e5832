import type { Observation, ObservationStatus } from '../types.js';

/**
 * What every diagnostic returns: findings as values, never printed text: only the CLI prints.
 * A finding states something about an economy, shows the numbers it rests on (each with
 * year and source), names the threshold or benchmark it applied, and cites the method.
 */
export interface Finding {
  /** The diagnostic that made it, e.g. `income-trap`, `deindustrialization`. */
  readonly diagnostic: string;
  /** Stable id within the diagnostic, e.g. `upper-middle-trap`. */
  readonly id: string;
  /**
   * `positive`: a strength; `info`: a fact without judgement; `warning`: a risk sign;
   * `risk`: a threshold of a named risk is crossed; `no-data`: the data cannot answer.
   */
  readonly severity: 'positive' | 'info' | 'warning' | 'risk' | 'no-data';
  readonly statement_en: string;
  readonly statement_zh: string;
  readonly evidence: readonly Evidence[];
  readonly threshold?: Threshold;
  /** The reference defining the method or threshold. */
  readonly reference: string;
}

/** One number a finding rests on. */
export interface Evidence {
  readonly label_en: string;
  readonly label_zh: string;
  readonly iso3: string;
  /** The year the value belongs to (a period is written as its last year plus `note`). */
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  readonly source: string;
  readonly status: ObservationStatus | 'computed';
  readonly note?: string;
}

/** The rule a finding applied. */
export interface Threshold {
  readonly description_en: string;
  readonly description_zh: string;
  readonly value?: number;
  readonly unit?: string;
}

/**
 * Evidence that reports an observation as it is: its economy, year, value, unit, source,
 * status and note, under the given labels.
 *
 * @example observedEvidence(obs, 'GDP per capita', '人均GDP').status // the observation's own status
 */
export function observedEvidence(o: Observation, label_en: string, label_zh: string): Evidence {
  return {
    label_en,
    label_zh,
    iso3: o.iso3,
    year: o.year,
    value: o.value,
    unit: o.unit,
    source: o.source,
    status: o.status,
    ...(o.note !== undefined ? { note: o.note } : {}),
  };
}
