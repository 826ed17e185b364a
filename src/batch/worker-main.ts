/** The file an unbundled batch worker starts from (the bundle starts workers from itself instead). */
import { isBatchWorker, runWorker } from './worker.js';

if (isBatchWorker()) void runWorker();
