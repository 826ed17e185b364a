import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { SLOW_FIRST } from '../sequencer.js';

describe('the test order (test/sequencer.ts)', () => {
  it('names only test files that exist, each once', () => {
    expect(SLOW_FIRST.filter((file) => !existsSync(`${ROOT}${file}`) || !file.endsWith('.test.ts'))).toEqual([]);
    expect(new Set(SLOW_FIRST).size).toBe(SLOW_FIRST.length);
  });
});
