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

/** Kubernetes sets this in each pod of an Indexed Job: the pod's index, 0 to completions − 1. */
export const K8S_INDEX_VARIABLE = 'JOB_COMPLETION_INDEX';

/**
 * Parses `K/N` (1 ≤ K ≤ N), or `k8s/N`: shard index + 1 of N, the index read from
 * JOB_COMPLETION_INDEX (a Kubernetes Indexed Job with `completions: N`).
 */
export function parseShard(value: string, env: NodeJS.ProcessEnv = process.env): Shard {
  const k8s = /^\s*k8s\s*\/\s*(\d+)\s*$/i.exec(value);
  if (k8s) return k8sShard(Number(k8s[1]), env[K8S_INDEX_VARIABLE]);
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard: expected K/N with 1 ≤ K ≤ N, or k8s/N, got "${value}"`, 'e.g. --shard 2/4 checks the second of four shards; --shard k8s/4 takes K from JOB_COMPLETION_INDEX');
  }
  return { index, count };
}

function k8sShard(count: number, raw: string | undefined): Shard {
  const hint = `in a Kubernetes Indexed Job with completions: ${count}, the pod's ${K8S_INDEX_VARIABLE} (0 to ${count - 1}) picks the shard`;
  if (!Number.isSafeInteger(count) || count < 1) throw new UsageError(`--shard k8s/N: N must be at least 1, got ${count}`, hint);
  if (raw === undefined || raw === '') throw new UsageError(`--shard k8s/${count}: ${K8S_INDEX_VARIABLE} is not set`, hint);
  const index = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isSafeInteger(index) || index >= count) {
    throw new UsageError(`--shard k8s/${count}: ${K8S_INDEX_VARIABLE} is "${raw.slice(0, 20)}", expected a whole number from 0 to ${count - 1}`, hint);
  }
  return { index: index + 1, count };
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
