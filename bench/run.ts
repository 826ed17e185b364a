/**
 * `npm run bench`: generates a deterministic corpus in bench/corpus/ (2,000 realistic profiles of
 * about 10 KB, and one small profile), then measures, in one run, on the built CLI:
 *
 * - `clausecheck check` on the small profile against bare `node -e 0` (medians, interleaved);
 * - the 2,000-profile batch with `--jobs 1` and with every core, against the parse floor: js-yaml
 *   loading the same files in one process (bench/parse-floor.mjs). Every figure is a whole process's
 *   wall time, start-up included; and the same files checked twice in one process, whose second pass
 *   (warm code) against the floor's second pass tells steady work from start-up and warm-up;
 * - the peak RSS of the batch (main thread and workers together);
 * - the fastest run of each batch against the floor's fastest (V8 runs js-yaml about 50% slower in
 *   some processes, so a median of few runs may catch the floor in that mode), and the batch's
 *   minor page faults against the floor's (a count the machine's noise does not move).
 *
 * Each figure is printed with its target and PASS or MISS. The machine is shared and noisy: compare
 * ratios from one run, not absolute times across runs. Not part of `npm test`.
 *
 * - every command's start-up (--help, --version, rules, explain, coverage, schema, agenda);
 * - linear cost: the batch against its parse floor at 200 and 2,000 files, and at 10 KB and 170 KB
 *   profiles, with the growth of the ratio along each axis (flat is 1.00x), and the marginal cost of
 *   a file past the first 200 against the floor's (the ratio a larger batch tends to);
 * - in-process stage costs and the five costliest rules (bench/stage-costs.ts);
 * - with --rss-files, the peak RSS of merging three shards of that corpus.
 * The load average is printed at the start and the end: a busy machine shows in it.
 *
 * Options: --files N (2000), --runs N (batch runs, 3), --startup-runs N (21), --format text|json
 * (the batch's output format, text), --rss-files N (also measure peak RSS on an N-profile corpus,
 * e.g. 20000; generated once into bench/corpus/rss-N/).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.js';
import { stageCosts } from './stage-costs.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = path.join(ROOT, 'bench/corpus');
const BIN = path.join(ROOT, 'bin/clausecheck.js');
const AS_OF = '2026-11-26';
const SEED = 20260924;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}
const FILES = Number(option('files', '2000'));
const RUNS = Number(option('runs', '3'));
const STARTUP_RUNS = Number(option('startup-runs', '21'));
const FORMAT = option('format', 'text');
const RSS_FILES = Number(option('rss-files', '0'));
const JOBS = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

/** Writes `count` generated profiles (`orders` each) into `dir` unless a stamp says they are already there. */
function ensureCorpus(dir: string, count: number, orders = 10): { bytes: number } {
  const generator = readFileSync(path.join(ROOT, 'bench/corpus.ts'));
  const stamp = JSON.stringify({ count, orders, seed: SEED, generator: createHash('sha256').update(generator).digest('hex') });
  const stampFile = path.join(dir, '.stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').startsWith(stamp)) return { bytes: Number(readFileSync(stampFile, 'utf8').slice(stamp.length + 1)) };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const file of generateCorpus(count, SEED, orders)) {
    writeFileSync(path.join(dir, file.name), file.text);
    bytes += Buffer.byteLength(file.text);
  }
  writeFileSync(stampFile, `${stamp}\n${bytes}`);
  return { bytes };
}

const devNull = openSync('/dev/null', 'w');

