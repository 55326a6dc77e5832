/**
 * What the recorded tables of docs/methods/composite-indices.md share (validity and audit):
 * which framework × year pairs are recorded, the Markdown table layout, and the markers the
 * generated text sits between. The records live in catalog/results/; tests recompute them and
 * read the docs' tables, so neither can drift from the engine silently.
 *
 * @module
 */
import { ChanyeError } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { defaultScoreYear } from './adequate-year.js';

export interface RecordedSetting {
  readonly framework: string;
  readonly year: number;
  /** Whether `year` is the framework's default year (the latest adequately covered one). */
  readonly defaultYear: boolean;
}

/** Which frameworks and fixed years a kind of record covers, and the window of the default year. */
export interface RecordedScope {
  readonly frameworks: readonly string[];
  /** Fixed years; the default year of each framework is added. */
  readonly years: readonly number[];
  readonly window: number;
}

/** The framework × year pairs recorded: the fixed years and each framework's default year. */
export async function recordedSettings(store: Store, scope: RecordedScope): Promise<RecordedSetting[]> {
  const out: RecordedSetting[] = [];
  for (const framework of scope.frameworks) {
    const fallback = await defaultScoreYear(store, framework, scope.window);
    for (const year of scope.years) out.push({ framework, year, defaultYear: year === fallback });
    if (!scope.years.includes(fallback)) out.push({ framework, year: fallback, defaultYear: true });
  }
  return out;
}

/** A number rounded to `digits` decimals as a record keeps it (−0 becomes 0, so JSON reads `0`). */
export const roundTo = (x: number, digits: number): number => Number(x.toFixed(digits)) + 0;

/** A Markdown table, padded as Prettier pads it, so that the docs pass the format check. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = header.map((h, j) => Math.max(3, h.length, ...rows.map((r) => (r[j] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, j) => c.padEnd(width[j] as number)).join(' | ')} |`;
  return [line(header), line(width.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The HTML comments that delimit generated text in the docs. */
export interface Markers {
  readonly start: string;
  readonly end: string;
}

/** Replaces the text between `markers` by `text`; throws when the markers are missing. */
export function withGenerated(doc: string, markers: Markers, text: string, what: string): string {
  const start = doc.indexOf(markers.start);
  const end = doc.indexOf(markers.end);
  if (start < 0 || end < start) throw new ChanyeError('not-found', `the ${what} markers are missing from the docs`);
  return `${doc.slice(0, start + markers.start.length)}\n\n${text}\n\n${doc.slice(end)}`;
}

/** The text between `markers` (empty when they are missing). */
export function generatedText(doc: string, markers: Markers): string {
  const start = doc.indexOf(markers.start);
  const end = doc.indexOf(markers.end);
  return start < 0 || end < start ? '' : doc.slice(start + markers.start.length, end);
}
