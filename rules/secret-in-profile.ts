import { defineRawRule } from '../src/engine/types.js';
import { single } from '../src/engine/verdict.js';
import { scanData, scanText, type SecretHit } from '../src/model/secret-scan.js';
import type { YamlPath } from '../src/contract/report.js';

const WHY: Record<SecretHit['kind'], string> = {
  key: 'a key named for a secret',
  value: 'a value shaped like an AccessKey secret',
};

const messages = {
  found: (p: { count: number; where: string; kind: SecretHit['kind'] }) =>
    `${p.count} secret${p.count === 1 ? '' : 's'} found; first at ${p.where} (${WHY[p.kind]}). ` +
    'Remove secrets from the profile (it is shared and stored in repositories) and rotate any that were real.',
  clean: (p: { parsed: boolean }) =>
    `No key named for a secret and no value shaped like an AccessKey secret in the profile${p.parsed ? '' : ' (read line by line: the YAML did not parse)'}.`,
};

/** A YAML path as a user reads it, e.g. `account.ram_users[0].access_keys[1].secret`. */
function dotted(path: YamlPath): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : `${i === 0 ? '' : '.'}${step}`)).join('') || '(top level)';
}

/** Where each hit is, for the report data: a dotted path (parsed) or a line (not parsed). Never a value. */
function location(hit: SecretHit): string {
  return hit.position ? `line ${hit.position.line} (${hit.where})` : dotted(hit.path);
}

/** §4.5, §8.2: a profile must not hold secrets (passwords, tokens, AccessKey secrets); none is ever echoed. */
export default defineRawRule({
  id: 'secret-in-profile',
  title: 'The profile holds no secrets',
  clauses: ['4.5', '8.2'],
  description:
    'The customer keeps its passwords and keys confidential (§4.5) and protects confidential information (§8.2); a profile is shared and kept in repositories, so it must hold none. The rule flags any key named secret, secret_key, password, passwd, access_key_secret, accesskeysecret, token or private_key, and any value outside id fields that has the shape of an AccessKey secret (30 letters and digits). It reads the raw file, so it reports even when the profile is invalid or does not parse, and it never prints what it found.',
  fix:
    'Delete the secret from the profile (and from the repository history if it was committed) and treat it as leaked: rotate the AccessKey or change the password. Keep secrets in a secret store, never in the profile; `data.locations` lists where each one was found, without its value.',
  options: (z) => z.strictObject({}),
  messages,
  check({ text, data }) {
    const parsed = data !== undefined;
    const hits = parsed ? scanData(data) : scanText(text);
    const first = hits[0];
    if (!first) {
      const pass = single(messages, 'pass', 'account', [], 'clean', { parsed }, { count: 0 });
      return [parsed ? pass : { ...pass, position: { line: 1, column: 1 } }];
    }
    const params = { count: hits.length, where: first.where, kind: first.kind };
    const finding = single(messages, 'fail', 'account', first.path, 'found', params, { count: hits.length, locations: hits.map(location) });
    return [first.position ? { ...finding, position: first.position } : finding];
  },
});
