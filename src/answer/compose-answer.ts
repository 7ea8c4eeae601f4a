import type { Passage } from '../documents/document.js';
import { conceptIndexOf, type Query, type QueryConcept } from '../search/build-query.js';
import type { EntityMatch } from '../search/gazetteer.js';
import { siteNounIndexes } from '../search/credit-question.js';
import type { PassageIndex, SearchResult } from '../search/passage-index.js';
import type { TextTerms } from '../search/passage-terms.js';
import { answeringPlaces, countMarks, isCollectionSetting, passageMarks } from '../search/answer-evidence.js';
import { documentsOfBroadQuestion } from './broad-question.js';
import { answerConfidence } from './answer-confidence.js';
import { conceptWeights, creditOf, matchConcepts, type ConceptMatch } from '../search/match-concepts.js';
import { topicFamilyNumberAt } from '../text/topic-nouns.js';
import { asksHowTo, asksWhoHeads, countedWordIndex, endsDuringWord, HAPPENED_VERBS, isGeneralEventWord, happenedToConcept, isGenericTitle, isPlaceNoun, isTitleWord, locatingVerbIndex, queryAsks } from '../search/question-form.js';
import { ownTokensOf } from '../search/follow-up-context.js';
import { DEFAULT_RERANK_OPTIONS, rerankByCoverage, type RerankedHit } from '../search/rerank-by-coverage.js';
import { withCreditLines } from '../search/credit-lines.js';
import { creditAnswer, headlineAnswer, linkAnswer, publicationAnswer } from './report-answer.js';
import { sourceOf } from './answer-source.js';
import type { Answer, AnswerPassage, AnswerSource } from './answer.js';
import { fingerprintsOverlap, triplesFingerprint, type TriplesFingerprint } from './near-duplicates.js';
import { selectQuote, type QuoteSource } from './select-quote.js';
import { quoteHoldsAName, quoteNamesACountry, quoteNamesPerson } from './quote-names.js';
import { holdsAskedType, missesEveryWordButNames, pickLeadPassage } from './pick-lead-passage.js';
import { detectUiLanguage, type UiLanguage } from '../text/detect-ui-language.js';
import { analyze, type AnalyzedToken } from '../text/analyze.js';
import { speaksOfDeparture } from '../text/departure-words.js';
import { eventsSpokenOf, eventsToldOf } from '../text/event-words.js';
import { tellsOfTheFuture } from '../text/future-tense.js';
import { speaksOfMoney } from '../text/money-words.js';
import { isCasualtyWord } from '../text/casualty-words.js';
import { readColloquial } from '../text/read-colloquial.js';

/** Options of composeAnswer. */
export interface ComposeAnswerOptions {
  /** Passages shown, 1 to 10. Default 3. */
  top?: number;
  /** Least support (IDF-weighted share of the question's concepts, see answerSupport) the best passage needs to count as an answer. */
  minCoverage?: number;
  /** Least share of the most a passage could score for the question the best BM25 score must reach (see scoreShare). */
  minScoreShare?: number;
  /** Least confidence (answerConfidence: the calibrated model over the best passage's evidence) to answer at all. */
  minConfidence?: number;
  /**
   * Least confidence to answer a "when" or "how many" question from a passage holding no date or count: such a passage
   * is more often a near miss ("كم عدد سكان…؟" meeting "سكان المدينة").
   */
  minConfidenceUntyped?: number;
  /** Reply language; default: the question's. */
  language?: UiLanguage;
}

/**
 * Default answer options. The bot answers when the calibrated confidence reaches minConfidence
 * (scripts/calibrate-abstention.ts); minCoverage and minScoreShare are floors below which no model is asked: a passage
 * holding under a tenth of the question, or scoring a few common words, answers nothing.
 */
export const DEFAULT_COMPOSE_ANSWER_OPTIONS = { top: 3, minCoverage: 0.1, minScoreShare: 0.03, minConfidence: 0.18, minConfidenceUntyped: 0.6 };

// Passages are immutable for the life of an index: their fingerprints are computed once.
const TRIPLES = new WeakMap<Passage, TriplesFingerprint>();
function triplesOf(passage: Passage): TriplesFingerprint {
  let triples = TRIPLES.get(passage);
  if (!triples) TRIPLES.set(passage, (triples = triplesFingerprint(passage.text)));
  return triples;
}

/** Hits reranked and looked at for abstention and near-duplicates. */
export const CANDIDATE_POOL = 20;

/**
 * How many hits to rerank for a question: twice the pool for one asking what an issue, a mandate or the demands were
 * (QuestionAsks.topicNoun). The passage saying it («كانت القضية المعروضة على المجلس هي…») holds the topic's noun and
 * little else of the question, whose other words («في اجتماعه برئاسة توكاييف») pull the meeting's own passages ahead:
 * it stood 22nd. Such questions are few, so the wider pool costs little. Tuned probes +1, held out +1, every other
 * set and ARCD the same.
 */
export function candidatePoolOf(query: Query): number {
  return queryAsks(query).topicNoun >= 0 ? 2 * CANDIDATE_POOL : CANDIDATE_POOL;
}

/**
 * A missing word must carry this share of the question's weight for onlyThePlaceMatches to decline. 0.3 → 0.2: our
 * probes' unanswerable questions +2 tuned, +1 held out ("were more people killed in Almaty than in Zhanaozen?"), no
 * answerable question lost in any set.
 */
const MISSING_SUBJECT_SHARE = 0.2;

/** Words pointing at the time the question is asked: today, now (normalised; the dialects' «هلق» reads «الآن»). */
const TIME_DEICTICS = new Set(['today', 'tonight', 'now', 'currently', 'اليوم', 'الان', 'сегодня', 'сейчас', 'теперь']);
const isTimeDeictic = (word: string) => readColloquial(word).readings.some((reading) => TIME_DEICTICS.has(reading));

/** Function words that may stand between "during" and "the events": "during all these events", «خلال هاد الأحداث». */
const DURING_REACH = 2;

