/** Whether a stream gets colour. */

/**
 * Colour on when the stream is a terminal. `--color` / `--no-color` (`choice`) decide first; then
 * FORCE_COLOR (`0` or `false` turns it off, any other value on), NO_COLOR and CI turn it off.
 */
export function colorEnabled(stream: NodeJS.WriteStream, choice?: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (choice !== undefined) return choice;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.CI) return false;
  return Boolean(stream.isTTY);
}
