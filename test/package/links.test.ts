import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { HOME_URL, rawUrl } from '../../src/contract/version.js';
import type { Report } from '../../src/contract/report.js';
import { reportJsonSchema } from '../../src/contract/report-schema.js';
import { WAIVER_RULE_SUMMARY } from '../../src/config/waivers.js';
import { profileJsonSchema } from '../../src/model/json-schema.js';
import { FORMATTERS, FORMAT_NAMES } from '../../src/report/formatters/index.js';
import { PROFILE_TEMPLATE } from '../../src/cli/profile-template.js';
import { fixtureContext, fixtureReport } from '../formatters/fixture.js';
import { ROOT } from '../cli/run-cli.js';

const BLOB = `${HOME_URL}/blob/main/`;
const RAW = rawUrl('');

/** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

/** Why a repository path with an optional #anchor does not resolve, or undefined when it does. */
function problem(target: string): string | undefined {
  const [file, anchor] = target.split('#') as [string, string | undefined];
  const absolute = path.join(ROOT, decodeURIComponent(file));
  if (!existsSync(absolute)) return 'no such file';
  if (anchor && file.endsWith('.md')) {
    const headings = [...readFileSync(absolute, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]!));
    if (!headings.includes(anchor)) return `no heading #${anchor}`;
  }
  return undefined;
}

/** The repository path an absolute link to this project names, or undefined for other sites. */
function repositoryPath(url: string): string | undefined {
  if (url.startsWith(BLOB)) return url.slice(BLOB.length);
  if (url.startsWith(RAW)) return url.slice(RAW.length);
  if (url === HOME_URL || url.startsWith(`${HOME_URL}#`)) return 'README.md';
  if (url.startsWith(HOME_URL)) return `(not a file link: ${url})`;
  return undefined;
}

const urls = (text: string) => [...text.matchAll(/https?:\/\/[^\s"'<>()\]`]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));

describe('every link the reports and docs emit resolves to a file of the repository', () => {
  it('links in every report format, the schemas and the init template', () => {
    const golden = JSON.parse(readFileSync(`${ROOT}test/golden/examples.json`, 'utf8')) as Report;
    const rules = [...RULES.map((r) => ({ id: r.id, title: r.title, clauses: [...r.clauses], description: r.description })), WAIVER_RULE_SUMMARY];
    const texts: string[] = [JSON.stringify(profileJsonSchema()), JSON.stringify(reportJsonSchema()), PROFILE_TEMPLATE];
    for (const report of [golden, fixtureReport()]) {
      for (const name of FORMAT_NAMES) texts.push(FORMATTERS[name](report, fixtureContext({ rules, verbose: true })));
    }
    const ours = [...new Set(texts.flatMap(urls))].filter((url) => repositoryPath(url) !== undefined);
    // Every rule page and the waiver section are linked (SARIF help, Markdown references).
    expect(ours).toEqual(expect.arrayContaining([`${BLOB}docs/rules/arrears.md`, `${BLOB}docs/config.md#waivers`, rawUrl('schema/profile.schema.json')]));
    expect(ours.filter((u) => u.includes('/docs/rules/')).length).toBeGreaterThanOrEqual(RULES.length);
    const broken = ours.map((url) => [url, problem(repositoryPath(url)!)]).filter(([, why]) => why);
    expect(broken).toEqual([]);
  });

  it('relative links and links to this project in README.md and docs/', () => {
    const pages = ['README.md', ...['docs', 'docs/rules', 'docs/agreement', 'test/helpers'].flatMap((dir) => {
      const folder = path.join(ROOT, dir);
      return existsSync(folder) ? readdirSync(folder).filter((f: string) => f.endsWith('.md')).map((f: string) => `${dir}/${f}`) : [];
    })];
    const broken: string[] = [];
    for (const page of pages) {
      const text = readFileSync(path.join(ROOT, page), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const own = /^https?:/.test(target!) ? repositoryPath(target!) : target!.startsWith('#') ? `${page}${target}` : path.posix.join(path.posix.dirname(page), target!);
        if (own === undefined) continue;
        const why = problem(own);
        if (why) broken.push(`${page}: ${target} (${why})`);
      }
    }
    expect(pages.length).toBeGreaterThan(30);
    expect(broken).toEqual([]);
  });

  it('package.json names the same home as the reports', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    expect(pkg.homepage).toBe(`${HOME_URL}#readme`);
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${HOME_URL}.git` });
    expect(pkg.bugs).toEqual({ url: `${HOME_URL}/issues` });
  });
});
