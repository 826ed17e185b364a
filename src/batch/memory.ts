/**
 * Keeps a long batch's memory flat. Checking a file allocates far more than it keeps (about 20 MB
 * of a thread's heap is live at any time), but when two checking threads share two cores, V8's
 * concurrent collector falls behind and lets 40–110 MB of garbage pile up in each heap before a full
 * collection: two threads on 20,000 profiles peaked at 350–390 MB. So each checking thread looks at
 * its own heap every few files and, once more than a limit of it is in use (live data plus garbage),
 * runs a full collection (10–40 ms), which brings it back to the live data. Measured on 20,000
 * profiles, two threads, JSON: 327 MB peak and 61 s of CPU without; 269 MB and 70 s with a 72 MB limit
 * (64 MB: 262 MB, 73 s; 80 MB: 298 MB, 65 s). CLAUSECHECK_HEAP_LIMIT_MB sets it; 0 turns it off.
 * The collection is a plain major one (`gc({ type: 'major' })`): `gc()` without options also gives
 * the heap's free pages back to the system, which the next files then fault in again; on 20,000
 * profiles that cost 14% of a two-thread JSON run (24.5 s against 21.1 s, peak 260 and 267 MB) and
 * about 20% of a one-thread text run.
 */
import { createRequire } from 'node:module';
import vm from 'node:vm';

/** Heap in use (MB) above which a checking thread collects its garbage. */
const HEAP_LIMIT_MB = 72;
/** Files between two looks at the heap. */
const CHECK_EVERY = 16;

/** V8's gc(); with `{ type: 'major' }`, one full collection that keeps the heap's pages. */
export type Collect = (options?: { type: 'major' | 'minor' }) => void;

let collect: Collect | null | undefined;
let v8Module: typeof import('node:v8') | undefined;

/** node:v8, loaded on the first look at the heap: a small run never looks, and loading it costs a millisecond or two of a start. */
function v8(): typeof import('node:v8') {
  return (v8Module ??= createRequire(import.meta.url)('node:v8') as typeof import('node:v8'));
}

/** A full garbage collection, or null when it cannot be had. */
function collector(): Collect | null {
  if (collect !== undefined) return collect;
  try {
    const exposed = (globalThis as { gc?: Collect }).gc;
    if (exposed) collect = exposed;
    else {
      // The flag is process-wide: contexts made from now on (and worker threads started later) have gc().
      // It also changes V8's flag hash, so a worker started later compiles the bundle without its cache.
      v8().setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as Collect;
    }
  } catch {
    collect = null;
  }
  return collect;
}

/** The limit: CLAUSECHECK_HEAP_LIMIT_MB when set (0 turns the guard off), else `fallbackMb`. */
function heapLimit(fallbackMb: number): number {
  const value = process.env.CLAUSECHECK_HEAP_LIMIT_MB;
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : fallbackMb;
}

/**
 * Returns a function to call after each file; it collects this thread's garbage when its heap has
 * grown past `fallbackMb` (or CLAUSECHECK_HEAP_LIMIT_MB). gc() is made available only then:
 * changing V8's flags earlier would make V8 refuse the bundle's code cache (its check covers the
 * flags) for every worker started afterwards, and the build's warm-up run would write a cache that
 * no normal start accepts. `how`: a plain major collection, or one that also gives the heap's free
 * pages back (`shrink`: slower when files keep coming, smaller at the peak). `collectorOf` gives
 * V8's gc() (found on first need).
 */
export function memoryGuard(fallbackMb = HEAP_LIMIT_MB, how: 'major' | 'shrink' = 'major', collectorOf: () => Collect | null = collector): () => void {
  const limitMb = heapLimit(fallbackMb);
  if (limitMb === 0) return () => {};
  const limit = limitMb * 1024 * 1024;
  let files = 0;
  return () => {
    if (++files % CHECK_EVERY !== 0) return;
    if (v8().getHeapStatistics().used_heap_size > limit) {
      const collect = collectorOf();
      if (how === 'major') collect?.({ type: 'major' });
      else collect?.();
    }
  };
}
