/**
 * Expands command-line paths into the profile files to check, in a stable order: files,
 * directories (recursively, `*.yaml` / `*.yml`), quoted globs (expanded here, so they behave the
 * same in every shell and on Windows), `-` for stdin, minus `--ignore` patterns.
 *
 * Nothing here stops a run: a missing path, a dangling or looping symbolic link, a FIFO or device
 * named like a profile, an unreadable directory each become an `error` input, reported as an
 * invalid file (exit 2) while every other file is still checked.
 */
import { closeSync, fstatSync, openSync, promises as fs, readFileSync, readSync, stat as statCallback, statSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import picomatch from 'picomatch/posix.js';

/**
 * stat through fs's callback API: every check looks at its paths, and loading node:fs/promises costs
 * milliseconds of a start (fs.promises is read on use, for folders and stdin).
 */
const stat = promisify(statCallback);

/** One input: a file to read, stdin, or a path that could not be used (reported as an invalid file). */
export type Input = { kind: 'file'; file: string } | { kind: 'stdin'; file: '-' } | { kind: 'error'; file: string; message: string };

/** Options for expanding paths. */
interface ExpandOptions {
  /** `--ignore` patterns (see ignoreMatcher). */
  ignore?: readonly string[];
  /** The working directory ignore patterns are relative to (default: process.cwd()). */
  cwd?: string;
}

const PROFILE_EXTENSIONS = new Set(['.yaml', '.yml']);

/** Shows a path with `/` separators, as given. */
export function displayPath(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Orders paths segment by segment (code units within a segment), so that a folder's files come
 * in the order a depth-first walk with sorted entries visits them: `a/b/x.yaml` before `a/b.yaml`.
 * This is the order of every expanded directory or glob, and the order `merge` puts files in.
 */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  const sa = a.split('/');
  const sb = b.split('/');
  const n = Math.min(sa.length, sb.length);
  for (let i = 0; i < n; i++) {
    const x = sa[i]!;
    const y = sb[i]!;
    if (x !== y) {
      // A shorter path list runs out first only when one is a prefix of the other: handled below.
      return x < y ? -1 : 1;
    }
  }
  return sa.length - sb.length;
}

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** The default largest profile read (`--max-file-size`): far above any real profile, below what a string can hold. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A size in words: `64 MiB`, `12.5 KiB`, `300 bytes`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Number((n / 1024 / 1024).toFixed(1))} MiB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KiB`;
  return `${n} bytes`;
}

/** The error for a file over the size limit (zh-CN: the tooLarge entry of src/engine/error-text.ts). */
export function tooLarge(size: number, maxBytes: number): string {
  return `the file is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}; raise it with --max-file-size or max_file_size in the config if this is really a profile`;
}

/** Parses `--max-file-size`: bytes, or a number with KiB, MiB, GiB (or KB, MB, GB as the same powers of 1024). */
export function parseByteSize(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const n = Math.floor(Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
  return n >= 1 && Number.isSafeInteger(n) ? n : undefined;
}

const NOT_REGULAR = 'not a regular file (a FIFO, socket or device); give a profile file';

/**
 * `--ignore` patterns as one test on `/`-separated paths. A pattern with a `/` is a glob over the
 * whole path (relative to the working directory, or as given); one without is matched against
 * every path segment, as in .gitignore: `archive` skips any folder or file named archive,
 * `draft-*.yaml` any file so named. A folder that matches is not walked at all.
 */
export function ignoreMatcher(patterns: readonly string[], cwd: string): (file: string) => boolean {
  const clean = patterns.map((p) => p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '')).filter((p) => p !== '');
  if (clean.length === 0) return () => false;
  const withSlash = clean.filter((p) => p.includes('/'));
  const names = clean.filter((p) => !p.includes('/'));
  const wholePath = withSlash.length ? picomatch(withSlash, { dot: true }) : () => false;
  const segment = names.length ? picomatch(names, { dot: true }) : () => false;
  const test = (p: string): boolean => {
    const parts = p.split('/');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (part === '' || part === '.') continue;
      if (segment(part)) return true;
      if (wholePath(parts.slice(0, i + 1).join('/'))) return true;
    }
    return false;
  };
  const base = displayPath(path.resolve(cwd));
  return (file) => {
    const given = path.posix.normalize(displayPath(file)).replace(/^\.\//, '');
    if (test(given)) return true;
    const absolute = displayPath(path.resolve(cwd, file));
    const relative = path.posix.relative(base, absolute);
    return relative !== '' && !relative.startsWith('../') && relative !== given && test(relative);
  };
}

interface Walk {
  seen: Set<string>;
  out: Input[];
  ignored: (file: string) => boolean;
  /** For a glob: the pattern part, matched against the path below the walk's root. */
  match?: (relative: string) => boolean;
  maxDepth: number;
}

/** A path for the file system (resolved against cwd) and as shown (as given, `/` separators). */
interface Place {
  fs: string;
  shown: string;
}

function join(place: Place, name: string): Place {
  return { fs: path.join(place.fs, name), shown: place.shown === '' || place.shown === '.' ? name : `${place.shown.replace(/\/+$/, '')}/${name}` };
}

async function walk(dir: Place, relative: string, depth: number, w: Walk): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir.fs, { withFileTypes: true });
  } catch (error) {
    w.out.push({ kind: 'error', file: dir.shown, message: `cannot read directory: ${errorText(error)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const place = join(dir, entry.name);
    if (w.ignored(place.shown)) continue;
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    const isProfileName = PROFILE_EXTENSIONS.has(path.extname(entry.name).toLowerCase());
    if (entry.isFile()) {
      // A regular file (not a link: the listing says so) needs no stat of its own.
      if (isProfileName && (!w.match || w.match(rel))) w.out.push({ kind: 'file', file: place.shown });
      continue;
    }
    let info;
    try {
      info = await stat(place.fs);
    } catch (error) {
      // A dangling or looping link (or an entry gone since the listing): an error entry, unless a
      // glob is being expanded and does not name it.
      if (!w.match || w.match(rel)) w.out.push({ kind: 'error', file: place.shown, message: errorText(error) });
      continue;
    }
    if (info.isDirectory()) {
      if (depth + 1 >= w.maxDepth) continue;
      const key = `${info.dev}:${info.ino}`;
      if (w.seen.has(key)) continue; // a link back up the tree, or a folder already walked
      w.seen.add(key);
      await walk(place, rel, depth + 1, w);
    } else if (isProfileName && (!w.match || w.match(rel))) {
      w.out.push(info.isFile() ? { kind: 'file', file: place.shown } : { kind: 'error', file: place.shown, message: NOT_REGULAR });
    }
  }
}

