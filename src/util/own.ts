/** Setting a key read from a file on a plain object, safely: `__proto__` stays an ordinary own key. */

/** Sets `key` as an own enumerable property (never the prototype, whatever the key). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
