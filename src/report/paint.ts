/**
 * The colours of the human formats (text, the agenda's text): chalk for a report in colour; for
 * one without, what chalk does at level 0 (the text as it is), without loading chalk, which looks
 * at the terminal (node:tty) when it loads. The bundle loads chalk on first use (scripts/bundle-trims.mjs).
 */
import { Chalk, type ChalkInstance } from 'chalk';

/** Every style the formats use, each giving back the text as chalk at level 0 does (its arguments joined by spaces). */
const PLAIN = ((...text: unknown[]) => (text.length === 1 ? `${text[0]}` : text.join(' '))) as unknown as ChalkInstance;
for (const style of ['bold', 'cyan', 'dim', 'gray', 'green', 'red', 'underline', 'yellow'] as const) Object.defineProperty(PLAIN, style, { value: PLAIN });

/** The painter of a report: chalk with 16 colours, or PLAIN. */
export function painter(color: boolean | undefined): ChalkInstance {
  return color ? new Chalk({ level: 1 }) : PLAIN;
}