/** Runs a command, stdout to /dev/null; returns the wall time in ms. Fails on a crash or on stderr output. */
function time(args: string[], env: Record<string, string> = {}): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(args[0]!, args.slice(1), { cwd: ROOT, stdio: ['ignore', devNull, 'pipe'], env: { ...process.env, CI: '1', ...env }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status === null || result.status > 2 || result.stderr) throw new Error(`${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Interleaves the commands `runs` times (so drift hits them alike) and returns each one's times, in run order. */
function samples(commands: Record<string, () => number>, runs: number): Record<string, number[]> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let r = 0; r < runs; r++) for (const [name, run] of Object.entries(commands)) times[name]!.push(run());
  return times;
}

/** Each command's median of its times. */
function mediansOf(times: Record<string, number[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/** Interleaves the commands `runs` times and returns each one's median. */
function medians(commands: Record<string, () => number>, runs: number): Record<string, number> {
  return mediansOf(samples(commands, runs));
}

/** The median of the differences `a[r] - b[r]` of runs made side by side (less noisy than a difference of medians). */
function pairedDifference(a: number[], b: number[]): number {
  return median(a.map((t, r) => t - b[r]!));
}

/** Peak RSS in MB and minor page faults of one run of `args` (main thread and workers), through bench/rss-probe.cjs. */
function usageOf(args: string[]): { rss: number; faults: number } {
  const file = path.join(os.tmpdir(), `clausecheck-bench-rss-${process.pid}`);
  time([process.execPath, '-r', path.join(ROOT, 'bench/rss-probe.cjs'), ...args], { BENCH_RSS_FILE: file });
  const [kb, faults] = readFileSync(file, 'utf8').split(' ').map(Number);
  rmSync(file, { force: true });
  return { rss: kb! / 1024, faults: faults! };
}

/** Peak RSS in MB of one clausecheck run. */
function peakRss(args: string[]): number {
  return usageOf([BIN, ...args]).rss;
}

const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(0)} ms`);
const rows: string[][] = [];
let misses = 0;
function row(what: string, value: string, ratio?: number, target?: number, unit = 'x'): void {
  const pass = ratio !== undefined && target !== undefined ? ratio <= target : undefined;
  if (pass === false) misses++;
  rows.push([what, value, ratio !== undefined && unit === 'x' ? `${ratio.toFixed(2)}x` : '', target !== undefined ? `<= ${target}${unit === 'x' ? 'x' : ` ${unit}`}` : '', pass === undefined ? '' : pass ? 'PASS' : 'MISS']);
}

const profiles = path.join(CORPUS, 'profiles');
const small = path.join(CORPUS, 'small/compliant.yaml');
const { bytes } = ensureCorpus(profiles, FILES);
mkdirSync(path.dirname(small), { recursive: true });
copyFileSync(path.join(ROOT, 'examples/compliant.yaml'), small);

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`clausecheck benchmark: ${JOBS} cores (os.availableParallelism), ${cpu}, Node.js ${process.version}, ${os.platform()} ${os.arch()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB`);
console.log(`corpus: ${FILES} profiles, ${(bytes / 2 ** 20).toFixed(1)} MB (${(bytes / FILES / 1024).toFixed(1)} KB each on average), and ${path.relative(ROOT, small)} (${readFileSync(small).length} bytes); --as-of ${AS_OF}; batch output: --format ${FORMAT} to /dev/null`);
console.log(`load average at the start (1, 5, 15 min): ${load()}`);
console.log('');

// Start-up: one small profile end to end, and every command, against bare node, all interleaved.
const cli = (...args: string[]) => [process.execPath, BIN, ...args];
const check = cli('check', small, '--as-of', AS_OF);
/** Commands whose start-up has a target; a command this build lacks is left out (and said so). */
const commands: Record<string, string[]> = {
  'check one small profile': check,
  '--help': cli('--help'),
  '--version': cli('--version'),
  rules: cli('rules'),
  'explain arrears': cli('explain', 'arrears'),
  coverage: cli('coverage'),
  schema: cli('schema'),
  'agenda one small profile': cli('agenda', small, '--as-of', AS_OF),
};
for (const [name, args] of Object.entries(commands)) {
  const probe = spawnSync(args[0]!, args.slice(1), { cwd: ROOT, stdio: 'ignore', env: { ...process.env, CI: '1' } });
  if (probe.status === null || probe.status > 1) {
    console.log(`(${name}: not measured, it exits ${probe.status} in this build)`);
    delete commands[name];
  }
}
const startup = medians(
  {
    node: () => time([process.execPath, '-e', '0']),
    ...Object.fromEntries(Object.entries(commands).map(([name, args]) => [name, () => time(args)])),
  },
  STARTUP_RUNS,
);
row('node -e 0', ms(startup.node!));
for (const name of Object.keys(commands)) row(name, ms(startup[name]!), startup[name]! / startup.node!, 2.0);

