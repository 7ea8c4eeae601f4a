import type { Passage, SourceDocument } from '../documents/document.js';
import { SOURCE_CREDIT_PATTERN } from '../documents/boilerplate-patterns.js';
import { countryEpithetTokens } from './country-epithets.js';
import { isReportedSpeech } from './reported-speech.js';
import { isTitleWord } from './question-form.js';
import { countryTest, qualifiedOrganisations } from './qualified-mentions.js';
import { outletEntities } from './outlet-entities.js';
import { DEFAULT_FIELD_WEIGHTS, DEFAULT_PASSAGE_BM25, DEFAULT_TERM_OPTIONS, type FieldWeights, type TermOptions } from './analyzer-config.js';
import { createHash } from 'node:crypto';
import { Bm25Index, type Bm25Options, type Bm25Searcher, type FieldTerms, type WeightedTerm } from './bm25-index.js';
import type { FlatPostings } from './bm25-postings.js';
import type { EntityMatch, Gazetteer } from './gazetteer.js';
import { buildQuery, type Query } from './build-query.js';
import { addContext, standsOnItsOwn } from './follow-up-context.js';
import { termsOfText, type TextTerms } from './passage-terms.js';
import { hasArabicArticle } from '../text/bare-word-forms.js';
import { COLLOQUIAL_EXPANDER } from './colloquial-expander.js';
import { combineExpanders, curatedBeforeDictionary } from './combine-expanders.js';
import { glossaryExpander } from './glossary-expander.js';
import { IDIOM_EXPANDER } from './idiom-expander.js';
import { lexiconExpander } from './lexicon-expander.js';
import type { QueryExpander } from './query-expander.js';

/**
 * The expansion questions get unless told otherwise: news idioms and colloquial Arabic read as MSA, then the news
 * glossary's words of the same meaning, then the lexicon's translations and synonyms. The glossary is read at
 * start-up (warmQuestionAnalysis); the lexicon's files on the first question that needs them.
 */
export const DEFAULT_EXPANDER: QueryExpander = combineExpanders(IDIOM_EXPANDER, COLLOQUIAL_EXPANDER, curatedBeforeDictionary(glossaryExpander(), lexiconExpander()));

/**
 * A passage's analysis in the cache, and whether it was used again since it entered it or was last spared. `complete`:
 * its inherited person was looked for (an analysis read only for the persons it names is cached without).
 */
interface CachedAnalysis {
  terms: TextTerms;
  used: boolean;
  complete: boolean;
}

/**
 * How many passages back a passage naming no person looks for the person it may be about (see inheritedPersonOf):
 * a speech or a statement runs over a few paragraphs after the one that names its speaker.
 */
const INHERIT_REACH = 3;

/** How many of a passage's first words may refer back to the passage before it (see antecedentOf). */
const ANAPHOR_REACH = 3;
/** How many passages back the one a passage refers back to may be (see antecedentOf). */
const ANTECEDENT_REACH = 2;
/** English words that make the noun after them refer back ("the meeting", "this statement"). */
const ENGLISH_DEFINITE = new Set(['the', 'this', 'these']);

/** What a document's headline and outlet say of each of its passages (see TextTerms), absent where nothing. */
type DocumentContext = Pick<TextTerms, 'headlineOrganisations' | 'outletEntities'> & {
  /** The ordinal of the passage the headline restates (headlineEchoOf), absent: none. */
  headlineEcho?: number;
  /** The country the document names most (mostNamedCountryOf), absent: none. */
  mainCountry?: string;
  /** The ordinals of the document's credit lines («المصدر: نوفوستي»). */
  creditLines: readonly number[];
};

/**
 * The least share of a headline's content words the passage restating it must hold (and at least two): a headline
 * shares a word or two with many of its report's passages, and most of them with the one it sums up.
 */
const HEADLINE_ECHO_SHARE = 0.4;

/** How many words after its opening verb of speech a passage's speaker may stand («وذكرت الأمانة العامة لمنظمة…»: 3). */
const OPENING_SPEAKER_REACH = 3;

/**
 * Whether a passage opens by telling who speaks in it, a named body: «وذكرت الأمانة العامة لمنظمة معاهدة الأمن
 * الجماعي…». It speaks for that body, not for the person the paragraphs before it quote (see inheritedPersonOf):
 * «توكايف قال العصابات اتدربت وين؟» had quoted the CSTO's account of Kazakhstan's appeal, after a paragraph naming
 * Tokayev, over his own words. Tuned probes +3, held out +2, every other set and ARCD the same.
 */
