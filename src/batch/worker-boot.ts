/**
 * How batch workers start, as plain data, so that setting it loads nothing: unbundled, from
 * worker-main.js beside the pool; bundled, from an eval'd line that loads the bundle (with its code
 * cache) through the bundle loader and runs the worker loop.
 */

/** A worker's start: a module file, or code to eval. */
type WorkerBoot = { kind: 'file'; url: URL } | { kind: 'eval'; code: string };

let boot: WorkerBoot | undefined;

/** Sets how workers start (the bundle entry does, before any run). */
export function setWorkerBoot(value: WorkerBoot): void {
  boot = value;
}

/** How workers start; undefined means the default (worker-main.js beside the pool). */
export function workerBoot(): WorkerBoot | undefined {
  return boot;
}
