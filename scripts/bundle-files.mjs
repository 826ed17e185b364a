/**
 * How scripts/bundle.mjs groups the bundle's pieces (esbuild's chunks) into files, so that a command
 * reads few files and little it does not run. A piece is loaded when its file is read and runs when
 * first required (bin/bundle-loader.cjs); every piece lives in exactly one file.
 *
 * - The entry file holds the entry piece and everything it imports statically: what every command runs.
 * - Each dynamically imported piece (a root: a command's code, a formatter, the worker pool...) gets
 *   a file holding it and the pieces of its static imports that only it would load first.
 * - A piece that several roots may load first (none of them is surely loaded before the others) goes
 *   in a shared file, read when one of its pieces is first required. Pieces shared by the same hot
 *   roots (the commands that must start fast) share a file; which other, rarer roots also use them
 *   does not split them further (those commands may read a little they do not run). Shared files
 *   smaller than SMALL are merged into one, the per-file cost being more than their bytes'.
 */
import { createHash } from 'node:crypto';

/** Below this many characters a shared file is merged with the other small ones. */
const SMALL = 12_000;

/**
 * The files: their names (paths in dist) and pieces. `pieces` maps each piece name to
 * `{ code, static, dynamic }` (the names it imports); `entry` is the entry piece; `hot` tells
 * whether a root is a hot one.
 */
export function groupPieces(pieces, entry, hot) {
  const closures = new Map();
  const closure = (name) => {
    let found = closures.get(name);
    if (found) return found;
    found = new Set([name]);
    closures.set(name, found);
    for (const next of pieces.get(name).static) for (const p of closure(next)) found.add(p);
    return found;
  };
  const roots = [entry, ...new Set([...pieces.values()].flatMap((p) => p.dynamic))];
  const before = surelyLoadedBefore(pieces, entry, roots, closure);
  const files = new Map(roots.map((r) => [r, [r]]));
  const shared = new Map();
  for (const piece of pieces.keys()) {
    if (files.has(piece)) continue;
    const at = roots.filter((r) => closure(r).has(piece) && !before.get(r).has(piece));
    if (at.length === 1) {
      files.get(at[0]).push(piece);
      continue;
    }
    const hotAt = at.filter(hot);
    const key = (hotAt.length ? hotAt : at).join('\n');
    shared.set(key, [...(shared.get(key) ?? []), piece]);
  }
  const size = (members) => members.reduce((n, m) => n + pieces.get(m).code.length, 0);
  const small = [...shared].filter(([, members]) => size(members) < SMALL);
  if (small.length > 1) {
    for (const [key] of small) shared.delete(key);
    shared.set(small.map(([key]) => key).join('\n\n'), small.flatMap(([, members]) => members));
  }
  for (const [key, members] of shared) files.set(`chunks/shared-${createHash('sha256').update(key).digest('hex').slice(0, 8)}.cjs`, members.sort());
  return files;
}

/**
 * For each root, the pieces surely registered and run before it is first required: the static
 * closures of the pieces that lie on every way from the entry to it (its dominators in the graph of
 * static and dynamic imports between pieces).
 */
function surelyLoadedBefore(pieces, entry, roots, closure) {
  const names = [...pieces.keys()];
  const into = new Map(names.map((n) => [n, []]));
  for (const [name, piece] of pieces) for (const next of [...piece.static, ...piece.dynamic]) into.get(next).push(name);
  const all = new Set(names);
  const dominators = new Map(names.map((n) => [n, n === entry ? new Set([entry]) : all]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of names) {
      if (name === entry) continue;
      const sets = into.get(name).map((p) => dominators.get(p));
      const next = new Set([name, ...[...sets[0]].filter((d) => sets.every((s) => s.has(d)))]);
      if (next.size !== dominators.get(name).size) {
        dominators.set(name, next);
        changed = true;
      }
    }
  }
  return new Map(roots.map((r) => [r, new Set([...dominators.get(r)].filter((d) => d !== r).flatMap((d) => [...closure(d)]))]));
}
