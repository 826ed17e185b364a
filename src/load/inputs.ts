/** Expands command-line paths into the profile files to check, in a stable order. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** One input: a file to read, stdin, or a path that could not be used (reported as an invalid file). */
export type Input = { kind: 'file'; file: string } | { kind: 'stdin'; file: '-' } | { kind: 'error'; file: string; message: string };

const PROFILE_EXTENSIONS = new Set(['.yaml', '.yml']);

/** Shows a path with `/` separators, as given. */
export function displayPath(p: string): string {
  return p.split(path.sep).join('/');
}

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  return error instanceof Error ? error.message : String(error);
}

async function walk(dir: string, seen: Set<string>, out: Input[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push({ kind: 'error', file: displayPath(dir), message: `cannot read directory: ${errorText(error)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    let info;
    try {
      info = await stat(full);
    } catch (error) {
      out.push({ kind: 'error', file: displayPath(full), message: errorText(error) });
      continue;
    }
    if (info.isDirectory()) {
      const key = `${info.dev}:${info.ino}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await walk(full, seen, out);
    } else if (info.isFile() && PROFILE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      out.push({ kind: 'file', file: displayPath(full) });
    }
  }
}

/** Expands files, directories (recursively, `*.yaml` / `*.yml`) and `-` (stdin). */
export async function expandInputs(paths: readonly string[]): Promise<Input[]> {
  const out: Input[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push({ kind: 'stdin', file: '-' });
      continue;
    }
    try {
      const info = await stat(p);
      if (info.isDirectory()) await walk(p, new Set([`${info.dev}:${info.ino}`]), out);
      else out.push({ kind: 'file', file: displayPath(p) });
    } catch (error) {
      out.push({ kind: 'error', file: displayPath(p), message: errorText(error) });
    }
  }
  return out;
}

/** Reads all of stdin. */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads an input's bytes; an unreadable file gives an error message instead. */
export async function readInput(input: Input): Promise<Buffer | string> {
  if (input.kind === 'error') return input.message;
  if (input.kind === 'stdin') return readStdin();
  try {
    return await readFile(input.file);
  } catch (error) {
    return `cannot read file: ${errorText(error)}`;
  }
}