/** Whether token i is a general event word ("the events", «الأحداث») after a word of "during": the time of the question, as a place is its setting. */
function isDuringEvents(query: Query, i: number): boolean {
  const { tokens } = query;
  const word = tokens[i]!.normalized;
  if (!isGeneralEventWord(word) || HAPPENED_VERBS.has(word)) return false;
  for (let before = i - 1; before >= Math.max(0, i - 1 - DURING_REACH); before--) {
    const { normalized, stop } = tokens[before]!;
    if (endsDuringWord(tokens, before)) return true;
    if (!stop && !readColloquial(normalized).functionWord) return false;
  }
  return false;
}

/**
 * Whether the best passage matches the question only by the places it names, while a weighty word of the question is
 * missing from it: "the weather in Almaty", "a cheap hotel in Nur-Sultan" ask about something the documents do not
 * hold, in a place they do. "What happened in Almaty?" asks about the place itself and is answered.
 */
function onlyThePlaceMatches(best: RerankedHit, result: SearchResult, index: PassageIndex): boolean {
  const { query } = result;
  const matched = new Set(best.match.matched);
  if (matched.size === 0) return false;
  for (const c of matched) {
    const concept = query.concepts[c]!;
    if (concept.entity !== undefined && index.gazetteer.kinds.get(concept.entity) === 'place') continue;
    if (concept.tokens.length === 0) return false;
    // A word pointing at the day the question is asked ("today", «اليوم», «сегодня») places it in time as the place
    // does in space: "the weather in Almaty today" is asked about something the documents do not hold.
    if (concept.tokens.every((t) => isTimeDeictic(query.tokens[t]!.normalized))) continue;
    // "During the events" does too: the unrest is the collection's subject, told in most of its passages.
    if (!concept.tokens.every((t) => isDuringEvents(query, t))) return false;
  }
  const weights = conceptWeights(query, index.bm25);
  const total = weights.reduce((sum, w) => sum + w, 0) || 1;
  const locating = locatingVerbIndex(ownTokensOf(query), queryAsks(query).form);
  // The question's own words: a follow-up's topic from the previous question may go unmatched.
  return query.concepts.some((concept, c) => !matched.has(c) && concept.contextWeight === undefined && weights[c]! / total >= MISSING_SUBJECT_SHARE
    // "What happened in X?" asks about the place itself; so does "where is X located?", and "what role did X play?",
    // whose words only frame it.
    && !concept.tokens.some((t) => t === locating || HAPPENED_VERBS.has(query.tokens[t]!.normalized)) && !concept.frame);
}

/**
 * Whether the question names, by a word written as a name («что Путин сказал…», "what did Lavrov say"), someone or
 * something no document names: no gazetteer entity, no translation, no document's word or consonant skeleton.
 * However well its other words match, no passage is about them. (A country or bloc the documents never name is
 * declined the same way, through AnswerEvidence.missingCountry: a dictionary's "NATO" → منظمة made the CSTO's
 * passages answer "did NATO send troops?".)
 */
function namesSomeoneUnknown(query: Query, index: PassageIndex): boolean {
  const { bm25 } = index;
  return query.concepts.some((c) => c.name === true && c.entity === undefined && !c.alternatives?.length
    && c.stems.every((stem) => bm25.documentFrequency('stem', stem) === 0)
    // Nor a name the documents write otherwise (Zhanaozen, جاناوزين: the same consonants).
    && !(c.skeleton && bm25.documentFrequency('skeleton', c.skeleton) > 0));
}

/** Prepositions that place what a question counts: في ألماتي، in Almaty, в Алматы. */
const LOCATIVES = new Set(['في', 'in', 'at', 'в', 'во']);

/** Whether the concept is a place named after a locative preposition (في جاناوزين، بألماتي، in Almaty). */
function isPlaceWhere(concept: QueryConcept, query: Query, index: PassageIndex): boolean {
  if (concept.entity === undefined || index.gazetteer.kinds.get(concept.entity) !== 'place') return false;
  const first = concept.tokens[0]!;
  const token = query.tokens[first]!;
  if (token.script === 'arabic' && token.normalized[0] === 'ب' && index.gazetteer.protectedWords.has(token.normalized.slice(1))) return true;
  return LOCATIVES.has(query.tokens[first - 1]?.normalized ?? '');
}

/**
 * Whether a "how many" question counts in a place (not the collection's setting) that the best passage does not name:
 * its count is of somewhere else («كم عدد القتلى في جاناوزين؟» quoted the 13 officers killed, nowhere said to be
 * there). A place otherwise named is no such bound («…التحالف العسكري بقيادة موسكو»).
 */
function missesAskedPlace(best: RerankedHit, query: Query, index: PassageIndex): boolean {
  // The question's own words: a follow-up's topic from the previous question («…في ألماتي؟» then «وكم واحد مات هناك؟») only
  // leads to the passage, which may tell the count without repeating the place.
  return query.concepts.some((c, k) => c.contextWeight === undefined && isPlaceWhere(c, query, index)
    && !isCollectionSetting(c.entity!, index.bm25) && !best.match.matched.includes(k));
}

/**
 * The index of the word "how many/much" counts among the question's own (countedWordIndex), or -1 when it asks how
 * long something lasts, how many countries or by how many times (answered by dates, by their names and by words of
 * a multiple, not a count of that word).
 */
function countedWordOf(query: Query): number {
  const { duration, countries, ratio } = queryAsks(query);
  return duration || countries || ratio ? -1 : countedWordIndex(ownTokensOf(query));
}

/**
 * Whether "how many/much X?" counts a word a dictionary knows that the documents never use in any form they know:
 * "how much compensation did kz pay to the victims' families?" was answered with the count of the dead.
 */
