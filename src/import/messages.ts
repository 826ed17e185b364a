/** Every user-facing sentence of `clausecheck import`, keyed by id, in English and zh-CN (messages-zh.ts). */
import type { Lang } from '../contract/report.js';
import { catalogs } from '../util/i18n.js';
import { IMPORT_ZH } from './messages-zh.js';
import type { JsonProblem } from './json-exact.js';
import { localizeInputError } from '../engine/error-text.js';
import { readReason } from '../util/read-reason.js';

/** Messages with their parameters. */
export const importMessages = {
  unknownFile: (p: { file: string }) =>
    `${p.file}: not a recorded answer the importer reads (expected <Product>.<Action>[.<key>].json for a known action); skipped`,
  badJson: (p: { file: string; line: number; column: number; reason: string }) => `${p.file}:${p.line}:${p.column}: not valid JSON: ${p.reason}; skipped`,
  jsonProblem: (p: JsonProblem) => {
    const found = p.found || 'the end of the file';
    return {
      tooDeep: 'nesting deeper than 200 levels',
      badString: 'unterminated or invalid string',
      unexpected: `unexpected ${found}`,
      keyExpected: `expected a key in quotes, found ${found}`,
      colonExpected: `expected ":", found ${found}`,
      duplicateKey: `duplicate key "${p.key}"`,
      objectEnd: `expected "," or "}", found ${found}`,
      arrayEnd: `expected "," or "]", found ${found}`,
      trailing: `unexpected ${found} after the value`,
    }[p.kind];
  },
  notAnObject: (p: { file: string }) => `${p.file}:1:1: expected a JSON object (an API response body); skipped`,
  unreadable: (p: { file: string; reason: string }) => `${p.file}: cannot be read: ${p.reason}; skipped`,
  badValue: (p: { source: string; field: string; value: string; expected: string }) =>
    `${p.source}: ${p.field} is ${p.value}, expected ${p.expected}; that value was not imported`,
  errorAnswer: (p: { source: string; code: string }) => `${p.source}: the recorded answer is an error (${p.code}); what it would have said is unknown`,
  backupWithoutOrder: (p: { resource: string }) =>
    `backup of ${p.resource} not imported: no order provides that resource (a backup must match an order's resource)`,
  otherAccount: (p: { file: string; was: string; now: string }) => `${p.file} describes account ${p.was}, but the import is of account ${p.now}`,
  otherAccountHint: () => 'merge into the profile of the same account, or write a new file with -o',
  noAccount: () => 'the account id is unknown: Sts.GetCallerIdentity was not recorded or is an error',
  noAccountHint: () => 'record Sts.GetCallerIdentity (aliyun sts GetCallerIdentity > Sts.GetCallerIdentity.json)',
  invalidResult: (p: { count: number }) => `the imported profile does not validate (${p.count} problem${p.count === 1 ? '' : 's'}); nothing was written`,
  invalidResultLine: (p: { line: number; column: number; message: string }) => `  ${p.line}:${p.column}  ${p.message}`,
  notAFolder: (p: { dir: string }) => `${p.dir} is not a folder of recorded API answers`,
  notAFolderHint: () => 'give the folder that --save-responses wrote, or one with files like Sts.GetCallerIdentity.json',
  cannotReadProfile: (p: { file: string; reason: string }) => `cannot read ${p.file}: ${p.reason}`,
  profileNotYaml: (p: { file: string; line: number; column: number; message: string }) => `${p.file}:${p.line}:${p.column}: ${p.message}; cannot merge into it`,
  profileNotMapping: (p: { file: string }) => `${p.file}:1:1: the profile is not a mapping; cannot merge into it`,
  sourceRequired: () => 'choose where to import from: --from DIR (recorded answers) or --live (the account, through the API)',
  sourceRequiredHint: () => 'e.g. clausecheck import --live -o account.yaml',
  bothSources: () => '--from and --live cannot be used together',
  outputRequired: () => 'say where to write the profile: -o FILE (or --merge FILE)',
  mergeAndOutput: () => '--merge FILE already names the output; use one of --merge and -o',
  wrote: (p: { file: string; changes: number }) => `Wrote ${p.file} (${p.changes === 0 ? 'no changes' : `${p.changes} change${p.changes === 1 ? '' : 's'}`}).`,
  unchanged: (p: { file: string }) => `${p.file} is up to date (no changes).`,
  wroteNew: (p: { file: string }) => `Wrote ${p.file}.`,
  saved: (p: { count: number; dir: string }) => `Saved ${p.count} recorded answers to ${p.dir}.`,
  changeAdded: (p: { section: string; id: string }) => `  + ${p.section} ${p.id}`,
  changeRemoved: (p: { section: string; id: string }) => `  - ${p.section} ${p.id}`,
  changeUpdated: (p: { section: string; id: string; fields: string }) => `  ~ ${p.section} ${p.id}: ${p.fields}`,
  changeAddedKey: (p: { path: string }) => `  + ${p.path}`,
  changeSet: (p: { path: string }) => `  ~ ${p.path}`,
  changeUnset: (p: { path: string }) => `  - ${p.path}`,
  keptNotImported: (p: { section: string; id: string }) => `  = ${p.section} ${p.id} kept: not in this import (remove it by hand if it is gone)`,
  sdkMissing: (p: { packages: string }) => `--live needs Alibaba Cloud's SDK, which is not installed (${p.packages})`,
  sdkMissingHint: (p: { packages: string }) => `npm install ${p.packages}`,
  callFailed: (p: { call: string; reason: string }) => `${p.call} failed: ${p.reason}; nothing was written`,
  authFailed: (p: { call: string; code: string }) => `${p.call}: the credentials were refused (${p.code}); nothing was written`,
  authHint: () =>
    'check ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET, the aliyun CLI profile (--profile NAME), or the OIDC role settings',
  noPermission: (p: { call: string; permission: string; code: string }) =>
    `${p.call}: permission denied (${p.code}); the RAM identity needs ${p.permission}; nothing was written`,
  noPermissionHint: () => 'grant the read-only policy in docs/import.md (section "RAM policy"), then run again',
  throttled: (p: { call: string; attempts: number }) => `${p.call}: still throttled after ${p.attempts} attempts; nothing was written`,
  throttledHint: () => 'run again later, or outside the account\'s busy hours',
  networkFailed: (p: { call: string; reason: string; attempts: number }) =>
    `${p.call}: network error after ${p.attempts} attempt${p.attempts === 1 ? '' : 's'} (${p.reason}); nothing was written`,
  networkHint: () => 'check the connection to *.aliyuncs.com (and any proxy settings), then run again',
  noCredentials: (p: { reason: string }) => `no Alibaba Cloud credentials found (${p.reason})`,
  skippedOptional: (p: { product: string; region: string; code: string }) => `${p.product} is not available in ${p.region} (${p.code}); its data there stays unknown`,
  filesFailed: (p: { count: number }) => `${p.count} recorded answer file${p.count === 1 ? '' : 's'} could not be used (see above); the rest was imported`,
  badCapturedAt: (p: { problem: string }) => `--captured-at: ${p.problem}`,
};

