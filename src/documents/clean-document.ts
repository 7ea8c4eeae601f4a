import { BOILERPLATE_LINE_PATTERNS, SOURCE_CREDIT_PATTERN, STATED_LINK_PATTERN } from './boilerplate-patterns.js';
import { extractDate } from './extract-date.js';
import { lineKey, lineWordsAndKey } from './line-key.js';
import { mastheadCreditOf, mastheadNameOf, mastheadRoleOf, type MastheadCredit, type MastheadRole } from './masthead-credits.js';
import { ShingleSet } from './shingle-set.js';

/** What cleaning keeps of a raw document: its paragraphs and what the text states about itself. */
export interface CleanedDocument {
  title?: string;
  paragraphs: string[];
  date?: string;
  /** The line the date was read from, as written. */
  dateline?: string;
  url?: string;
  via?: string;
  credits?: MastheadCredit[];
}

/**
 * The page's dateline to keep with a document dated `date`: only when that date is the one read from the line, not
 * one given instead (front matter, a correction, the extractor's).
 */
export function datelineOf(cleaned: CleanedDocument, date: string | undefined): string | undefined {
  return cleaned.dateline && date === cleaned.date ? cleaned.dateline : undefined;
}

/** Options of cleanDocument. */
export interface CleanDocumentOptions {
  /** A known headline (from front matter): lines repeating it are dropped. Default: the first line is the title. */
  title?: string;
  /** Lines with fewer words than this and no sentence punctuation are labels (captions, sections). Default 6. */
  minSentenceWords?: number;
  /** Share of a paragraph's word triples already seen above that makes it a repeat. Default 0.8. */
  repeatContainment?: number;
  /**
   * Told each line cleaning removes, by the rule that removed it (CLEANING_RULES), for a preview of what was taken
   * out. Lines kept as metadata (a stated link, a credited source, a dateline, a masthead) count too. Default: not told.
   */
  onRemoved?: (rule: CleaningRule) => void;
}

/** The rules that remove lines, as onRemoved names them. */
export const CLEANING_RULES = ['stated link', 'masthead', 'boilerplate', 'headline', 'dateline', 'label', 'repeat'] as const;
export type CleaningRule = (typeof CLEANING_RULES)[number];

