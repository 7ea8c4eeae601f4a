import { markAgentHeads, markCauses, markCreations, markMeans, markStatedTopics, markMedia, markMultipliers, markPlaceHeads, markRecipients, markTemporary, markWeekdays } from '../text/mark-answer-cues.js';
import { FULL_DATE_STRENGTH, markDates, markEndDates, markRelativeTimes, markStartDates } from '../text/mark-dates.js';
import { markNumbers } from '../text/mark-numbers.js';
import { isCommaGap, markListItems } from '../text/mark-list-items.js';
import { markSentenceStarts } from '../text/mark-sentence-starts.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import type { Bm25Searcher } from './bm25-index.js';
import type { ConceptMatch } from './match-concepts.js';
import type { TextTerms } from './passage-terms.js';
import { splitSentences } from '../documents/split-sentences.js';
import { countryMentions } from './world-countries.js';

/** Per-token marks of a passage that tell whether it can answer a kind of question, by token index. */
export interface PassageMarks {
  /** Strength of each token as part of a date, 0 to 1 (see markDates). */
  dates: Float32Array;
  /** The dates that end a period (حتى 19 يناير: see markEndDates). */
  endDates: Float32Array;
  /** The dates that start a period (منذ 2 يناير: see markStartDates). */
  startDates: Float32Array;
  /** 1 for a number (digits or a number word). */
  numbers: Float32Array;
  /** 1 for the first content word of a sentence. */
  sentenceStarts: Uint8Array;
  /**
   * Per token, the number of its sentence (how many sentence starts come after its first token, up to the token):
   * reranking asks it for each matched word of every candidate.
   */
  sentenceNumbers: Int32Array;
  /** 1 for the words of a name a comma and a description follow (see markAppositives). */
  appositives: Uint8Array;
  /** 1 for a day of the week (يوم الإثنين): news gives days more often than dates. */
  weekdays: Float32Array;
  /** 1 for a word opening a time told by an event (بعد استقرار الوضع: see markRelativeTimes). */
  relativeTimes: Float32Array;
  /** 1 for a word saying something lasts a while (مؤقتا، لفترة محدودة: see markTemporary), how "how long" is answered. */
  temporary: Float32Array;
  /** 1 for a gazetteer place, or a word that heads a place name or gives a direction (مدينة، منطقة، غرب). */
  places: Float32Array;
  /** 1 for a gazetteer person or organisation, or a title or organisation noun (الرئيس، وزارة، وكالة). */
  agents: Float32Array;
  /** 1 for a gazetteer person: the answer to "who is the president…?" is a name, not a title. */
  persons: Float32Array;
  /** 1 for a word that gives a cause or purpose (بسبب، لأن، بهدف، لمنع). */
  causes: Float32Array;
  /** 1 for a word naming where something is said or published (فيسبوك، بيان، مقابلة: see markMedia). */
  media: Float32Array;
  /** 1 where an enumeration begins (see markListItems). */
  listItems: Float32Array;
  /** 1 for the word after a preposition of direction (إلى الدول الأعضاء): the recipient of "sent to whom?". */
  recipients: Float32Array;
  /** 1 for the words after a word of using (باستخدام، استخدمت الشرطة…): the answer of "by what means?" (see markMeans). */
  means: Float32Array;
  /** 1 for the words after a word of setting up (بإنشاء مقر…): the answer of "what body did X set up?". */
  creations: Float32Array;
  /** A topic noun's family (1 + its index in TOPIC_FAMILIES) where a copula stands by it, 0 elsewhere (markStatedTopics). */
  statedTopics: Uint8Array;
}

/** Adds 1 to the marks of the tokens of the text's entities of the given kinds. */
function markEntities(marks: Float32Array, terms: TextTerms, kinds: ReadonlyMap<string, GazetteerEntry['kind']>, wanted: ReadonlySet<string>): Float32Array {
  for (const e of terms.entities) {
    if (!wanted.has(kinds.get(e.id) ?? '')) continue;
    for (let i = e.first; i <= e.last; i++) marks[i] = 1;
  }
  return marks;
}

/**
 * The names a comma and a description of them follow: «ففي ألما آتا، أكبر مدينة وأول عاصمة للبلاد،», "Almaty, the
 * largest city": news defines a name by apposition as often as by a sentence about it. The description opens on a
 * noun: definite (العاصمة), an elative (أكبر، أول), a gazetteer description of the same name, or after an English
 * article. Not a list of names («روسيا، أرمينيا»), nor a clause going on with a verb («…في ألماتي، يضم…») or «و».
 */
