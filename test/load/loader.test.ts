import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/load/load-profile.js';

const VALID = 'format: clausecheck/v1\naccount:\n  id: "42"\n';

function errorsOf(text: string | Uint8Array) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return loadProfile('p.yaml', bytes).errors.map((e) => `${e.line}:${e.column} ${e.message}`);
}

describe('loader: bad input gets a located error', () => {
  it('accepts a minimal valid profile', () => {
    const loaded = loadProfile('p.yaml', Buffer.from(VALID));
    expect(loaded.errors).toEqual([]);
    expect(loaded.profile?.account.id).toBe('42');
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('bad indentation', () => {
    expect(errorsOf('format: clausecheck/v1\naccount:\n  id: "42"\n    name: x\n')).toEqual(['4:1 YAML syntax: All mapping items must start at the same column']);
  });

  it('an unclosed quote', () => {
    expect(errorsOf('format: clausecheck/v1\naccount:\n  id: "42\n')).toEqual(['4:1 YAML syntax: Missing closing "quote']);
  });

  it('tab indentation', () => {
    expect(errorsOf('format: clausecheck/v1\naccount:\n\tid: "42"\n')).toEqual(['3:1 tab used for indentation; indent YAML with spaces']);
  });

  it('duplicate keys name the key', () => {
    expect(errorsOf('format: clausecheck/v1\naccount:\n  id: "42"\n  id: "43"\n')).toEqual(['4:3 duplicate key "id": each key may appear once in a mapping']);
  });

  it('an empty file', () => {
    expect(errorsOf('')).toEqual(['1:1 the file is empty; a profile starts with "format: clausecheck/v1"']);
    expect(errorsOf('# only a comment\n')).toEqual(['1:1 the file is empty; a profile starts with "format: clausecheck/v1"']);
  });

  it('a top level that is a list or a scalar', () => {
    expect(errorsOf('\n- a\n- b\n')).toEqual(['2:1 the top level is a list; a profile is a mapping that starts with "format: clausecheck/v1"']);
    expect(errorsOf('hello\n')).toEqual(['1:1 the top level is a single value; a profile is a mapping that starts with "format: clausecheck/v1"']);
  });

  it('invalid UTF-8 is located at its byte', () => {
    const bytes = Buffer.concat([Buffer.from('format: clausecheck/v1\naccount:\n  name: 阿里'), Buffer.from([0xff]), Buffer.from('\n')]);
    expect(errorsOf(bytes)).toEqual(['3:11 invalid UTF-8 (byte 0xff); save the file as UTF-8']);
  });

  it('a NUL byte', () => {
    expect(errorsOf('format: clausecheck/v1\naccount:\n  id: "4\u00002"\n')).toEqual(['3:9 NUL byte in the file; a profile is YAML text, not binary data']);
  });

  it('a BOM still gives the right line and column', () => {
    const text = '\uFEFFformat: clausecheck/v1\naccount:\n  id: "42"\n  nmae: x\n';
    expect(errorsOf(text)).toEqual(['4:3 unknown key "nmae" (did you mean "name"?)']);
    expect(errorsOf('\uFEFFformat: nope\naccount:\n  id: "42"\n')).toEqual([expect.stringMatching(/^1:9 expected format: clausecheck\/v1/)]);
  });

  it('CRLF line endings still give the right line and column', () => {
    const text = 'format: clausecheck/v1\r\naccount:\r\n  id: "42"\r\n  nmae: x\r\norders:\r\n  - id: o1\r\n    placed_at: 2026-02-30\r\n';
    expect(errorsOf(text)).toEqual(['4:3 unknown key "nmae" (did you mean "name"?)', '7:16 impossible date "2026-02-30"']);
  });

  it('a billion-laughs file is an error, not a hang (expanded, it would be 3.5 billion nodes)', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = performance.now();
    const errors = errorsOf(`format: clausecheck/v1\n${levels.join('\n')}\n`);
    expect(performance.now() - started).toBeLessThan(10_000); // a hang, not a speed target: generous for a loaded machine
    expect(errors).toEqual([expect.stringMatching(/^1:1 aliases expand too far \(at most 100 aliases/)]);
  });

  it('an unknown alias is located', () => {
    expect(errorsOf('format: clausecheck/v1\naccount:\n  id: *nope\n')).toEqual(['3:7 unknown alias *nope']);
  });

  it('a non-scalar key', () => {
    expect(errorsOf('format: clausecheck/v1\n? [a, b]\n: 1\n')).toEqual(['2:3 a mapping key must be a plain word such as orders or id']);
  });
});
