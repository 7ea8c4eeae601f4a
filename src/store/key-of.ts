import { createHash } from 'node:crypto';

/** Length of a new key: 12 base64url characters are 72 bits of SHA-256, and fit Telegram's 64-byte callback data. */
export const KEY_FIRST_LENGTH_CHARS = 12;
/** How much longer a key gets when its shorter form already belongs to another value. */
export const KEY_LENGTH_STEP_CHARS = 4;
/** A SHA-256 in base64url has 43 characters; no key is longer. */
export const KEY_MAX_LENGTH_CHARS = 43;

/** A short, stable key for a value: the start of its SHA-256, in base64url (fits callback data and deep links). */
export function keyOf(value: string, length: number): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, length);
}

/** The key lengths to try for a value, shortest first. */
export function keyLengths(): number[] {
  const lengths: number[] = [];
  for (let length = KEY_FIRST_LENGTH_CHARS; length < KEY_MAX_LENGTH_CHARS; length += KEY_LENGTH_STEP_CHARS) lengths.push(length);
  return [...lengths, KEY_MAX_LENGTH_CHARS];
}
