/**
 * A batch worker thread: receives the plan once (as workerData), then batches of inputs, and posts
 * back each batch's results. Rules are looked up by id in the catalog, so only plain data crosses
 * threads. Any exception is posted back and ends the run as an internal error, as it would in the
 * main thread.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { RULES } from '../../rules/index.js';
import { resolveRules, stepContext, stepInput, type StepContext } from './file-step.js';
import { memoryGuard } from './memory.js';
import type { BatchPlan, FileResult, PlannedInput } from './types.js';

/** The workerData a batch worker is started with. */
export interface WorkerInit {
  role: typeof WORKER_ROLE;
  plan: BatchPlan;
}

/** Marks a worker as a batch worker (the bundle may start workers from its own file). */
export const WORKER_ROLE = 'clausecheck-batch-worker';

/** A message to a worker: inputs with their positions in the run. */
export interface WorkerTask {
  tasks: { index: number; input: PlannedInput }[];
}

/** A message from a worker. */
export type WorkerReply = { results: FileResult[] } | { error: string };

/** True when this thread was started as a batch worker. */
export function isBatchWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInit> | undefined)?.role === WORKER_ROLE;
}

/** Runs the worker loop (call only when isBatchWorker()). */
export async function runWorker(): Promise<void> {
  const port = parentPort!;
  const { plan } = workerData as WorkerInit;
  let context: StepContext;
  try {
    const text = plan.texts.length ? await import('../report/formatters/text.js') : undefined;
    context = stepContext(plan, resolveRules(plan.rules, RULES), text);
  } catch (error) {
    port.on('message', () => port.postMessage({ error: describe(error) } satisfies WorkerReply));
    return;
  }
  const afterFile = memoryGuard();
  port.on('message', (message: WorkerTask) => {
    try {
      const transfer: ArrayBuffer[] = [];
      const results = message.tasks.map((task) => {
        const result = stepInput(task.index, task.input, context);
        afterFile();
        return toBytes(result, transfer);
      });
      port.postMessage({ results } satisfies WorkerReply, transfer);
    } catch (error) {
      port.postMessage({ error: describe(error) } satisfies WorkerReply);
    }
  });
}

const encoder = new TextEncoder();

/**
 * Turns a result's rendered pieces into UTF-8 bytes moved (not copied) to the main thread, which
 * then writes them as they are: no string copies, joins or re-encoding there, far less garbage.
 */
function toBytes(result: FileResult, transfer: ArrayBuffer[]): FileResult {
  const encode = (text: string | Uint8Array) => {
    if (typeof text !== 'string') return text;
    const bytes = encoder.encode(text);
    transfer.push(bytes.buffer as ArrayBuffer);
    return bytes;
  };
  if (result.json !== undefined) result.json = encode(result.json);
  if (result.texts) result.texts = result.texts.map(encode);
  return result;
}

function describe(error: unknown): string {
  return error instanceof Error ? (process.env.CLAUSECHECK_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
}
