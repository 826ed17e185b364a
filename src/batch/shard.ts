/**
 * `--shard K/N`: a deterministic 1/N of the inputs, chosen by a hash of each file's path. A file's
 * shard depends only on its own path, so adding or removing files never moves the others, and the
 * N shards together hold every input exactly once.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { UsageError } from '../util/usage-error.js';

/** Shard K (1-based) of N. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `K/N` (1 ≤ K ≤ N). */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard: expected K/N with 1 ≤ K ≤ N, got "${value}"`, 'e.g. --shard 2/4 checks the second of four shards');
  }
  return { index, count };
}

/** The path a file is hashed by: `/` separators, no `./` prefix or doubled slashes. */
export function shardKey(file: string): string {
  if (file === '-') return '-';
  return path.posix.normalize(file.replace(/\\/g, '/')).replace(/^\.\//, '');
}

/** The 1-based shard of N a file belongs to: the first 6 bytes of sha256(path), mod N. */
export function shardOf(file: string, count: number): number {
  const digest = createHash('sha256').update(shardKey(file)).digest();
  return (digest.readUIntBE(0, 6) % count) + 1;
}

/** The items in a shard, in their order. */
export function selectShard<T extends { file: string }>(items: readonly T[], shard: Shard | undefined): T[] {
  if (!shard || shard.count === 1) return [...items];
  return items.filter((item) => shardOf(item.file, shard.count) === shard.index);
}
