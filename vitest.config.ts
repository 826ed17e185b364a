import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // forks, not threads: the in-process CLI runner (test/helpers/cli.ts) changes directory.
    pool: 'forks',
    // One module graph per worker, not per file: importing the sources again for each of 110 files
    // cost more than the tests themselves (measured: test/rules 27 s isolated, 4.7 s shared). Tests
    // must therefore leave no global state behind (the CLI runners restore cwd, env, streams and the message language).
    isolate: false,
    // Every core (vitest's default leaves one idle, which on a 2-core machine means one worker).
    maxWorkers: Math.max(2, availableParallelism()),
    // Transformed modules kept between runs (node_modules/.experimental-vitest-cache, keyed by content):
    // a second run transforms almost nothing (measured: 6.7-9 s of transforms down to 1.4 s).
    experimental: { fsModuleCache: true },
    // The longest files first on a fresh clone too (test/sequencer.ts).
    sequence: { sequencer: SlowFirstSequencer },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest.json' },
  },
});
