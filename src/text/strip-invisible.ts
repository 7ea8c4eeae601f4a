/**
 * Zero-width and bidirectional control characters: ZWSP/ZWNJ/ZWJ, LRM/RLM/ALM, embeddings, overrides, isolates,
 * word joiner, BOM. They change how text looks, never what it says.
 */
export const INVISIBLE_CHARS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF\u00AD]/g;

/** Removes zero-width and direction-control characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARS, '');
}
