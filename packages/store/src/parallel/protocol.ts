/**
 * The shared control block between the calling thread and the kernel threads: one Int32Array
 * over a SharedArrayBuffer. The caller writes a command and bumps SEQ; each worker wakes on
 * SEQ, does its part and adds one to DONE; the caller sleeps on DONE until all have.
 */
export const SEQ = 0;
export const DONE = 1;
export const COMMAND = 2;
/** Set by a worker whose part failed; the caller throws after the wait. */
export const FAILED = 3;
/** Job fields: c, a, b, ldc, lda, ldb, m, k (element offsets and counts, all below 2³¹). */
export const JOB = 4;
/** Worker w's column range is at RANGES + 2w, RANGES + 2w + 1. */
export const RANGES = 12;

export const COMMAND_JOB = 1;
export const COMMAND_DETACH = 2;

export function controlLength(workers: number): number {
  return RANGES + 2 * workers;
}

/** What a worker is sent to start working in an arena. */
export interface AttachMessage {
  readonly memory: object;
  readonly packA: number;
  readonly packB: number;
  readonly control: SharedArrayBuffer;
  readonly worker: number;
}
