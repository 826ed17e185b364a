import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAME, discoverConfig, displayConfigPath, findConfigUpward } from '../../src/config/discover.js';
import { project } from './fixtures.js';

describe('config discovery', () => {
  it('finds .clausecheck.yaml in the working directory', async () => {
    const root = project({ [CONFIG_FILE_NAME]: 'fail_on: warn\n' });
    expect(await findConfigUpward(root)).toBe(path.join(root, CONFIG_FILE_NAME));
  });

  it('finds .clausecheck.yml too, and refuses a folder that holds both', async () => {
    const yml = project({ '.clausecheck.yml': 'fail_on: warn\n', 'sub/a.yaml': '' });
    expect(await findConfigUpward(path.join(yml, 'sub'))).toBe(path.join(yml, '.clausecheck.yml'));
    const both = project({ '.clausecheck.yml': '', [CONFIG_FILE_NAME]: '' });
    await expect(findConfigUpward(both)).rejects.toMatchObject({
      message: `two config files in ${both}: .clausecheck.yaml and .clausecheck.yml`,
      hint: 'keep one of them, or name one with --config',
    });
  });

  it('walks up from a nested folder to the repository root', async () => {
    const root = project({ [CONFIG_FILE_NAME]: '', 'profiles/prod/a.yaml': '' });
    expect(await findConfigUpward(path.join(root, 'profiles', 'prod'))).toBe(path.join(root, CONFIG_FILE_NAME));
  });

  it('takes the nearest one', async () => {
    const root = project({ [CONFIG_FILE_NAME]: '', [`team/${CONFIG_FILE_NAME}`]: '', 'team/x/a.yaml': '' });
    expect(await findConfigUpward(path.join(root, 'team', 'x'))).toBe(path.join(root, 'team', CONFIG_FILE_NAME));
  });

  it('stops at the folder that contains .git', async () => {
    const outer = project({ [CONFIG_FILE_NAME]: 'fail_on: never\n' }, false);
    const repo = path.join(outer, 'repo');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(path.join(repo, 'src'), { recursive: true });
    expect(await findConfigUpward(path.join(repo, 'src'))).toBeUndefined();
    expect(await discoverConfig({ cwd: path.join(repo, 'src') })).toBeUndefined();
  });

  it('a .git file (worktree) also stops the search', async () => {
    const outer = project({ [CONFIG_FILE_NAME]: '', 'wt/.git': 'gitdir: elsewhere\n' }, false);
    expect(await findConfigUpward(path.join(outer, 'wt'))).toBeUndefined();
  });

  it('ignores a folder named .clausecheck.yaml', async () => {
    const root = project({ [`${CONFIG_FILE_NAME}/x`]: '' });
    expect(await findConfigUpward(root)).toBeUndefined();
  });

  it('an explicit path is resolved against the working directory and marked explicit', async () => {
    const root = project({});
    expect(await discoverConfig({ cwd: root, explicit: 'ci/cc.yaml' })).toEqual({ absolute: path.join(root, 'ci', 'cc.yaml'), explicit: true });
    const found = project({ [CONFIG_FILE_NAME]: '' });
    expect(await discoverConfig({ cwd: found })).toEqual({ absolute: path.join(found, CONFIG_FILE_NAME), explicit: false });
  });

  it('shows paths relative to the working directory with / separators', () => {
    expect(displayConfigPath('/a/b/.clausecheck.yaml', '/a/b/c')).toBe('../.clausecheck.yaml');
    expect(displayConfigPath('/a/b/ci/w.yaml', '/a/b')).toBe('ci/w.yaml');
  });
});
