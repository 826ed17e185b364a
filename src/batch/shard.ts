/**
 * `--shard K/N`: a deterministic 1/N of the inputs, chosen by a hash of each file's path. A file's
 * shard depends only on its own path, so adding or removing files never moves the others, and the
 * N shards together hold every input exactly once.
 */
import { nodeCrypto } from '../util/node-crypto.js';
import path from 'node:path';
import { UsageError } from '../util/usage-error.js';
import { say } from '../util/i18n.js';
import { BATCH_TEXT } from './messages.js';

/** Shard K (1-based) of N. */
interface Shard {
  index: number;
  count: number;
}

/** Kubernetes sets this in each pod of an Indexed Job: the pod's index, 0 to completions − 1. */
const K8S_INDEX_VARIABLE = 'JOB_COMPLETION_INDEX';

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
    const text = say(BATCH_TEXT);
    throw new UsageError(text.badShard({ value }), text.badShardHint);
  }
  return { index, count };
}

function k8sShard(count: number, raw: string | undefined): Shard {
  const text = say(BATCH_TEXT);
  const variable = K8S_INDEX_VARIABLE;
  const hint = text.k8sHint({ count, variable });
  if (!Number.isSafeInteger(count) || count < 1) throw new UsageError(text.k8sCount({ count }), hint);
  if (raw === undefined || raw === '') throw new UsageError(text.k8sUnset({ count, variable }), hint);
  const index = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isSafeInteger(index) || index >= count) {
    throw new UsageError(text.k8sBadIndex({ count, variable, raw: raw.slice(0, 20) }), hint);
  }
  return { index: index + 1, count };
}

/** The path a file is hashed by: `/` separators, no `./` prefix or doubled slashes. */
function shardKey(file: string): string {
  if (file === '-') return '-';
  return path.posix.normalize(file.replace(/\\/g, '/')).replace(/^\.\//, '');
}

/** The 1-based shard of N a file belongs to: the first 6 bytes of sha256(path), mod N. */
export function shardOf(file: string, count: number): number {
  const digest = nodeCrypto().createHash('sha256').update(shardKey(file)).digest();
  return (digest.readUIntBE(0, 6) % count) + 1;
}

/** The items in a shard, in their order. */
export function selectShard<T extends { file: string }>(items: readonly T[], shard: Shard | undefined): T[] {
  if (!shard || shard.count === 1) return [...items];
  return items.filter((item) => shardOf(item.file, shard.count) === shard.index);
}
