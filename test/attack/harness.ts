/** The attack suite's tools: the CLI run in-process with stdout and stderr captured, planted values, and the greps. */
import { type Document, parse, parseDocument, type Scalar } from 'yaml';
import { main } from '../../src/cli/main.js';
import { messageLang, setMessageLang } from '../../src/util/i18n.js';

/** What an in-process CLI run produced. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `clausecheck ...args` in this process (`--jobs 1`: no worker threads), capturing stdout, stderr and the exit code. */
export async function cli(args: string[]): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const write = process.stdout.write;
  const writeErr = process.stderr.write;
  const capture = (into: string[]) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  const env = { NO_COLOR: process.env.NO_COLOR, CI: process.env.CI };
  const lang = messageLang();
  process.env.NO_COLOR = '1';
  process.env.CI = '1';
  try {
    process.exitCode = undefined;
    await main(args);
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
    process.env.NO_COLOR = env.NO_COLOR;
    process.env.CI = env.CI;
    setMessageLang(lang);
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** One kind of secret: the value planted and the part that must never appear in any output. */
export interface Secret {
  kind: string;
  value: string;
  core: string;
}

/** Each kind of secret the suite plants. */
export const SECRETS: Secret[] = [
  { kind: 'AccessKey secret', value: 'Xq7Lm2Pz9Rt4Vb8Nc1Kd5Wf3Hj6Gs0', core: 'Xq7Lm2Pz9Rt4Vb8Nc1Kd5Wf3Hj6Gs0' },
  { kind: 'URL with a password', value: 'https://admin:S3cr3tPa55w0rdZ@db.example.com/x', core: 'S3cr3tPa55w0rdZ' },
  { kind: 'PEM block', value: '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAq9secretPemBody77\n-----END RSA PRIVATE KEY-----', core: 'MIIEowIBAAKCAQEAq9secretPemBody77' },
  { kind: 'GitHub token', value: 'ghp_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx', core: 'Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx' },
  { kind: 'password value', value: 'password=Hunter2Sesame9Zq', core: 'Hunter2Sesame9Zq' },
];

/** Pieces of a secret that would give it away: every 10-character run of its core. */
export function leaks(text: string, secret: Secret): string[] {
  const found: string[] = [];
  for (let i = 0; i + 10 <= secret.core.length; i++) {
    const piece = secret.core.slice(i, i + 10);
    if (text.includes(piece)) found.push(piece);
  }
  return found;
}

/** Every scalar path of a YAML document, in document order. */
export function scalarPaths(text: string): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    else paths.push(path);
  };
  walk(parse(text), []);
  return paths;
}

/** The last document plant() parsed: the secrets matrix plants into one text at every path. */
let parsed: { text: string; doc: Document } | undefined;

/**
 * The YAML text with the scalar at `path` replaced by a double-quoted `value` (JSON's escapes are
 * YAML's): only that scalar's source changes.
 */
export function plant(text: string, path: (string | number)[], value: string): string {
  if (parsed?.text !== text) parsed = { text, doc: parseDocument(text) };
  const node = parsed.doc.getIn(path, true) as Scalar | undefined;
  if (!node?.range) throw new Error(`plant: no scalar at ${JSON.stringify(path)}`);
  return `${text.slice(0, node.range[0])}${JSON.stringify(value)}${text.slice(node.range[1])}`;
}

/** Strings that attack a terminal, a CI log or a pull-request comment. */
export const HOSTILE = [
  '\u001b[2J\u001b[Hall clean: 0 fail',
  '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
  'bell\u0007 back\bspace cr\rover',
  'c1\u009b31mred',
  'bidi \u202eevil\u202c \u2066x\u2069',
  'x\n::error file=forged.yaml::forged annotation',
  'zero\u200bwidth \ufeffbom \u2028sep',
  'hi @octocat see https://evil.example and www.evil.example',
];

