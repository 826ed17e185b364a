import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth } from '../../src/util/display-width.js';

describe('display width', () => {
  it('counts wide characters two columns, printable ASCII one, zero-width marks none', () => {
    expect(displayWidth('acme.yaml:3:5')).toBe(13);
    expect(displayWidth('欠费账户.yaml')).toBe(13);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('')).toBe(0);
  });

  it('pads to a display width, so columns of Chinese and English text line up', () => {
    expect(padToWidth('账户', 6)).toBe('账户  ');
    expect(padToWidth('ab', 6)).toBe('ab    ');
    expect(padToWidth('超过宽度的文字', 4)).toBe('超过宽度的文字');
  });
});
