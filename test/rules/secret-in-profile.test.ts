import { describe, expect, it } from 'vitest';
import rule from '../../rules/secret-in-profile.js';
import { checkFile } from '../../src/engine/check-file.js';
import { loadProfile } from '../../src/load/load-profile.js';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import { parseWhen } from '../../src/model/time.js';
import { testRule } from '../helpers/rule-tester.js';
import { defaultOptions } from '../../src/engine/rule-options.js';

const SHAPED = 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd'; // the shape of an AccessKey secret: 30 letters and digits
const SHAPED2 = 'Zz9yXx8wVv7uTt6sRr5qPp4oNn3mLl';
const PASSWORD = 'correct-horse-battery-staple';
const AS_OF = '2026-11-26';

testRule(rule, [
  {
    name: 'a clean profile: pass',
    profile: { account: { name: 'Example Ltd', password_policy: { min_length: 14 } } },
    asOf: AS_OF,
    expect: [{ status: 'pass', subject: 'account', path: [], line: 1, messages: [{ id: 'clean', params: { parsed: true } }], data: { count: 0 } }],
  },
  {
    name: 'a password key: fail located at it, even though validation fails',
    profile: { account: { root: { mfa: true, password: PASSWORD } } },
    asOf: AS_OF,
    expect: [
      { status: 'fail', subject: 'account', path: ['account', 'root', 'password'], line: 6, messages: [{ id: 'found', params: { count: 1, where: 'key password', kind: 'key' } }], data: { count: 1, locations: ['account.root.password'] } },
    ],
  },
  {
    name: 'three secrets: located at the first, counting the rest',
    profile: {
      account: {
        name: SHAPED,
        ram_users: [{ name: 'dev', access_keys: [{ id: 'LTAI5tExampleKeyId', 'Access-Key-Secret': SHAPED2 }] }],
        contacts: { notice_recipients: ['dev', SHAPED2] },
      },
    },
    asOf: AS_OF,
    expect: [
      {
        status: 'fail',
        subject: 'account',
        path: ['account', 'name'],
        line: 4,
        messages: [{ id: 'found', params: { count: 3, where: 'key name', kind: 'value' } }],
        data: { count: 3, locations: ['account.name', 'account.ram_users[0].access_keys[0].Access-Key-Secret', 'account.contacts.notice_recipients[1]'] },
      },
    ],
  },
  {
    name: 'every secret key name, in any case and with - for _',
    profile: { x: { Secret: 'a', SECRET_KEY: 'b', passwd: 'c', accesskeysecret: 'd', Token: 'e', 'private-key': 'f' } },
    asOf: AS_OF,
    expect: [{ status: 'fail', subject: 'account', path: ['x', 'Secret'], line: 5, messages: [{ id: 'found', params: { count: 6, where: 'key Secret', kind: 'key' } }] }],
  },
  {
    name: 'names that only contain a secret word are not secrets',
    profile: { account: { password_policy: { min_length: 14 } }, x: { token_count: 3, secret_santa: 'no', passwords_rotated: true } },
    asOf: AS_OF,
    expect: [{ status: 'pass', subject: 'account', line: 1, messages: [{ id: 'clean', params: { parsed: true } }] }],
  },
  {
    name: 'id fields are never flagged by the value shape (account id, AccessKey ids)',
    profile: { account: { id: SHAPED, root: { access_keys: [{ id: SHAPED2, status: 'active' }] } }, orders: [{ id: SHAPED }] },
    asOf: AS_OF,
    expect: [{ status: 'pass', subject: 'account', line: 1, messages: [{ id: 'clean', params: { parsed: true } }] }],
  },
  {
    name: '29 and 31 characters are not the shape',
    profile: { account: { name: SHAPED.slice(1), contacts: { address: `${SHAPED}x` } } },
    asOf: AS_OF,
    expect: [{ status: 'pass', subject: 'account', line: 1, messages: [{ id: 'clean', params: { parsed: true } }] }],
  },
]);

const T = (parseWhen(AS_OF) as { at: number }).at;

/** Loads text as a profile file and runs only this rule, end to end. */
function run(text: string) {
  const loaded = loadProfile('profile.yaml', Buffer.from(text));
  const report = checkFile(loaded, { asOf: T, rules: [{ rule, options: defaultOptions(rule) }], bufferDays: DEFAULT_BUFFER_DAYS });
  expect(report.internalErrors).toBeUndefined();
  return { loaded, report, findings: report.findings, json: JSON.stringify(report.findings) };
}

function expectNoSecret(json: string) {
  for (const secret of [SHAPED, SHAPED2, PASSWORD]) expect(json).not.toContain(secret);
}