function countsWhatDocumentsLack(query: Query, at: number, index: PassageIndex): boolean {
  const concept = at < 0 ? undefined : query.concepts.find((c) => c.tokens.includes(at));
  if (!concept?.offered || concept.entity || concept.alternatives?.length) return false;
  // Only English and Russian, whose dictionary words are spelled as written: an Arabic word a dictionary reads may be a
  // slip («كم كتن عدد…» for كان) or a regional noun (متساكني "inhabitants") the documents say otherwise.
  const { script } = query.tokens[at]!;
  if (script !== 'latin' && script !== 'cyrillic') return false;
  return concept.stems.every((stem) => index.bm25.documentFrequency('stem', stem) === 0);
}

/**
 * Whether an English or Russian "how many X?" is asked of a best passage that holds no translation of X: «сколько
 * мирных жителей погибло?» answered with «قتل 13 ضابطا» counts another group. Not an entity (cops, силовики): the
 * documents name those groups by other words (ضباط) too, unless it is an Arabic group of people («كم واحد من
 * الإرهابيين انقتل؟»: one more unanswerable probe declined, every other set the same). In Arabic only a group of people
 * (ARABIC_GROUP_STEMS: «كم عدد المدنيين…؟»), whose other counted words the documents may use in another sense (عسكري
 * "military" for "soldier"). Our chat set: one more unanswerable question declined and one more answered right; probes +3 tuned and
 * +3 held out; natural.json, ARCD and the questions on our documents the same. The Arabic groups: probes +1.
 */
function countsWhatPassageLacks(best: RerankedHit, query: Query, at: number): boolean {
  const concept = conceptIndexOf(query, at);
  if (concept < 0) return false;
  const { script, normalized } = query.tokens[at]!;
  const group = script === 'arabic' && ARABIC_GROUP_STEMS.has(query.tokens[at]!.stem);
  // An entity's mention is found in all its names, but the police are also «ضباط»: only a group of people is checked.
  if (query.concepts[concept]!.entity && !group) return false;
  return (group || ((script === 'latin' || script === 'cyrillic') && !ANY_PEOPLE.has(normalized))) && !best.match.matched.includes(concept);
}

/**
 * Arabic nouns of a group of people that a count may be of: «كم عدد المدنيين…؟» asked of «قتل 13 ضابطا» counts
 * another group. Only these: every Arabic counted word checked so lost ARCD 21 answers.
 */
const ARABIC_GROUP_STEMS: ReadonlySet<string> = new Set(analyze(`مدني مدنيين صحفي صحفيين طفل أطفال امرأة نساء طالب طلاب
  أجنبي أجانب طبيب أطباء مسعف مسعفين سائح سياح لاجئ لاجئين معتقل معتقلين متظاهر متظاهرين محتج محتجين مسلح مسلحين
  عامل عمال موظف موظفين دبلوماسي دبلوماسيين إرهابي إرهابيين متطرف متطرفين مهاجم مهاجمين`).filter((t) => !t.stop).map((t) => t.stem));

/** English and Russian nouns of a group of people a count may be of, as ARABIC_GROUP_STEMS (stems). */
const FOREIGN_GROUP_STEMS: ReadonlySet<string> = new Set(analyze(`civilian civilians protester protesters demonstrator
  demonstrators journalist journalists child children woman women student students foreigner foreigners tourist
  tourists refugee refugees doctor doctors мирных мирные жителей журналист журналистов детей ребенок женщин студентов
  иностранцев туристов демонстрантов протестующих митингующих gunman gunmen militant militants terrorist terrorists
  attacker attackers rioter rioters боевиков боевики террористов нападавших`).filter((t) => !t.stop).map((t) => t.stem));

/** Whether a question word names a group of people a count may be of (ARABIC_GROUP_STEMS, FOREIGN_GROUP_STEMS). */
function isGroupWord(token: AnalyzedToken): boolean {
  return ARABIC_GROUP_STEMS.has(token.stem) || FOREIGN_GROUP_STEMS.has(token.stem);
}

/** Whether a count (a number not in a date) stands within the answer window of a word of the passage matching the concept. */
function countStandsBy(best: RerankedHit, concept: number, index: PassageIndex): boolean {
  const counts = countMarks(passageMarks(index.analysisOf(best.passage), best.passage.text, index.gazetteer), false);
  const window = DEFAULT_RERANK_OPTIONS.answerWindow;
  return best.match.ranges.some((r) => {
    if (r.concept !== concept) return false;
    for (let t = Math.max(0, r.token - window); t <= Math.min(counts.length - 1, r.token + window); t++) if (counts[t]! > 0) return true;
    return false;
  });
}

/**
 * Whether a question names a title (president, prime minister, مندوب…): asking the name of its holder («شو كان اسم رئيس
 * الوزرا يلي استقال؟») wants a person's name, which «ورئيس الوزراء بالنيابة» among a meeting's attendees does not give
 * (a "who" question is checked by pickLeadPassage: see holdsAskedType). Tuned probes +1, every other set the same.
 */
function namesTitle(query: Query): boolean {
  return ownTokensOf(query).some((t) => isTitleWord(t.normalized) || isTitleWord(t.stem));
}

/** Whether a passage names a person (PassageMarks.persons). */
function namesPerson(terms: TextTerms, text: string, index: PassageIndex): boolean {
  return passageMarks(terms, text, index.gazetteer).persons.some((m) => m > 0);
}

/**
 * Whether a "how many" question names a group of people anywhere (not only as the counted word) that its best passage
 * lacks: «كم بلغ العدد الإجمالي للقتلى المدنيين؟» and "whats the total civilian death toll?" are not answered by «قتل
 * 13 ضابطا» (tuned +2, held-out +4, every other set the same).
 */
function missesAskedGroup(best: RerankedHit, query: Query): boolean {
  const own = ownTokensOf(query).length;
  return query.concepts.some((c, n) => !best.match.matched.includes(n) && !c.frame && c.tokens.some((t) => t < own && isGroupWord(query.tokens[t]!)));
}

