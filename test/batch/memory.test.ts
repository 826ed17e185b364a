/** The memory guard of a checking thread: when it collects, and how. */
import { afterAll, describe, expect, it } from 'vitest';
import { memoryGuard, type Collect } from '../../src/batch/memory.js';

const savedLimit = process.env.CLAUSECHECK_HEAP_LIMIT_MB;

afterAll(() => {
  if (savedLimit === undefined) delete process.env.CLAUSECHECK_HEAP_LIMIT_MB;
  else process.env.CLAUSECHECK_HEAP_LIMIT_MB = savedLimit;
});

/** A stand-in for V8's gc() that records how it was called. */
function spy(): { calls: unknown[]; collector: () => Collect } {
  const calls: unknown[] = [];
  return { calls, collector: () => (options) => void calls.push(options) };
}

describe('memoryGuard', () => {
  it('looks every 16 files and, past the limit, runs a plain major collection (one that keeps the heap pages)', () => {
    process.env.CLAUSECHECK_HEAP_LIMIT_MB = '1';
    const { calls, collector } = spy();
    const afterFile = memoryGuard(72, 'major', collector);
    for (let i = 0; i < 15; i++) afterFile();
    expect(calls).toEqual([]);
    for (let i = 0; i < 17; i++) afterFile();
    expect(calls).toEqual([{ type: 'major' }, { type: 'major' }]);
  });

  it('for merge, collects with gc() alone (which also gives the free pages back)', () => {
    process.env.CLAUSECHECK_HEAP_LIMIT_MB = '1';
    const { calls, collector } = spy();
    const afterEntry = memoryGuard(150, 'shrink', collector);
    for (let i = 0; i < 16; i++) afterEntry();
    expect(calls).toEqual([undefined]);
  });

  it('never collects with CLAUSECHECK_HEAP_LIMIT_MB=0, nor below the limit', () => {
    const { calls, collector } = spy();
    process.env.CLAUSECHECK_HEAP_LIMIT_MB = '0';
    const off = memoryGuard(72, 'major', collector);
    for (let i = 0; i < 64; i++) off();
    process.env.CLAUSECHECK_HEAP_LIMIT_MB = '100000';
    const high = memoryGuard(72, 'major', collector);
    for (let i = 0; i < 64; i++) high();
    expect(calls).toEqual([]);
  });
});
