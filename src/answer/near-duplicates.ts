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

/** A text's word triples with a bit filter of them, for many near-duplicate checks against other texts. */
export interface TriplesFingerprint {
  triples: ReadonlySet<string>;
  /** Per triple, in the set's order: its bit in a filter (see FILTER_BITS). */
  bitOf: Int32Array;
  /** The bits of all its triples. */
  filter: Int32Array;
}

/** Bits of a triples filter, a power of two: a passage's few dozen triples leave most unset. */
const FILTER_BITS = 1024;

function bitOfTriple(triple: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < triple.length; i++) h = Math.imul(h ^ triple.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & (FILTER_BITS - 1);
}

/** The fingerprint of a text (see TriplesFingerprint). */
export function triplesFingerprint(text: string): TriplesFingerprint {
  const triples = wordTriples(text);
  const bitOf = new Int32Array(triples.size);
  const filter = new Int32Array(FILTER_BITS / 32);
  let k = 0;
  for (const triple of triples) {
    const bit = (bitOf[k++] = bitOfTriple(triple));
    filter[bit >>> 5]! |= 1 << (bit & 31);
  }
  return { triples, bitOf, filter };
}

/**
 * triplesOverlap on fingerprints: the filter tells most triples missing without looking them up (a triple whose bit
 * the other text lacks is surely missing), so most pairs, which are not duplicates, fail on bits alone.
 */
export function fingerprintsOverlap(a: TriplesFingerprint, b: TriplesFingerprint): boolean {
  const [small, large] = a.triples.size <= b.triples.size ? [a, b] : [b, a];
  if (small.triples.size === 0) return false;
  const allowedMisses = small.triples.size - Math.ceil(NEAR_DUPLICATE_CONTAINMENT * small.triples.size - 1e-9);
  let missed = 0;
  for (let k = 0; k < small.bitOf.length; k++) {
    const bit = small.bitOf[k]!;
    if ((large.filter[bit >>> 5]! & (1 << (bit & 31))) === 0 && ++missed > allowedMisses) return false;
  }
  return triplesOverlap(small.triples, large.triples);
}