describe('secret-in-profile end to end (loader + engine)', () => {
  it('parsed but invalid: locates the first secret by its path and never prints a value', () => {
    const text = `format: clausecheck/v1\naccount:\n  id: "1"\n  root:\n    password: "${PASSWORD}"\n  ram_users:\n    - name: dev\n      access_keys:\n        - id: LTAI5tExampleKeyId\n          secret: ${SHAPED}\n`;
    const { loaded, findings, json } = run(text);
    expect(loaded.data).toBeDefined();
    expect(loaded.profile).toBeUndefined(); // unknown keys: validation failed
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'fail', subject: 'account', path: ['account', 'root', 'password'], line: 5, column: 15, data: { count: 2 } });
    expect(findings[0]!.message).toContain('2 secrets found; first at key password');
    expectNoSecret(json);
  });

  it('a plain 30-digit number is the shape too; one under id is not', () => {
    const { findings } = run('format: clausecheck/v1\naccount:\n  id: 123456789012345678901234567890\n  name: 123456789012345678901234567890\n');
    expect(findings[0]).toMatchObject({ status: 'fail', path: ['account', 'name'], line: 4, data: { count: 1 } });
    expect(JSON.stringify(findings)).not.toContain('123456789012345678901234567890');
  });

  it('a syntax error elsewhere: scans line by line and gives an explicit position', () => {
    const text = `format: clausecheck/v1\naccount:\n  id: "1"\n  name: "unclosed\n  root:\n    password: ${PASSWORD}\n    note: ok # token: in a comment\n  users:\n    - ${SHAPED2}\n  access_key_secret: '${SHAPED}'\n`;
    const { loaded, findings, json } = run(text);
    expect(loaded.data).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'fail', subject: 'account', path: [], line: 6, column: 15, data: { count: 3, locations: ['line 6 (key password)', 'line 9 (a list item)', 'line 10 (key access_key_secret)'] } });
    expect(findings[0]!.message).toContain('3 secrets found; first at key password');
    expectNoSecret(json);
  });

  it('a syntax error and no secret: pass, read line by line', () => {
    const { loaded, findings } = run('format: clausecheck/v1\naccount: [\n  id: "1"\n  password_policy:\n');
    expect(loaded.data).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ status: 'pass', subject: 'account', path: [], line: 1, column: 1 })]);
    expect(findings[0]!.message).toContain('read line by line');
  });

  it('a comment is not data in either mode', () => {
    const comment = `# old password: ${SHAPED}\n`;
    expect(run(`${comment}format: clausecheck/v1\naccount:\n  id: "1"\n`).findings[0]!.status).toBe('pass');
    expect(run(`${comment}format: clausecheck/v1\naccount: [\n`).findings[0]!.status).toBe('pass');
  });

  it('the same secrets are found whether or not the file parses', () => {
    const body = `account:\n  id: "1"\n  token: ${SHAPED}\n  contacts:\n    address: ${SHAPED2}\n`;
    const parsed = run(`format: clausecheck/v1\n${body}`).findings[0]!;
    const unparsed = run(`format: clausecheck/v1\n${body}orders: [\n`).findings[0]!;
    expect([parsed.line, parsed.column, parsed.data.count]).toEqual([unparsed.line, unparsed.column, unparsed.data.count]);
    expect(parsed.message).toBe(unparsed.message);
  });
});

describe('no rule echoes a secret-shaped value', () => {
  it('redacts it from every message and data, whichever rule quotes the field', async () => {
    const { loadProfile } = await import('../../src/load/load-profile.js');
    const { checkFile } = await import('../../src/engine/check-file.js');
    const { RULES } = await import('../../rules/index.js');
    const { DEFAULT_BUFFER_DAYS } = await import('../../src/model/buffer-days.js');
    const secret = 'Ab3dEf7hIj1lMn5pQr9tUv2xYz4bCd';
    const yaml = `format: clausecheck/v1\nagreement: ${secret}\naccount:\n  id: "1"\n  contacts:\n    email: ${secret}\n    phone: ${secret}\n`;
    const report = checkFile(loadProfile('p.yaml', Buffer.from(yaml)), {
      asOf: Date.UTC(2026, 10, 26),
      rules: RULES.map((rule) => ({ rule, options: defaultOptions(rule) })),
      bufferDays: DEFAULT_BUFFER_DAYS,
    });
    expect(report.valid).toBe(true);
    expect(report.findings.find((f) => f.rule === 'contact-details')?.message).toContain('[secret-shaped value not shown]');
    expect(JSON.stringify(report)).not.toContain(secret);
  });
});
