/**
 * `clausecheck import`: gets the answers (a folder, or the live API), maps them, writes a new
 * profile or merges into an existing one, validates the result, and writes it atomically.
 * Nothing is written when the result would be invalid or when the live API fails.
 */
import { readFile } from 'node:fs/promises';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { loadProfile } from '../load/load-profile.js';
import { parseWhen, toRfc3339 } from '../model/time.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { UsageError } from '../util/usage-error.js';
import { mapProfile } from './map-profile.js';
import { mergeIntoProfile } from './merge.js';
import { localized, readFailure, say } from './messages.js';
import { readResponseDir } from './read-dir.js';
import { renderProfile, withoutNulls } from './render.js';
import type { ResponseSet } from './responses.js';
import { Notes } from './values.js';

/** What the live source needs (see live.ts). */
export interface LiveSource {
  /** Calls the APIs; returns every answer. Throws UsageError on a fault. */
  fetch(notes: Notes): Promise<ResponseSet>;
}

/** Options of one import run. */
export interface ImportRun {
  from?: string;
  live?: LiveSource;
  /** The profile to write; merged into when it exists. */
  output: string;
  /** The capture instant (date-time text); default: the newest recorded file, or now for --live. */
  capturedAt?: string;
  /** Where a live run saves its answers, as the files --from reads. */
  saveResponses?: string;
  /** Where diagnostics go (stderr). */
  log: (line: string) => void;
  /** The clock (milliseconds), for --live without --captured-at. */
  now?: () => number;
}

async function readExisting(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(say('cannotReadProfile', { file, reason: readFailure(error) }));
  }
}

function captureInstant(text: string | undefined, fallback: number): string {
  if (text === undefined) return toRfc3339(fallback);
  const parsed = parseWhen(text);
  if (typeof parsed === 'string') throw new UsageError(say('badCapturedAt', { problem: localized(parsed) }));
  return toRfc3339(parsed.at);
}

/** Runs an import; returns the exit code (2 when some recorded file could not be used). */
export async function runImport(run: ImportRun): Promise<ExitCode> {
  const notes = new Notes();
  let set: ResponseSet;
  let fallback: number;
  if (run.live) {
    fallback = (run.now ?? Date.now)();
    set = await run.live.fetch(notes);
  } else {
    const read = await readResponseDir(run.from!, notes);
    set = read.set;
    fallback = read.newest || (run.now ?? Date.now)();
  }
  const { profile, accountId } = mapProfile(set, captureInstant(run.capturedAt, fallback), notes);
  for (const note of notes.list) run.log(note.text);
  if (!accountId) throw new UsageError(say('noAccount'), say('noAccountHint'));
  const existing = await readExisting(run.output);
  let text: string;
  let changes: string[] | undefined;
  if (existing === undefined) text = renderProfile(withoutNulls(profile) as Record<string, unknown>);
  else ({ text, changes } = mergeIntoProfile(run.output, existing, profile));
  const loaded = loadProfile(run.output, Buffer.from(text));
  if (loaded.errors.length > 0) {
    const lines = loaded.errors.map((e) => say('invalidResultLine', { line: e.line, column: e.column, message: localized(e.message) }));
    throw new UsageError(`${say('invalidResult', { count: loaded.errors.length })}\n${lines.join('\n')}`);
  }
  if (run.saveResponses) {
    const { saveResponses } = await import('./save-responses.js');
    const count = await saveResponses(set, run.saveResponses);
    run.log(say('saved', { count, dir: run.saveResponses }));
  }
  for (const change of changes ?? []) run.log(change);
  if (existing === text) run.log(say('unchanged', { file: run.output }));
  else {
    await writeFileAtomic(run.output, text);
    run.log(changes === undefined ? say('wroteNew', { file: run.output }) : say('wrote', { file: run.output, changes: changes.filter((c) => !c.startsWith('  =')).length }));
  }
  if (notes.hasErrors) {
    run.log(say('filesFailed', { count: notes.list.filter((n) => n.level === 'error').length }));
    return EXIT.invalid;
  }
  return EXIT.clean;
}