function markAppositives(text: string, terms: TextTerms): Uint8Array {
  const { tokens } = terms;
  const marks = new Uint8Array(tokens.length);
  const namesAt = new Map<number, string[]>();
  for (const e of terms.entities) namesAt.set(e.first, [...(namesAt.get(e.first) ?? []), e.id]);
  for (const e of terms.entities) {
    const next = tokens[e.last + 1];
    if (!next || !/^\s*[،,]\s*$/.test(text.slice(tokens[e.last]!.end, next.start))) continue;
    const names = namesAt.get(e.last + 1);
    const described = names?.includes(e.id) === true;
    if (names && !described) continue;
    const noun = described || (next.script === 'arabic' && !next.stop && (next.normalized.startsWith('ال') || ARABIC_ELATIVE.test(next.normalized)))
      || (next.script === 'latin' && ENGLISH_ARTICLES.has(next.normalized) && tokens[e.last + 2]?.stop === false);
    if (noun) marks.fill(1, e.first, e.last + 1);
  }
  return marks;
}

/** An Arabic elative (أفعل: أكبر، أهم، أقدم) or أول, normalised. */
const ARABIC_ELATIVE = /^ا(?:[^ا]{3}|ول)$/;
const ENGLISH_ARTICLES = new Set(['the', 'a', 'an']);

const PLACE_KINDS = new Set(['place']);
const AGENT_KINDS = new Set(['person', 'org']);
const PERSON_KINDS = new Set(['person']);

const marksCache = new WeakMap<TextTerms, PassageMarks>();

/**
 * Whether a passage tells a time: a date, a day of the week, or a time told by an event («بعد استقرار الوضع»). With
 * `wholeDate`, a year alone («عام 2022») does not count: it leaves "when" open. With `past`, an event's time does not
 * count: it is one to come, no answer to "when did…?".
 */
export function tellsTime(marks: PassageMarks, wholeDate: boolean, past: boolean): boolean {
  const least = wholeDate ? FULL_DATE_STRENGTH : Number.MIN_VALUE;
  return holdsMarkOf(marks.dates, least) || holdsMarkOf(marks.weekdays, Number.MIN_VALUE) || (!past && holdsMarkOf(marks.relativeTimes, Number.MIN_VALUE));
}

/** Whether a mark reaches `least` (a plain loop: a typed array's some() with a callback cost an allocation each call). */
export function holdsMarkOf(marks: Float32Array, least: number): boolean {
  for (let i = 0; i < marks.length; i++) if (marks[i]! >= least) return true;
  return false;
}

/**
 * The marks of an analysed passage, computed once and kept with its analysis. `text` is the analysed text; the
 * gazetteer tells which of its entities are places, people and organisations.
 */
export function passageMarks(terms: TextTerms, text: string, gazetteer?: Gazetteer): PassageMarks {
  let marks = marksCache.get(terms);
  if (!marks) {
    const { tokens } = terms;
    const kinds = gazetteer?.kinds ?? new Map<string, GazetteerEntry['kind']>();
    const dates = markDates(tokens);
    const sentenceStarts = markSentenceStarts(text, tokens);
    marks = {
      dates,
      endDates: markEndDates(tokens, dates),
      startDates: markStartDates(tokens, dates),
      numbers: markNumbers(tokens),
      sentenceStarts,
      sentenceNumbers: sentenceNumbersOf(sentenceStarts),
      appositives: markAppositives(text, terms),
      weekdays: markWeekdays(tokens),
      relativeTimes: markRelativeTimes(tokens),
      temporary: markTemporary(tokens),
      places: markEntities(markPlaceHeads(tokens), terms, kinds, PLACE_KINDS),
      agents: markEntities(markAgentHeads(tokens), terms, kinds, AGENT_KINDS),
      persons: markEntities(new Float32Array(tokens.length), terms, kinds, PERSON_KINDS),
      causes: markCauses(tokens),
      media: markMedia(tokens),
      listItems: markListItems(text, tokens),
      recipients: markRecipients(tokens),
      means: markMeans(tokens),
      creations: markCreations(tokens),
      statedTopics: markStatedTopics(tokens),
    };
    marksCache.set(terms, marks);
  }
  return marks;
}

/** Per token, the number of its sentence (see PassageMarks.sentenceNumbers). */
function sentenceNumbersOf(sentenceStarts: Uint8Array): Int32Array {
  const numbers = new Int32Array(sentenceStarts.length);
  let sentence = 0;
  for (let t = 1; t < sentenceStarts.length; t++) {
    if (sentenceStarts[t] === 1) sentence++;
    numbers[t] = sentence;
  }
  return numbers;
}

