/**
 * action.yml: its structure (a composite action whose expressions name inputs and step outputs that
 * exist, no input interpolated into a script), then its steps run with bash as the runner runs them
 * (`bash -eo pipefail`, the same environment variables), against a loopback GitHub: a baseline
 * turns a repository green, a new finding turns it red, and the comment is created once, then edited.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FAKE_TOKEN, FakeGithub } from '../helpers/fake-github.js';
import { ROOT, runCli } from './run-cli.js';

interface Step {
  name: string;
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'continue-on-error'?: boolean;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
const expressions = (text: string) => [...text.matchAll(/\$\{\{\s*(.*?)\s*\}\}/g)].map((m) => m[1]!);
const stepNamed = (name: string) => action.runs.steps.find((s) => s.name === name)!;

describe('action.yml structure', () => {
  it('the README\'s workflow is five lines of valid YAML that use this action with inputs it has', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- action-workflow -->\n```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(block.trimEnd().split('\n')).toHaveLength(5);
    const workflow = parse(block) as { on: string; jobs: Record<string, { permissions: Record<string, string>; steps: { uses: string; with?: Record<string, string> }[] }> };
    expect(workflow.on).toBe('pull_request');
    const job = Object.values(workflow.jobs)[0]!;
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const step = job.steps.find((s) => s.uses.startsWith('clausecheck/clausecheck@'))!;
    for (const input of Object.keys(step.with!)) expect(Object.keys(action.inputs)).toContain(input);
    expect(step.with!.baseline).toBe('.clausecheck-baseline.json');
  });

  it('is a composite action with described inputs and outputs', () => {
    expect(action.name).toBe('clausecheck');
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'as-of', 'fail-on', 'config', 'baseline', 'formats', 'comment', 'sarif', 'token']);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(typeof input.default, name).toBe('string');
    }
    for (const step of action.runs.steps) {
      expect(step.name).toBeTruthy();
      // A composite step either runs a script with a shell, or uses an action.
      if (step.run !== undefined) expect(step.shell, step.name).toBe('bash');
      else expect(step.uses, step.name).toMatch(/^[\w-]+\/[\w/-]+@v\d+$/);
    }
  });

  it('every expression names an input or an earlier step output that exists, and every input is used', () => {
    const used = new Set<string>();
    const ids: string[] = [];
    const check = (text: string, where: string, known: string[]) => {
      for (const expr of expressions(text)) {
        for (const m of expr.matchAll(/inputs\.([\w-]+)/g)) {
          expect(Object.keys(action.inputs), where).toContain(m[1]);
          used.add(m[1]!);
        }
        for (const m of expr.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          expect(known, where).toContain(m[1]);
          // The step writes that output to $GITHUB_OUTPUT.
          const writer = action.runs.steps.find((s) => s.id === m[1])!;
          expect(writer.run, where).toMatch(new RegExp(`(${m[2]}=|\\$kind-file=)`));
          if (m[2]!.endsWith('-file')) expect(writer.run).toContain('for kind in json markdown sarif');
        }
      }
    };
    for (const step of action.runs.steps) {
      check(JSON.stringify({ if: step.if ? `\${{ ${step.if} }}` : '', env: step.env, with: step.with }), step.name, ids);
      // Inputs reach scripts only through env (no script injection).
      expect(expressions(step.run ?? ''), step.name).toEqual([]);
      if (step.id) ids.push(step.id);
    }
    for (const output of Object.values(action.outputs)) check(output.value, 'outputs', ids);
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('uploads SARIF only when asked, with the code-scanning action, and the job ends with the check\'s exit code', () => {
    const upload = stepNamed('Upload SARIF to code scanning');
    expect(upload.uses).toBe('github/codeql-action/upload-sarif@v3');
    expect(upload.if).toContain("inputs.sarif == 'true'");
    expect(upload.with).toEqual({ sarif_file: '${{ steps.check.outputs.sarif-file }}', category: 'clausecheck', token: '${{ inputs.token }}' });
    const last = action.runs.steps.at(-1)!;
    expect([last.if, last.env]).toEqual(['always()', { CODE: '${{ steps.check.outputs.exit-code }}' }]);
  });
});

/** Runs one step's script as the runner does, with the step's env resolved (asynchronously: the fake GitHub answers in this process). */
async function runStep(step: Step, context: { inputs: Record<string, string>; outputs: Record<string, string>; env: Record<string, string>; cwd: string }) {
  const resolve = (value: string) =>
    value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
      const input = /^inputs\.([\w-]+)$/.exec(expr);
      if (input) return context.inputs[input[1]!] ?? action.inputs[input[1]!]!.default ?? '';
      const output = /^steps\.check\.outputs\.([\w-]+)$/.exec(expr);
      if (output) return context.outputs[output[1]!] ?? '';
      throw new Error(`unexpected expression ${expr}`);
    });
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, resolve(v)]));
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd: context.cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true', ...context.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, stderr };
}

