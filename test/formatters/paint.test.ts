import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { painter } from '../../src/report/paint.js';

describe('painter', () => {
  it('without colour gives what chalk gives at level 0, for every style the formats use', () => {
    const chalk = new Chalk({ level: 0 });
    const plain = painter(false);
    for (const text of [['x'], [''], ['a b', 'c'], [7], ['\u001b[1mraw']]) {
      for (const style of ['bold', 'cyan', 'dim', 'gray', 'green', 'red', 'underline', 'yellow'] as const) expect(plain[style](...text)).toBe(chalk[style](...text));
      expect(plain.red.bold(...text)).toBe(chalk.red.bold(...text));
    }
  });

  it('in colour is chalk with 16 colours', () => {
    expect(painter(true).red.bold('x')).toBe('\u001b[31m\u001b[1mx\u001b[22m\u001b[39m');
    expect(painter(true).level).toBe(1);
  });
});