function namesItsSpeaker(terms: TextTerms, gazetteer: Gazetteer): boolean {
  const verb = terms.tokens.findIndex((t) => !t.stop);
  return verb >= 0 && isReportedSpeech(terms.tokens[verb])
    && terms.entities.some((e) => e.first > verb && e.first <= verb + OPENING_SPEAKER_REACH && gazetteer.kinds.get(e.id) === 'org'
      // «وشدد رئيس مجلس الأمن»: the body's head, a person by title, speaks.
      && !terms.tokens.slice(verb + 1, e.first).some((t) => isTitleWord(t.normalized)));
}

/**
 * A passage's completed analysis with every property its document and neighbours may add present, set or undefined,
 * in one order: made property by property, the analyses came in as many shapes as combinations of them, and every
 * reader of a passage's analysis (reranking, the evidence, the quote) read them through slow megamorphic lookups.
 * The completed analysis is spread last: its values fill the slots in place, and a property added to the completion
 * later and not listed here is still kept (after them).
 */
function inOneShape(own: TextTerms, completed: TextTerms): TextTerms {
  return {
    ...own,
    inheritedPerson: undefined,
    headNounEntities: undefined,
    epithetCountry: undefined,
    headlineOrganisations: undefined,
    outletEntities: undefined,
    headline: undefined,
    creditLine: undefined,
    antecedent: undefined,
    ...completed,
  };
}

/** Options of a PassageIndex. */
export interface PassageIndexOptions {
  bm25?: Bm25Options;
  terms?: Partial<TermOptions>;
  weights?: Partial<FieldWeights>;
  /**
   * What question words may be in the documents' words (dialect, synonyms, translations). Query side only.
   * Default: DEFAULT_EXPANDER.
   */
  expander?: QueryExpander;
}

/** A passage the index ranked for a question. */
export interface PassageHit {
  passage: Passage;
  score: number;
}

/** What a search found, with the analysed question for the answer's highlighting and abstention. */
export interface SearchResult {
  query: Query;
  hits: PassageHit[];
}

