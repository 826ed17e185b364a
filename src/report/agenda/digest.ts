/**
 * The agenda digest for chat group robots, in each platform's own message format, split to its
 * size limit, and the platforms' webhook signatures. Pure: the caller gives the clock and posts.
 *
 * - DingTalk custom robot: `{msgtype: "markdown", markdown: {title, text}}`; signed webhooks add
 *   `timestamp` (ms) and `sign` = urlencode(base64(HMAC-SHA256(secret, timestamp + "\n" + secret)))
 *   to the URL; a message is at most 20,000 bytes.
 * - WeCom (企业微信) group robot: `{msgtype: "markdown", markdown: {content}}`, content at most
 *   4,096 bytes (UTF-8).
 * - Feishu (飞书) custom bot: `{msg_type: "interactive", card}` with a markdown element; signed bots
 *   add `timestamp` (seconds) and `sign` = base64(HMAC-SHA256(key: timestamp + "\n" + secret, message: ""))
 *   to the body; a request body is at most 20 KB.
 */
import { createHmac } from 'node:crypto';
import type { Agenda, AgendaEvent } from './build.js';
import { agendaHeading, byDay, clock, eventRefs, shownAmount, type AgendaContext } from './formats.js';
import { agendaWords, type AgendaWords } from './messages.js';

/** The chat platforms. */
export const PLATFORMS = ['dingtalk', 'wecom', 'feishu'] as const;
/** One chat platform. */
export type Platform = (typeof PLATFORMS)[number];

/** Bytes of Markdown text per message, under each platform's limit with room for the JSON around it. */
export const DIGEST_LIMIT: Record<Platform, number> = { dingtalk: 18_000, wecom: 4_096, feishu: 18_000 };

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Profile text made inert in chat Markdown: no markup, links, mentions or control characters. */
function chatText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›')).replace(/[*_`#[\]|~\\]/g, ' ');
}

function eventLines(e: AgendaEvent, words: AgendaWords): string {
  const amount = shownAmount(e);
  const status = words.status[e.status];
  const what = words.text.what({ happens: words.happens[e.kind], who: `${chatText(e.account)} · ${chatText(e.subject)}` });
  return `- ${clock(e)} **${status}** ${what}${amount ? ` · ${amount}` : ''}\n  ${words.text.todoRefs({ todo: words.todo[e.kind], refs: eventRefs(e) })}`;
}

/** Cuts text to at most `limit` UTF-8 bytes, on a character boundary. */
function cut(text: string, limit: number): string {
  let out = '';
  for (const char of text) {
    if (bytes(out + char) > limit - 3) return `${out}...`;
    out += char;
  }
  return out;
}

/** The digest as Markdown messages of at most `limit` bytes each, every one with the heading. */
export function digestMessages(agenda: Agenda, context: Pick<AgendaContext, 'lang'>, limit: number): string[] {
  const words = agendaWords(context.lang);
  const head = agendaHeading(agenda, words);
  const top = (part: string) => `#### ${head.title}${part}\n${head.range} · ${head.count}\n`;
  const notes = agenda.captured.map((n) => `> ${chatText(words.text.capturedNote({ file: n.file, at: n.capturedAt }))}\n`);
  const blocks: string[] = [...notes];
  if (agenda.events.length === 0) blocks.push(`${words.text.none}\n`);
  for (const [day, events] of byDay(agenda.events)) {
    blocks.push(`\n**${day}**\n`);
    for (const e of events) blocks.push(`${eventLines(e, words)}\n`);
  }
  // Room for the longest part label, so that labelling never pushes a message over the limit.
  const room = limit - bytes(top(` ${words.text.continued({ part: 99, parts: 99 })}`));
  const chunks: string[][] = [[]];
  let size = 0;
  for (const raw of blocks) {
    const block = bytes(raw) > room ? cut(raw, room) : raw;
    if (size + bytes(block) > room && chunks.at(-1)!.length > 0) {
      chunks.push([]);
      size = 0;
    }
    chunks.at(-1)!.push(block);
    size += bytes(block);
  }
  return chunks.map((c, i) => `${top(chunks.length > 1 ? ` ${words.text.continued({ part: i + 1, parts: chunks.length })}` : '')}${c.join('')}`);
}

/** DingTalk's `sign` for a millisecond timestamp (before URL encoding). */
function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/** Feishu's `sign` for a timestamp in seconds. */
function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}

/** One request to make: the URL (signed where the platform signs in the URL) and the JSON body. */
interface ChatRequest {
  url: string;
  body: Record<string, unknown>;
}

/** The requests for one platform's digest, signed when a secret is given; `now` is epoch ms. */
export function chatRequests(platform: Platform, webhook: string, secret: string | undefined, messages: readonly string[], title: string, now: number): ChatRequest[] {
  return messages.map((text) => {
    if (platform === 'wecom') return { url: webhook, body: { msgtype: 'markdown', markdown: { content: text } } };
    if (platform === 'dingtalk') {
      let url = webhook;
      if (secret) {
        const u = new URL(webhook);
        u.searchParams.set('timestamp', String(now));
        u.searchParams.set('sign', dingtalkSign(secret, now));
        url = u.toString();
      }
      return { url, body: { msgtype: 'markdown', markdown: { title, text } } };
    }
    const body: Record<string, unknown> = {
      msg_type: 'interactive',
      card: { config: { wide_screen_mode: true }, header: { title: { tag: 'plain_text', content: title } }, elements: [{ tag: 'markdown', content: text }] },
    };
    if (secret) {
      const seconds = Math.floor(now / 1000);
      Object.assign(body, { timestamp: String(seconds), sign: feishuSign(secret, seconds) });
    }
    return { url: webhook, body };
  });
}

/** True when a platform's JSON reply says the message was accepted (`errcode` or `code` 0). */
export function chatAccepted(platform: Platform, reply: unknown): boolean {
  if (typeof reply !== 'object' || reply === null) return false;
  const r = reply as { errcode?: unknown; code?: unknown; StatusCode?: unknown };
  if (platform === 'feishu') return r.code === 0 || (r.code === undefined && r.StatusCode === 0);
  return r.errcode === 0;
}
