/**
 * Differential: safeText returns a text its one-pass scan finds clean as it is; this checks that
 * the scan never lets through a text that cleanFully (every pattern applied) would change, on
 * random texts, on every UTF-16 code unit, and on the finding and profile strings of a generated
 * corpus with secret-shaped pieces spliced in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { RULES } from '../../rules/index.js';
import { checkFile } from '../../src/engine/check-file.js';
import { defaultOptions } from '../../src/engine/rule-options.js';
import { loadProfile } from '../../src/load/load-profile.js';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import { beijingMidnight, epochDay } from '../../src/model/time.js';
import { cleanFully, safeText } from '../../src/util/redact.js';
import { SECRETS } from '../attack/harness.js';

const SEED = 20261202;

/** Every `\s` character, and characters near the shapes the patterns look for. */
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u0085'];
const PIECES = [
  ...SPACES, ...SECRETS.map((s) => s.value),
  'password', 'PASS', 'Passwd', 'pwd', 'secret', 'secret_key', 'AccessKeySecret', 'access_key_secret', 'private_key', 'PrivateKey', 'TOKEN', 'apikey', 'api_key',
  'paſſword', 'toKen', '\u212aey', 'pass', 'PASS_', 'accesskey_secret', 'Access_KeySecret', 'privatekey', 'secretkey', 'api-key', 'xpassword', 'passwordx', '_token', '1pwd', 'TOKEN2', ':', '=', '"', "'", ',', ';', '&', '-', '--', '-----', '_', '/', '//', '://', '@', 'https', 'u', 'pw', '[not shown]',
  '-----BEGIN RSA PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----', '-----BEGIN', 'xoxa-', 'xoxb-', 'xoxp-', 'xoxr-', 'xoxs-', 'xoxq-', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'ghx_', 'gh', 'github_pat_', 'github_', 'npm_', 'npm', 'sk-', 'sk_',
  '0123456789', 'abcdefghij', 'ABCDEFGHIJ', 'abcdefghijklmnopqrst', 'abc', 'x'.repeat(29), 'x'.repeat(30), 'x'.repeat(31), 'y'.repeat(100),
  '2026-11-28 00:00 +08:00', 'Order 211234567890001', '\ud800', '\udc00', '\ud83d\ude00', '订单', 'x'.repeat(60), '…',
];

/** safeText against cleanFully at both lengths the report uses (messages 2,000, subjects 200). */
function same(value: string): void {
  expect(safeText(value)).toBe(cleanFully(value));
  expect(safeText(value, 200)).toBe(cleanFully(value, 200));
}

describe('safeText (one-pass scan) gives what cleanFully gives', () => {
  it('on texts joined from pieces near every pattern', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (value) => same(value)), { numRuns: 10_000, seed: SEED });
  });

  it('on random texts of any UTF-16 code units, lone surrogates included', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0x20, max: 0x7e })).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.string({ unit, maxLength: 300 }), (value) => same(value)), { numRuns: 5_000, seed: SEED });
  });

  it('for every code unit in each place a pattern looks at', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const value of [`pwd${ch}=v`, `token${ch}: v`, `${'a'.repeat(30)}${ch}`, `${ch}${'a'.repeat(30)}`, `${'x'.repeat(150)}${ch}${'y'.repeat(60)}`, `${ch}ghp_${'a'.repeat(16)}`, `s${ch}://u:p@h`, `-${ch}----BEGIN x`]) {
        if (safeText(value) !== cleanFully(value)) differ.push(value);
      }
    }
    expect(differ).toEqual([]);
  });

  it('for runs of letters and digits of every length near the limits, at the start, middle and end, after each separator', () => {
    const differ: string[] = [];
    const words = ['ghp_', 'github_pat_', 'xoxb-', 'npm_', 'sk-', 'xgh', 'ask-', 'nnpm_', 'token=', 'pwd:', 'a'];
    for (let run = 1; run <= 40; run++) {
      for (const sep of [' ', '.', '-', '_', ':', '\u00a0', '\u2028', '\u00e9', '\ud83d\ude00']) {
        const letters = 'aB3'.repeat(14).slice(0, run);
        for (const word of words) {
          for (const value of [`${letters}${sep}${word}${'c'.repeat(20)}`, `${word}${sep}${letters}`, `x${sep}${letters}${sep}y`, `${word}${letters}`, `${letters}${word}${'d'.repeat(30)}`]) {
            if (safeText(value) !== cleanFully(value) || safeText(value, 200) !== cleanFully(value, 200)) differ.push(value);
          }
        }
      }
    }
    for (let k = 0; k <= 205; k++) {
      for (const sep of ['.', '-', '_', '=', ':', '@', '/', ' ']) {
        for (const value of [`${'a'.repeat(k)}${sep}${'b'.repeat(200 - Math.min(k, 200))}`, `${'a1'.repeat(k >> 1)}${sep}${'b'.repeat(201 - Math.min(k, 201))}x`, `${'q'.repeat(k)}${sep}`]) {
          if (safeText(value) !== cleanFully(value) || safeText(value, 200) !== cleanFully(value, 200)) differ.push(value);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('on the finding and profile strings of a generated corpus, as they are and with secrets spliced in', () => {
    const rules = RULES.map((rule) => ({ rule, options: defaultOptions(rule) }));
    const settings = { asOf: beijingMidnight(epochDay(2026, 11, 26)), rules, bufferDays: DEFAULT_BUFFER_DAYS };
    const strings = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.add(value);
      else if (typeof value === 'object' && value !== null) {
        for (const [key, inner] of Object.entries(value)) {
          if (!Array.isArray(value)) strings.add(key);
          collect(inner);
        }
      }
    };
    for (const file of generateCorpus(12, SEED)) {
      const loaded = loadProfile(file.name, Buffer.from(file.text));
      collect(loaded.data);
      collect(checkFile(loaded, settings).findings);
    }
    expect(strings.size).toBeGreaterThan(1_000);
    for (const value of strings) same(value);
    const corpus = [...strings];
    const spliced = fc.tuple(fc.constantFrom(...corpus), fc.constantFrom(...PIECES), fc.nat()).map(([base, piece, at]) => {
      const i = at % (base.length + 1);
      return base.slice(0, i) + piece + base.slice(i);
    });
    fc.assert(fc.property(spliced, (value) => same(value)), { numRuns: 10_000, seed: SEED });
  });
});
