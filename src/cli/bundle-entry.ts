/**
 * The entry point of the bundled CLI (dist/clausecheck.cjs, built by scripts/bundle.mjs and loaded
 * by bin/bundle-loader.cjs with a V8 code cache). Batch workers start from the same bundle through
 * the same loader, so they get the code cache too and need no separate file. The worker side is
 * imported only in a worker, so a plain check does not load worker_threads.
 */
import { setWorkerBoot } from '../batch/worker-boot.js';

export { main } from './main.js';

/** Runs the batch worker loop (in a worker thread started by the pool). */
export async function runWorker(): Promise<void> {
  const worker = await import('../batch/worker.js');
  if (worker.isBatchWorker()) await worker.runWorker();
}

/** The loader's path, which it sets before running the bundle. */
const loader = (globalThis as { __clausecheckLoader?: string }).__clausecheckLoader;
if (loader) setWorkerBoot({ kind: 'eval', code: `require(${JSON.stringify(loader)}).loadBundle().runWorker();` });
