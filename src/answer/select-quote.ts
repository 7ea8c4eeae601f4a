import { splitSentences } from '../documents/split-sentences.js';
import type { Highlight } from './answer.js';

/** A quote chosen from a passage: a run of whole sentences and the highlights inside it. */
export interface SelectedQuote {
  text: string;
  highlights: Highlight[];
}

/** Sentences shorter than this get the next sentence added, so the quote can stand alone. */
const SHORT_SENTENCE_CHARS = 80;

/**
 * Picks the sentence of a passage that carries most of the matched words (by their weight), extended by the next
 * sentence when it is too short to read alone. Highlights are moved to the quote's offsets.
 */
export function selectQuote(text: string, matches: ReadonlyArray<Highlight & { weight: number }>): SelectedQuote {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return { text, highlights: [] };
  let best = 0;
  let bestScore = -1;
  sentences.forEach((s, i) => {
    const seen = new Set<string>();
    let score = 0;
    for (const m of matches) {
      const word = text.slice(m.start, m.end);
      if (m.start >= s.start && m.end <= s.end && !seen.has(word)) {
        seen.add(word);
        score += m.weight;
      }
    }
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  const first = sentences[best]!;
  let end = first.end;
  const next = sentences[best + 1];
  if (end - first.start < SHORT_SENTENCE_CHARS && next) end = next.end;
  const highlights = matches
    .filter((m) => m.start >= first.start && m.end <= end)
    .map((m) => ({ start: m.start - first.start, end: m.end - first.start }));
  return { text: text.slice(first.start, end), highlights };
}
