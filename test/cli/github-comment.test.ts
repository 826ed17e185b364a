/** The pull-request comment against a loopback server that plays GitHub's REST endpoints (test/helpers/fake-github.ts). */
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGithub } from '../helpers/fake-github.js';
import { setCliLang } from '../../src/cli/lang.js';
import { COMMENT_LIMIT, COMMENT_MARKER, commentBody, commentEnv, nextLink, postComment, pullRequestNumber } from '../../src/cli/github-comment.js';

const github = new FakeGithub();
const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-comment-'));
const eventPath = path.join(dir, 'event.json');
const markdownFile = path.join(dir, 'report.md');

/** The environment Actions gives a pull_request run, pointed at the fake. */
function actionsEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { GITHUB_ACTIONS: 'true', GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/configs', GITHUB_EVENT_PATH: eventPath, GITHUB_EVENT_NAME: 'pull_request', GITHUB_TOKEN: 'ghs_test_token', ...extra };
}

async function post(env: NodeJS.ProcessEnv): Promise<{ ok: boolean; out: string; err: string }> {
  let out = '';
  let err = '';
  const ok = await postComment(markdownFile, commentEnv(env), { out: (t) => (out += t), err: (t) => (err += t), actions: env.GITHUB_ACTIONS === 'true' });
  return { ok, out, err };
}

beforeAll(async () => {
  await github.start();
  writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, head: { ref: 'feature' } } }));
});
afterAll(() => github.stop());
beforeEach(() => {
  github.comments.clear();
  github.log = [];
  github.readOnly = false;
});