/**
 * Version of the term layout; part of the index signature so a saved index from older analysis is refused.
 * 2: والد-like words keep their و. 3: more English and Russian function words (many, какого, сколько…).
 * 4: teh marbuta written ت before a pronoun (عاصمتها) stems like the bare noun. 5: a root field; the
 * accusative alef is stemmed off (ضابطا); the other cuts of Arabic words (forms). 6: English and Russian stems come from the Snowball algorithms (Porter2,
 * Snowball Russian), not suffix lists; Russian names from the gazetteer keep the case-ending stem. 7: the verb plural وا (and
 * the chat spelling و) is stemmed off. 8: the Snowball English and Russian stop words. 9: every case of the Russian
 * possessive, demonstrative and determiner pronouns (своём, нашего, этих) is a stop word. 10: the Arabic semi-prepositions
 * (تجاه، بحسب، بسبب…) are stop words. 11: no ه or و is stemmed off before a final ي (انتهى → انته, not انت). 12: a
 * last ت is also cut off as a past verb's feminine ending, as another cut of the word (تأسست: تأسس). 13: so is the
 * accusative alef after three letters (حظرا: حظر). 14: a paragraph ending on a colon is one passage with the next
 * (splitPassages). 15: a place's people (الروس) name it as its adjectives do. 16: the feminine ت is also cut off a verb
 * whose first root letter is و (وصلت: وصل). 17: Russian "whose" (чей, чьи…), the other cases of "who" (кого, кому,
 * кем) and каково/какова/каковы are stop words. 18: a Russian name of several words is also found by its parts'
 * ordinary stems (в Алма-Ате). 19: the tails of English contractions (s, t, d, ll, re, ve, m) are stop words. 20: an
 * Arabic stop word in the plural's -ū written without its alef (كانو) is one. 21: Russian prepositions Snowball's list
 * lacks (среди, вокруг, кроме, согласно…) are stop words. 22: an imperfect of a hamza-initial verb (تؤيد) has its
 * past (أيد) among its other cuts. 23: a one-word Arabic alias whose ة the stemmer takes off names its entity only with its
 * feminine ending (الخارجية, not الخارج "abroad"). 24: an alias of several words is found behind a preposition the
 * stemmer keeps on its first word (لمجلس الأمن). 25: the colloquial Russian "why" (нафига, накой, пошто) is a stop word.
 * 26: a four-letter word in ات has its cut without ت among its other cuts (بدأت → بدات → بدا). 27: an ordinal in digits
 * is its number (6th → 6), and a gazetteer name is not split by a function word its alias lacks. 28: the chat
 * spelling скок (сколько) is a stop word. 29: English "get" (got, getting) is a stop word. 30: the
 * Arabic interrogatives joined to a preposition (بم، فيم، إلام، حتام، ممن، عمن، بمن، فيمن) are stop words. 31: the nisba of
 * رئيس keeps its ي (الرئيسية "main" is no president). 32: English "supposed" is a stop word. 33: every preposition with
 * an attached pronoun (عليهما، بينهم، لدينا), the oblique dual demonstratives (هذين، هاتين) and كلاهما are stop words.
 * 34: Russian чтобы, даже, ни, теперь, него, нас are stop words (the rest of the Snowball list).
 * 35: a number written in groups of three (2,500; ٢٬٥٠٠; 2 500) is one word.
 * 36: the forms of the Russian modal мочь (могут, могли) are stop words.
 * 37: English question words in chat spelling (wen, wat, hw) are the words.
 * 38: so are a few everyday words chats shorten (cuz, govt, smth; чел, щас).
 * 39: مدني (civilian) keeps its nisba ي: المدنيين is not مدن (cities).
 * 40: a one-word alias in the sound masculine plural (المسلحين) names its entity only in the plural, as one in the
 *     feminine does only with its ة: مسلح and المسلحة are "armed".
 * 41: chats' run-on "whats", "hows"… are stop words; "msg" and "pls" read as the words.
 * 42: "wats" and "wuts" read as "whats".
 * 43: a passage's title field holds the gazetteer entries naming its document's outlet (RT, صدى البلد).
 * 44: a report's «المصدر: …» credit line stays a passage.
 * 45: بالنسبة is a stop word (a semi-preposition).
 * 46: Russian сколко and насколко read as сколько and насколько.
 * 47: Russian откуда, отчего and насколько are stop words, as the other interrogatives.
 * 48: English indefinite pronouns (anything, someone, stuff) are stop words.
 * 49: English contractions typed without the apostrophe (hes, theyre, didnt, cant) are stop words.
 * 50: «لكنهم» and the other persons of «لكنه» are stop words.
 * 51: an Arabic alias whose first letter is و is met with the article too (وكالة, الوكالة).
 * 52: أخرى ("other") keeps its ى: it is not آخر ("last").
 * 53: "won't" reads as "will not"; "won" (the past of "win") is a word.
 * 54: «التزام» and the other form VIII nouns of roots in ل have that root (ل ز م), not one in ت (تزم).
 * 55: «другой» (other) and «иной» in every case are Russian stop words.
 * 56: so are «чему» and «чём», the dative and prepositional of «что» (what).
 * 57: so are «пока» (yet, for now) and «лишь» (only), particles.
 * 58: and «просто», «судя», «составе»; English chat words (per, vs, else, kind, w, n, r, acc, rn, nah).
 * 59: and whatever, whoever, whichever, wherever, whenever.
 * 60: English emerge and emergence keep a stem of their own, apart from emergency's (emerg).
 * 61: «لا يزال» (still) in its persons and spellings is a stop word, as «ما زال» was.
 * 62: English "still" is a stop word, as Russian «ещё» is.
 * 63: so are «مجرد» (mere, as «فقط» only) and "among" (a preposition, as "between").
 * 64: "happend" and "hapened" are read as "happened".
 * 65: أولوية (priority) keeps its nisba: not أول (first).
 * 66: the emphatic reflexives (بنفسه، شخصيا, personally, лично) are function words.
 * 67: a defective verb's plural imperfect has its root (يحمون → حمي).
 * 68: «بصدد» (about to, as to) is a stop word.
 * 69: an English plural typed in -ys after a consonant (countrys) is read in -ies.
 * 70: "untill" and "untl" are read as "until".
 * 71: an Arabic conjunction or preposition written onto a number (و2002، بـ4) is a word of its own.
 * 72: «داخل» (inside, within) is a stop word, as the other semi-prepositions are.
 * 73: chat's "op" and "ops" are read as "operation" and "operations".
 * 74: the past of Russian «стать» (стал, became) is a stop word.
 */
const ANALYSIS_VERSION = 74;

