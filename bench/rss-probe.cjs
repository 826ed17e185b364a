'use strict';
// Preloaded (node -r) into a benchmark run: at exit, writes the process's peak resident set size in
// kilobytes and its minor page faults (main thread and worker threads together), separated by a
// space, to the file named by BENCH_RSS_FILE.
process.once('exit', () => {
  const usage = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, `${usage.maxRSS} ${usage.minorPageFault}`);
});
