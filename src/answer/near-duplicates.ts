import { lineWords } from '../documents/line-key.js';

/** Share of word triples two passages must share (of the shorter one) to be shown once as the same statement. */
export const NEAR_DUPLICATE_CONTAINMENT = 0.6;

/** The word triples of a text, its fingerprint for near-duplicate checks. */
export function wordTriples(text: string): Set<string> {
  const words = lineWords(text);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  if (out.size === 0 && words.length) out.add(words.join(' '));
  return out;
}

/** True when one passage restates the other (the same statement carried by several outlets). */
export function isNearDuplicate(a: string, b: string): boolean {
  return triplesOverlap(wordTriples(a), wordTriples(b));
}

/** isNearDuplicate on precomputed word triples. */
export function triplesOverlap(ta: ReadonlySet<string>, tb: ReadonlySet<string>): boolean {
  const [small, large] = ta.size <= tb.size ? [ta, tb] : [tb, ta];
  if (small.size === 0) return false;
  // Stop as soon as too many triples are missing: most pairs are not duplicates, and they fail early.
  const allowedMisses = small.size - Math.ceil(NEAR_DUPLICATE_CONTAINMENT * small.size - 1e-9);
  let missed = 0;
  for (const t of small) if (!large.has(t) && ++missed > allowedMisses) return false;
  return true;
}
