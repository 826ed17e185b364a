/**
 * The order vitest starts test files in. With two workers, a long file started last is a tail
 * that one worker runs alone. vitest orders by the durations it cached on the previous run; on a
 * fresh clone it has none and orders by file size, which put the packed-package install and the
 * secrets matrix near the end. Here, files without a cached duration start in the order of
 * SLOW_FIRST (the files that took longest when measured), then the rest as vitest orders them.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The test files that took longest, longest first (measured on a two-core machine, 2026-12-02). */
export const SLOW_FIRST = [
  'test/formatters/html.test.ts',
  'test/attack/secrets.test.ts',
  'test/package/pack.test.ts',
  'test/load/fast-yaml.test.ts',
  'test/attack/limits.test.ts',
  'test/batch/bundle.test.ts',
  'test/batch/order.test.ts',
  'test/batch/shard-merge.test.ts',
  'test/batch/progress.test.ts',
  'test/cli/action.test.ts',
  'test/attack/faults.test.ts',
];

/** vitest's order, with the known slow files first when there are no cached durations. */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const file = (spec: TestSpecification) => relative(this.ctx.config.root, spec.moduleId).split('\\').join('/');
    const rank = (spec: TestSpecification) => {
      const index = SLOW_FIRST.indexOf(file(spec));
      return index === -1 ? SLOW_FIRST.length : index;
    };
    const cached = sorted.every((spec) => this.ctx.cache.getFileTestResults(`${spec.project.name}:${file(spec)}`));
    return cached ? sorted : [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
