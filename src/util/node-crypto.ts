/**
 * node:crypto, loaded on first use: loading it takes 8-15 ms of a start on the development machine,
 * and a check whose outputs show no file's SHA-256 (text, the agenda) and that writes no file needs
 * none of it.
 */
import { createRequire } from 'node:module';

let loaded: typeof import('node:crypto') | undefined;

/** The node:crypto module. */
export function nodeCrypto(): typeof import('node:crypto') {
  return (loaded ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}

/** The hex SHA-256 of a text (as UTF-8) or of bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return nodeCrypto().createHash('sha256').update(data).digest('hex');
}
