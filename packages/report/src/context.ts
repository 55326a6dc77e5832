/**
 * What every section of the report receives: the language and its labels, the economy, the
 * run's settings, the engine's values gathered for it, and the citations the sections number
 * between them.
 *
 * @module
 */
import type { Store } from '@chanye/store';
import type { Citations } from './citations.js';
import type { Gathered } from './gather.js';
import type { Lang, ReportSettings } from './model.js';
import type { Labels } from './text.js';

export interface Context {
  /** The store the values were gathered from (its catalogue names frameworks, indicators, sources). */
  readonly store: Store;
  readonly lang: Lang;
  readonly t: Labels;
  readonly iso3: string;
  /** The economy's name in the report's language. */
  readonly name: string;
  /** Any economy's name in the report's language, by ISO3 code (the code if the snapshot has no name). */
  readonly nameOf: (iso3: string) => string;
  readonly settings: ReportSettings;
  /** Shared and mutable: sources and references are numbered in the order the sections cite them. */
  readonly citations: Citations;
  readonly data: Gathered;
}