// Throughput: the batch on one thread and on every core, against the parse floor.
const batchArgs = (dir: string, jobs: number) => ['check', dir, '--as-of', AS_OF, '--format', FORMAT, '--jobs', String(jobs)];
const batch = (jobs: number) => [process.execPath, BIN, ...batchArgs(profiles, jobs)];
time([process.execPath, path.join(ROOT, 'bench/parse-floor.mjs'), profiles]);
// The same folder under a second name: a run given both checks every file twice in one process, the
// second time with its code compiled and optimised (warm), which tells warm-up from steady work.
const again = path.join(CORPUS, 'profiles-again');
if (!existsSync(again)) symlinkSync('profiles', again);
const throughputTimes = samples(
  {
    floor: () => time([process.execPath, path.join(ROOT, 'bench/parse-floor.mjs'), profiles]),
    floorTwice: () => time([process.execPath, path.join(ROOT, 'bench/parse-floor.mjs'), profiles, again]),
    one: () => time(batch(1)),
    twice: () => time([process.execPath, BIN, 'check', profiles, again, '--as-of', AS_OF, '--format', FORMAT, '--jobs', '1']),
    all: () => time(batch(JOBS)),
  },
  RUNS,
);
const throughput = mediansOf(throughputTimes);
const fastest = (name: string) => Math.min(...throughputTimes[name]!);
row(`parse floor: js-yaml loads the ${FILES} files (its runs: ${throughputTimes.floor!.map(ms).join(', ')})`, ms(throughput.floor!));
row(`batch of ${FILES}, --jobs 1`, ms(throughput.one!), throughput.one! / throughput.floor!, 2.0);
row(`batch of ${FILES}, --jobs ${JOBS} (all cores)`, ms(throughput.all!), throughput.all! / throughput.floor!, 1.3);
// V8 runs the floor about 50% slower in some processes (not with --single-threaded: a timing of its
// concurrent compiler), and a median of few runs may fall in that mode: the fastest runs, side by side.
row(`  fastest run of each: --jobs 1 / --jobs ${JOBS}, x the floor's fastest (${ms(fastest('floor'))})`, `${ms(fastest('one'))} / ${ms(fastest('all'))}`, fastest('one') / fastest('floor'));
// Minor page faults (memory the kernel maps in): the batch's against the floor's, one run each.
const faults = { floor: usageOf([path.join(ROOT, 'bench/parse-floor.mjs'), profiles]).faults, one: usageOf([BIN, ...batchArgs(profiles, 1)]).faults };
row(`  minor page faults: --jobs 1 ${faults.one}, x the floor's ${faults.floor}`, '', faults.one / faults.floor);
// Warm: the second pass (the run over both names less the run over one, made side by side), against
// the floor's second pass; the first pass less the second is what start-up and warming up the code cost.
const warm = pairedDifference(throughputTimes.twice!, throughputTimes.one!);
const floorWarm = pairedDifference(throughputTimes.floorTwice!, throughputTimes.floor!);
row(`  warm: the same ${FILES} files again in the same process, x the floor's second pass (${ms(floorWarm)})`, ms(warm), warm / floorWarm);
row(`  start-up and warm-up: the first pass less the second; the floor's ${ms(throughput.floor! - floorWarm)}`, ms(throughput.one! - warm));

