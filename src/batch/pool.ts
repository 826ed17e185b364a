/**
 * Checks inputs on worker threads and yields the results in input order. Inputs go out in small
 * batches, at most two batches per worker in flight, and never more than a window ahead of the
 * result the consumer is waiting for: results that finish early wait in a reorder buffer bounded
 * by that window, so memory stays flat however many files there are, and a consumer that writes
 * slowly (a pipe) slows the workers down instead of piling results up.
 */
import { Worker } from 'node:worker_threads';
import type { BatchPlan, FileResult, PlannedInput } from './types.js';
import { WORKER_ROLE, type WorkerInit, type WorkerReply, type WorkerTask } from './worker.js';
import { workerBoot } from './worker-boot.js';

function startWorker(init: WorkerInit): Worker {
  const boot = workerBoot() ?? { kind: 'file', url: new URL('./worker-main.js', import.meta.url) };
  return boot.kind === 'file' ? new Worker(boot.url, { workerData: init }) : new Worker(boot.code, { eval: true, workerData: init });
}

/** Files per message to a worker: small for small runs (to spread them), up to 16. */
function batchSize(files: number, jobs: number): number {
  return Math.max(1, Math.min(16, Math.floor(files / (jobs * 8))));
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

/**
 * Checks `inputs` on `jobs` threads and yields every result, in input order. With `local` (the
 * main thread's own step), the main thread is one of the `jobs`: it starts `jobs - 1` workers and,
 * whenever the result it needs next is not in yet, checks a few files itself instead of waiting.
 * That saves one isolate's memory (about 100 MB under load) and keeps the main thread busy while
 * the workers start.
 */
export async function* runInWorkers(inputs: readonly PlannedInput[], plan: BatchPlan, jobs: number, local?: (index: number) => FileResult): AsyncGenerator<FileResult> {
  const total = inputs.length;
  const size = batchSize(total, jobs);
  const window = Math.max(64, jobs * size * 4);
  const buffer = new Map<number, FileResult>();
  let next = 0;
  let cursor = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const init: WorkerInit = { role: WORKER_ROLE, plan };
  const slots: Slot[] = [];
  const dispatch = (slot: Slot) => {
    while (slot.inFlight < 2 && next < total && next < cursor + window) {
      const end = Math.min(total, next + size);
      const message: WorkerTask = { tasks: [] };
      for (let i = next; i < end; i++) message.tasks.push({ index: i, input: inputs[i]! });
      next = end;
      slot.inFlight++;
      slot.worker.postMessage(message);
    }
  };
  const localSize = Math.max(1, Math.min(4, size));
  const workers = Math.min(local ? jobs - 1 : jobs, Math.ceil(total / size));
  for (let j = 0; j < workers; j++) {
    const worker = startWorker(init);
    const slot: Slot = { worker, inFlight: 0 };
    worker.on('message', (reply: WorkerReply) => {
      if ('error' in reply) failure ??= new Error(reply.error);
      else {
        slot.inFlight--;
        for (const result of reply.results) buffer.set(result.index, result);
        dispatch(slot);
      }
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error instanceof Error ? error : new Error(String(error));
      notify();
    });
    worker.on('messageerror', (error) => {
      failure ??= error;
      notify();
    });
    worker.on('exit', (code) => {
      if (cursor < total) failure ??= new Error(`a worker thread stopped (exit code ${code}) before the run was done`);
      notify();
    });
    slots.push(slot);
  }
  try {
    for (const slot of slots) dispatch(slot);
    while (cursor < total) {
      if (failure) throw failure;
      const result = buffer.get(cursor);
      if (!result) {
        if (local && next < total && next < cursor + window) {
          // Work instead of waiting: a few files here, then let the workers' messages in.
          const end = Math.min(total, next + localSize);
          const from = next;
          next = end;
          for (let i = from; i < end; i++) buffer.set(i, local(i));
          await new Promise((resolve) => setImmediate(resolve));
        } else await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      buffer.delete(cursor);
      cursor++;
      // The window moved: idle workers may take more.
      if (next < total) for (const slot of slots) dispatch(slot);
      yield result;
    }
  } finally {
    cursor = total; // the exits below are expected
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