/**
 * Questions whose analysis is kept (see queryOf): as many as a bot has in flight at once (a conversation analyses its
 * question to tell a follow-up, waits on the store while other chats' questions come in, then asks it), and far fewer
 * than the distinct questions of a day, so repeated traffic gains little from it.
 */
const RECENT_QUERIES = 64;

/** The last corpus signature of each passages array (see PassageIndex.corpusSignature). */
const corpusSignatures = new WeakMap<readonly Passage[], { settings: string; signature: string }>();

/** Analysed passages kept for reranking and highlighting; popular passages come back often. */
const ANALYSIS_CACHE_SIZE = 4096;

/**
 * A passage's terms per index field, from its analysis and its document's headline stems. The one place fields are
 * chosen, for PassageIndex.build and for the worker threads of buildIndexInParallel alike.
 */
export function passageFields(t: TextTerms, titleStems: readonly string[]): FieldTerms {
  return { stem: t.stem, gram: t.gram, entity: t.entity, skeleton: t.skeleton, pair: t.pair, root: t.root, forms: t.forms, title: titleStems };
}

/** The passages of a corpus, indexed for BM25 search over the Arabic-aware fields. */
export class PassageIndex {
  readonly termOptions: TermOptions;
  readonly weights: FieldWeights;
  private readonly expander: QueryExpander;
  private readonly analysisCache: Map<string, CachedAnalysis>;
  private readonly titleAnalyses: Map<string, TextTerms>;
  private readonly documentContexts: Map<string, DocumentContext>;
  /**
   * The statistics questions are analysed with, one function for the index's life: the analysis remembers per
   * function what it worked out from them (see wordFactsOf and documentWordsOf in question-word-facts).
   */
  private readonly documentFrequency = (field: string, term: string): number => this.bm25.documentFrequency(field, term);
  private readonly recentQueries = new Map<string, Query>();
  /** Where each document's passages start in `passages` (see passageOfDocument), made on first use. */
  private firstPassageOfDocument: Map<string, number> | undefined;

  private constructor(
    readonly passages: readonly Passage[],
    readonly documents: ReadonlyMap<string, SourceDocument>,
    readonly gazetteer: Gazetteer,
    readonly bm25: Bm25Searcher,
    options: PassageIndexOptions,
    /** An index of the same analysis whose passage and headline analyses are kept on (they depend on no statistics). */
    sharedWith?: PassageIndex,
  ) {
    this.analysisCache = sharedWith?.analysisCache ?? new Map();
    this.titleAnalyses = sharedWith?.titleAnalyses ?? new Map();
    this.documentContexts = sharedWith?.documentContexts ?? new Map();
    this.termOptions = { ...DEFAULT_TERM_OPTIONS, ...options.terms };
    this.weights = { ...DEFAULT_FIELD_WEIGHTS, ...options.weights };
    this.expander = options.expander ?? DEFAULT_EXPANDER;
  }

  /** The signature a saved index must carry to be reused with these options and this gazetteer. */
  static signature(gazetteer: Gazetteer, options: PassageIndexOptions = {}): string {
    const terms = { ...DEFAULT_TERM_OPTIONS, ...options.terms };
    // Descriptions too: they are found as the names are (a saved index from before an added one would miss it).
    const gazetteerIds = gazetteer.entries.map((e) => {
      const { ar = [], en = [], ru = [] } = e.descriptions ?? {};
      return `${e.id}:${[...(e.ar ?? []), ...(e.en ?? []), ...(e.ru ?? []), ...ar, ...en, ...ru].join('|')}`;
    });
    return JSON.stringify({ v: ANALYSIS_VERSION, terms, gazetteer: gazetteerIds });
  }

  /**
   * The signature of an index of exactly these passages: analysis, gazetteer, BM25 parameters and every passage's
   * id and text. A saved index carrying it fits the corpus as it is now.
   */
  static corpusSignature(passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {}): string {
    const settings = PassageIndex.signature(gazetteer, options) + JSON.stringify({ ...DEFAULT_PASSAGE_BM25, ...options.bm25 });
    // Hashing every passage takes a while on a large corpus: finding the saved index and checking it ask the same.
    const known = corpusSignatures.get(passages);
    if (known?.settings === settings) return known.signature;
    const hash = createHash('sha256');
    hash.update(settings);
    for (const p of passages) hash.update(`\u0000${p.id}\u0000${p.text}`);
    const signature = hash.digest('hex');
    corpusSignatures.set(passages, { settings, signature });
    return signature;
  }

