/**
 * zod, configured before any schema is built: every module that builds a schema imports `z` from
 * here, so the setting cannot come too late whichever command loads zod first. zod's JIT (it
 * compiles a parser per object schema on first use) costs about 6 ms on a one-file check and saved
 * nothing on the 2,000-profile benchmark (4.36 s jitless vs 4.52 s with it, one thread), so it is
 * off. Results are the same either way; only speed differs.
 */
import { config, z } from 'zod';

config({ jitless: true });

export { z };