/**
 * The cues of a "to whom" question (QuestionAsks.recipient): the kind a "who" question's answer is (`who`: persons
 * for reranking, titles and organisations for the quote) and a recipient (the word after «إلى», a verb of addressing's
 * object: see markRecipients). «أرسل مذكرة إعلامية إلى الدول الأعضاء» answers "sent the note to whom?", where a near
 * duplicate naming no recipient had been quoted. Kept with the marks.
 */
export function recipientMarks(marks: PassageMarks, who: Float32Array): Float32Array {
  let byKind = recipientsCache.get(marks);
  if (!byKind) recipientsCache.set(marks, (byKind = new Map()));
  let cues = byKind.get(who);
  if (!cues) byKind.set(who, (cues = who.map((m, i) => Math.max(m, marks.recipients[i]!))));
  return cues;
}
const recipientsCache = new WeakMap<PassageMarks, Map<Float32Array, Float32Array>>();

/**
 * For each word, the strength of a cause opening its sentence and explaining the clause it stands in («بسبب التفاقم
 * الحاد للوضع في البلاد، تولى فخامة قاسم-جومارت توكايف منصب رئيس مجلس الأمن»: the cause stands nine words before the
 * name, too far to count as beside it). The clause runs from the comma closing the cause to the sentence's end: words
 * inside the cause phrase are what it is about, not what it explains. Kept with the marks.
 */
function explainedByCause(marks: PassageMarks, terms: TextTerms, text: string): Float32Array {
  let explained = explainedCache.get(marks);
  if (explained) return explained;
  explained = new Float32Array(marks.causes.length);
  const { tokens } = terms;
  const starts = marks.sentenceStarts;
  for (let first = 0; first < starts.length; first++) {
    if (starts[first] !== 1) continue;
    let end = first + 1;
    while (end < starts.length && starts[end] !== 1) end++;
    // The cause may follow a verb of saying («وقال: “بسبب…»).
    let cause = -1;
    for (let i = first; i < Math.min(end, first + FRONTED_CAUSE_REACH); i++) if (marks.causes[i]! > 0 && (cause < 0 || marks.causes[i]! > marks.causes[cause]!)) cause = i;
    if (cause < 0) continue;
    let clause = cause + 1;
    while (clause < end && !isCommaGap(text.slice(tokens[clause - 1]!.end, tokens[clause]!.start))) clause++;
    explained.fill(marks.causes[cause]!, clause, end);
  }
  explainedCache.set(marks, explained);
  return explained;
}
/** How many of a sentence's first words may hold a cause that explains the rest of it. */
const FRONTED_CAUSE_REACH = 3;
const explainedCache = new WeakMap<PassageMarks, Float32Array>();

/**
 * How surely the passage gives a cause for a matched word, 0 to 1: a word giving one beside it (markedNearMatch, not the
 * matched word itself), or one opening the sentence and explaining the clause it stands in (explainedByCause).
 */
export function causeNearMatch(marks: PassageMarks, terms: TextTerms, text: string, match: ConceptMatch, window: number): number {
  return Math.max(markedNearMatch(marks.causes, match, window, true), explainedMatch(explainedByCause(marks, terms, text), match));
}

/** The strongest cause explaining a clause that holds a matched word (see explainedByCause), 0 to 1. */
function explainedMatch(explained: Float32Array, match: ConceptMatch): number {
  let best = 0;
  for (const { token } of match.ranges) best = Math.max(best, explained[token]!);
  return best;
}

/**
 * How close a marked token (a date, a number) is to a word that matched the question, 0 to 1: the best, over marked
 * tokens within `window` words of a matched word, of its mark times (1 − distance / (window + 1)). The answer to
 * "when did X…" is a date beside X, not any date in the passage. With `unmatchedOnly`, a marked token that is itself
 * a match does not count: the person a "who" question names is not its answer.
 */
export function markedNearMatch(marks: Float32Array, match: ConceptMatch, window: number, unmatchedOnly = false): number {
  let best = 0;
  const { ranges } = match;
  for (let k = 0; k < ranges.length; k++) {
    const { token } = ranges[k]!;
    const last = Math.min(marks.length - 1, token + window);
    for (let i = Math.max(0, token - window); i <= last; i++) {
      const mark = marks[i]!;
      if (mark === 0 || (unmatchedOnly && isRangeToken(ranges, i))) continue;
      const value = mark * (1 - Math.abs(i - token) / (window + 1));
      if (value > best) best = value;
    }
  }
  return best;
}

/** Whether a word of the match stands at token i (a loop over its few ranges: no set made per call). */
export function isRangeToken(ranges: ConceptMatch['ranges'], i: number): boolean {
  for (let k = 0; k < ranges.length; k++) if (ranges[k]!.token === i) return true;
  return false;
}