  /** Restores an index saved with toBuffer for these passages; throws IndexFormatError when it does not fit them. */
  static fromBuffer(buffer: Uint8Array, documents: readonly SourceDocument[], passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {}): PassageIndex {
    const bm25 = PassageIndex.bm25FromBuffer(buffer, passages, gazetteer, options);
    return new PassageIndex(passages, new Map(documents.map((d) => [d.id, d])), gazetteer, bm25, options);
  }

  /** The BM25 index saved with toBuffer for these passages; throws IndexFormatError when it does not fit them. */
  static bm25FromBuffer(buffer: Uint8Array, passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {}): Bm25Index {
    return Bm25Index.fromBuffer(buffer, PassageIndex.corpusSignature(passages, gazetteer, options));
  }

  /** The BM25 index of the passages from their postings (laid out by worker threads). */
  static bm25FromPostings(passages: readonly Passage[], gazetteer: Gazetteer, postings: FlatPostings, options: PassageIndexOptions = {}): Bm25Index {
    return Bm25Index.fromPostings(postings, passages.length, { ...DEFAULT_PASSAGE_BM25, ...options.bm25 }, PassageIndex.corpusSignature(passages, gazetteer, options));
  }

  /**
   * Each document's headline stems and the gazetteer entries naming its outlet (outletEntities), by document id: the
   * title field of its passages, what each of them says about the whole report.
   */
  static titleStems(documents: readonly SourceDocument[], gazetteer: Gazetteer, options: PassageIndexOptions = {}): Map<string, string[]> {
    const termOptions = { ...DEFAULT_TERM_OPTIONS, ...options.terms };
    return new Map(documents.map((d) => [d.id, [...termsOfText(d.title, gazetteer, termOptions).stem, ...outletEntities(d, gazetteer, termOptions)]]));
  }

  /** Indexes the passages of the documents. */
  static build(documents: readonly SourceDocument[], passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {}): PassageIndex {
    const bm25 = PassageIndex.buildBm25(documents, passages, gazetteer, options);
    return new PassageIndex(passages, new Map(documents.map((d) => [d.id, d])), gazetteer, bm25, options);
  }

  /** The BM25 index of the passages of the documents, in this thread (PassageIndex.build's, or a live segment's). */
  static buildBm25(documents: readonly SourceDocument[], passages: readonly Passage[], gazetteer: Gazetteer, options: PassageIndexOptions = {}): Bm25Index {
    const termOptions = { ...DEFAULT_TERM_OPTIONS, ...options.terms };
    const titleStems = PassageIndex.titleStems(documents, gazetteer, options);
    const fieldTerms: FieldTerms[] = passages.map((p) => passageFields(termsOfText(p.text, gazetteer, termOptions), titleStems.get(p.docId) ?? []));
    return Bm25Index.build(fieldTerms, { ...DEFAULT_PASSAGE_BM25, ...options.bm25 }, PassageIndex.corpusSignature(passages, gazetteer, options));
  }

  /** The index of the passages from their postings, laid out elsewhere (buildIndexInParallel). */
  static fromPostings(
    documents: readonly SourceDocument[], passages: readonly Passage[], gazetteer: Gazetteer, postings: FlatPostings, options: PassageIndexOptions = {},
  ): PassageIndex {
    const bm25 = PassageIndex.bm25FromPostings(passages, gazetteer, postings, options);
    return new PassageIndex(passages, new Map(documents.map((d) => [d.id, d])), gazetteer, bm25, options);
  }

  /**
   * The index of passages searched by a searcher made elsewhere: the segments of a live index (Bm25Segments), whose
   * document numbers are positions in `passages`.
   */
  static fromSearcher(
    documents: readonly SourceDocument[], passages: readonly Passage[], gazetteer: Gazetteer, searcher: Bm25Searcher, options: PassageIndexOptions = {},
    previous?: PassageIndex,
  ): PassageIndex {
    // The analyses of passages and headlines stay valid from one snapshot to the next (ids are never reused for other
    // text while served: a replaced document's passages are dropped from the cache here); the analysed questions do
    // not (their expansion reads the statistics).
    return new PassageIndex(passages, new Map(documents.map((d) => [d.id, d])), gazetteer, searcher, options, previous);
  }

  /** Forgets the analyses of these documents' passages and headlines (their text is replaced). */
  forgetAnalyses(docIds: ReadonlySet<string>): void {
    for (const id of docIds) {
      this.titleAnalyses.delete(id);
      this.documentContexts.delete(id);
    }
    for (const id of this.analysisCache.keys()) if (docIds.has(id.slice(0, id.lastIndexOf('#')))) this.analysisCache.delete(id);
  }