function readOutputs(file: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describe('action.yml steps, run as the runner runs them', () => {
  const github = new FakeGithub();
  let repo = '';
  let temp = '';
  beforeAll(async () => {
    await github.start();
    repo = mkdtempSync(path.join(tmpdir(), 'clausecheck-action-'));
    temp = mkdtempSync(path.join(tmpdir(), 'clausecheck-runner-'));
    mkdirSync(path.join(repo, 'profiles'));
    for (const name of ['compliant.yaml', 'expiring.yaml', 'overdue.yaml']) copyFileSync(path.join(ROOT, 'examples', name), path.join(repo, 'profiles', name));
    expect(runCli(['baseline', 'write', 'profiles', '--as-of', '2026-11-26'], { cwd: repo }).code).toBe(0);
    writeFileSync(path.join(temp, 'event.json'), JSON.stringify({ pull_request: { number: 3 } }));
  });
  afterAll(() => github.stop());

  /** One run of the action: check, comment, result; returns the result step's exit code and what was written. */
  async function runAction(inputs: Record<string, string>) {
    const outputFile = path.join(temp, `output-${Math.random().toString(36).slice(2)}`);
    const summary = path.join(temp, 'summary.md');
    writeFileSync(outputFile, '');
    writeFileSync(summary, '');
    const env = { GITHUB_ACTION_PATH: ROOT, RUNNER_TEMP: temp, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summary, GITHUB_ACTIONS: 'true', GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/configs', GITHUB_EVENT_PATH: path.join(temp, 'event.json'), GITHUB_EVENT_NAME: 'pull_request' };
    const context = { inputs: { token: FAKE_TOKEN, ...inputs }, outputs: {} as Record<string, string>, env, cwd: repo };
    const check = await runStep(stepNamed('Check profiles'), context);
    expect(check.status, check.stderr).toBe(0);
    context.outputs = readOutputs(outputFile);
    const comment = await runStep(stepNamed('Comment on the pull request'), context);
    const result = await runStep(action.runs.steps.at(-1)!, context);
    return { check, comment, result: result.status, outputs: context.outputs, summary: readFileSync(summary, 'utf8') };
  }

  it('with the baseline the repository is green, the summary is written and the comment created; a new finding turns it red and edits the comment', async () => {
    const green = await runAction({ paths: 'profiles', 'as-of': '2026-11-26', baseline: '.clausecheck-baseline.json' });
    expect(green.outputs).toEqual({
      'exit-code': '0',
      'json-file': path.join(temp, 'clausecheck/report.json'),
      'markdown-file': path.join(temp, 'clausecheck/report.md'),
    });
    expect(green.result).toBe(0);
    expect(green.summary).toContain('## clausecheck');
    // Baselined findings are notices; GitHub shows 10 of a kind per step, so the rest are counted.
    // Baselined findings become notices (most severe first, up to GitHub's cap of 10 a kind).
    expect(green.check.stdout).toMatch(/::notice file=profiles\/[a-z-]+\.yaml,line=\d+,col=\d+,title=[a-z-]+ §[^:]*\((fail|warn)%2C baselined\)::/);
    expect(green.check.stdout.match(/^::notice /gm)).toHaveLength(10);
    expect(green.check.stdout).toContain('\nclausecheck: 40 more notices not annotated (GitHub shows 10 of each kind per step); every finding is in the step summary and the other report formats\n');
    expect(green.comment.stdout).toMatch(/^created the pull-request comment https:\/\/github\.com\/acme\/configs\/pull\/3#issuecomment-\d+\n$/);
    const [created] = github.comments.get(3)!;
    expect(created!.body).toContain('<!-- clausecheck -->\n## clausecheck report');

    const red = await runAction({ paths: 'profiles', 'as-of': '2026-12-20', baseline: '.clausecheck-baseline.json', sarif: 'true' });
    expect([red.outputs['exit-code'], red.result]).toEqual(['1', 1]);
    expect(red.outputs['sarif-file']).toBe(path.join(temp, 'clausecheck/report.sarif'));
    expect(red.check.stdout).toContain('::error file=profiles/expiring.yaml');
    expect(red.comment.stdout).toBe(`updated the pull-request comment ${created!.html_url}\n`);
    expect(github.comments.get(3)).toHaveLength(1);
    expect(github.comments.get(3)![0]!.body).toContain('new');
  });

  it('a fork\'s read-only token: the comment step warns and succeeds, the result is still the check\'s', async () => {
    github.readOnly = true;
    try {
      const run = await runAction({ paths: 'profiles', 'as-of': '2026-11-26' });
      expect(run.comment.status).toBe(0);
      expect(run.comment.stderr).toContain('GitHub refused PATCH /repos/acme/configs/issues/comments/');
      expect(run.result).toBe(1);
    } finally {
      github.readOnly = false;
    }
  });
});