/**
 * The marks of what a "how many" question asks for: a number not in a date; for one asking how long something lasts
 * (see asksForDuration), an end date too («حتى 19 يناير» answers «كم يوم الطوارئ؟»). Kept with the marks.
 */
export function countMarks(marks: PassageMarks, duration: boolean): Float32Array {
  let counts = countsCache.get(marks);
  if (!counts) countsCache.set(marks, (counts = marks.numbers.map((m, i) => (marks.dates[i]! > 0 ? 0 : m))));
  if (!duration) return counts;
  let lasting = durationsCache.get(marks);
  if (!lasting) durationsCache.set(marks, (lasting = counts.map((m, i) => Math.max(m, marks.endDates[i]!))));
  return lasting;
}
const countsCache = new WeakMap<PassageMarks, Float32Array>();
const durationsCache = new WeakMap<PassageMarks, Float32Array>();

/** Whether the word at `token` is its sentence's topic: its first content word, or a name right after it (see topicShare). */
export function isSentenceTopic(sentenceStarts: Uint8Array, token: number, named: boolean): boolean {
  return sentenceStarts[token] === 1 || (named && token > 0 && sentenceStarts[token - 1] === 1);
}

/**
 * The weighted share of the question's concepts that open a sentence of the passage, 0 to 1 (weights as in coverage).
 * A passage whose sentences are about the question's subject (its topic comes first) is more likely to answer it.
 * A named entity (`named[concept]`) right after a sentence's first word is its topic too: Arabic puts the verb first,
 * and a name after it is its subject («تأسست منظمة معاهدة الأمن الجماعي…»، «تضم المنظمة…»). Ordinary words are left out:
 * after a verb they are as often its object (ARCD −0.1 pt when every second word counted).
 */
export function topicShare(marks: Pick<PassageMarks, 'sentenceStarts' | 'appositives'>, match: ConceptMatch, weights: readonly number[], named: readonly boolean[] = []): number {
  let total = 0;
  for (const w of weights) total += w;
  if (!(total > 0)) return 0;
  const counted = new Set<number>();
  let share = 0;
  for (const { token, concept } of match.ranges) {
    if ((isSentenceTopic(marks.sentenceStarts, token, named[concept] === true) || (named[concept] === true && marks.appositives[token] === 1)) && !counted.has(concept)) {
      counted.add(concept);
      share += weights[concept]!;
    }
  }
  return share / total;
}

/** The countries a passage names, each with the sentence it stands in (splitSentences' order), and how many distinct ones each sentence names. */
interface CountriesBySentence {
  mentions: Array<{ id: string; first: number; last: number; sentence: number }>;
  counts: number[];
}

/** The passage's country mentions by sentence, found once per analysis. */
function countriesBySentence(terms: TextTerms, text: string): CountriesBySentence {
  let found = countriesCache.get(terms);
  if (!found) {
    const sentences = splitSentences(text);
    const named = sentences.map(() => new Set<string>());
    const mentions: CountriesBySentence['mentions'] = [];
    for (const mention of countryMentions(terms.tokens, text)) {
      const at = terms.tokens[mention.first]!.start;
      const sentence = sentences.findIndex((s) => at >= s.start && at < s.end);
      if (sentence < 0) continue;
      named[sentence]!.add(mention.id);
      mentions.push({ id: mention.id, first: mention.first, last: mention.last, sentence });
    }
    countriesCache.set(terms, (found = { mentions, counts: named.map((ids) => ids.size) }));
  }
  return found;
}
const countriesCache = new WeakMap<TextTerms, CountriesBySentence>();

/** The countries a passage names (world list), with their tokens: found once per analysis, as countriesPerSentence's. */
export function passageCountryMentions(terms: TextTerms, text: string): ReadonlyArray<{ id: string; first: number; last: number }> {
  return countriesBySentence(terms, text).mentions;
}

/**
 * How many distinct countries each sentence of a passage names (splitSentences' order): a list («تضم المنظمة أرمينيا
 * وبيلاروسيا…») names several in one sentence, where a passage may name one here and another there.
 */
export function countriesPerSentence(terms: TextTerms, text: string): readonly number[] {
  return countriesBySentence(terms, text).counts;
}

/** Countries a list question wants named in one sentence before it counts as the whole list. */
const LISTED_COUNTRIES = 3;

/**
 * How much of a list of countries a sentence naming `n` of them is: none for one or two (Russia's "allies" and
 * Kazakhstan are no list), all from three.
 */