  /**
   * A question analysed into concepts and terms. The last few are kept: adapters ask, then key the same question
   * for their records, and one analysis serves both.
   */
  queryOf(question: string, context?: string): Query {
    const key = context === undefined ? question : `${question}\u0000${context}`;
    let query = this.recentQueries.get(key);
    if (query) return query;
    if (context === undefined) {
      query = buildQuery(question, this.gazetteer, this.termOptions, this.documentFrequency, this.expander);
    } else {
      // A follow-up that does not stand on its own is read with the previous question's topic, at a lower weight.
      query = this.queryOf(question);
      if (!standsOnItsOwn(query, this.gazetteer)) query = addContext(query, this.queryOf(context));
    }
    this.recentQueries.set(key, query);
    if (this.recentQueries.size > RECENT_QUERIES) this.recentQueries.delete(this.recentQueries.keys().next().value!);
    return query;
  }

  /** The k best passages for a question; `context`: the previous question, when this one may follow it up. */
  search(question: string, k: number, context?: string): SearchResult {
    const query = this.queryOf(question, context);
    const { weights } = this;
    // Plain objects of three properties (a spread copy also carried the concept, which BM25 does not read).
    const weighted = query.terms.map(({ field, term, weight }): WeightedTerm => ({
      field, term, weight: weight * weights[field as keyof FieldWeights],
    }));
    const hits = this.bm25.search(weighted, k).map(({ doc, score }) => ({ passage: this.passages[doc]!, score }));
    return { query, hits };
  }

  /** A document headline's analysis, computed once (the corpus's headlines are few and reused by every answer). */
  titleAnalysisOf(docId: string): TextTerms {
    let terms = this.titleAnalyses.get(docId);
    if (!terms) this.titleAnalyses.set(docId, (terms = termsOfText(this.documents.get(docId)?.title ?? '', this.gazetteer, this.termOptions)));
    return terms;
  }

  /**
   * A passage's analysis (cached; when full, the oldest not used since it was last looked at is dropped: a "second
   * chance" for the used ones, so that a hit only sets a flag instead of moving the entry).
   */
  analysisOf(passage: Passage): TextTerms {
    const cached = this.cachedAnalysisOf(passage);
    cached.used = true;
    if (!cached.complete) {
      const own = cached.terms;
      const inherited = this.personsNamedIn(cached.terms).length || namesItsSpeaker(cached.terms, this.gazetteer) ? undefined : this.inheritedPersonOf(passage);
      if (inherited) cached.terms = { ...cached.terms, inheritedPerson: inherited };
      const { headlineEcho, creditLines, mainCountry, ...ofEveryPassage } = this.documentContextOf(passage.docId);
      // An epithet («دولة صديقة») stands for the country the report is about, where the passage does not name it.
      const epithet = mainCountry && !cached.terms.entities.some((e) => e.id === mainCountry) ? countryEpithetTokens(cached.terms.tokens) : [];
      if (epithet.length) cached.terms = { ...cached.terms, epithetCountry: { id: mainCountry!, tokens: epithet } };
      if (ofEveryPassage.headlineOrganisations || ofEveryPassage.outletEntities) cached.terms = { ...cached.terms, ...ofEveryPassage };
      // A credit line («المصدر: نوفوستي») credits the whole report, which its headline sums up: "what source did RT's
      // piece on the Russian MFA cite?" describes the report by its headline's words, which the line lacks.
      const creditLine = creditLines.includes(passage.ordinal);
      if (creditLine) cached.terms = { ...cached.terms, creditLine };
      if (headlineEcho === passage.ordinal || creditLine) cached.terms = { ...cached.terms, headline: this.titleAnalysisOf(passage.docId) };
      const referred = this.headNounEntitiesOf(passage, cached.terms);
      if (referred.length) cached.terms = { ...cached.terms, headNounEntities: referred };
      const antecedent = this.antecedentOf(passage, cached.terms);
      if (antecedent) cached.terms = { ...cached.terms, antecedent };
      cached.terms = inOneShape(own, cached.terms);
      cached.complete = true;
    }
    return cached.terms;
  }

  /** A document's credit lines («المصدر: نوفوستي»): the line crediting the agency a report comes from. */
  creditLinesOf(docId: string): Passage[] {
    return this.documentContextOf(docId).creditLines.flatMap((ordinal) => this.passageOfDocument(docId, ordinal) ?? []);
  }