describe('github-comment', () => {
  it('creates the comment once, then edits it in place, finding it on a later page', async () => {
    github.seed(7, 150);
    writeFileSync(markdownFile, '## clausecheck report\n\n**1 fail**\n');
    const first = await post(actionsEnv());
    expect(first.ok).toBe(true);
    const created = github.comments.get(7)!.at(-1)!;
    expect(first).toEqual({ ok: true, out: `created the pull-request comment ${created.html_url}\n`, err: '' });
    expect(created.body).toBe(`${COMMENT_MARKER}\n## clausecheck report\n\n**1 fail**\n`);
    expect(github.log).toEqual(['GET /repos/acme/configs/issues/7/comments?per_page=100', 'GET /repos/acme/configs/issues/7/comments?per_page=100&page=2', 'POST /repos/acme/configs/issues/7/comments']);

    github.seed(7, 60); // the marker comment is now on page 2 of 3
    github.log = [];
    writeFileSync(markdownFile, '## clausecheck report\n\n**0 fail**\n');
    const second = await post(actionsEnv());
    expect(second).toEqual({ ok: true, out: `updated the pull-request comment ${created.html_url}\n`, err: '' });
    expect(github.log).toEqual(['GET /repos/acme/configs/issues/7/comments?per_page=100', 'GET /repos/acme/configs/issues/7/comments?per_page=100&page=2', `PATCH /repos/acme/configs/issues/comments/${created.id}`]);
    const ours = github.comments.get(7)!.filter((c) => c.body.includes(COMMENT_MARKER));
    expect(ours.map((c) => [c.id, c.body])).toEqual([[created.id, `${COMMENT_MARKER}\n## clausecheck report\n\n**0 fail**\n`]]);
    expect(github.comments.get(7)).toHaveLength(211);
  });

  it('a read-only token (a fork\'s pull request) is a clear warning, not a failure, and the token is never printed', async () => {
    github.readOnly = true;
    writeFileSync(markdownFile, 'report\n');
    const result = await post(actionsEnv());
    const message =
      'GitHub refused POST /repos/acme/configs/issues/7/comments (403: Resource not accessible by integration): the token may not write to this pull request. A pull request from a fork gets a read-only token, so no comment is posted; the check\'s result stands and the report is in the step summary.';
    expect(result).toEqual({ ok: false, out: `::warning title=clausecheck comment::${message}\n`, err: `clausecheck: ${message}\n` });
    expect(`${result.out}${result.err}`).not.toContain('ghs_test_token');
  });

  it('without a token it warns and calls nothing; outside a pull request it does nothing', async () => {
    writeFileSync(markdownFile, 'report\n');
    const noToken = await post(actionsEnv({ GITHUB_TOKEN: undefined }));
    expect(noToken.ok).toBe(false);
    expect(noToken.err).toMatch(/^clausecheck: no token: GITHUB_TOKEN is not set, so no pull-request comment was posted/);
    const pushEvent = path.join(dir, 'push.json');
    writeFileSync(pushEvent, JSON.stringify({ ref: 'refs/heads/main', commits: [] }));
    const push = await post(actionsEnv({ GITHUB_EVENT_PATH: pushEvent, GITHUB_EVENT_NAME: 'push' }));
    expect(push).toEqual({ ok: false, out: '', err: 'clausecheck: not a pull request (push): no comment to keep up to date\n' });
    expect(github.log).toEqual([]);
  });

  it('in zh-CN: the warnings and a missing report file are Chinese', async () => {
    writeFileSync(markdownFile, 'report\n');
    setCliLang('zh-CN');
    try {
      const noToken = await post(actionsEnv({ GITHUB_TOKEN: undefined }));
      expect(noToken.err).toMatch(/^clausecheck: 没有令牌：未设置 GITHUB_TOKEN，因此未发布拉取请求评论/);
      expect(noToken.out).toContain('::warning title=clausecheck 评论::没有令牌');
      await expect(postComment(path.join(dir, 'none.md'), commentEnv(actionsEnv()), { out: () => {}, err: () => {}, actions: false })).rejects.toMatchObject({
        message: `无法读取 ${path.join(dir, 'none.md')}：没有这个文件`,
        hint: '请先用 clausecheck check ... --format markdown=FILE 写出该文件',
      });
    } finally {
      setCliLang('en');
    }
    await expect(postComment(path.join(dir, 'none.md'), commentEnv(actionsEnv()), { out: () => {}, err: () => {}, actions: false })).rejects.toMatchObject({
      message: `cannot read ${path.join(dir, 'none.md')}: no such file`,
      hint: 'write it first with clausecheck check ... --format markdown=FILE',
    });
  });

  it('GitHub unreachable is a warning naming the call', async () => {
    writeFileSync(markdownFile, 'report\n');
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const down = await post(actionsEnv({ GITHUB_API_URL: `http://127.0.0.1:${port}` }));
    expect(down.ok).toBe(false);
    expect(down.err).toMatch(/^clausecheck: cannot reach GitHub for GET \/repos\/acme\/configs\/issues\/7\/comments: ECONNREFUSED; no comment was posted/);
  });

  it('keeps the body within 65,536 characters, with a note, and the server accepts it', async () => {
    writeFileSync(markdownFile, `${'| row | 界 |\n'.repeat(8000)}`);
    const result = await post(actionsEnv());
    expect(result.ok).toBe(true);
    const body = github.comments.get(7)!.at(-1)!.body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(`${COMMENT_MARKER}\n| row | 界 |\n`)).toBe(true);
    expect(body).toMatch(/\| row \| 界 \|\n\n> \[!NOTE\]\n> Cut to stay under GitHub's 65,536 characters for a comment; the full report is in the job's step summary\.\n$/);
    expect(commentBody('short')).toBe(`${COMMENT_MARKER}\nshort`);
  });

  it('reads the pull request number from pull_request and issue_comment payloads, and Link headers', () => {
    expect(pullRequestNumber({ pull_request: { number: 12 } })).toBe(12);
    expect(pullRequestNumber({ issue: { number: 13, pull_request: { url: 'x' } } })).toBe(13);
    expect(pullRequestNumber({ issue: { number: 14 } })).toBeUndefined();
    expect(nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"')).toBe('https://api.github.com/x?page=2');
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeUndefined();
    expect(commentEnv({}).apiUrl).toBe('https://api.github.com');
  });
});
