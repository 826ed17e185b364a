/** Whether a stream gets colour. */

/** Colour on when the stream is a TTY, unless NO_COLOR or CI is set; FORCE_COLOR turns it on. */
export function colorEnabled(stream: NodeJS.WriteStream): boolean {
  const env = process.env;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.CI) return false;
  return Boolean(stream.isTTY);
}