/**
 * Whether "how many <group of people>…?", the group being what is counted, is asked of a best passage that names
 * the group only far from any count (beyond the answer window): its numbers count something else. «كم كان عدد
 * المسلحين اللي هجموا على مطار ألماتي؟» quoted «…تم الاستيلاء على مطار في ألماتي، يضم نحو خمس طائرات» (five planes)
 * from a passage naming the terrorist gangs two sentences before. A group matched without words of the passage's own
 * (its headline's) is not checked. Tuned probes +1 (this stop's new file), every other set and ARCD the same.
 */
function countsFarFromGroup(best: RerankedHit, query: Query, at: number, index: PassageIndex): boolean {
  if (at < 0 || !isGroupWord(query.tokens[at]!)) return false;
  const group = conceptIndexOf(query, at);
  return best.match.ranges.some((r) => r.concept === group) && !countStandsBy(best, group, index);
}

/**
 * How many words from a word of harm (killed, injured, arrested: see isCasualtyWord) a passage's number may stand and
 * count its victims («قتل 13 ضابطا»، «وأصيب 353 آخرون»، «يصيب الاضطراب… حوالي 2.3%»).
 */
const CASUALTY_REACH = 6;

/**
 * Whether "how many died / were hurt / were arrested?" is asked of a passage whose numbers stand near no word of harm:
 * «Сколько миротворцев погибло?» quoted the 2,500 peacekeepers sent, a count of the living.
 */
function countsNoCasualty(best: RerankedHit, query: Query, index: PassageIndex): boolean {
  if (queryAsks(query).duration || !ownTokensOf(query).some(isCasualtyWord)) return false;
  const terms = index.analysisOf(best.passage);
  const { numbers } = passageMarks(terms, best.passage.text, index.gazetteer);
  return !terms.tokens.some((t, i) => isCasualtyWord(t) && numbers.some((m, j) => m > 0 && Math.abs(i - j) <= CASUALTY_REACH));
}

/** "How many people…?" counts any people: the officers of «قتل 13 ضابطا» are. So does chat's «скока народу…?». */
const ANY_PEOPLE = new Set(['people', 'ppl', 'persons', 'person', 'individuals', 'человек', 'человека', 'люди', 'людей', 'народу', 'народа']);

/**
 * How many words from the counted word a country may stand and still say whose count is asked: beside it (الجنود
 * الروس، russian soldiers) or as the subject of its verb (كم جندي أرسلت أرمينيا؟، how many troops did russia send?).
 * 1 → 2: two more unanswerable probes declined, every answered one the same (3: the same as 2).
 */
const GROUP_REACH = 2;

/**
 * Whether "how many <nationality> X?" (كم عدد الجنود الروس؟، how many russian soldiers…?, how many troops did Armenia
 * send?) is asked of a passage whose counts stand nowhere near that country: «أرسلت ما مجموعه 2500» counts the whole
 * force, not Russia's share of it.
 */
function countsAnotherGroup(best: RerankedHit, query: Query, at: number, index: PassageIndex): boolean {
  if (at < 0) return false;
  const { kinds } = index.gazetteer;
  const group = query.concepts.findIndex((c) => c.entity !== undefined && kinds.get(c.entity) === 'place' && c.tokens.some((t) => Math.abs(t - at) <= GROUP_REACH));
  if (group < 0 || isCollectionSetting(query.concepts[group]!.entity!, index.bm25)) return false;
  return !countStandsBy(best, group, index);
}

/** The best passage as selectQuote reads it: analysis, marks, and the question's concepts its headline names. */
function quoteSource(lead: RerankedHit, result: SearchResult, index: PassageIndex, weights: readonly number[]): QuoteSource {
  const { passage, match } = lead;
  const terms = index.analysisOf(passage);
  const title = index.documents.get(passage.docId)?.title ?? '';
  const topical = new Set(matchConcepts(title, result.query, weights, index.gazetteer, index.termOptions, index.titleAnalysisOf(passage.docId)).matched);
  // "…according to X?": a sentence naming X is X's, not the answer (see QueryConcept.attributed).
  result.query.concepts.forEach((c, k) => { if (c.attributed) topical.add(k); });
  const { form, endDate, startDate, duration, countries, ratio, medium, platform, future, goal, recipient, means, topicNoun, holder, creation } = queryAsks(result.query);
  const topic = topicNoun >= 0 ? topicFamilyNumberAt(result.query.tokens, topicNoun) : 0;
  const named = result.query.concepts.map((c) => c.entity !== undefined);
  const marks = passageMarks(terms, passage.text, index.gazetteer);
  // Only "where" reads the places.
  const places = form === 'place' ? answeringPlaces(terms, marks, index.bm25) : undefined;
  const happened = happenedToConcept(result.query);
  const happenedTo = happened >= 0 ? happened : undefined;
  return { text: passage.text, terms, match, marks, topical, endDate, startDate, duration, countries, ratio, named, medium, platform, happenedTo, future, goal, recipient, means, creation, holder: holder && gazetteerNamesPeople(index) && askedTitles(result.query).length > 0, ...(places && { places }), ...(topic && { topic }) };
}

/**
 * Whether a "who is the <title>?" question's best passage lacks the title: a person it names holds another one.
 * «من هو رئيس الحكومة الجديد؟» quoted «…توكاييف رئيس جمهورية كازاخستان…» from a passage about the government's measures,
 * and "who is the new prime minister of kazakhstan" Armenia's («رئيس وزراء أرمينيا نيكول باشينيان»).
 */
function missesAskedTitle(best: RerankedHit, query: Query, index: PassageIndex): boolean {
  const titles = askedTitles(query);
  // A title of several words the gazetteer knows (رئيس الحكومة) is held as a whole, not by its رئيس alone; of two
  // titles («المسؤول… بصفته رئيسا لمجلس…») one held is enough.
  const holds = (n: number): boolean => {
    const k = best.match.matched.indexOf(n);
    const concept = query.concepts[n]!;
    if (k < 0) return false;
    if (best.match.via[k] === 'synonym' && !synonymStandsForTitle(best.match, n, query)) return false;
    if (concept.entity === undefined) return true;
    if (concept.tokens.length > 1 && best.match.via[k] !== 'entity') return false;
    return !onlyTitleOfOtherPlace(best, concept.entity, query, index);
  };
  return titles.length > 0 && !titles.some(holds);
}