  /** What a document's headline and outlet tell of each of its passages, read once per document. */
  private documentContextOf(docId: string): DocumentContext {
    let context = this.documentContexts.get(docId);
    if (!context) {
      const headline = qualifiedOrganisations(this.titleAnalysisOf(docId).entities, this.gazetteer);
      const document = this.documents.get(docId);
      const outlet = document ? outletEntities(document, this.gazetteer, this.termOptions) : [];
      const echo = this.headlineEchoOf(docId);
      const creditLines: number[] = [];
      for (let ordinal = 0, passage; (passage = this.passageOfDocument(docId, ordinal)); ordinal++) if (SOURCE_CREDIT_PATTERN.test(passage.text)) creditLines.push(ordinal);
      const mainCountry = this.mostNamedCountryOf(docId);
      context = { ...(headline.size && { headlineOrganisations: headline }), ...(outlet.length && { outletEntities: outlet }), ...(echo !== undefined && { headlineEcho: echo }), ...(mainCountry && { mainCountry }), creditLines };
      this.documentContexts.set(docId, context);
    }
    return context;
  }

  /** The country its document's passages name most often (the first of equals), or undefined when they name none. */
  private mostNamedCountryOf(docId: string): string | undefined {
    const isCountry = countryTest(this.gazetteer);
    const counts = new Map<string, number>();
    for (let ordinal = 0, passage; (passage = this.passageOfDocument(docId, ordinal)); ordinal++) {
      for (const e of this.cachedAnalysisOf(passage).terms.entities) if (isCountry(e.id)) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [id, n] of counts) if (best === undefined || n > counts.get(best)!) best = id;
    return best;
  }

  /**
   * The ordinal of the passage that shares most of its document's headline's content words (at least two, and
   * HEADLINE_ECHO_SHARE of them; the first of equals), or undefined when none does: the passage the headline sums up.
   */
  private headlineEchoOf(docId: string): number | undefined {
    const headline = new Set(this.titleAnalysisOf(docId).tokens.filter((t) => !t.stop).map((t) => t.stem));
    const least = Math.max(2, HEADLINE_ECHO_SHARE * headline.size);
    let best: number | undefined;
    let bestShared = 0;
    for (let ordinal = 0; ; ordinal++) {
      const passage = this.passageOfDocument(docId, ordinal);
      if (!passage) break;
      const stems = new Set(this.cachedAnalysisOf(passage).terms.stem);
      let shared = 0;
      for (const stem of headline) if (stems.has(stem)) shared++;
      if (shared >= least && shared > bestShared) {
        best = ordinal;
        bestShared = shared;
      }
    }
    return best;
  }

  /** A passage's cache entry, its analysis made (without its inherited person) when it had none. */
  private cachedAnalysisOf(passage: Passage): CachedAnalysis {
    const cached = this.analysisCache.get(passage.id);
    if (cached) return cached;
    const terms = termsOfText(passage.text, this.gazetteer, this.termOptions);
    while (this.analysisCache.size >= ANALYSIS_CACHE_SIZE) {
      const [id, oldest] = this.analysisCache.entries().next().value!;
      this.analysisCache.delete(id);
      if (!oldest.used) break;
      oldest.used = false;
      this.analysisCache.set(id, oldest);
    }
    const entry = { terms, used: false, complete: false };
    this.analysisCache.set(passage.id, entry);
    return entry;
  }

  /** The mentions of people (gazetteer persons) in an analysed text, in order. */
  private personsNamedIn(terms: TextTerms): EntityMatch[] {
    return terms.entities.filter((e) => this.gazetteer.kinds.get(e.id) === 'person');
  }

  /**
   * The person named last in the nearest of the INHERIT_REACH passages before this one in its document that names
   * one: news refer back to a person by title («وأضاف الرئيس»، «رئيس مجلس الأمن») or quote them over several
   * paragraphs, and a question naming them is about those paragraphs too.
   */
  private inheritedPersonOf(passage: Passage): string | undefined {
    for (let back = 1; back <= INHERIT_REACH && passage.ordinal - back >= 0; back++) {
      const previous = this.passageOfDocument(passage.docId, passage.ordinal - back);
      if (!previous) return undefined;
      const persons = this.personsNamedIn(this.cachedAnalysisOf(previous).terms);
      if (persons.length) return persons.at(-1)!.id;
    }
    return undefined;
  }

