import { createHash } from 'node:crypto';
import type { Conversation } from './conversation.js';

/**
 * The question a button's key stands for: the store's key, or (from before the store kept Discord's recent
 * questions) the first 16 characters of the question's SHA-256, as the old file keyed it. The store's 12-character
 * key is that hash's start, so the question is found by it and checked against the longer key.
 */
export async function questionOfKey(conversation: Pick<Conversation, 'valueOf'>, key: string): Promise<string | undefined> {
  const stored = await conversation.valueOf(key);
  if (stored !== undefined || key.length !== 16) return stored;
  const question = await conversation.valueOf(key.slice(0, 12));
  return question !== undefined && createHash('sha256').update(question).digest('base64url').startsWith(key) ? question : undefined;
}
