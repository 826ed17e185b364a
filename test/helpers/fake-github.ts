/**
 * A loopback server that plays GitHub's REST endpoints for issue comments: list (at most 100 a page,
 * Link headers with first/prev/next/last), create, update; bearer auth with one accepted token and
 * the API version header; 403 for a read-only token (as on a fork's pull request); 422 for a body
 * over 65,536 characters.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The token the fake accepts. */
export const FAKE_TOKEN = 'ghs_test_token';

/** A stored comment, as GitHub returns it (the fields we use). */
export interface StoredComment {
  id: number;
  body: string;
  user: { login: string };
  html_url: string;
}

/** The fake GitHub for repository acme/configs: comments per issue, a request log, a read-only switch. */
export class FakeGithub {
  comments = new Map<number, StoredComment[]>();
  log: string[] = [];
  readOnly = false;
  private nextId = 1000;
  server: Server = createServer((req, res) => void this.handle(req, res));
  url = '';

  /** Listens on a free port of 127.0.0.1. */
  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Adds `count` comments by someone else to an issue. */
  seed(issue: number, count: number, login = 'someone'): void {
    const list = this.comments.get(issue) ?? [];
    for (let i = 0; i < count; i++) list.push(this.make(issue, `comment ${i} by ${login}`, login));
    this.comments.set(issue, list);
  }

  private make(issue: number, body: string, login: string): StoredComment {
    const id = this.nextId++;
    return { id, body, user: { login }, html_url: `https://github.com/acme/configs/pull/${issue}#issuecomment-${id}` };
  }

  private send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(data));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    this.log.push(`${req.method} ${url.pathname}${url.search}`);
    let raw = '';
    for await (const chunk of req) raw += chunk;
    if (req.headers.authorization !== `Bearer ${FAKE_TOKEN}`) return this.send(res, 401, { message: 'Bad credentials' });
    if (req.headers['x-github-api-version'] !== '2022-11-28' || req.headers.accept !== 'application/vnd.github+json') return this.send(res, 400, { message: 'bad headers' });
    const list = /^\/repos\/acme\/configs\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/acme\/configs\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && req.method === 'GET') {
      const all = this.comments.get(Number(list[1])) ?? [];
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number, rel: string) => `<${this.url}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])];
      return this.send(res, 200, all.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
    }
    if (this.readOnly) return this.send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    const body = (JSON.parse(raw || '{}') as { body?: unknown }).body;
    if (typeof body !== 'string') return this.send(res, 422, { message: 'Validation Failed' });
    if (body.length > 65_536) return this.send(res, 422, { message: 'Validation Failed', errors: [{ code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
    if (list && req.method === 'POST') {
      const comment = this.make(Number(list[1]), body, 'github-actions[bot]');
      this.comments.set(Number(list[1]), [...(this.comments.get(Number(list[1])) ?? []), comment]);
      return this.send(res, 201, comment);
    }
    if (one && req.method === 'PATCH') {
      const comment = [...this.comments.values()].flat().find((c) => c.id === Number(one[1]));
      if (!comment) return this.send(res, 404, { message: 'Not Found' });
      comment.body = body;
      return this.send(res, 200, comment);
    }
    return this.send(res, 404, { message: 'Not Found' });
  }

  /** Stops listening. */
  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
