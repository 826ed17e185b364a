/** Whether the bundle in `dist` was built from exactly the current inputs, with every output in place. */
export function upToDate(root: string, dist: string): boolean;
/** Records what a finished build read (`sources`, relative to root) and wrote (relative to dist). */
export function writeStamp(root: string, dist: string, sources: string[], outputs: string[]): void;
/** Removes the stamp: called when a build starts, so a build that fails leaves none behind. */
export function forgetStamp(dist: string): void;
