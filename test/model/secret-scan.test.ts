import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/yaml-document.js';
import { NumberToken } from '../../src/model/tokens.js';
import { hasSecretShape, isSecretKey, scanData, scanText } from '../../src/model/secret-scan.js';

const SHAPED = 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd'; // 30 letters and digits
const SHAPED2 = 'Zz9yXx8wVv7uTt6sRr5qPp4oNn3mLl';

describe('isSecretKey', () => {
  it('matches the whole name, case-insensitively, with - read as _', () => {
    for (const name of ['secret', 'Secret', 'SECRET_KEY', 'secret-key', 'password', 'passwd', 'access_key_secret', 'Access-Key-Secret', 'AccessKeySecret', 'token', 'private_key', 'private-key']) {
      expect(isSecretKey(name), name).toBe(true);
    }
  });
  it('lower-cases as toLowerCase does: the Kelvin sign reads as k', () => {
    expect(isSecretKey('to\u212Aen')).toBe(true);
    expect(isSecretKey('PRIVATE_\u212AEY')).toBe(true);
    expect(isSecretKey('\u212Aey')).toBe(false);
  });
  it('answers as lower-casing, reading - as _ and looking the name up does, for any name', () => {
    const plain = (name: string) => ['secret', 'secret_key', 'password', 'passwd', 'access_key_secret', 'accesskeysecret', 'token', 'private_key'].includes(name.toLowerCase().replaceAll('-', '_'));
    const secretish = fc.constantFrom('secret', 'Secret_Key', 'pass-wd', 'TOKEN', 'to\u212Aen', 'private-key', 'AccessKeySecret', 'access_key_secret', 'status', 'passwords');
    const name = fc.oneof(secretish, fc.string({ unit: fc.constantFrom(...'aeknoprstwdy_-ASTK\u212A\u0130 '), maxLength: 18 }));
    fc.assert(fc.property(name, (n) => {
      expect(isSecretKey(n), n).toBe(plain(n));
    }), { numRuns: 3_000, seed: 20261202 });
  });
  it('does not match names that only contain a secret word', () => {
    for (const name of ['password_policy', 'token_count', 'secrets', 'my_password', 'accesskey', 'key', 'id', 'secret_key_id']) {
      expect(isSecretKey(name), name).toBe(false);
    }
  });
});

describe('hasSecretShape', () => {
  it('is exactly 30 letters and digits', () => {
    expect(hasSecretShape(SHAPED)).toBe(true);
    expect(hasSecretShape(SHAPED.slice(1))).toBe(false);
    expect(hasSecretShape(`${SHAPED}x`)).toBe(false);
    expect(hasSecretShape(`${SHAPED.slice(1)}-`)).toBe(false);
  });
});

describe('scanData', () => {
  it('finds secret keys and secret-shaped values in document order, with paths', () => {
    const hits = scanData({
      account: { id: SHAPED, name: 'ok', password: 'x', ram_users: [{ name: 'u', access_keys: [{ id: SHAPED, secret: SHAPED2 }], policies: ['a', SHAPED] }] },
      other: new NumberToken('123456789012345678901234567890'),
    });
    expect(hits.map((h) => [h.kind, h.where, h.path])).toEqual([
      ['key', 'key password', ['account', 'password']],
      ['key', 'key secret', ['account', 'ram_users', 0, 'access_keys', 0, 'secret']],
      ['value', 'key policies[1]', ['account', 'ram_users', 0, 'policies', 1]],
      ['value', 'key other', ['other']],
    ]);
  });
  it('names a list item by its key and every index after it', () => {
    expect(scanData({ a: [['x', SHAPED]] }).map((h) => [h.where, h.path])).toEqual([['key a[0][1]', ['a', 0, 1]]]);
    expect(scanData([[SHAPED]]).map((h) => [h.where, h.path])).toEqual([['key the document[0][0]', [0, 0]]]);
    expect(scanData(SHAPED).map((h) => [h.where, h.path])).toEqual([['key the document', []]]);
  });
  it('ignores booleans, null, short strings, and keys that only contain a secret word', () => {
    expect(scanData({ a: true, b: null, c: 'short', password_policy: { min_length: new NumberToken('14') }, token_count: new NumberToken('3') })).toEqual([]);
  });
  it('looks inside a container under a secret key; its own scalar counts once', () => {
    expect(scanData({ token: SHAPED }).length).toBe(1);
    expect(scanData({ token: { value: SHAPED } }).map((h) => h.where)).toEqual(['key token', 'key value']);
  });
  it('reports a secret-shaped key at its mapping and never puts it in a path', () => {
    const hits = scanData({ account: { [SHAPED]: { password: 'x' } } });
    expect(hits).toEqual([{ kind: 'value', where: 'a key shaped like an AccessKey secret', path: ['account'] }]);
    expect(JSON.stringify(hits)).not.toContain(SHAPED);
  });
});