// Linear cost: the ratio to the parse floor should not grow with the number of files or their size.
// Two corpus sizes (200 files against the main corpus) and two profile sizes (the main corpus against
// 40 profiles of about 170 KB, 600 orders each); each line gives its ratio, and the growth between them.
const floorDir = (dir: string) => [process.execPath, path.join(ROOT, 'bench/parse-floor.mjs'), dir];
const few = path.join(CORPUS, 'files-200');
const large = path.join(CORPUS, 'orders-600');
ensureCorpus(few, 200);
const { bytes: largeBytes } = ensureCorpus(large, 40, 600);
const axes = medians(
  {
    fewFloor: () => time(floorDir(few)),
    few: () => time([process.execPath, BIN, ...batchArgs(few, 1)]),
    largeFloor: () => time(floorDir(large)),
    large: () => time([process.execPath, BIN, ...batchArgs(large, 1)]),
  },
  RUNS,
);
const fewRatio = axes.few! / axes.fewFloor!;
const mainRatio = throughput.one! / throughput.floor!;
const largeRatio = axes.large! / axes.largeFloor!;
row('linear cost: 200 files, --jobs 1, x their parse floor', ms(axes.few!), fewRatio);
row(`  ${FILES} files (above), x their parse floor; growth ${(mainRatio / fewRatio).toFixed(2)}x`, ms(throughput.one!), mainRatio);
// The marginal cost of a file once both have warmed up: the extra time of the larger corpus over the
// smaller, per file, against the floor's. A batch's ratio tends to this one as the files grow in number.
const marginal = (throughput.one! - axes.few!) / (throughput.floor! - axes.fewFloor!);
const perFile = (t: number) => `${(t / (FILES - 200)).toFixed(2)} ms`;
row(`  marginal: each file past the first 200, ${perFile(throughput.one! - axes.few!)} per file, x the floor's ${perFile(throughput.floor! - axes.fewFloor!)}`, '', marginal);
row(`linear cost: 40 files of ${(largeBytes / 40 / 1024).toFixed(0)} KB, --jobs 1, x floor; growth over ${(bytes / FILES / 1024).toFixed(0)} KB ${(largeRatio / mainRatio).toFixed(2)}x`, ms(axes.large!), largeRatio);

// Where one thread's time goes, in process: stages and the five costliest rules, at both profile sizes.
for (const [label, dir] of [['', profiles], [' (170 KB profiles)', large]] as const) {
  const costs = stageCosts(dir, Date.parse(`${AS_OF}T00:00:00+08:00`));
  for (const [name, t] of Object.entries(costs.stages)) row(`in process${label}: ${name}`, ms(t));
  for (const [id, t] of costs.rules.slice(0, 5)) row(`  rule ${id}`, ms(t));
}

// Memory: peak RSS of the batch on every core (and on an N-profile corpus with --rss-files N).
row(`peak RSS, batch of ${FILES}, --jobs ${JOBS}`, `${peakRss(batchArgs(profiles, JOBS)).toFixed(0)} MB`);
row(`peak RSS, batch of ${FILES}, --jobs 1`, `${peakRss(batchArgs(profiles, 1)).toFixed(0)} MB`);
if (RSS_FILES > 0) {
  const big = path.join(CORPUS, `rss-${RSS_FILES}`);
  ensureCorpus(big, RSS_FILES);
  for (const jobs of [JOBS, 1]) {
    const rss = peakRss(batchArgs(big, jobs));
    row(`peak RSS, batch of ${RSS_FILES}, --jobs ${jobs}`, `${rss.toFixed(0)} MB`, rss, 300, 'MB');
  }
  // merge of three shards of the same corpus, text output.
  const shardFiles = [1, 2, 3].map((k) => path.join(os.tmpdir(), `clausecheck-bench-shard-${process.pid}-${k}.json`));
  shardFiles.forEach((file, k) => time([process.execPath, BIN, 'check', big, '--as-of', AS_OF, '--shard', `${k + 1}/3`, '--fail-on', 'never', '--format', `json=${file}`]));
  const mergeRss = peakRss(['merge', ...shardFiles, '--format', 'text']);
  shardFiles.forEach((file) => rmSync(file, { force: true }));
  row(`peak RSS, merge of 3 shards of ${RSS_FILES}`, `${mergeRss.toFixed(0)} MB`, mergeRss, 300, 'MB');
}
console.log(`load average at the end (1, 5, 15 min): ${load()}`);

const widths = rows.reduce<number[]>((w, r) => r.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
for (const r of rows) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   ').trimEnd());
console.log('');
console.log(misses === 0 ? 'every target met' : `${misses} target${misses === 1 ? '' : 's'} missed`);