const SENTENCE_PUNCTUATION = /[.!?؟…:؛"”»]\s*$/;
const WRAPPED_LINE_MIN_CHARS = 60;
const DATELINE_MAX_WORDS = 10;
/** Characters per word of news text, spaces included (Arabic words average about five letters). */
const CHARS_PER_WORD = 6;

function foldSpaces(line: string): string {
  return line.replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Joins hard-wrapped lines (long, no sentence end, followed by more text) and returns one candidate per paragraph. */
function paragraphCandidates(body: string): string[] {
  const lines = body.split(/\r\n?|\n/).map(foldSpaces);
  const candidates: string[] = [];
  // The paragraph being joined, as its lines: whether it ends a sentence depends on its last line only, and joining
  // once at the end keeps a long hard-wrapped text linear (growing one string and testing it each line was quadratic).
  let current: string[] = [];
  let currentLength = 0;
  const flush = () => {
    if (current.length) candidates.push(current.join(' '));
    current = [];
    currentLength = 0;
  };
  for (const line of lines) {
    if (!line) {
      flush();
      continue;
    }
    if (current.length && currentLength >= WRAPPED_LINE_MIN_CHARS && !SENTENCE_PUNCTUATION.test(current[current.length - 1]!)) {
      current.push(line);
      currentLength += 1 + line.length;
      continue;
    }
    flush();
    current.push(line);
    currentLength = line.length;
  }
  flush();
  return candidates;
}

/**
 * Rule-based cleaning, the same for every document: drops site chrome, comment forms, cookie notices, "read also"
 * lines, image labels, repeated mastheads and repeated paragraphs; keeps the dateline, a stated link, a credited
 * source and the masthead's posts and names as metadata. Nothing is rewritten: kept paragraphs are the document's own
 * words (spaces folded).
 */
export function cleanDocument(body: string, options: CleanDocumentOptions = {}): CleanedDocument {
  const minWords = options.minSentenceWords ?? 6;
  const containment = options.repeatContainment ?? 0.8;
  const result: CleanedDocument = { paragraphs: [] };
  let title = options.title ? foldSpaces(options.title) : undefined;
  // The title's key, computed once per title (it is asked for every paragraph).
  let keyedTitle: string | undefined;
  let cachedTitleKey = '';
  const titleKey = () => {
    if (title !== keyedTitle) cachedTitleKey = title ? lineKey(title) : '';
    keyedTitle = title;
    return cachedTitleKey;
  };
  const removed = options.onRemoved ?? (() => undefined);
  // About one word in six characters of text (a shingle per word): the tables are made large enough up front.
  const seenShingles = new ShingleSet(Math.ceil(body.length / CHARS_PER_WORD));
  const seenKeys = new Set<string>();

  // A masthead's post on a line of its own: the name on the next line goes with it.
  let post: { role: MastheadRole; label: string } | undefined;
  const addCredit = (found: MastheadCredit) => {
    // A masthead repeated on the page names the same people: the first naming of each post counts.
    if (!result.credits?.some((c) => c.role === found.role)) (result.credits ??= []).push(found);
    removed('masthead');
  };
  for (const raw of paragraphCandidates(body)) {
    const line = raw.replace(/\s*\|\s*$/, '').replace(/^\s*\|\s*/, '');
    const labelled = post;
    post = undefined;
    const name = labelled && mastheadNameOf(line);
    if (labelled && name) {
      addCredit({ ...labelled, name });
      continue;
    }
    const role = mastheadRoleOf(line);
    if (role) {
      post = { role, label: line.trim().replace(/\s*[:：]$/, '') };
      removed('masthead');
      continue;
    }
    const named = mastheadCreditOf(line);
    if (named) {
      addCredit(named);
      continue;
    }
    const link = STATED_LINK_PATTERN.exec(line);
    if (link) {
      result.url ??= link[1];
      removed('stated link');
      continue;
    }
    const credit = SOURCE_CREDIT_PATTERN.exec(line);
    if (credit) {
      // Kept as a passage too, word for word: "whom does the RT piece cite?" is answered by its own line.
      result.via ??= credit[2]!.trim();
      result.paragraphs.push(line.trim());
      continue;
    }
    if (BOILERPLATE_LINE_PATTERNS.some((pattern) => pattern.test(line))) {
      removed('boilerplate');
      continue;
    }
    const { words, key } = lineWordsAndKey(line);
    if (words.length === 0) continue;
    if (title === undefined) {
      title = line;
      if (line.length <= 200) continue;
    }
    // A headline repeated in the body, possibly with trailing punctuation or a kicker glued on.
    const tKey = titleKey();
    if (tKey && (key === tKey || (key.startsWith(tKey) && key.length < tKey.length * 1.3))) {
      removed('headline');
      continue;
    }
    if (words.length <= DATELINE_MAX_WORDS && !SENTENCE_PUNCTUATION.test(line)) {
      const date = extractDate(line);
      if (date) {
        if (result.date === undefined) [result.date, result.dateline] = [date, foldSpaces(line)];
        removed('dateline');
        continue;
      }
    }
    if (words.length < minWords && !SENTENCE_PUNCTUATION.test(line)) {
      removed('label');
      continue;
    }
    // The line's word triples (a line of one or two words: itself), repeats counted.
    const own = seenKeys.has(key) ? [] : seenShingles.keysOf(words);
    if (seenKeys.has(key) || (own.length > 0 && seenShingles.countIn(own) / (own.length / 2) >= containment)) {
      removed('repeat');
      continue;
    }
    seenKeys.add(key);
    seenShingles.addAll(own);
    result.paragraphs.push(line);
  }
  if (title !== undefined) result.title = title;
  return result;
}