  /**
   * The entities the passage names by the head noun of their name alone, definite and outside any mention («على
   * المجلس», "the ministry"): of the entries that noun heads, the one named last in the passage before it or in the
   * INHERIT_REACH passages before (news say «مجلس الأمن» once, then «المجلس»).
   */
  private headNounEntitiesOf(passage: Passage, terms: TextTerms): Array<{ id: string; tokens: number[] }> {
    const inMention = (i: number) => terms.entities.some((e) => e.first <= i && i <= e.last);
    const byId = new Map<string, number[]>();
    terms.tokens.forEach((t, i) => {
      if (t.stop || !t.stem || inMention(i)) return;
      const definite = t.script === 'arabic' ? hasArabicArticle(t.normalized) : ENGLISH_DEFINITE.has(terms.tokens[i - 1]?.normalized ?? '');
      if (!definite) return;
      const headed = this.gazetteer.entriesHeadedBy(t.stem).filter((id) => this.gazetteer.kinds.get(id) !== 'person' && this.gazetteer.kinds.get(id) !== 'place');
      if (!headed.length) return;
      const id = this.lastNamedOf(passage, terms, i, headed);
      if (id) byId.set(id, [...(byId.get(id) ?? []), i]);
    });
    return [...byId].map(([id, tokens]) => ({ id, tokens }));
  }

  /** Of the entries, the one named last before token `before` of the passage, or in the INHERIT_REACH passages before. */
  private lastNamedOf(passage: Passage, terms: TextTerms, before: number, ids: readonly string[]): string | undefined {
    const own = terms.entities.filter((e) => e.last < before && ids.includes(e.id)).at(-1);
    if (own) return own.id;
    for (let back = 1; back <= INHERIT_REACH && passage.ordinal - back >= 0; back++) {
      const previous = this.passageOfDocument(passage.docId, passage.ordinal - back);
      if (!previous) return undefined;
      const named = this.cachedAnalysisOf(previous).terms.entities.filter((e) => ids.includes(e.id)).at(-1);
      if (named) return named.id;
    }
    return undefined;
  }

  /**
   * The analysis of the passage before this one in its document, when this one opens by referring back to it: one of
   * its first ANAPHOR_REACH words is a definite noun (Arabic «الـ», English "the"/"this") that the passage before holds
   * too («وحضر الاجتماع» after «…اجتماعا في 6 يناير»، «وقال المصدر» after «كشف مصدر في الأمم المتحدة»). News continue
   * a report in the next paragraph and leave its names to the one before.
   */
  private antecedentOf(passage: Passage, terms: TextTerms): TextTerms | undefined {
    if (passage.ordinal === 0) return undefined;
    const opening = terms.tokens.slice(0, ANAPHOR_REACH);
    const referring = opening.filter((t, i) => !t.stop && (t.script === 'arabic' ? hasArabicArticle(t.normalized) : ENGLISH_DEFINITE.has(opening[i - 1]?.normalized ?? '')));
    if (!referring.length) return undefined;
    for (let back = 1; back <= ANTECEDENT_REACH && passage.ordinal - back >= 0; back++) {
      const previous = this.passageOfDocument(passage.docId, passage.ordinal - back);
      if (!previous) return undefined;
      const before = this.cachedAnalysisOf(previous).terms;
      if (referring.some((t) => before.tokens.some((b) => !b.stop && b.stem === t.stem))) return before;
    }
    return undefined;
  }

  /** The passage at this position of a document, by where its document's passages start in `passages`. */
  private passageOfDocument(docId: string, ordinal: number): Passage | undefined {
    if (!this.firstPassageOfDocument) {
      // A document's passages stand together and in order, in a built index and in each segment of a live one; a
      // live index may hold a replaced document's old passages before its new ones, so the last first passage counts.
      const first = (this.firstPassageOfDocument = new Map());
      this.passages.forEach((p, i) => {
        if (p.ordinal === 0) first.set(p.docId, i);
      });
    }
    const first = this.firstPassageOfDocument.get(docId);
    const found = first === undefined ? undefined : this.passages[first + ordinal];
    return found?.docId === docId && found.ordinal === ordinal ? found : undefined;
  }

  /** The index in its binary form (passages and documents are rebuilt from the corpus). */
  toBuffer(): Buffer {
    if (!(this.bm25 instanceof Bm25Index)) throw new Error('an index of several segments is saved segment by segment');
    return this.bm25.toBuffer();
  }
}
