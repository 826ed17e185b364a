/**
 * `--notify PLATFORM[=WEBHOOK_URL]`: posts the agenda digest to chat group robots. The URL comes
 * from the flag or from CLAUSECHECK_NOTIFY_<PLATFORM>, the signing secret from
 * CLAUSECHECK_<PLATFORM>_SECRET; neither is ever printed: errors name the platform, never the URL.
 * Nothing is sent unless --notify is given.
 */
import { UsageError } from '../util/usage-error.js';
import type { Lang } from '../contract/report.js';
import type { Agenda } from '../report/agenda/build.js';
import { chatAccepted, chatRequests, digestMessages, DIGEST_LIMIT, PLATFORMS, type Platform } from '../report/agenda/digest.js';
import { agendaWords } from '../report/agenda/messages.js';
import { pick } from '../util/i18n.js';
import { say } from './lang.js';
import { AGENDA_CLI_TEXT } from './text/agenda.js';

/** One robot to post to. */
interface NotifyTarget {
  platform: Platform;
  url: string;
  secret?: string;
}

const envName = (platform: Platform) => `CLAUSECHECK_NOTIFY_${platform.toUpperCase()}`;
const secretName = (platform: Platform) => `CLAUSECHECK_${platform.toUpperCase()}_SECRET`;

/** Parses repeated `--notify` values, taking URLs and secrets from the environment where needed. */
export function parseNotify(values: readonly string[], env: NodeJS.ProcessEnv = process.env): NotifyTarget[] {
  const text = say(AGENDA_CLI_TEXT);
  return values.map((value) => {
    const eq = value.indexOf('=');
    const name = (eq < 0 ? value : value.slice(0, eq)).trim();
    if (!(PLATFORMS as readonly string[]).includes(name)) throw new UsageError(text.unknownPlatform({ name: name.slice(0, 20) }), text.platformsHint({ names: PLATFORMS.join(', ') }));
    const platform = name as Platform;
    const url = eq < 0 ? env[envName(platform)] : value.slice(eq + 1);
    if (!url) throw new UsageError(text.noWebhook({ platform }), text.noWebhookHint({ platform, env: envName(platform) }));
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new UsageError(text.notAUrl({ platform }));
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new UsageError(text.notHttp({ platform }));
    const secret = env[secretName(platform)];
    return secret ? { platform, url, secret } : { platform, url };
  });
}

/** Removes the webhook URL, its query values, path token and the secret from text a server sent back. */
export function redact(text: string, target: NotifyTarget): string {
  const secrets = [target.url, target.secret ?? ''];
  try {
    const u = new URL(target.url);
    for (const v of u.searchParams.values()) secrets.push(v);
    secrets.push(...u.pathname.split('/').filter((segment) => segment.length >= 8));
  } catch {
    // parseNotify checked it
  }
  let out = text;
  for (const s of secrets.filter((x) => x.length >= 4).sort((a, b) => b.length - a.length)) out = out.split(s).join('[redacted]');
  return out.slice(0, 300);
}

/** A failed post: the platform and a redacted reason. */
interface NotifyFailure {
  platform: Platform;
  reason: string;
}

async function postOne(target: NotifyTarget, url: string, body: Record<string, unknown>, lang: Lang | undefined): Promise<string | undefined> {
  const text = pick(AGENDA_CLI_TEXT, lang);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body), signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return text.requestFailed({ cause: redact(String(cause), target) });
  }
  const answer = await response.text();
  if (!response.ok) return text.httpStatus({ status: response.status, reply: redact(answer, target) });
  let reply: unknown;
  try {
    reply = JSON.parse(answer);
  } catch {
    return text.notJson({ reply: redact(answer, target) });
  }
  return chatAccepted(target.platform, reply) ? undefined : text.refused({ reply: redact(answer, target) });
}

/** Posts the digest to every target, in order; returns the failures (empty when all were accepted). */
export async function notifyAll(agenda: Agenda, targets: readonly NotifyTarget[], lang: Lang | undefined, now: () => number = Date.now): Promise<NotifyFailure[]> {
  const failures: NotifyFailure[] = [];
  const title = agendaWords(lang).text.title;
  for (const target of targets) {
    const messages = digestMessages(agenda, { lang }, DIGEST_LIMIT[target.platform]);
    for (const request of chatRequests(target.platform, target.url, target.secret, messages, title, now())) {
      const reason = await postOne(target, request.url, request.body, lang);
      if (reason) {
        failures.push({ platform: target.platform, reason });
        break;
      }
    }
  }
  return failures;
}