/** scanData as it was before scalars were judged in place (a walk call and a path step for every node): the reference. */
function scanDataBefore(data: unknown): { kind: string; where: string; path: (string | number)[] }[] {
  const hits: { kind: string; where: string; path: (string | number)[] }[] = [];
  const path: (string | number)[] = [];
  const label = () => {
    let at = path.length;
    while (at > 0 && typeof path[at - 1] === 'number') at--;
    let text = at === 0 ? 'the document' : String(path[at - 1]);
    for (let i = at; i < path.length; i++) text += `[${path[i]}]`;
    return text;
  };
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (hasSecretShape(value)) hits.push({ kind: 'value', where: `key ${label()}`, path: [...path] });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        path.push(i);
        walk(item);
        path.pop();
      });
      return;
    }
    if (value instanceof NumberToken) {
      if (hasSecretShape(value.source)) hits.push({ kind: 'value', where: `key ${label()}`, path: [...path] });
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (hasSecretShape(key)) {
        hits.push({ kind: 'value', where: 'a key shaped like an AccessKey secret', path: [...path] });
        continue;
      }
      const secretKey = isSecretKey(key);
      if (secretKey) hits.push({ kind: 'key', where: `key ${key}`, path: [...path, key] });
      if ((secretKey || key === 'id') && !(typeof child === 'object' && child !== null && !(child instanceof NumberToken))) continue;
      path.push(key);
      walk(child);
      path.pop();
    }
  };
  walk(data);
  return hits;
}

describe('scanData against its former walk', () => {
  it('gives the same hits, in the same order, for any parsed-shaped data', () => {
    const key = fc.constantFrom('id', 'name', 'password', 'Token', 'secret-key', 'policies', 'note', SHAPED, SHAPED2);
    const scalar = fc.oneof(
      fc.constantFrom(SHAPED, SHAPED2, 'short', '', `${SHAPED}x`, SHAPED.slice(1) + '-', true, false, null, 3),
      fc.constantFrom(SHAPED, '123456789012345678901234567890', '14').map((t) => new NumberToken(t)),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
    })).node;
    fc.assert(fc.property(tree, (data) => {
      expect(scanData(data)).toEqual(scanDataBefore(data));
    }), { numRuns: 2_000, seed: 20261202 });
  });
});

describe('scanText', () => {
  it('finds keys and whole 30-character tokens with 1-based positions', () => {
    const text = [
      'format: clausecheck/v1', //              1
      'account:', //                            2
      '  id: ' + SHAPED, //                     3 (an id: not flagged)
      '  Password: "hunter2"', //               4 key's value at column 13
      '  "secret-key": abc', //                 5 quoted key's value at column 17
      '  name: ' + SHAPED2, //                  6 value at column 9
      '  policies:', //                         7
      '    - ' + SHAPED, //                     8 list item at column 7
      '  flow: {token: x, note: "' + SHAPED2 + '"}', // 9 token's value at 17, value at 27 (inside the quote)
    ].join('\n');
    expect(scanText(text).map((h) => [h.kind, h.where, h.position])).toEqual([
      ['key', 'key Password', { line: 4, column: 13 }],
      ['key', 'key secret-key', { line: 5, column: 17 }],
      ['value', 'key name', { line: 6, column: 9 }],
      ['value', 'a list item', { line: 8, column: 7 }],
      ['key', 'key token', { line: 9, column: 17 }],
      ['value', 'key note', { line: 9, column: 27 }],
    ]);
  });
  it('skips comments, names that only contain a secret word, dates and hyphenated ids', () => {
    const text = [
      '# password: ' + SHAPED,
      'password_policy:',
      '  token_count: 3',
      '  placed_at: 2026-11-09T10:00:00+08:00',
      '  resource: i-' + SHAPED,
      '  note: x # token: y',
      '  long: ' + SHAPED + 'x',
    ].join('\n');
    expect(scanText(text)).toEqual([]);
  });
  it('counts a secret key once even when its value is secret-shaped, and handles CRLF', () => {
    const hits = scanText(`a: 1\r\naccess_key_secret: ${SHAPED}\r\n`);
    expect(hits.map((h) => [h.where, h.position])).toEqual([['key access_key_secret', { line: 2, column: 20 }]]);
  });
  it('locates a secret key at its value when it has one on the line, else at the key', () => {
    expect(scanText('a:\n  password:\n    x\n').map((h) => h.position)).toEqual([{ line: 2, column: 3 }]);
    expect(scanText('password: # a comment\n').map((h) => h.position)).toEqual([{ line: 1, column: 1 }]);
  });
  it('reports a secret-shaped key without naming it', () => {
    const hits = scanText(`${SHAPED}: x`);
    expect(hits.map((h) => h.where)).toEqual(['a key shaped like an AccessKey secret']);
    expect(JSON.stringify(hits)).not.toContain(SHAPED);
  });
  it('agrees with scanData on a document that parses', () => {
    const text = `account:\n  id: ${SHAPED}\n  password: x\n  users:\n    - name: ${SHAPED2}\n    - token: y\n`;
    const fromData = scanData(parseYaml(text).data).map((h) => h.where);
    expect(scanText(text).map((h) => h.where)).toEqual(fromData);
  });
});
