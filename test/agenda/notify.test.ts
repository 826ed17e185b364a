import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyAll, parseNotify } from '../../src/cli/notify.js';
import { digestMessages, DIGEST_LIMIT } from '../../src/report/agenda/digest.js';
import { exampleAgenda } from './fixture.js';
import { execFile } from 'node:child_process';
import { ROOT, type CliResult } from '../cli/run-cli.js';

/** Runs the built CLI without blocking this process (the loopback robot must answer meanwhile). */
function runCliAsync(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [`${ROOT}bin/clausecheck.js`, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', CI: '', ...env } }, (_error, stdout, stderr) =>
      resolve({ stdout, stderr, code: child.exitCode }),
    );
  });
}

interface Received {
  path: string;
  query: URLSearchParams;
  body: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A loopback robot: records each request and answers with `reply(path)`. */
let server: Server;
let base = '';
const received: Received[] = [];
let reply: (path: string) => { status: number; body: string } = () => ({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' });

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    received.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(await readBody(req)) });
    const r = reply(url.pathname);
    res.writeHead(r.status, { 'content-type': 'application/json' }).end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const agenda = exampleAgenda(['compliant', 'expiring', 'overdue', 'stale-capture'], '2026-11-26', 30);
const NOW = 1_795_000_000_123;

describe('--notify: each platform’s own message format, signed', () => {
  it('DingTalk: markdown with title and text; timestamp and sign in the URL', async () => {
    received.length = 0;
    reply = () => ({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' });
    const targets = parseNotify(['dingtalk'], { CLAUSECHECK_NOTIFY_DINGTALK: `${base}/robot/send?access_token=tok123456789`, CLAUSECHECK_DINGTALK_SECRET: 'SECabc123' });
    expect(await notifyAll(agenda, targets, undefined, () => NOW)).toEqual([]);
    expect(received).toHaveLength(1);
    const r = received[0]!;
    expect(r.query.get('access_token')).toBe('tok123456789');
    expect(r.query.get('timestamp')).toBe(String(NOW));
    const expected = createHmac('sha256', 'SECabc123').update(`${NOW}\nSECabc123`).digest('base64');
    expect(r.query.get('sign')).toBe(expected);
    expect(r.body.msgtype).toBe('markdown');
    expect(r.body.markdown.title).toBe('clausecheck agenda');
    expect(r.body.markdown.text).toContain('**2026-11-28**\n- 00:00 **fail** renewal due: Suzhou Garden Media Studio · 212110000000201 · ¥9,800.00');
  });

  it('WeCom: markdown content, split into messages of at most 4,096 bytes, each with the heading', async () => {
    received.length = 0;
    const targets = parseNotify([`wecom=${base}/cgi-bin/webhook/send?key=k-1234-5678`], {});
    expect(await notifyAll(agenda, targets, undefined, () => NOW)).toEqual([]);
    expect(received.length).toBeGreaterThan(1);
    for (const [i, r] of received.entries()) {
      expect(r.body.msgtype).toBe('markdown');
      expect(Buffer.byteLength(r.body.markdown.content, 'utf8')).toBeLessThanOrEqual(4096);
      expect(r.body.markdown.content).toContain(`#### clausecheck agenda (part ${i + 1} of ${received.length})`);
    }
    const all = received.map((r) => r.body.markdown.content).join('');
    for (const e of agenda.events) expect(all).toContain(e.subject);
  });

  it('Feishu: interactive card with markdown; timestamp and sign in the body', async () => {
    received.length = 0;
    reply = () => ({ status: 200, body: '{"code":0,"msg":"success","data":{}}' });
    const targets = parseNotify([`feishu=${base}/open-apis/bot/v2/hook/abcdef-0123456789`], { CLAUSECHECK_FEISHU_SECRET: 'fsecret' });
    expect(await notifyAll(agenda, targets, undefined, () => NOW)).toEqual([]);
    const r = received[0]!;
    const seconds = Math.floor(NOW / 1000);
    expect(r.body).toMatchObject({ msg_type: 'interactive', timestamp: String(seconds) });
    expect(r.body.sign).toBe(createHmac('sha256', `${seconds}\nfsecret`).update('').digest('base64'));
    expect(r.body.card.elements[0]).toMatchObject({ tag: 'markdown' });
    expect(r.body.card.elements[0].content).toContain('renewal due');
  });

  it('a refusal (errcode ≠ 0) is a failure whose reason never shows the token or the secret', async () => {
    reply = () => ({ status: 200, body: '{"errcode":310000,"errmsg":"sign not match, token tok123456789"}' });
    const targets = parseNotify([`dingtalk=${base}/robot/send?access_token=tok123456789`], { CLAUSECHECK_DINGTALK_SECRET: 'SECabc123' });
    const failures = await notifyAll(agenda, targets, undefined, () => NOW);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.reason).toContain('310000');
    expect(failures[0]!.reason).not.toContain('tok123456789');
  });

  it('in zh-CN: the digest and the reason for a refusal are Chinese, still without the token', async () => {
    received.length = 0;
    reply = () => ({ status: 200, body: '{"errcode":310000,"errmsg":"sign not match"}' });
    const targets = parseNotify([`dingtalk=${base}/robot/send?access_token=tok123456789`], {});
    const failures = await notifyAll(agenda, targets, 'zh-CN', () => NOW);
    expect(failures).toEqual([{ platform: 'dingtalk', reason: '平台拒绝了该消息：{"errcode":310000,"errmsg":"sign not match"}' }]);
    expect(received[0]!.body.markdown.title).toBe('clausecheck 待办日程');
    expect(received[0]!.body.markdown.text).toContain('- 00:00 **未通过** 续费截止：Suzhou Garden Media Studio · 212110000000201 · ¥9,800.00\n');
    reply = () => ({ status: 500, body: 'down' });
    expect(await notifyAll(agenda, targets, 'zh-CN', () => NOW)).toEqual([{ platform: 'dingtalk', reason: 'HTTP 500：down' }]);
    expect(await notifyAll(agenda, targets, 'en', () => NOW)).toEqual([{ platform: 'dingtalk', reason: 'HTTP 500: down' }]);
    reply = () => ({ status: 200, body: 'ok' });
    expect(await notifyAll(agenda, targets, 'zh-CN', () => NOW)).toEqual([{ platform: 'dingtalk', reason: '应答不是 JSON：ok' }]);
  });

  it('splits within each platform’s limit', () => {
    for (const limit of Object.values(DIGEST_LIMIT)) {
      for (const m of digestMessages(agenda, {}, limit)) expect(Buffer.byteLength(m, 'utf8')).toBeLessThanOrEqual(limit);
    }
  });

  it('rejects an unknown platform or a missing URL without echoing anything secret', () => {
    expect(() => parseNotify(['slack=https://x'], {})).toThrow('unknown platform "slack"');
    expect(() => parseNotify(['wecom'], {})).toThrow('--notify wecom: no webhook URL');
    expect(() => parseNotify(['wecom=not a url?key=sekrit'], {})).toThrow(/not a URL \(not shown/);
  });
});

describe('the CLI', () => {
  it('a failed post: clear error on stderr, exit 2, the agenda still printed, the URL never shown', async () => {
    reply = () => ({ status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' });
    const url = `${base}/cgi-bin/webhook/send?key=SEKRET-KEY-42`;
    const result = await runCliAsync(['agenda', 'examples/expiring.yaml', '--as-of', '2026-11-26', '--notify', 'wecom'], { CLAUSECHECK_NOTIFY_WECOM: url });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('renewal due');
    expect(result.stderr).toContain('--notify wecom: the platform refused the message');
    expect(result.stderr + result.stdout).not.toContain('SEKRET-KEY-42');
  });
});