export function countryListShare(n: number): number {
  return n < LISTED_COUNTRIES ? 0 : 1;
}

/**
 * Per token, how much of a list of countries it is part of: each country a sentence names, marked with that
 * sentence's countryListShare (none when it names one). Kept with the analysis.
 */
export function listedCountryMarks(terms: TextTerms, text: string): Float32Array {
  let marks = listedCache.get(terms);
  if (!marks) {
    marks = new Float32Array(terms.tokens.length);
    const { mentions, counts } = countriesBySentence(terms, text);
    for (const { first, last, sentence } of mentions) marks.fill(countryListShare(counts[sentence]!), first, last + 1);
    listedCache.set(terms, marks);
  }
  return marks;
}
const listedCache = new WeakMap<TextTerms, Float32Array>();

/** What a question asks for beyond its form, as quantityCues reads it (see QuestionAsks). */
export interface CountedAsks {
  duration: boolean;
  countries: boolean;
  /** "By how many times…?" (во сколько раз…?): a word telling a multiple answers it as a number does. */
  ratio: boolean;
}

/**
 * The marks of what a "how many" question's answer is: a count (see countMarks), and for "how many countries…?" a
 * list of them too («تضم المنظمة أرمينيا وبيلاروسيا…» answers «كم دولة في المنظمة؟» as «6 دول» would).
 */
export function quantityCues(terms: TextTerms, text: string, marks: PassageMarks, asks: CountedAsks): Float32Array {
  const counts = countMarks(marks, asks.duration);
  if (asks.ratio) {
    const multiples = multiplierMarks(terms);
    return counts.map((m, i) => Math.max(m, multiples[i]!));
  }
  if (!asks.countries) return counts;
  const listed = listedCountryMarks(terms, text);
  return counts.map((m, i) => Math.max(m, listed[i]!));
}

/** The words of a passage telling a multiple (see markMultipliers), kept with its analysis. */
function multiplierMarks(terms: TextTerms): Float32Array {
  let marks = multipliersCache.get(terms);
  if (!marks) multipliersCache.set(terms, (marks = markMultipliers(terms.tokens)));
  return marks;
}
const multipliersCache = new WeakMap<TextTerms, Float32Array>();

/**
 * A place named in more than this share of a collection's passages is its setting («كازاخستان» in news of Kazakhstan):
 * no answer to "where…?", which asks for the place within it (Zhanaozen, Almaty, "the west of the country").
 */
const SETTING_SHARE = 0.5;
/** Fewer passages than this tell no setting apart: one document's places are all in most of its passages. */
const SETTING_MIN_PASSAGES = 10;

/** Whether a place is the collection's setting (see SETTING_SHARE): named in most of its passages. */
export function isCollectionSetting(id: string, bm25: Pick<Bm25Searcher, 'docCount' | 'documentFrequency'>): boolean {
  return bm25.docCount >= SETTING_MIN_PASSAGES && bm25.documentFrequency('entity', id) > SETTING_SHARE * bm25.docCount;
}

/**
 * The marks of the places that can answer "where…?": the passage's places (see PassageMarks.places) without the
 * collection's setting (see SETTING_SHARE).
 */
export function answeringPlaces(terms: TextTerms, marks: PassageMarks, bm25: Pick<Bm25Searcher, 'docCount' | 'documentFrequency'>): Float32Array {
  if (bm25.docCount < SETTING_MIN_PASSAGES) return marks.places;
  let places: Float32Array | undefined;
  for (const e of terms.entities) {
    if (marks.places[e.first] === 0 || !isCollectionSetting(e.id, bm25)) continue;
    places ??= marks.places.slice();
    for (let i = e.first; i <= e.last; i++) places[i] = 0;
  }
  return places ?? marks.places;
}

/**
 * What a word saying something lasts a while (مؤقتا، لفترة محدودة: PassageMarks.temporary) counts for as the answer to
 * "how long…?" or "until when…?", against 1 for an end date: the documents give the troops' stay no date. With it our
 * probes +2 tuned, +1 held out (as their "how much time" read as "how long": +2 tuned and natural.json's quote +1);
 * every other set and ARCD the same.
 */
const TEMPORARY_END_CUE = 0.5;

/** The marks of what answers "until when…?" and "how long…?": an end date, or a word saying it lasts a while. */
export function endDateCues(marks: PassageMarks): Float32Array {
  let cues = endCuesCache.get(marks);
  if (!cues) endCuesCache.set(marks, (cues = marks.endDates.map((m, i) => Math.max(m, TEMPORARY_END_CUE * marks.temporary[i]!))));
  return cues;
}
const endCuesCache = new WeakMap<PassageMarks, Float32Array>();
