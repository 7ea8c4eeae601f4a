/** A sentence of a passage with its offsets in the passage text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// A sentence ends at . ! ? ؟ or … (optionally followed by a closing quote or bracket) before white space.
const SENTENCE_END = /[.!?؟…]+["”»’')\]]*(?=\s+\S)/g;

/** Splits text into sentences, returning offsets so quotes can point back into the passage. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    // A dot inside "2.5" is never matched: an end needs white space after it. A lone mark ("! …") is no sentence:
    // it stays with the text after it rather than being dropped, so no text is ever lost.
    if (end - start <= 1) continue;
    spans.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length) spans.push({ start, end: text.trimEnd().length });
  return spans.filter((s) => s.end > s.start);
}
