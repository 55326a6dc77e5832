/**
 * The progress of a report's build: the steps of the gathering, in the order a progress line
 * names them, and a wrapper that counts them as they finish.
 *
 * @module
 */
import type { BuildReportOptions } from './options.js';

/** The gathering's steps; the writing of the report is one more, after them. */
export const STEPS = [
  'profile and income history',
  'diagnostics',
  'six characteristics',
  'four systems',
  'same-income benchmark',
  'New Four coordination',
  'export structure',
  'economic complexity',
  'input-output linkages',
  'scenario simulation',
] as const;
export type Step = (typeof STEPS)[number];

/**
 * Runs the steps' work and reports progress as each finishes: `step` steps done, `label` the
 * first step (in order) still running.
 */
export function progressSteps(
  onProgress: BuildReportOptions['onProgress'],
): <T>(label: Step, work: () => Promise<T>) => Promise<T> {
  const running = new Set<Step>(STEPS);
  let done = 0;
  const tell = (): void => {
    const next = STEPS.find((s) => running.has(s));
    if (next !== undefined) onProgress?.({ step: done, total: STEPS.length + 1, label: next });
  };
  tell();
  return async (label, work) => {
    const value = await work();
    running.delete(label);
    done += 1;
    tell();
    return value;
  };
}
