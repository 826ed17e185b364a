/**
 * Converting API values to profile values, exactly: amounts from their source text (thousands
 * separators removed, never through a float), instants to RFC 3339 in Beijing time (never
 * truncated to a date), Unix seconds to instants. A value that cannot be read becomes a note.
 */
import { NumberToken } from '../model/tokens.js';
import { parseWhen, toRfc3339 } from '../model/time.js';
import type { JsonValue } from './json-exact.js';
import { importMessages, say, type ImportMessageId } from './messages.js';

/** A diagnostic of the import (printed on stderr). */
interface ImportNote {
  level: 'error' | 'warning';
  id: ImportMessageId;
  text: string;
}

/** Collects notes while mapping. */
export class Notes {
  readonly list: ImportNote[] = [];

  /** Records a note. */
  add<K extends ImportMessageId>(level: ImportNote['level'], id: K, ...params: Parameters<(typeof importMessages)[K]>): void {
    this.list.push({ level, id, text: say(id, ...params) });
  }

  /** True when an error was recorded. */
  get hasErrors(): boolean {
    return this.list.some((n) => n.level === 'error');
  }
}

/** Where a value came from, for a note: `Bss.QueryAccountBalance.json` and the field's path. */
export interface ValueSite {
  source: string;
  field: string;
  notes: Notes;
}

function shown(value: JsonValue | undefined): string {
  if (value instanceof NumberToken) return value.source;
  return JSON.stringify(value) ?? 'absent';
}

function bad(site: ValueSite, value: JsonValue | undefined, expected: string): undefined {
  site.notes.add('warning', 'badValue', { source: site.source, field: site.field, value: shown(value), expected });
  return undefined;
}

/** The text of a string or number, else undefined. */
export function textOf(value: JsonValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof NumberToken) return value.source;
  return undefined;
}

const GROUPED_RE = /^(-?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/;
const PLAIN_RE = /^(-?)(\d+)(\.\d+)?$/;

/**
 * An amount as the profile writes it (`-1234.56`): from a string or a JSON number's source text,
 * thousands separators removed, trailing zeros beyond six decimals dropped. `signed` allows a minus.
 */
export function apiMoney(value: JsonValue | undefined, site: ValueSite, signed = false): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = textOf(value)?.trim();
  const m = text === undefined ? null : (GROUPED_RE.exec(text) ?? PLAIN_RE.exec(text));
  if (!m) return bad(site, value, 'a decimal amount');
  const whole = m[2]!.replaceAll(',', '').replace(/^0+(?=\d)/, '');
  let fraction = (m[3] ?? '').slice(1);
  if (fraction.length > 6) fraction = fraction.replace(/0+$/, '');
  if (fraction.length > 6) return bad(site, value, 'an amount with at most 6 decimals');
  const negative = m[1] === '-' && !/^0*$/.test(whole + fraction);
  if (negative && !signed) return bad(site, value, 'an amount that is not negative');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** An instant as RFC 3339 in Beijing time; a time without offset is read as Beijing time. */
export function apiInstant(value: JsonValue | undefined, site: ValueSite): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const parsed = typeof value === 'string' ? parseWhen(value.trim()) : undefined;
  if (parsed === undefined || typeof parsed === 'string') return bad(site, value, 'a date-time');
  return parsed.isDate ? parsed.text : toRfc3339(parsed.at);
}

/** An instant from Unix seconds (HBR), as RFC 3339 in Beijing time. */
export function unixInstant(value: JsonValue | undefined, site: ValueSite): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = textOf(value);
  if (text === undefined || !/^\d{1,12}$/.test(text)) return bad(site, value, 'Unix seconds');
  return toRfc3339(Number(text) * 1000);
}

/** A whole number from a JSON number or a numeric string. */
export function apiInt(value: JsonValue | undefined, site: ValueSite): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = textOf(value);
  if (text === undefined || !/^-?\d+$/.test(text.trim())) return bad(site, value, 'a whole number');
  return Number(text.trim());
}

/** A boolean from true/false or their strings. */
export function apiBool(value: JsonValue | undefined, site: ValueSite): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return bad(site, value, 'true or false');
}

/** A list that the API may give as a JSON array or as a string holding one (`"[\"1\",\"2\"]"`) or comma-separated. */
export function apiList(value: JsonValue | undefined): string[] {
  if (Array.isArray(value)) return value.map((v) => textOf(v)).filter((v): v is string => v !== undefined);
  const text = textOf(value)?.trim();
  if (!text) return [];
  if (text.startsWith('[')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // fall through to the separated form
    }
  }
  return text.split(/[\s,;]+/).filter(Boolean);
}