/** The question's concepts (by index) holding a title it names in its own words (رئيس، وزير, "president"). */
function askedTitles(query: Query): number[] {
  const own = ownTokensOf(query).length;
  // "Who is the official who…?" (من المسؤول الذي…؟) is answered by a person of any title: «وفقًا لرئيس المجلس…».
  const isTitle = (t: number) => {
    if (t >= own) return false;
    const { normalized, stem } = query.tokens[t]!;
    return (isTitleWord(normalized) || isTitleWord(stem)) && !isGenericTitle(normalized) && !isGenericTitle(stem);
  };
  return query.concepts.flatMap((c, n) => (c.tokens.some(isTitle) ? [n] : []));
}

/** How many words after a title the word naming what it heads may stand (رئيس جمهورية كازاخستان). */
const TITLE_HOLDER_WINDOW = 3;

/**
 * Whether a passage's synonym of the question's title (concept n) is that title: when the question says what the
 * title heads (the word after it), the synonym must head it too. «قائد قوات حفظ السلام» (the force's commander) is not
 * «رئيس المجلس» (the council's chair), while «زعيم كازاخستان» is «رئيس كازاخستان».
 */
function synonymStandsForTitle(match: ConceptMatch, n: number, query: Query): boolean {
  const next = query.concepts[n + 1];
  if (!next || next.frame) return true;
  return match.ranges.some((x) => x.concept === n && match.ranges.some((y) => y.concept === n + 1 && y.token > x.token && y.token - x.token <= TITLE_HOLDER_WINDOW));
}

/**
 * Whether every mention of the title in the passage is followed by a place the question does not ask about, when the
 * question names a place: «رئيس وزراء أرمينيا» holds Armenia's title, not Kazakhstan's.
 */
function onlyTitleOfOtherPlace(hit: RerankedHit, title: string, query: Query, index: PassageIndex): boolean {
  const { kinds } = index.gazetteer;
  const asked = new Set(query.concepts.flatMap((c) => (c.entity && kinds.get(c.entity) === 'place' ? [c.entity] : [])));
  if (!asked.size) return false;
  return everyMentionHeldBy(index.analysisOf(hit.passage).entities, title, (e) => kinds.get(e.id) === 'place' && !asked.has(e.id));
}

/** Whether the entity is mentioned and every mention of it is followed by a name `holds` accepts: whose title it is. */
function everyMentionHeldBy(entities: readonly EntityMatch[], id: string, holds: (holder: EntityMatch) => boolean): boolean {
  const mentions = entities.filter((e) => e.id === id);
  return mentions.length > 0 && mentions.every((m) => entities.some((e) => e.first === m.last + 1 && holds(e)));
}

/**
 * Whether the question names a title with the organisation or place it belongs to («الأمين العام للأمم المتحدة», "the
 * UN's secretary-general", «رئيس وزراء كازاخستان») and every mention of the title in the best passage belongs to
 * another one («للأمين العام لمنظمة معاهدة الأمن الجماعي»): the passage tells of someone else. Held-out probes +4 and
 * tuned +1 unanswerable ones declined, every answered one the same (found among held-out misses: see the README).
 */
function namesTitleOfAnother(best: RerankedHit, query: Query, index: PassageIndex): boolean {
  const { kinds } = index.gazetteer;
  const own = ownTokensOf(query).length;
  const holderKind = (id: string | undefined) => id !== undefined && (kinds.get(id) === 'org' || kinds.get(id) === 'place');
  // Next to each other, or with a function word between ("secretary-general of the UN"); English may put the holder
  // first ("the UN secretary-general").
  const apart = (from: number, to: number) => to > from && to - from <= 3 && query.tokens.slice(from + 1, to).every((t) => t.stop);
  return query.concepts.some((c, n) => {
    if (c.entity === undefined || kinds.get(c.entity) !== 'term') return false;
    const first = query.tokens[c.tokens[0]!]!;
    if (!isTitleWord(first.normalized) && !isTitleWord(first.stem)) return false;
    const holder = [query.concepts[n + 1], query.concepts[n - 1]].find((d) => d !== undefined && holderKind(d.entity) && d.tokens.at(-1)! < own
      && (apart(c.tokens.at(-1)!, d.tokens[0]!) || (first.script === 'latin' && apart(d.tokens.at(-1)!, c.tokens[0]!))));
    if (!holder) return false;
    const { entities, tokens } = index.analysisOf(best.passage);
    // Of the same kind («رئيس مجلس الأمن» chairs a council, and is no president of another country), and none the
    // question names («…رئيس مجلس الأمن الدولي» for "the president of the UN Security Council") or its holder's words
    // read as ("the UNSC president": UNSC as مجلس، أمن، دولي).
    const kind = kinds.get(holder.entity!);
    const readAs = new Set([...holder.stems, ...(holder.alternatives ?? []).map((a) => a.stem)]);
    const asked = (e: EntityMatch) => query.concepts.some((d) => d.entity === e.id)
      || tokens.slice(e.first, e.last + 1).every((t) => t.stop || readAs.has(t.stem));
    return everyMentionHeldBy(entities, c.entity, (e) => kinds.get(e.id) === kind && e.id !== holder.entity && !asked(e));
  });
}

/**
 * Whether a "who is the <title> of X?" question's best passage lacks an organisation or term the question names (not a
 * place: the country a story is about goes unsaid): "who heads the CSTO's secretariat?" is not answered by the head
 * of a country who turned to the CSTO.
 */
