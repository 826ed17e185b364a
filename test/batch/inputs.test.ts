import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePaths, expandInputs, ignoreMatcher, type Input } from '../../src/load/inputs.js';
import { runCli } from '../helpers/cli.js';

const VALID = 'format: clausecheck/v1\naccount:\n  id: "42"\n';

/** A folder tree from a map of relative path → content (a string) or symlink target ({ link }). */
function tree(files: Record<string, string | { link: string } | { fifo: true }>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'clausecheck-inputs-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    mkdirSync(path.dirname(full), { recursive: true });
    if (typeof content === 'string') writeFileSync(full, content);
    else if ('link' in content) symlinkSync(content.link, full);
    else execFileSync('mkfifo', [full]);
  }
  return root;
}

const shown = (inputs: Input[]) => inputs.map((i) => (i.kind === 'error' ? `${i.file} !${i.message}` : i.file));

describe('expanding inputs', () => {
  it('orders paths segment by segment, as a sorted depth-first walk visits them', () => {
    const paths = ['a/b.yaml', 'a/b/x.yaml', 'a.yaml', 'a/B.yaml', 'a/b-c.yaml', 'a/b/a/z.yaml'];
    expect([...paths].sort(comparePaths)).toEqual(['a/B.yaml', 'a/b/a/z.yaml', 'a/b/x.yaml', 'a/b-c.yaml', 'a/b.yaml', 'a.yaml']);
  });

  it('walks directories in path order, profiles only, skipping hidden entries and node_modules', async () => {
    const root = tree({ 'p/b.yaml': VALID, 'p/a/z.yml': VALID, 'p/a.yaml': VALID, 'p/notes.md': 'x', 'p/.hidden/x.yaml': VALID, 'p/node_modules/x.yaml': VALID });
    const inputs = await expandInputs([path.join(root, 'p')], { cwd: root });
    expect(shown(inputs).map((f) => path.relative(root, f))).toEqual(['p/a/z.yml', 'p/a.yaml', 'p/b.yaml']);
  });

  it('keeps argument order and checks a file reached twice once', async () => {
    const root = tree({ 'p/a.yaml': VALID, 'p/b.yaml': VALID, 'q.yaml': VALID });
    const inputs = await expandInputs([path.join(root, 'q.yaml'), path.join(root, 'p'), path.join(root, 'p/b.yaml'), '-'], { cwd: root });
    expect(shown(inputs).map((f) => (f === '-' ? f : path.relative(root, f)))).toEqual(['q.yaml', 'p/a.yaml', 'p/b.yaml', '-']);
  });

  it('expands quoted globs itself (*.yaml / *.yml files only), in path order', async () => {
    const root = tree({ 'acc/one/profile.yaml': VALID, 'acc/two/profile.yaml': VALID, 'acc/two/deep/profile.yaml': VALID, 'acc/two/readme.md': 'x', 'acc/x.yml': VALID });
    const cwd = root;
    expect(shown(await expandInputs(['acc/*/profile.yaml'], { cwd }))).toEqual(['acc/one/profile.yaml', 'acc/two/profile.yaml']);
    expect(shown(await expandInputs(['acc/**'], { cwd }))).toEqual(['acc/one/profile.yaml', 'acc/two/deep/profile.yaml', 'acc/two/profile.yaml', 'acc/x.yml']);
    expect(shown(await expandInputs(['acc/{one,two}/*.yaml'], { cwd }))).toEqual(['acc/one/profile.yaml', 'acc/two/profile.yaml']);
    expect(shown(await expandInputs(['acc/*.yaml'], { cwd }))).toEqual(['acc/*.yaml !no *.yaml or *.yml files match this pattern']);
    expect(shown(await expandInputs(['nowhere/*.yaml'], { cwd }))[0]).toMatch(/^nowhere\/\*\.yaml !no files match this pattern/);
    expect(shown(await expandInputs(['*.yaml'], { cwd: path.join(root, 'acc/one') }))).toEqual(['profile.yaml']);
  });

  it('--ignore: a glob over the path, or (without /) any path segment, as in .gitignore', async () => {
    const root = tree({ 'p/a.yaml': VALID, 'p/draft-b.yaml': VALID, 'p/archive/c.yaml': VALID, 'p/x/archive/d.yaml': VALID, 'p/keep/e.yaml': VALID });
    const cwd = root;
    expect(shown(await expandInputs(['p'], { ignore: ['archive'], cwd }))).toEqual(['p/a.yaml', 'p/draft-b.yaml', 'p/keep/e.yaml']);
    expect(shown(await expandInputs(['p'], { ignore: ['draft-*.yaml', 'p/keep/**'], cwd }))).toEqual(['p/a.yaml', 'p/archive/c.yaml', 'p/x/archive/d.yaml']);
    expect(shown(await expandInputs(['p/**/*.yaml'], { ignore: ['p/archive'], cwd }))).toEqual(['p/a.yaml', 'p/draft-b.yaml', 'p/keep/e.yaml', 'p/x/archive/d.yaml']);
    expect(shown(await expandInputs(['./p/a.yaml', 'p/keep/e.yaml'], { ignore: ['./p/a.yaml'], cwd }))).toEqual(['p/keep/e.yaml']);
    expect(shown(await expandInputs(['./p/a.yaml', 'p/a.yaml'], { cwd }))).toEqual(['./p/a.yaml']);
    const matcher = ignoreMatcher(['archive', 'p/keep/**'], root);
    expect(matcher(path.join(root, 'p/keep/x.yaml'))).toBe(true); // absolute paths are matched relative to cwd
    expect(matcher('other/archive/y.yaml')).toBe(true);
    expect(matcher('p/archived.yaml')).toBe(false);
  });

  // Tests run as root, where chmod 000 does not stop reads; a dangling link, a link loop and a FIFO
  // are the unreadable entries a root-run test can make. A FIFO would block a naive read forever.
  it('a symlink loop, a dangling link, a FIFO and a folder cycle are error entries or skipped, never a stop', async () => {
    const root = tree({
      'p/a.yaml': VALID,
      'p/loop1.yaml': { link: 'loop2.yaml' },
      'p/loop2.yaml': { link: 'loop1.yaml' },
      'p/dangling.yaml': { link: 'missing.yaml' },
      'p/pipe.yaml': { fifo: true },
      'p/sub/up': { link: '..' },
      'p/sub/z.yaml': VALID,
    });
    const inputs = await expandInputs([path.join(root, 'p'), path.join(root, 'p/pipe.yaml')], { cwd: root });
    expect(shown(inputs).map((f) => path.relative(root, f))).toEqual([
      'p/a.yaml',
      'p/dangling.yaml !no such file or directory',
      'p/loop1.yaml !symbolic link loop',
      'p/loop2.yaml !symbolic link loop',
      'p/pipe.yaml !not a regular file (a FIFO, socket or device); give a profile file',
      'p/sub/z.yaml',
    ]);
  });
});

