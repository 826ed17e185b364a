'use strict';
// Preloaded (node -r) into a benchmark run: at exit, writes the process's peak resident set size
// in kilobytes (main thread and worker threads together) to the file named by BENCH_RSS_FILE.
process.once('exit', () => {
  require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
