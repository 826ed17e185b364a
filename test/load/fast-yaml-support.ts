/** Shared helpers of the fast YAML path tests: paths, deep comparison, the two-path agreement check, inputs. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { FastPathDeclined, parseProfileYaml, parseYamlFast } from '../../src/load/fast-yaml.js';
import { loadProfile } from '../../src/load/load-profile.js';
import { parseYaml, type ParsedYaml } from '../../src/load/yaml-document.js';
import { NumberToken } from '../../src/model/tokens.js';
import type { YamlPath } from '../../src/contract/report.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/**
 * Runs and seed of the random documents; FAST_YAML_RUNS / FAST_YAML_SEED explore further, and
 * FAST_YAML_DEBUG=1 prints the documents the fast path declines although the yaml path reads them.
 */
export const RUNS = Number(process.env.FAST_YAML_RUNS ?? 600);
export const SEED = Number(process.env.FAST_YAML_SEED ?? 20261126);

/** Every path in the data: the root, each key and each list index, depth first. */
export function pathsOf(data: unknown, prefix: YamlPath = [], out: YamlPath[] = []): YamlPath[] {
  out.push(prefix);
  if (Array.isArray(data)) data.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (data !== null && typeof data === 'object' && !(data instanceof NumberToken)) {
    for (const key of Object.keys(data)) pathsOf((data as Record<string, unknown>)[key], [...prefix, key], out);
  }
  return out;
}

/** Data equality that tells a NumberToken from a string and compares key order. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a instanceof NumberToken || b instanceof NumberToken) return a instanceof NumberToken && b instanceof NumberToken && a.source === b.source;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (a !== null && typeof a === 'object') {
    if (b === null || typeof b !== 'object' || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameData(ra[k], rb[k]));
  }
  return Object.is(a, b);
}

export type Outcome = { path: 'fast' } | { path: 'declined'; reason: string };

/**
 * Asserts the two paths agree on `text`: either the fast path declines (and the loader's parse
 * is then exactly the `yaml` path's), or it gives the same data and every position.
 */
export function agree(text: string): Outcome {
  const slow = parseYaml(text);
  let fast: ParsedYaml;
  try {
    fast = parseYamlFast(text);
  } catch (error) {
    if (!(error instanceof FastPathDeclined)) throw error;
    const chosen = parseProfileYaml(text);
    expect(chosen.problems).toEqual(slow.problems);
    expect(sameData(chosen.data, slow.data)).toBe(true);
    return { path: 'declined', reason: error.reason };
  }
  expect(slow.problems, 'the yaml path found problems the fast path did not').toEqual([]);
  expect(fast.problems).toEqual([]);
  if (!sameData(fast.data, slow.data)) expect(fast.data).toStrictEqual(slow.data);
  const paths = pathsOf(slow.data);
  const probes: YamlPath[] = [[], ['no-such-key'], [0], ['0']];
  for (const p of paths) probes.push(p, [...p, 'no-such-key'], [...p, 0], [...p, 1], [...p, '0'], [...p, 99], [...p, 'x', 'y']);
  for (const p of probes) {
    for (const onKey of [false, true]) {
      const want = slow.locate(p, onKey);
      const got = fast.locate(p, onKey);
      if (got.line !== want.line || got.column !== want.column) {
        expect({ path: p, onKey, ...got }).toEqual({ path: p, onKey, ...want });
      }
    }
  }
  return { path: 'fast' };
}

export function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFilesUnder(full));
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

/** The golden outputs name their inputs (`examples/x.yaml:12:5`); they must all be covered. */
export function goldenInputs(): string[] {
  const dir = path.join(ROOT, 'test/golden');
  const names = new Set<string>();
  for (const file of readdirSync(dir)) {
    for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/([\w./-]+\.ya?ml)/g)) names.add(match[1]!);
  }
  return [...names].map((name) => path.join(ROOT, name));
}