/** True when a command-line path is a glob for us to expand (not an existing file's odd name). */
function globParts(p: string): { base: string; glob: string } | undefined {
  const scan = picomatch.scan(displayPath(p));
  if (!scan.isGlob || scan.negated) return undefined;
  return { base: scan.base, glob: scan.glob };
}

async function expandGlob(pattern: string, parts: { base: string; glob: string }, cwd: string, seen: Set<string>, ignored: (file: string) => boolean): Promise<Input[]> {
  const root: Place = { fs: path.resolve(cwd, parts.base), shown: parts.base };
  const maxDepth = parts.glob.includes('**') ? Infinity : parts.glob.split('/').length;
  let info;
  try {
    info = await stat(root.fs);
  } catch (error) {
    return [{ kind: 'error', file: displayPath(pattern), message: `no files match this pattern (${errorText(error)}: ${parts.base})` }];
  }
  if (!info.isDirectory()) return [{ kind: 'error', file: displayPath(pattern), message: 'no files match this pattern' }];
  seen.add(`${info.dev}:${info.ino}`);
  const out: Input[] = [];
  await walk(root, '', 0, { seen, out, ignored, match: picomatch(parts.glob, { dot: false }), maxDepth });
  if (out.length === 0) out.push({ kind: 'error', file: displayPath(pattern), message: 'no *.yaml or *.yml files match this pattern' });
  return out;
}

