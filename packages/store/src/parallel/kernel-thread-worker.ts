/**
 * A kernel thread (see kernel-threads.ts): idle in its event loop until handed an arena, then
 * sleeping on the control block between jobs, each a range of columns of one product, until
 * told to let the arena go.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { arenaOverMemory, gemmColumns, type GemmJob } from '@chanye/compute';
import { COMMAND, COMMAND_DETACH, DONE, FAILED, JOB, RANGES, SEQ, type AttachMessage } from './protocol.js';

parentPort?.on('message', (message: AttachMessage) => {
  const control = new Int32Array(message.control);
  const arena = arenaOverMemory(message.memory, message.packA, message.packB);
  let seen = Atomics.load(control, SEQ);
  if (!arena) Atomics.store(control, FAILED, 1);
  finish(control);
  if (!arena) return;
  for (;;) {
    Atomics.wait(control, SEQ, seen);
    seen = Atomics.load(control, SEQ);
    if (Atomics.load(control, COMMAND) === COMMAND_DETACH) break;
    try {
      const job: GemmJob = {
        c: control[JOB] as number,
        a: control[JOB + 1] as number,
        b: control[JOB + 2] as number,
        ldc: control[JOB + 3] as number,
        lda: control[JOB + 4] as number,
        ldb: control[JOB + 5] as number,
        m: control[JOB + 6] as number,
        k: control[JOB + 7] as number,
      };
      const from = control[RANGES + 2 * message.worker] as number;
      const to = control[RANGES + 2 * message.worker + 1] as number;
      gemmColumns(arena, message.packA, message.packB, job, from, to);
    } catch {
      Atomics.store(control, FAILED, 1);
    }
    finish(control);
  }
  finish(control);
});

function finish(control: Int32Array): void {
  Atomics.add(control, DONE, 1);
  Atomics.notify(control, DONE);
}