/** The import messages by language (the compiler checks the zh-CN ids and parameters). */
export const IMPORT_TEXT = catalogs(importMessages, IMPORT_ZH);

/** A message id. */
export type ImportMessageId = keyof typeof importMessages;

let current: Lang = 'en';

/** Sets the language of the import's messages (the CLI's, once known). */
export function setImportLang(lang: Lang): void {
  current = lang;
}

/** The names of the profile's lists in merge change lines (the merge spec's labels are the ids). */
export const IMPORT_SECTIONS = catalogs(
  { 'access key': 'access key', 'root access key': 'root access key', 'RAM user': 'RAM user', credit: 'credit', order: 'order', backup: 'backup', 'log store': 'log store', incident: 'incident' },
  { 'access key': 'AccessKey（访问密钥）', 'root access key': '主账号 AccessKey（访问密钥）', 'RAM user': 'RAM 用户', credit: '代金券、优惠券或赠送项目', order: '订单', backup: '备份', 'log store': '日志库', incident: '故障' },
);

/** A list's name in the current language (its label when the catalog has none). */
export function sectionName(label: string): string {
  return (IMPORT_SECTIONS[current] as Record<string, string | undefined>)[label] ?? label;
}

/** A sentence the loader or the system wrote in English (an input error, a file's read error), in the current language. */
export function localized(english: string): string {
  return current === 'en' ? english : localizeInputError(english);
}

/** Why a file could not be read, in the current language: the system's words for the common cases, else its message. */
export function readFailure(error: unknown): string {
  return readReason(error, current) ?? (error as Error).message;
}

/** Renders a message by id with its parameters, in the current language. */
export function say<K extends ImportMessageId>(id: K, ...params: Parameters<(typeof importMessages)[K]>): string {
  return (IMPORT_TEXT[current][id] as (...args: unknown[]) => string)(...params);
}


