/**
 * One pull-request comment kept up to date: find our comment by a hidden marker (listing every
 * page), edit it in place, or create it once. Talks to the GitHub REST API with `fetch`, configured
 * by the variables GitHub Actions sets (GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_EVENT_PATH) and
 * the token in GITHUB_TOKEN. A comment that cannot be posted (no token, not a pull request, a
 * read-only token on a fork's pull request, the API down) is a warning, never a failed check.
 */
import { readFile } from 'node:fs/promises';
import { TOOL } from '../contract/version.js';
import { UsageError } from '../util/usage-error.js';
import { cliLang, say } from './lang.js';
import { readReason } from '../util/read-reason.js';
import { COMMENT_TEXT } from './text/github-comment.js';
import { escapeData } from '../report/formatters/github.js';

/** The hidden marker that identifies our comment. */
export const COMMENT_MARKER = '<!-- clausecheck -->';
/** GitHub rejects a comment body longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/** Every word of the comment command in the CLI's language. */
const words = () => say(COMMENT_TEXT);

/** The settings a comment run takes from the environment. */
interface CommentEnv {
  token?: string;
  apiUrl: string;
  repository?: string;
  eventPath?: string;
  eventName?: string;
}

/** Reads the variables GitHub Actions sets. */
export function commentEnv(env: NodeJS.ProcessEnv): CommentEnv {
  const out: CommentEnv = { apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '') };
  if (env.GITHUB_TOKEN) out.token = env.GITHUB_TOKEN;
  if (env.GITHUB_REPOSITORY) out.repository = env.GITHUB_REPOSITORY;
  if (env.GITHUB_EVENT_PATH) out.eventPath = env.GITHUB_EVENT_PATH;
  if (env.GITHUB_EVENT_NAME) out.eventName = env.GITHUB_EVENT_NAME;
  return out;
}

/** The pull request number of an event payload: `pull_request.number`, or an issue that is a pull request. */
export function pullRequestNumber(payload: unknown): number | undefined {
  const p = payload as { pull_request?: { number?: unknown }; issue?: { number?: unknown; pull_request?: unknown } } | null;
  if (typeof p?.pull_request?.number === 'number') return p.pull_request.number;
  if (p?.issue?.pull_request && typeof p.issue.number === 'number') return p.issue.number;
  return undefined;
}

/** The comment body: the marker, then the Markdown, cut (with a note) to GitHub's limit. */
export function commentBody(markdown: string, limit = COMMENT_LIMIT): string {
  const whole = `${COMMENT_MARKER}\n${markdown}`;
  if (whole.length <= limit) return whole;
  const note = words().cut({ limit });
  let cut = whole.slice(0, limit - note.length);
  const lastLine = cut.lastIndexOf('\n');
  if (lastLine > COMMENT_MARKER.length) cut = cut.slice(0, lastLine);
  // Do not leave half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}${note}`;
}

/** A failed API call, with the status and what was called (never the token). */
class GithubApiError extends Error {
  constructor(readonly status: number, readonly call: string, readonly detail: string) {
    super(`${call}: ${status}`);
  }
}

/** A network failure, naming the call. */
class GithubUnreachable extends Error {
  constructor(readonly call: string, readonly why: string) {
    super(`${call}: ${why}`);
  }
}

interface Comment {
  id: number;
  body?: string;
  html_url?: string;
}

/** The `rel="next"` URL of a Link header (RFC 8288, as GitHub sends it). */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match && match[2]!.split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}

/** A small GitHub REST client: JSON in and out, errors with the call named. */
class GithubClient {
  constructor(private readonly apiUrl: string, private readonly token: string, private readonly fetchImpl: typeof fetch = fetch) {}

  /** Calls the API; `path` is absolute under the API URL, or a full URL from a Link header. */
  async call(method: string, pathOrUrl: string, body?: unknown): Promise<{ data: unknown; link: string | null }> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.apiUrl}${pathOrUrl}`;
    const call = `${method} ${new URL(url).pathname}`;
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${this.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': `${TOOL.name}/${TOOL.version}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new GithubUnreachable(call, cause?.code ?? cause?.message ?? (error as Error).message);
    }
    const text = await response.text();
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      data = undefined;
    }
    if (!response.ok) throw new GithubApiError(response.status, call, typeof (data as { message?: unknown })?.message === 'string' ? (data as { message: string }).message : '');
    return { data, link: response.headers.get('link') };
  }
}

/** Finds our comment on a pull request (every page), then edits it or creates it. */
async function upsertComment(client: GithubClient, repository: string, pr: number, body: string): Promise<{ action: 'created' | 'updated'; comment: Comment }> {
  const base = `/repos/${repository.split('/').map(encodeURIComponent).join('/')}/issues`;
  let next: string | undefined = `${base}/${pr}/comments?per_page=100`;
  let found: Comment | undefined;
  while (next && !found) {
    const page = await client.call('GET', next);
    found = (Array.isArray(page.data) ? (page.data as Comment[]) : []).find((c) => typeof c.body === 'string' && c.body.includes(COMMENT_MARKER));
    next = nextLink(page.link);
  }
  if (found) {
    const { data } = await client.call('PATCH', `${base}/comments/${found.id}`, { body });
    return { action: 'updated', comment: data as Comment };
  }
  const { data } = await client.call('POST', `${base}/${pr}/comments`, { body });
  return { action: 'created', comment: data as Comment };
}

/** Where a comment run writes: results to `out`, warnings to `err`; `actions` adds a ::warning:: annotation. */
interface CommentIo {
  out: (text: string) => void;
  err: (text: string) => void;
  actions: boolean;
}

function warn(io: CommentIo, message: string): void {
  io.err(`clausecheck: ${message}\n`);
  if (io.actions) io.out(`::warning title=${words().warningTitle()}::${escapeData(message)}\n`);
}

/** Posts or edits the comment; problems with GitHub are warnings (false), bad local input a UsageError. */
export async function postComment(markdownFile: string, env: CommentEnv, io: CommentIo, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  let markdown: string;
  try {
    markdown = await readFile(markdownFile, 'utf8');
  } catch (error) {
    throw new UsageError(words().cannotRead({ file: markdownFile, why: ((error as NodeJS.ErrnoException).code === 'ENOENT' ? readReason(error, cliLang()) : undefined) ?? (error as Error).message }), words().cannotReadHint());
  }
  if (!env.token) {
    warn(io, words().noToken());
    return false;
  }
  if (!env.repository) throw new UsageError(words().noRepository());
  if (!env.eventPath) throw new UsageError(words().noEvent());
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(env.eventPath, 'utf8'));
  } catch (error) {
    throw new UsageError(words().badEvent({ file: env.eventPath, why: (error as Error).message }));
  }
  const pr = pullRequestNumber(payload);
  if (pr === undefined) {
    io.err(`clausecheck: ${words().notPullRequest({ event: env.eventName ?? words().unknownEvent })}\n`);
    return false;
  }
  try {
    const { action, comment } = await upsertComment(new GithubClient(env.apiUrl, env.token, fetchImpl), env.repository, pr, commentBody(markdown));
    io.out(`${words()[action]({ url: comment.html_url ?? `#${comment.id}` })}\n`);
    return true;
  } catch (error) {
    if (error instanceof GithubApiError) {
      const params = { status: error.status, call: error.call, detail: error.detail };
      warn(io, error.status === 403 || error.status === 404 ? words().forbidden(params) : words().failed(params));
      return false;
    }
    if (error instanceof GithubUnreachable) {
      warn(io, words().unreachable({ call: error.call, why: error.why }));
      return false;
    }
    throw error;
  }
}