/**
 * Expands files, directories (recursively, `*.yaml` / `*.yml`, skipping hidden entries and
 * node_modules), relative to `options.cwd`; globs (`'profiles/**\/*.yaml'`, matching `*.yaml` / `*.yml` files only) and `-`
 * (stdin). Inputs come in argument order; each directory or glob in path order (comparePaths).
 * A file reached twice is checked once, where it first appears.
 */
export async function expandInputs(paths: readonly string[], options: ExpandOptions = {}): Promise<Input[]> {
  const cwd = options.cwd ?? process.cwd();
  const ignored = ignoreMatcher(options.ignore ?? [], cwd);
  const out: Input[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push({ kind: 'stdin', file: '-' });
      continue;
    }
    const seen = new Set<string>();
    let info;
    try {
      info = await stat(path.resolve(cwd, p));
    } catch (error) {
      const parts = (error as NodeJS.ErrnoException).code === 'ENOENT' ? globParts(p) : undefined;
      if (parts) out.push(...(await expandGlob(p, parts, cwd, seen, ignored)));
      else if (!ignored(displayPath(p))) out.push({ kind: 'error', file: displayPath(p), message: errorText(error) });
      continue;
    }
    if (ignored(displayPath(p))) continue;
    if (info.isDirectory()) {
      seen.add(`${info.dev}:${info.ino}`);
      await walk({ fs: path.resolve(cwd, p), shown: displayPath(p) }, '', 0, { seen, out, ignored, maxDepth: Infinity });
    } else out.push(info.isFile() ? { kind: 'file', file: displayPath(p) } : { kind: 'error', file: displayPath(p), message: NOT_REGULAR });
  }
  const unique = new Set<string>();
  return out.filter((input) => {
    const key = input.kind === 'stdin' ? '-' : path.resolve(cwd, input.file);
    if (unique.has(key)) return false;
    unique.add(key);
    return true;
  });
}

/** Reads all of stdin. */
export async function readStdin(maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Buffer | string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    // Keep counting (so the message gives the size) but stop keeping.
    if (size <= maxBytes) chunks.push(chunk as Buffer);
  }
  return size > maxBytes ? tooLarge(size, maxBytes) : Buffer.concat(chunks);
}

/** Reads an input's bytes; an unreadable file gives an error message instead. */
export async function readInput(input: Input): Promise<Buffer | string> {
  if (input.kind === 'error') return input.message;
  if (input.kind === 'stdin') return readStdin();
  try {
    return await fs.readFile(input.file);
  } catch (error) {
    return `cannot read file: ${errorText(error)}`;
  }
}

/** Reads the `size` bytes of an open file (fewer if it has shrunk since its size was taken), as readFileSync(fd) does. */
function readSized(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const read = readSync(fd, buffer, length, size - length, null);
    if (read === 0) return buffer.subarray(0, length);
    length += read;
  }
  return buffer;
}

/**
 * Reads a file input's bytes synchronously (in a worker, where blocking is fine and faster): the
 * size from the open file, so one path lookup instead of two. A file that cannot be opened is
 * looked up by path once more, so an unreadable file over the limit is still reported as too large.
 */
export function readFileInputSync(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Buffer | string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    try {
      const size = statSync(file).size;
      if (size > maxBytes) return tooLarge(size, maxBytes);
    } catch {
      // The open error says why.
    }
    return `cannot read file: ${errorText(error)}`;
  }
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return tooLarge(size, maxBytes);
    // readFileSync(fd) would look at the size once more: a system call per file.
    return size > 0 ? readSized(fd, size) : readFileSync(fd);
  } catch (error) {
    return `cannot read file: ${errorText(error)}`;
  } finally {
    closeSync(fd);
  }
}
