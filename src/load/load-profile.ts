/** Reads one profile's bytes into validated data with every problem located. */
import { validateProfile } from '../model/validate.js';
import type { Profile } from '../model/profile.js';
import type { ReportError } from '../contract/report.js';
import { decodeUtf8 } from './bytes.js';
import { sha256Hex } from '../util/node-crypto.js';
import { parseProfileYaml } from './fast-yaml.js';
import type { Locator } from './yaml-document.js';

/** One profile, loaded: valid with a profile, or invalid with its errors. */
export interface LoadedProfile {
  file: string;
  /** The bytes' hex SHA-256; empty when the run shows none (see loadProfile). */
  sha256: string;
  /** The decoded text; undefined when the bytes are not UTF-8 text. */
  text: string | undefined;
  /** The raw data; undefined when the YAML could not be read. */
  data: unknown;
  profile: Profile | undefined;
  /** Every problem, in document order. */
  errors: ReportError[];
  locate: Locator;
}

const NOWHERE: Locator = () => ({ line: 1, column: 1 });

function byPosition(a: ReportError, b: ReportError): number {
  return a.line - b.line || a.column - b.column;
}

/** Loads and validates a profile from its bytes; `file` is the name shown to the user; `hash` false leaves sha256 empty. */
export function loadProfile(file: string, bytes: Uint8Array, hash = true): LoadedProfile {
  const base = { file, sha256: hash ? sha256Hex(bytes) : '', profile: undefined };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return { ...base, text: undefined, data: undefined, errors: [{ ...decoded.problem, path: [] }], locate: NOWHERE };
  }
  const parsed = parseProfileYaml(decoded.text);
  if (parsed.data === undefined) {
    const errors = parsed.problems.map((p) => ({ ...p, path: [] })).sort(byPosition);
    return { ...base, text: decoded.text, data: undefined, errors, locate: parsed.locate };
  }
  const validation = validateProfile(parsed.data);
  if (validation.ok) {
    return { ...base, text: decoded.text, data: parsed.data, profile: validation.profile, errors: [], locate: parsed.locate };
  }
  const errors = validation.issues
    .map((issue) => ({ message: issue.message, path: issue.path, ...parsed.locate(issue.path, issue.onKey) }))
    .sort(byPosition);
  return { ...base, text: decoded.text, data: parsed.data, errors, locate: parsed.locate };
}
