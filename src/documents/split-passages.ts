import type { Passage, SourceDocument } from './document.js';
import { splitSentences } from './split-sentences.js';

/** Options of splitPassages. */
export interface SplitPassagesOptions {
  /** Paragraphs longer than this are split on sentence boundaries into parts of at most about this size. Default 700. */
  maxPassageChars?: number;
}

/** Default passage options. */
export const DEFAULT_SPLIT_PASSAGES_OPTIONS: Required<SplitPassagesOptions> = { maxPassageChars: 700 };

/** Splits a paragraph into chunks of whole sentences, each at most maxChars where a sentence allows. */
export function chunkParagraph(paragraph: string, maxChars: number): string[] {
  if (paragraph.length <= maxChars) return [paragraph];
  const chunks: Array<{ start: number; end: number }> = [];
  for (const sentence of splitSentences(paragraph)) {
    const current = chunks.at(-1);
    if (current && sentence.end - current.start <= maxChars) current.end = sentence.end;
    else chunks.push({ ...sentence });
  }
  // A short tail reads better joined to the chunk before it.
  const tail = chunks.at(-1);
  if (chunks.length > 1 && tail && tail.end - tail.start < maxChars / 4) {
    chunks.pop();
    chunks[chunks.length - 1]!.end = tail.end;
  }
  return chunks.map(({ start, end }) => paragraph.slice(start, end));
}

/** Splits a document's paragraphs into passages a reader can take in at once. */
export function splitPassages(doc: SourceDocument, options: SplitPassagesOptions = {}): Passage[] {
  const { maxPassageChars } = { ...DEFAULT_SPLIT_PASSAGES_OPTIONS, ...options };
  const passages: Passage[] = [];
  for (const paragraph of doc.paragraphs) {
    for (const text of chunkParagraph(paragraph, maxPassageChars)) {
      passages.push({ id: `${doc.id}#${passages.length + 1}`, docId: doc.id, ordinal: passages.length, text });
    }
  }
  return passages;
}