function missesNamedNonPlace(best: RerankedHit, query: Query, index: PassageIndex): boolean {
  const own = ownTokensOf(query).length;
  const { kinds } = index.gazetteer;
  // A noun in apposition right before a place names that place («في العاصمة نور سلطان», "in the capital Nur-Sultan",
  // «в столице Нур-Султане»): a passage naming the place holds it. Not a title: «رئيس كازاخستان» is the president of it.
  const beforePlace = (c: QueryConcept) => {
    const last = c.tokens.at(-1)!;
    const next = query.concepts.find((d) => d.tokens[0] === last + 1);
    const first = query.tokens[c.tokens[0]!]!;
    return !isTitleWord(first.normalized) && !isTitleWord(first.stem) && next?.entity !== undefined && kinds.get(next.entity) === 'place';
  };
  // A noun for a kind of place ("in the capital", «في العاصمة», «в столице») is held by a passage naming a place: the
  // question says where the thing happened as the passage does, by the place's name.
  const placeNamed = () => index.analysisOf(best.passage).entities.some((e) => kinds.get(e.id) === 'place');
  const placeNoun = (c: QueryConcept) => c.tokens.length === 1 && isPlaceNoun(query.tokens[c.tokens[0]!]!.normalized) && placeNamed();
  return query.concepts.some((c, n) => c.entity !== undefined && c.tokens.every((t) => t < own) && kinds.get(c.entity) !== 'place' && !best.match.matched.includes(n) && !beforePlace(c) && !placeNoun(c));
}

/** Per index: whether its gazetteer names a person the documents mention. */
const namesPeople = new WeakMap<PassageIndex, boolean>();

/**
 * Whether the collection's gazetteer names people its documents mention: then "who is the <title>?" is answered only
 * by a passage naming one, however sure the rest of the evidence («من هو وزير الدفاع؟» quoted the list of those at a
 * meeting, «وزير الدفاع» among them, nameless). Without such a list (ARCD's) no name can be seen, and the check holds
 * only below minConfidenceUntyped. Our chat set: unanswerable ones declined 26 → 27 of 31, my probes +2; others the same.
 */
function gazetteerNamesPeople(index: PassageIndex): boolean {
  let names = namesPeople.get(index);
  if (names === undefined) {
    names = index.gazetteer.entries.some((e) => e.kind === 'person' && index.bm25.documentFrequency('entity', e.id) > 0);
    namesPeople.set(index, names);
  }
  return names;
}

/**
 * How many words of its own (not frames) a follow-up needs for its answer to have to hold one: "and what did he say?"
 * asks what the topic's passage says, in whatever words.
 */
const OWN_WORDS_TO_HOLD = 2;

/**
 * The passages that hold a word of a follow-up's own (not only the previous question's topic added to it: see
 * addContext); all of them for a question with no topic added, or with no word of its own. The topic steers a
 * follow-up, it does not answer it: "so they guard a space base too?" after a question on the ministry's statement
 * quoted that statement again, which holds no word of it.
 */
function holdingOwnWords(reranked: RerankedHit[], query: Query): RerankedHit[] {
  const own = (c: number) => query.concepts[c]!.contextWeight === undefined && !query.concepts[c]!.frame;
  const ownWords = query.concepts.filter((_, c) => own(c)).length;
  if (query.ownTokens === undefined || ownWords < OWN_WORDS_TO_HOLD) return reranked;
  return reranked.filter((hit) => hit.match.matched.some(own));
}

/**
 * The least credit at which the passage holds a "without" condition: a thesaurus's «تهديد» (threat) for «إنذار»
 * (warning) is a chance meeting, not the warning asked about.
 */
const WITHOUT_CONDITION_CREDIT = 0.5;

/**
 * Whether the passage lacks the condition a question sets with "without" (see withoutConditionIndex): «في 6 يناير أمر
 * بإطلاق عملية…» tells of an order, not of one "to shoot without warning", and can say neither yes nor no to it.
 * Tuned probes +9 and held out +6 unanswerable ones declined (+1 in the stop's new held-out file), every answered one
 * the same; ARCD, seeds and our chat set the same. Declining only below confidence 0.5: tuned +8, and «هل أمر الرئيس…
 * بإطلاق النار بلا إنذار مسبق؟» answered again with the order to launch the operation.
 */
function missesWithoutCondition(best: RerankedHit, query: Query, token: number): boolean {
  const c = conceptIndexOf(query, token);
  return c >= 0 && creditOf(best.match, c) < WITHOUT_CONDITION_CREDIT;
}

/** "New" as an adjective (normalised, Arabic without its article and ending): the new government, новое правительство. */
const NEW_WORDS: ReadonlySet<string> = new Set(['جديد', 'جديده', 'جديدا', 'new', 'новый', 'новая', 'новое', 'новые', 'нового', 'новой', 'новому', 'новую', 'новым', 'новом', 'новых', 'новыми']);
const isNewWord = (t: AnalyzedToken): boolean => NEW_WORDS.has(t.script === 'arabic' ? t.normalized.replace(/^(?:ال|لل)/, '') : t.normalized);

/**
 * Whether the question asks about a named thing as "new" (الحكومة الجديدة, "the new prime minister") and the best
 * passage, which names the thing, never says "new": it tells of the one there was («ثم استقالت الحكومة»), not of its
 * successor. Arabic puts the adjective after its noun, English and Russian before. Tuned probes +3 and held out +1
 * unanswerable ones declined, every answered one the same ("what new body did tokayev set up?" names no entity).
 */
function missesNewOfName(best: RerankedHit, query: Query, index: PassageIndex): boolean {
  const own = ownTokensOf(query).length;
  for (let t = 0; t < own; t++) {
    const token = query.tokens[t]!;
    if (!isNewWord(token)) continue;
    const noun = conceptIndexOf(query, token.script === 'arabic' ? t - 1 : t + 1);
    if (noun < 0 || query.concepts[noun]!.entity === undefined || !best.match.matched.includes(noun)) continue;
    return !index.analysisOf(best.passage).tokens.some(isNewWord);
  }
  return false;
}

