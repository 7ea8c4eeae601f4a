import type { MastheadCredit } from './masthead-credits.js';

/** What is known about where a document comes from. Only what the document states; nothing is guessed. */
export interface DocumentMeta {
  /** Headline. */
  title: string;
  /** The outlet that published it, by name, when known. */
  outlet?: string;
  /** Publication date (ISO 8601, date or date-time) when the text states it. */
  date?: string;
  /** The line that states the date, word for word as the page prints it («الخميس، 06 يناير 2022 - 08:13 م»). */
  dateline?: string;
  /** Link to the original when the text states it. */
  url?: string;
  /** An agency or outlet the article credits as its source ("المصدر: نوفوستي"). */
  via?: string;
  /** Who runs the outlet, as the page's masthead names them («رئيس التحرير» «أحمد صبري»). */
  credits?: MastheadCredit[];
}

/** A cleaned document of the corpus. */
export interface SourceDocument extends DocumentMeta {
  /** Stable id: the file name without its extension. */
  id: string;
  /** Cleaned paragraphs, in order. */
  paragraphs: string[];
}

/** A passage: the unit the index ranks and the answer quotes. */
export interface Passage {
  /** `docId#n`, n counting from 1 within the document. */
  id: string;
  docId: string;
  /** Position within the document, from 0. */
  ordinal: number;
  text: string;
}
