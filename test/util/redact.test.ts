import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeText } from '../../src/util/redact.js';

/** Pieces that come near each shape the cleaning looks for, joined at random. */
const PIECES = [
  'password', 'Passwd', 'pwd', 'secret', 'secret_key', 'AccessKeySecret', 'private_key', 'TOKEN', 'apikey', 'api_key',
  ':', '=', ' ', '\t', '\u00a0', '\u3000', '"', "'", ',', ';', '&', '-', '_', '/', '//', '://', '@', 'https', 'u', 'pw',
  '-----BEGIN RSA PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----', 'xoxb-', 'ghp_', 'github_pat_', 'npm_', 'sk-',
  '0123456789', 'abcdefghij', 'ABCDEFGHIJ', 'abc', '2026-11-28 00:00 +08:00', 'Order 211234567890001', '\ud800', '\udc00', '\ud83d\ude00',
  '[not shown]', '订单', 'x'.repeat(60),
];

describe('safeText', () => {
  it('hides keyed values once, and cleaning twice gives what cleaning once gives', () => {
    expect(safeText('x password=abc y')).toBe('x password=[not shown] y');
    expect(safeText(safeText('x password=abc y'))).toBe('x password=[not shown] y');
    expect(safeText(safeText('token: "abc def"'))).toBe('token: [not shown]');
  });

  it('is idempotent: a report cleaned once is not changed by cleaning it again', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        const once = safeText(value);
        expect(safeText(once)).toBe(once);
      }),
      { numRuns: 5_000 },
    );
  });

  it('leaves plain messages as they are', () => {
    const message = 'Order 211234567890001 is unpaid: pay by 2026-11-28 00:00 +08:00 (2 days left) or it lapses.';
    expect(safeText(message)).toBe(message);
  });
});