/**
 * Composes the cited, extractive answer from search hits: declines when the best passage does not support an
 * answer; otherwise quotes the best sentence, lists supporting passages (a statement carried by several outlets
 * shown once, citing each) and numbers the sources.
 */
export function composeAnswer(result: SearchResult, index: PassageIndex, options: ComposeAnswerOptions = {}): Answer {
  // Read one by one rather than spread over the defaults: a spread object per answer showed in profiles.
  const defaults = DEFAULT_COMPOSE_ANSWER_OPTIONS;
  const top = options.top ?? defaults.top;
  const minCoverage = options.minCoverage ?? defaults.minCoverage;
  const minScoreShare = options.minScoreShare ?? defaults.minScoreShare;
  const minConfidence = options.minConfidence ?? defaults.minConfidence;
  const minConfidenceUntyped = options.minConfidenceUntyped ?? defaults.minConfidenceUntyped;
  const question = result.query.text;
  const language = options.language ?? detectUiLanguage(question);
  const notFound: Answer = { question, language, status: 'not_found', quote: [], passages: [], sources: [] };
  // The question's own words (a follow-up's, without the topic taken from before), which most checks below read.
  const own = ownTokensOf(result.query);
  const asks = queryAsks(result.query);
  const pool = result.hits.slice(0, candidatePoolOf(result.query));
  const ranked = rerankByCoverage({ ...result, hits: asks.source ? withCreditLines(pool, index) : pool }, index);
  const reranked = holdingOwnWords(ranked, result.query);
  // A question about the report itself (its date, headline or link) is answered from the report the question names.
  const reportAnswer = asks.published ? publicationAnswer : asks.headline ? headlineAnswer : asks.link ? linkAnswer : undefined;
  if (reportAnswer) return namesSomeoneUnknown(result.query, index) ? notFound : reportAnswer(reranked, result.query, index, notFound);
  // So is one asking who holds a post on the masthead of the site it names (its editor-in-chief): a "who" question, or
  // "what is the name of…" (the rest, most questions, are not read for a post).
  const credited = asks.form === 'agent' || asks.form === 'definition' || asks.name ? creditAnswer(reranked, result.query, index, notFound) : undefined;
  if (credited) return credited;
  // "How do I cook…?", «ما أفضل طريقة لتعلم…؟»: the documents are news, not instructions (tuned probes: two
  // unanswerable ones declined, every other set and ARCD the same).
  if (asksHowTo(own)) return notFound;
  // "Who headed X?" is declined below where the best passage names no head: a near one naming it may go first.
  const headAsked = asks.holder && gazetteerNamesPeople(index) && asksWhoHeads(own);
  const missesHolder = headAsked ? (hit: RerankedHit) => !holdsAskedType(asks.form, index.analysisOf(hit.passage), hit.passage.text, index, asks)
    || missesAskedTitle(hit, result.query, index) || missesNamedNonPlace(hit, result.query, index) : undefined;
  const { candidates, evidence } = pickLeadPassage(reranked, result, index, minConfidence, minConfidenceUntyped, missesHolder);
  const best = candidates[0];
  if (!best || !evidence) return notFound;
  // "What happened in Kazakhstan?" over news of Kazakhstan: no passage answers it; the headlines of the documents that
  // speak of it most do, and the reply offers questions to narrow it.
  const broad = documentsOfBroadQuestion(result.query, index, candidates);
  if (broad) return { ...notFound, problem: 'too_broad', sources: broad.map((docId, i) => sourceOf(index.documents.get(docId), docId, i + 1)) };
  const confidence = answerConfidence(evidence);
  if (onlyThePlaceMatches(best, result, index)) return notFound;
  const { form } = asks;
  const bestTerms = index.analysisOf(best.passage);
  // A report's credit line answers "whom did RT take the story from?" by its name alone: the words describing the
  // story are its headline's.
  const citesSource = asks.source && bestTerms.creditLine === true;
  if (form === 'agent' && !citesSource && missesEveryWordButNames(best, result.query, index)) return notFound;
  if (asks.name && form !== 'agent' && namesTitle(result.query) && !namesPerson(bestTerms, best.passage.text, index)) return notFound;
  const holdsType = () => holdsAskedType(form, bestTerms, best.passage.text, index, asks);
  // "When did the peacekeepers leave?" is not answered by «…وستغادر البلاد بعد استقرار الوضع»: a passage telling of an
  // event to come, with no date, gives the time it will happen, not when it did.
  if (form === 'time' && asks.past && tellsOfTheFuture(bestTerms.tokens) && !holdsType()) return notFound;
  // "When did the peacekeepers leave?" is not answered by the day they were sent («…اليوم الخميس، أنه تم إرسال قوات»):
  // a date in a passage that tells of no leaving is another event's.
  if (form === 'time' && speaksOfDeparture(own) && !speaksOfDeparture(bestTerms.tokens)) return notFound;
  // "Was the security chief arrested?", «كم واحد اعتقلوا؟», "did Tokayev fire him?", "did the Kyrgyz parliament vote on
  // it?", "was a curfew imposed?": a passage telling of no arrest, dismissal, ballot, curfew… (see event-words) cannot
  // say who, how many or whether, whatever else it shares with the question (the meeting he attended, the officers
  // killed, the force's members). The kinds beside arrest and dismissal: tuned probes +30, held out +20 unanswerable
  // ones declined, no answered question lost.
  const events = eventsSpokenOf(own);
  if (events !== 0 && (events & ~eventsToldOf(bestTerms.tokens)) !== 0) return notFound;
  if (evidence.missingCountry === 1 || namesSomeoneUnknown(result.query, index)) return notFound;
  // "How much did it cost in dollars?", «ما عملة كازاخستان؟»: an amount of money, which a passage speaking of no money
  // does not give, whatever it counts (tuned probes +5, held out +6 unanswerable ones declined, every answered question
  // and ARCD the same).
  if (speaksOfMoney(own, result.query.text) && !speaksOfMoney(bestTerms.tokens, best.passage.text)) return notFound;
  if (missesWithoutCondition(best, result.query, asks.withoutCondition)) return notFound;
  if (namesTitleOfAnother(best, result.query, index)) return notFound;
  if (missesNewOfName(best, result.query, index)) return notFound;
  if (form === 'quantity') {
    const counted = countedWordOf(result.query);
    if (missesAskedPlace(best, result.query, index) || countsWhatDocumentsLack(result.query, counted, index) || countsAnotherGroup(best, result.query, counted, index) || countsWhatPassageLacks(best, result.query, counted) || missesAskedGroup(best, result.query) || countsFarFromGroup(best, result.query, counted, index) || countsNoCasualty(best, result.query, index)) return notFound;
  }
  if (evidence.support < minCoverage || evidence.scoreShare < minScoreShare || confidence < minConfidence) return notFound;
  // "Was Tokayev injured?" is not answered by a count of the injured that does not name him: a yes-no question about
  // a person the best passage never names (held-out and tuned probes the same; two wrong answers declined).
  if (form === 'yesno' && missesAskedPerson(best, result.query, index)) return notFound;
  // "When" wants a date and "how many" a count: a best passage with none is a near miss unless the evidence is strong,
  // and a near miss quoted with confidence misleads more than "not found". On the chat development set: unanswerable
  // questions declined 68 % → 81 %, answers right 47.4 % → 49.5 %; ARCD unchanged. "How many" wants its count however
  // strong the rest: "how many protesters were killed by police?" quoted «…تبرر هجمات وقتل ضباط» at confidence 0.75
  // (chat set declined 27 → 28 of 31, probes +7; ARCD −1 question, «ويمتلك 1093 براءة», a count read as a year).
  // "What time…?" wants the hour however strong the rest (see asksForClockTime): tuned +2, held out +1 unanswerable.
  const typeChecked = confidence < minConfidenceUntyped || form === 'quantity' || asks.clock || (asks.holder && gazetteerNamesPeople(index));
  if (typeChecked && !holdsType()) return notFound;
  if (asks.holder && gazetteerNamesPeople(index) && (missesAskedTitle(best, result.query, index) || missesNamedNonPlace(best, result.query, index))) return notFound;

  const sources: AnswerSource[] = [];
  const numberOf = (docId: string): number => {
    let source = sources.find((s) => s.docId === docId);
    if (!source) sources.push((source = sourceOf(index.documents.get(docId), docId, sources.length + 1)));
    return source.n;
  };
  const groups: Array<{ lead: (typeof candidates)[number]; docIds: string[] }> = [];
  for (const candidate of candidates) {
    const same = groups.find((g) => fingerprintsOverlap(triplesOf(g.lead.passage), triplesOf(candidate.passage)));
    if (same) {
      if (!same.docIds.includes(candidate.passage.docId)) same.docIds.push(candidate.passage.docId);
    } else if (groups.length < Math.min(Math.max(top, 1), 10) && (groups.length === 0 || candidate.match.ranges.length > 0)) {
      // A supporting passage must contain a word of the question, not only share the document's headline.
      groups.push({ lead: candidate, docIds: [candidate.passage.docId] });
    }
  }
  const passages: AnswerPassage[] = groups.map((g, i) => {
    const { passage, score } = g.lead;
    const doc = index.documents.get(passage.docId);
    const shown: AnswerPassage = {
      rank: i + 1,
      score,
      passageId: passage.id,
      docId: passage.docId,
      title: doc?.title ?? passage.docId,
      text: passage.text,
      highlights: g.lead.match.ranges.map(({ start, end }) => ({ start, end })),
      citations: g.docIds.map(numberOf).sort((a, b) => a - b),
    };
    if (doc?.outlet) shown.source = doc.outlet;
    return shown;
  });
  const lead = passages[0]!;
  const weights = conceptWeights(result.query, index.bm25);
  const source = quoteSource(groups[0]!.lead, result, index, weights);
  const quote = selectQuote(source, weights, form);
  // The quoted sentence must name the holder, not only the passage: «من هو رئيس لجنة الأمن القومي الذي حضر اجتماع 6
  // يناير؟» quoted «في 6 يناير أمر بإطلاق عملية…» from a passage naming Tokayev further on (tuned +1, others the same).
  if (asks.holder && gazetteerNamesPeople(index) && !quoteNamesPerson(source, quote, index, result.query)) return notFound;
  // "What's the name of the academy whose students fought?" is not answered by «يقاتلون مع طلاب الأكاديمية»: a name
  // asked wants a quote naming it. Only where the gazetteer lists the collection's names (ARCD has none to see).
  // But "which outlet reported X?" is answered by the report saying X: its outlet, named in the source line.
  const outletAsked = asks.organisation && siteNounIndexes(own).includes(asks.organisationKind) && index.documents.get(lead.docId)?.outlet !== undefined;
  if (asks.name && !asks.holder && !outletAsked && gazetteerNamesPeople(index) && !quoteHoldsAName(source, quote, result.query, index)) return notFound;
  // "Which country are the planes from?" is not answered by «…خمس طائرات بينها أجنبية»: a country asked wants one named.
  if (asks.country && gazetteerNamesPeople(index) && !quoteNamesACountry(source, quote, result.query, index)) return notFound;
  return { question, language, status: 'answered', quote: [{ ...quote, citations: lead.citations }], passages, sources };
}

/** Whether the question names a person (not as its source) whom the best passage does not hold, even by a reference. */
function missesAskedPerson(best: RerankedHit, query: Query, index: PassageIndex): boolean {
  return query.concepts.some((c, k) => c.entity !== undefined && !c.frame && !c.speaker && !c.attributed
    && index.gazetteer.kinds.get(c.entity) === 'person' && creditOf(best.match, k) < PERSON_HELD_CREDIT);
}

/** The least credit with which a passage holds a person: an inherited mention (0.8) does, a reference back (0.3) not. */
const PERSON_HELD_CREDIT = 0.5;
