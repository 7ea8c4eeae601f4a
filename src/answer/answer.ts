import type { UiLanguage } from '../text/detect-ui-language.js';
import type { SmallTalk } from '../text/small-talk.js';
import type { KeyFact } from './key-facts.js';

/** A range of characters to highlight, as UTF-16 offsets into the text it belongs to (end exclusive). */
export interface Highlight {
  start: number;
  end: number;
}

/** A source the answer cites, numbered as the reader sees it ([1], [2], …). */
export interface AnswerSource {
  /** The citation number, from 1. */
  n: number;
  docId: string;
  title: string;
  outlet?: string;
  date?: string;
  url?: string;
  /** The agency or outlet the document credits as its own source (DocumentMeta.via). */
  via?: string;
}

/** Text quoted word for word from a document, with the words that matched the question marked. */
export interface QuotedText {
  text: string;
  highlights: Highlight[];
  /** Citation numbers (AnswerSource.n) of every source that carries this text. */
  citations: number[];
}

/** A passage shown under the answer. */
export interface AnswerPassage extends QuotedText {
  /** 1 for the best passage. */
  rank: number;
  score: number;
  passageId: string;
  docId: string;
  /** Headline of the passage's document. */
  title: string;
  /** Outlet of the passage's document, when known. */
  source?: string;
}

/**
 * The platform-neutral answer every adapter renders. Everything in `quote` and `passages` is quoted from the
 * documents; nothing is generated. The reply built from it (src/reply) words it in `language`.
 */
export interface Answer {
  question: string;
  /** The language the reply's own wording should use, taken from the question. */
  language: UiLanguage;
  status: 'answered' | 'not_found';
  /** The best sentence(s), quoted first. Empty when not found. */
  quote: QuotedText[];
  /** Supporting passages, best first, near-duplicates merged (their sources all cited). */
  passages: AnswerPassage[];
  /** Every source cited above, numbered. */
  sources: AnswerSource[];
  /**
   * Why the question could not be asked as given ('empty', 'too_long' …), when it could not; 'small_talk' when the
   * message asks nothing but greets, thanks, takes leave or acknowledges (`smallTalk` says which); 'too_broad' when it
   * asks what the whole collection is about (see documentsOfBroadQuestion): `sources` then lists the documents that speak
   * of it most, best first.
   */
  problem?: 'empty' | 'no_words' | 'too_long' | 'small_talk' | 'too_broad';
  smallTalk?: SmallTalk;
  /** For a reader of English or Russian: the quote's names, numbers and dates in their language (see keyFactsOf). */
  keyFacts?: KeyFact[];
  /**
   * Set when the question asks when a report was published: the answer is then its one source's date (`sources[0]`),
   * from the document's dateline, with no quote.
   */
  published?: boolean;
  /**
   * Set when the question asks for a report's link: the answer is then its one source's address (`sources[0].url`),
   * which is also its quote.
   */
  linked?: boolean;
  /**
   * Set on a declined question about a report that the report does not state: its date ("when was it published?") or
   * its address ("got the link?"). `sources[0]` is that report, so the reply can say which report gives none.
   */
  unstated?: 'date' | 'link';
}
