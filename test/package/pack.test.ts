import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

/** Runs npm or npx without colour or update notices; throws with its stderr when it fails. */
function npm(command: 'npm' | 'npx', args: string[], cwd: string) {
  const run = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CI: '', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  [key: string]: unknown;
}

/**
 * An empty project that depends on the tarball, with a lockfile: the tarball, and the production
 * dependencies at the versions of this repository's lockfile. With it `npm ci --offline` needs no
 * registry metadata, only the package tarballs that `npm ci` put in the npm cache.
 */
function consumerProject(dir: string, tarball: string): string {
  const project = path.join(dir, 'project');
  mkdirSync(project);
  const own = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string> };
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const spec = `file:../${tarball}`;
  const integrity = `sha512-${createHash('sha512').update(readFileSync(path.join(dir, tarball))).digest('base64')}`;
  const packages: Record<string, LockEntry> = {
    '': { name: 'uses-clausecheck', version: '1.0.0', dependencies: { clausecheck: spec } },
    'node_modules/clausecheck': { version: own.version, resolved: spec, integrity, license: 'MIT', dependencies: own.dependencies, bin: own.bin, engines: own.engines },
  };
  for (const [key, entry] of Object.entries(lock.packages)) if (key !== '' && !entry.dev && !entry.devOptional) packages[key] = entry;
  writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ name: 'uses-clausecheck', version: '1.0.0', private: true, dependencies: { clausecheck: spec } }, null, 2)}\n`);
  writeFileSync(path.join(project, 'package-lock.json'), `${JSON.stringify({ name: 'uses-clausecheck', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
  return project;
}

// The package as users get it: packed, then installed from the tarball with production
// dependencies only into an empty project, from the npm cache that `npm ci` filled (no internet).
describe('the packed package', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-pack-'));
  // --ignore-scripts: the suite has just built dist/; `npm pack` would otherwise build again (prepare).
  const packed = npm('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
  const manifest = JSON.parse(packed.stdout || '[{}]')[0] as { filename: string; files: { path: string }[] };
  const files = (manifest.files ?? []).map((f) => f.path).sort();

  it('holds only what runs: the bundle and its code caches, the launcher, the schemas, README and LICENSE', () => {
    expect(packed.code, packed.stderr).toBe(0);
    // The build empties dist/chunks before writing the bundle's other files (scripts/bundle.mjs).
    const chunks = readdirSync(path.join(ROOT, 'dist/chunks')).map((name) => `dist/chunks/${name}`);
    expect(chunks.length).toBeGreaterThan(0);
    const fixed = [
      'LICENSE',
      'README.md',
      'bin/bundle-loader.cjs',
      'bin/clausecheck.js',
      'bin/package.json',
      'dist/clausecheck.cjs',
      'dist/clausecheck.cjs.cache',
      'package.json',
      'schema/profile.schema.json',
      'schema/report.schema.json',
    ];
    expect(files).toEqual([...fixed, ...chunks].sort());
  });

  it('installs with production dependencies only, offline, and `npx clausecheck check` works', () => {
    const project = consumerProject(dir, manifest.filename);
    const install = npm('npm', ['ci', '--offline', '--omit=dev'], project);
    expect(install.code, install.stderr).toBe(0);
    expect(readFileSync(path.join(project, 'node_modules/.package-lock.json'), 'utf8')).not.toContain('"dev": true');
    writeFileSync(path.join(project, 'acme.yaml'), readFileSync(path.join(ROOT, 'examples/overdue.yaml')));

    const check = npm('npx', ['--no', 'clausecheck', 'check', 'acme.yaml', '--as-of', '2026-11-26'], project);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^acme\.yaml {2}/m);
    expect(check.stdout).toMatch(/acme\.yaml:\d+:\d+ +fail {2}arrears {2}§3\.4 {2}Bill B-2026-10: ¥1,234\.56 overdue since 2026-11-10 00:00 \+08:00; late-fee exposure ¥10\.49 \(0\.05% a day, 17 days\)\./);

    // The bin link npm made (npx above went through it too; a second npx would only start npm again).
    const version = spawnSync(path.join(project, 'node_modules/.bin/clausecheck'), ['--version'], { encoding: 'utf8' });
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
    // Without the bundle (as in a clone before `npm install`), the launcher gives a one-line hint, not a stack trace.
    const bundle = path.join(project, 'node_modules/clausecheck/dist/clausecheck.cjs');
    renameSync(bundle, `${bundle}.away`);
    const unbuilt = spawnSync(process.execPath, [path.join(project, 'node_modules/clausecheck/bin/clausecheck.js'), '--version'], { encoding: 'utf8' });
    renameSync(`${bundle}.away`, bundle);
    expect(unbuilt.status).toBe(2);
    expect(unbuilt.stdout).toBe('');
    expect(unbuilt.stderr).toMatch(/^clausecheck: not built yet: run "npm install" \(or "npm run build"\) in .*\n$/);
  }, 120_000);
});
