/**
 * What cleaning removes or mends, and why, in one pattern each:
 * - C0 and C1 controls but the line break (a terminal escape, a NUL that PostgreSQL and Telegram refuse);
 * - bidi embeddings, overrides and isolates (U+202A–E, U+2066–9): one left open flips the rest of a line, and the
 *   reply adds its own isolates (mark-direction.ts), which must not be unbalanced by the input's;
 * - the byte order mark; lone surrogates, which JSON carries but no UTF-8 decoder accepts (they become U+FFFD).
 * Zero-width joiners and RLM/LRM stay: emoji sequences and Arabic shaping need the former, the latter are harmless.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const DROPPED = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Any character cleaning might change: most text has none, and this runs on every span of every reply. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const MAYBE_UNCLEAN = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF]/;

/** Makes text safe to echo on any platform: controls and bidi overrides removed, tabs as spaces, lone surrogates mended. */
export function cleanUserText(text: string): string {
  if (!MAYBE_UNCLEAN.test(text)) return text;
  return text.replace(/\t/g, ' ').replace(DROPPED, '').replace(LONE_SURROGATE, '\uFFFD');
}