describe('the CLI on awkward inputs', () => {
  it('reports each unreadable entry as an invalid file (exit 2) and still checks the rest, in order', async () => {
    const root = tree({
      'p/a.yaml': `${VALID}orders:\n  - id: o1\n    placed_at: 2026-11-01\n    amount: "5"\n`,
      'p/loop.yaml': { link: 'loop.yaml' },
      'p/pipe.yaml': { fifo: true },
      'p/z.yaml': VALID,
    });
    for (const jobs of ['1', '2']) {
      const result = await runCli(['check', 'p', '--as-of', '2026-11-26', '--format', 'json', '--jobs', jobs], { cwd: root, env: { CLAUSECHECK_PARALLEL_MIN: '0' } });
      expect(result.code).toBe(2);
      const report = JSON.parse(result.stdout);
      expect(report.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
        ['p/a.yaml', true],
        ['p/loop.yaml', false],
        ['p/pipe.yaml', false],
        ['p/z.yaml', true],
      ]);
      expect(report.files[1].errors[0].message).toBe('symbolic link loop');
      expect(report.summary).toMatchObject({ files: 4, invalid: 2 });
    }
  });

  it('expands a quoted glob and applies --ignore; a run left with no files is a usage error', async () => {
    const root = tree({ 'acc/one/profile.yaml': VALID, 'acc/two/profile.yaml': VALID, 'acc/old/profile.yaml': VALID });
    const result = await runCli(['check', 'acc/*/profile.yaml', '--ignore', 'old', '--as-of', '2026-11-26', '--format', 'json'], { cwd: root });
    expect(JSON.parse(result.stdout).files.map((f: { file: string }) => f.file)).toEqual(['acc/one/profile.yaml', 'acc/two/profile.yaml']);
    const none = await runCli(['check', 'acc', '--ignore', 'acc'], { cwd: root });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no *.yaml or *.yml files found in acc (after --ignore acc)');
  });
});
