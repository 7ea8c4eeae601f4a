import { causeNearMatch, endDateCues, isSentenceTopic, listedCountryMarks, markedNearMatch, passageMarks, quantityCues, recipientMarks, tellsTime, topicShare, type PassageMarks } from './answer-evidence.js';
import { conceptWeights, matchConcepts, type ConceptMatch } from './match-concepts.js';
import type { PassageHit, PassageIndex, SearchResult } from './passage-index.js';
import { isReportedSpeech } from './reported-speech.js';
import type { Query, QueryConcept } from './build-query.js';
import { happenedToConcept, isTitleWord, queryAsks, sayingVerbIndex, type QuestionForm } from './question-form.js';
import type { Gazetteer } from './gazetteer.js';
import { calledCountryOf } from './country-epithets.js';
import type { TextTerms } from './passage-terms.js';
import { ownTokensOf } from './follow-up-context.js';
import { FULL_DATE_STRENGTH, markDates } from '../text/mark-dates.js';
import type { AnalyzedToken } from '../text/analyze.js';
import { topicFamilyNumberAt } from '../text/topic-nouns.js';

/** A hit after reranking, with how it covers the question. */
export interface RerankedHit extends PassageHit {
  match: ConceptMatch;
  /** The most of the question's weight two neighbouring sentences of the passage hold, 0 to 1 (coverageInTwoSentences). */
  twoSentenceCoverage: number;
}

/** What reranking adds to a hit's BM25 score, each as a share of the best BM25 score of the question. */
export interface RerankOptions {
  /**
   * For covering all the question's concepts (times the IDF-weighted share covered). Default 0.35 (0.3 let a short
   * passage with one of «متى بدأت المظاهرات» two words outrank those with both; no set changed).
   */
  coverage: number;
  /**
   * For definition questions (ما هو X؟، من هي X؟): for the question's concepts opening a sentence, as its topic (times
   * their weighted share). "السل مرض معد…" answers "ما هو السل؟"; "يصيب السل الرئتين…" does not. Default 0.2.
   */
  definitionTopic: number;
  /**
   * For a date (time questions), a number (quantity), a person (agent) or a cause (reason) beside a matched word, and the
   * unit of the other answer cues' bonuses. Default 0.33: 0.3 → 0.33, tuned probes +1 (+1 with widened keys), held
   * out +3 (+5); natural.json, questions.json and ARCD the same, our chat set too at hit@1 (one question's right passage
   * went from third to fourth: «لماذا حجبت السلطات الشبكة العنكبوتية…؟»). A narrow optimum: at 0.35 tuned +3 but
   * ARCD −1 and «كم يوم الطوارئ؟» quoted a passage on the ministry's comment; at 0.32 «ما الموضوع الذي كان مطروحا
   * على مجلس الأمن…؟» lost «كانت القضية المعروضة…» to the meeting's own passage; 0.45 lost 9 tuned.
   */
  answerForm: number;
  /** How many words from a matched word a date or number may be. Default 6. */
  answerWindow: number;
  /**
   * For naming countries when the question asks for a list of them (ما الدول…؟، which countries…?): times the share
   * of a list of three that one sentence of the passage names (see countryListShare). Default 0.8. Counted over the
   * whole passage, one country counting a third, 0.5 was the most ARCD allowed (0.3 lost "which countries sent
   * troops?" to a passage saying the CSTO sent them; 0.8 cost ARCD 0.2 pt), and "which countries are in the CSTO?"
   * quoted a passage naming Kazakhstan alone. Counted in one sentence from two countries on: our chat set's hit@1 and
   * quote-hit +1 question each, probes +1, ARCD and every other set the same (0.65 to 1 measured alike). Only a list
   * within answerWindow of a matched word counts, and then all of it (a list is no nearer for its first name): a
   * passage on sending troops whose next sentence lists the CSTO's members had outranked the one naming the countries
   * whose troops came («مين الدول اللي بعتت عساكر؟», "Which countries send troops?"). Our chat set +2, every other set
   * the same (a bonus shrinking with the distance, or half of it for a list anywhere: held-out probes −1).
   */
  countryList: number;
  /**
   * For an enumeration beside the matched words when the question asks for several things of a kind ("which
   * buildings…?", «ما المباني التي…؟»): the list of what was seized answers it, Tokayev's «استولوا على مباني البنية
   * التحتية الرئيسية» only says the kind. Default 0.9 (three times answerForm, which it was): tuned probes +9, held-out
   * +14, every other set the same; 0.6 +4, 0.75 +6, 1.05 and 1.2 +9, 1.8 −9.
   */
  listItems: number;
  /**
   * For holding the question's neighbouring words next to each other (times their weighted share: see
   * neighbourProximity). «النداء الذي ورد من كازاخستان» holds "Kazakhstan's appeal" as one phrase, while a passage with
   * both words far apart tells of something else: BM25 and the coverage bonus count the words, not where they stand.
   * Default 0.12: our probes +7 tuned and +8 held out, ARCD +1 (quote-hit +1), natural.json and our chat set the same;
   * 0.1 +5 tuned, 0.14 and 0.2 lost natural.json a question, 0.05 lost one of our chat set.
   */
  proximity: number;
}

/**
 * For a report's credit line («المصدر: نوفوستي») when the question asks for the source a report cites (see
 * asksForSource), as a share of the best BM25 score. With the lines added to the candidates (withCreditLines): our
 * probes +6 tuned, +7 held out, every other set and ARCD the same; 0.3 and 0.5 one held-out fewer, 1.2 lost "which news
 * agency did the UN source talk to?" before "news agency" was no report.
 */
const CREDIT_LINE_BONUS = 0.8;

/**
 * Default reranking, tuned on ARCD with the project's questions as a check. Coverage: +0.7 pt hit@1. Definition
 * topic: +1.2 pt hit@1, +0.7 pt MRR@10 (0.1: +0.4 pt, 0.3: +0.8 pt MRR@10); giving it to every question added nothing.
 * Answer form: +0.6 pt hit@1, +0.4 pt MRR@10 (within 0.1 pt from 0.3 to 0.45 and for windows of 3 to 9 words). For
 * "who" and "why" it counts only a person's name or a cause word the question does not itself say (a first version
 * counting any place, title or organisation noun added nothing, −0.3 pt at full weight); "where" gets none.
 */
export const DEFAULT_RERANK_OPTIONS: RerankOptions = { coverage: 0.35, definitionTopic: 0.2, answerForm: 0.33, answerWindow: 6, countryList: 0.8, listItems: 0.9, proximity: 0.12 };

/**
 * The least share of a passage's matched weight the sentence naming a list of countries must hold for the countryList
 * bonus (see listSentenceShare). 0.5: probes +7 tuned (six of them Russian "troops of which countries…?") and +6 held
 * out, natural.json and our chat set the same, ARCD hit@1 −2 (a pair on one passage whose list sentence takes up the
 * one before with a pronoun: «يحدها… ومن الشرق سورية والأردن»), its quote-hit the same. 0.4: tuned +5; 0.6–0.75:
 * tuned +8 but ARCD −3 or −4. Past it, the bonus goes with the share: the CSTO's members listed in a passage that
 * also sends the peacekeepers («…إرسال قوات حفظ سلام… تضم منظمة معاهدة الأمن الجماعي روسيا…») outscored the sentence
 * listing the peacekeepers' countries for «из каких стран состоят миротворцы ОДКБ?» (held out +2, tuned +3, ARCD hit@1
 * +2, every other set the same). Its square gained more (held out +4, tuned +5 −1) but lost natural.json's question on
 * the CSTO's members: a question naming the CSTO twice («حلف الامن الجماعي») holds it as two concepts, the second
 * matched outside the list's sentence.
 */
const LIST_SENTENCE_SHARE = 0.5;

/**
 * What a passage calling the country a question asks the name of by an epithet gets, in answerForm bonuses (see
 * rerankByCoverage). Our probes +10 tuned, +11 held out, natural.json +1, every other set and ARCD the same; 1 and 2
 * won fewer (+5/+4, +8/+9), 4 lost a question on Tokayev describing "the attack on Kazakhstan".
 */
const EPITHET_SHARE = 3;

/** Whether a noun of the topic's family stated by a copula (PassageMarks.statedTopics) stands by a matched word. */
function statesTopicNearMatch(statedTopics: Uint8Array, topic: number, match: ConceptMatch, window: number): boolean {
  const { ranges } = match;
  for (let i = 0; i < statedTopics.length; i++) {
    if (statedTopics[i] !== topic) continue;
    for (let k = 0; k < ranges.length; k++) if (ranges[k]!.token !== i && Math.abs(ranges[k]!.token - i) <= window) return true;
  }
  return false;
}

/** The share of the countryList bonus a "how many countries" question gives (see rerankByCoverage). */
const COUNTED_COUNTRIES_SHARE = 0.5;

/**
 * What a "when" question takes off a passage that tells no time anywhere, as a share of the best BM25 score (see
 * tellsTime: whole dates only, as a passage with «عام 2022» outranked «استمرت الاحتجاجات منذ 2 يناير» for "how long did
 * the protests last"). «مواجهات عنيفة… العامة» outranked «تم إعلان 10 يناير يوم حداد وطني» for «أيّ يوم خُصّص للحزن العام على
 * من سقطوا في المواجهات؟». Our probes +3 questions (that one, asked three ways), natural.json's odd half +1, ARCD
 * hit@1 +0.1 pt and quote-hit +0.2 pt, every other set the same; 0.05 won one probe less, 0.2 and 0.3 lost a probe
 * and an off-topic question. A time told by an event («ستغادر بعد استقرار الوضع») counts as a time: natural.json
 * lost the question it won without it, at the cost of one probe negative ("when was the withdrawal completed?" is
 * answered from when they would leave).
 */
const NO_TIME_PENALTY = 0.1;

/**
 * What a passage naming the question's organisation only as another country's loses (ConceptMatch.otherCountry): it
 * does not merely miss the ministry asked about, it speaks for another. «Как МИД России в своём заявлении назвал…?»
 * quoted Kazakhstan's ministry's statement, which holds «بيان» ("statement") as well. Tuned probes +1 (+2 with widened
 * keys), every other set and ARCD the same; 0.6 won a held-out probe but lost that one to the lead pick.
 */
const OTHER_COUNTRY_PENALTY = 0.3;

/**
 * What a question asking for several places ("which cities…?") adds to a passage naming two or more places the question
 * does not, as a share of the best BM25 score. «في منطقة مانجيستاو، انطلقت مظاهرات… في جميع المدن الرئيسية» named one
 * and outranked «احتج سكان مدينتي جاناوزين وأكتاو» for «в каких городах первыми вышли на улицы». Our probes +1 (and +1 in
 * a held-out file), our chat set's hit@3 +0.5 pt, every other set the same; 0.1 to 0.35 measured alike.
 */
const PLACE_LIST_BONUS = 0.2;
/**
 * What a question naming a day of a month ("what did he say on Jan 4", «ماذا قال في 4 يناير؟») adds to a passage
 * holding a date of that day, as a share of the best BM25 score: the day's number alone is a weak word, while the
 * date tells the event apart from those of the days around it. "what did tokayev tell ppl on jan 4" quoted his 6 January
 * order over «وفي 4 يناير الجاري حث… المواطنين». Our probes +2 and one unanswerable question answered (it names 6 January
 * and asks after a holder the documents do not name), a held-out file +1; natural.json, our chat set and ARCD the same.
 * 0.2 won one probe fewer; 0.4 the same as 0.3 on the probes tuned on.
 */
const SAME_DAY_BONUS = 0.3;

/**
 * What a question's day counts for in a passage that does not hold it but refers back to one that does (see
 * TextTerms.antecedent), as a share of the best BM25 score: the date is the setting of the paragraphs that go on about
 * the event («وحضر الاجتماع رؤساء…» after «عقد مجلس الأمن… اجتماعا في 6 يناير»), and BM25 cannot count it there. "who
 * was at the security council meeting on jan 6?" quoted a summary holding the date («في ليلة 5 على 6 يناير…») over
 * the list of who attended. More than SAME_DAY_BONUS, as it stands for the date's words too. Tuned probes +3, held-out
 * +3 (+4 −1), every other set and ARCD the same; 0.3 won 2 tuned; 0.75 +4 tuned, but 0.9 lost the "Jan 4" questions to
 * a paragraph after the one with the date.
 */
const CONTEXT_DAY_BONUS = 0.6;

/** The date marks of a passage's analysis (the one another refers back to), kept with it: many questions ask of it. */
function datesOf(terms: TextTerms): Float32Array {
  let dates = datesOfTerms.get(terms);
  if (!dates) datesOfTerms.set(terms, (dates = markDates(terms.tokens)));
  return dates;
}
const datesOfTerms = new WeakMap<TextTerms, Float32Array>();

/** The days (their digits) of the dates a question names: 4 of "jan 4" and of «4 يناير». */
function daysOfDates(tokens: readonly AnalyzedToken[]): Set<string> {
  const days = new Set<string>();
  // Most questions hold no day's digits: no dates to mark.
  if (!tokens.some((t) => DAY_DIGITS.test(t.normalized))) return days;
  const dates = markDates(tokens);
  tokens.forEach((t, i) => {
    if (dates[i]! >= FULL_DATE_STRENGTH && DAY_DIGITS.test(t.normalized)) days.add(t.normalized);
  });
  return days;
}
const DAY_DIGITS = /^\d{1,2}$/;

/**
 * What a start date (منذ 2 يناير) beside a matched word counts for in "when did it start?", as a share of the answer
 * form's bonus, against 1 for any date: the quote's START_DATE_CUE. «الدوشة دي بدأت امتى؟» quoted the CSTO's units
 * that «بدأت بالفعل في تنفيذ مهامها» on a Thursday over «استمرت الاحتجاجات… منذ 2 يناير». Probes +4 −1 (the −1 a held-out
 * question answered «منذ 2 يناير» where it expects "the first days of 2022"), every other set the same (2: +3 −1).
 */
const START_DATE_BONUS = 3;

/** Whether a passage holds a date of one of the days. */
function holdsDay(terms: TextTerms, dates: Float32Array, days: ReadonlySet<string>): boolean {
  return terms.tokens.some((t, i) => dates[i]! >= FULL_DATE_STRENGTH && days.has(t.normalized));
}

/**
 * The weighted share of the question's concepts (as ConceptMatch.coverage counts them; `total`: the sum of `weights`)
 * that two neighbouring sentences of the passage hold, the best such pair; a concept matched without words of its own
 * (an inherited person) counts in every pair. The coverage bonus is this share rather than the whole passage's: a
 * long passage naming the president, the council and the date in three different sentences («وقال: بسبب التفاقم
 * الحاد…», first in 15 of our misses) outranked the one telling them together. Our chat set +1 question, tuned
 * probes +3 and −1, held-out probes +4, natural.json the same, ARCD hit@1 −0.1 pt and quote-hit +0.1 pt; one sentence
 * alone: tuned probes −4.
 */
function coverageInTwoSentences(match: ConceptMatch, sentenceNumbers: Int32Array, weights: readonly number[], total: number): number {
  if (total <= 0 || match.matched.length === 0) return 0;
  const { value, seen } = sentenceWorkFor(match, weights);
  const bySentence = rangesBySentence(match, sentenceNumbers, value, weights.length);
  let best = 0;
  for (let s = 0; s < bySentence.count; s++) best = Math.max(best, weightInSentences(match, bySentence, s, s + 1, value, seen, s));
  return best / total;
}

/**
 * What a named entity the passage holds only through its context counts for in reranking, as a share of the best BM25
 * score, times its weighted share and credit: the person a speech's later paragraphs leave to the one naming him
 * (TextTerms.inheritedPerson), the ministry whose statement the document is, the country an epithet stands for.
 * Coverage counts them; BM25 cannot, as the passage's words do not hold them, so a summary naming Tokayev once
 * («في ليلة 5 على 6 يناير، عقد رئيس كازاخستان توكاييف…») outranked the paragraphs of his speech that answer what he
 * said. Tuned probes +13 (+20 −7: "why did Tokayev chair the Security Council?" now meets a paragraph of his speech
 * first), held-out +21, natural.json, our chat set, the project's questions and ARCD the same; 0.5 to 0.8 measured
 * alike on the tuned probes, 1.0 lost three of them and a natural.json question. Not words (a root or a headline's word
 * met only through the context: natural.json −1).
 */
const CONTEXT_ENTITY_SHARE = 0.6;

/** The bonus of the named entities a passage holds only through its context (see CONTEXT_ENTITY_SHARE). */
function contextEntityShare(match: ConceptMatch, concepts: readonly QueryConcept[], weights: readonly number[], total: number): number {
  if (!(total > 0)) return 0;
  let share = 0;
  for (let k = 0; k < match.matched.length; k++) {
    const c = match.matched[k]!;
    if (match.via[k] !== 'entity' || concepts[c]!.frame || hasRangeOf(match, c)) continue;
    share += match.credit[k]! * weights[c]!;
  }
  return (CONTEXT_ENTITY_SHARE * share) / total;
}

/** Whether a word of the passage matches concept c (a loop: this runs per matched concept of every candidate). */
function hasRangeOf(match: ConceptMatch, c: number): boolean {
  const { ranges } = match;
  for (let k = 0; k < ranges.length; k++) if (ranges[k]!.concept === c) return true;
  return false;
}

/**
 * How many words apart two neighbouring words of the question may stand in a passage to count as standing together:
 * a word and its possessor or adjective, with an article or a preposition between (النداء الذي ورد من كازاخستان).
 * 1 lost 4 tuned, 3 and 4 lost our chat set one or two.
 */
const PROXIMITY_WINDOW = 2;

/**
 * The share of the question's neighbouring words (each two consecutive concepts, frames left out, weighted by the
 * lighter of the two) that the passage holds within PROXIMITY_WINDOW words of each other, in either order.
 */
function neighbourProximity(match: ConceptMatch, concepts: readonly QueryConcept[], weights: readonly number[]): number {
  let near = 0;
  let total = 0;
  let previous = -1;
  for (let c = 0; c < concepts.length; c++) {
    if (concepts[c]!.frame) continue;
    if (previous >= 0) {
      const weight = Math.min(weights[previous]!, weights[c]!);
      total += weight;
      if (standTogether(match.ranges, previous, c)) near += weight;
    }
    previous = c;
  }
  return total > 0 ? near / total : 0;
}

/**
 * Whether a word matching concept a stands within PROXIMITY_WINDOW words of another matching concept b. The ranges
 * come in token order, one per token: only the neighbours of a's ranges within the window are looked at.
 */
function standTogether(ranges: ConceptMatch['ranges'], a: number, b: number): boolean {
  for (let k = 0; k < ranges.length; k++) {
    const x = ranges[k]!;
    if (x.concept !== a) continue;
    for (let j = k - 1; j >= 0 && x.token - ranges[j]!.token <= PROXIMITY_WINDOW; j--) if (ranges[j]!.concept === b) return true;
    for (let j = k + 1; j < ranges.length && ranges[j]!.token - x.token <= PROXIMITY_WINDOW; j++) if (ranges[j]!.concept === b) return true;
  }
  return false;
}

/**
 * Nouns of a label (normalised stems): a concept, a term, a slogan. "What is the concept the authorities hold
 * to?" is answered by the label a passage puts in quotes after the noun, not by the noun. At answerForm's weight:
 * tuned probes +4, held-out +2, every other set and ARCD the same.
 */
const LABEL_NOUNS: ReadonlySet<string> = new Set(['مفهوم', 'مصطلح', 'شعار', 'concept', 'term', 'slogan', 'понят', 'термин', 'лозунг']);

/** The question's frame concept that is a label noun (see LABEL_NOUNS), or -1. */
function labelConcept(query: Query): number {
  return query.concepts.findIndex((c) => c.frame && c.stems.some((stem) => LABEL_NOUNS.has(stem)));
}

/** An opening quotation mark, after the space that may follow the label noun. */
const QUOTE_OPENING = /^\s*[“«"„]/;

/** Whether a passage word matching concept c is followed by a quotation («بمفهوم “الدولة السامعة”»). */
function quotesAfter(match: ConceptMatch, c: number, text: string): boolean {
  return match.ranges.some((r) => r.concept === c && QUOTE_OPENING.test(text.slice(r.end, r.end + 3)));
}

/** Places, besides those the question names, that make a passage's list of them. */
const LISTED_PLACES = 2;

/** The gazetteer places a passage names that the question does not. */
function otherPlaces(terms: TextTerms, index: PassageIndex, asked: ReadonlySet<string>): number {
  const places = new Set<string>();
  for (const e of terms.entities) if (index.gazetteer.kinds.get(e.id) === 'place' && !asked.has(e.id)) places.add(e.id);
  return places.size;
}

/**
 * What a passage saying what a question's topic was adds, in answerForm bonuses: a noun of the same family as the
 * question's (topicFamilyNumberAt: an issue, or tasks) beside a copula (PassageMarks.statedTopics). The issue before the
 * council is told in the paragraph after the meeting's, which holds the question's other words (place, day, chair)
 * and so outranked it; the peacekeepers' mandate («يشمل تفويض قوات حفظ السلام حماية…») was outranked by «…بدأت
 * بالفعل في تنفيذ المهام الموكلة إليها», which holds the question's «الموكلة» and tells no task. The issue: tuned
 * probes +7, held out +3; the tasks: tuned +11, held out +9; every other set and ARCD the same. 3 won fewer, 6 two
 * more tuned and the same held out (4 is kept, nearer the other bonuses).
 */
const TOPIC_STATED_SHARE = 4;

/**
 * What a list beside the matched words counts for as the answer of "who…?", against 1 for a person's name (0.5: tuned
 * +1; 1: tuned +3 −1, a chair's question lost).
 */
const LISTED_AGENTS_SHARE = 0.75;

/** Per gazetteer: the entries naming a title (president, prime minister, secretary-general), by an English name. */
const titleEntriesOf = new WeakMap<Gazetteer, ReadonlySet<string>>();

function titleEntries(gazetteer: Gazetteer): ReadonlySet<string> {
  let ids = titleEntriesOf.get(gazetteer);
  if (!ids) {
    ids = new Set(gazetteer.entries.filter((e) => e.kind === 'term' && (e.en ?? []).some((name) => isTitleWord(name.toLowerCase().split(/[\s-]/)[0]!))).map((e) => e.id));
    titleEntriesOf.set(gazetteer, ids);
  }
  return ids;
}

/**
 * Reranks the first hits by BM25 plus bonuses for evidence BM25 cannot see: covering all the question's concepts
 * (BM25 alone can prefer a passage that repeats one rare word over one that contains every word asked about), holding
 * the question's neighbouring words together (see neighbourProximity), and holding the kind of answer the question's
 * wording asks for: a definition of X starts a sentence with X; a date ("when"; an end date for "until when"), a
 * number ("how many"), a person's name ("who") or a word giving a cause ("why") stands next to the matched words; a
 * list of countries names several.
 */
export function rerankByCoverage(result: SearchResult, index: PassageIndex, options: Partial<RerankOptions> = {}): RerankedHit[] {
  const { coverage, definitionTopic, answerForm, answerWindow, countryList, listItems, proximity } = { ...DEFAULT_RERANK_OPTIONS, ...options };
  const weights = conceptWeights(result.query, index.bm25);
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const topScore = result.hits[0]?.score ?? 0;
  const { form, endDate, startDate, countries, duration, ratio, places, medium, list, source, recipient, means, topicNoun, creation } = queryAsks(result.query);
  const named = result.query.concepts.map((c) => c.entity !== undefined);
  const askedEntities = places ? new Set(result.query.concepts.flatMap((c) => (c.entity ? [c.entity] : []))) : undefined;
  const askedDays = daysOfDates(ownTokensOf(result.query));
  const label = labelConcept(result.query);
  const speakers = speakerConcepts(result.query, form);
  const called = calledCountryOf(result.query, index.gazetteer);
  const happened = happenedToConcept(result.query);
  const topic = topicNoun >= 0 ? topicFamilyNumberAt(result.query.tokens, topicNoun) : 0;
  const titles = titleEntries(index.gazetteer);
  const listedAgents = form === 'agent' && !recipient && !result.query.concepts.some((c) => c.entity !== undefined && titles.has(c.entity));
  return result.hits
    .map((hit) => {
      const terms = index.analysisOf(hit.passage);
      const match = matchConcepts(hit.passage.text, result.query, weights, index.gazetteer, index.termOptions, terms);
      const marks = passageMarks(terms, hit.passage.text, index.gazetteer);
      const twoSentenceCoverage = coverageInTwoSentences(match, marks.sentenceNumbers, weights, totalWeight);
      let bonus = coverage * twoSentenceCoverage;
      bonus += contextEntityShare(match, result.query.concepts, weights, totalWeight);
      bonus += proximity * neighbourProximity(match, result.query.concepts, weights);
      // "What happened to X?": a passage with X as a sentence's topic («ثم استقالت الحكومة», «تعرضت ألماتي للهجوم»), as
      // the quote prefers (see QuoteSource.happenedTo), not one naming X by the way, nor X's apposition («ففي ألما آتا،
      // أكبر مدينة…»), which describes it. Held-out +2, every other set the same.
      if (happened >= 0 && match.ranges.some((r) => r.concept === happened && isSentenceTopic(marks.sentenceStarts, r.token, true))) bonus += answerForm;
      // "What was the issue before the council?": a passage saying what the issue was («كانت القضية المعروضة على المجلس
      // هي المعركة…»), which BM25 ranks below the meeting's own passage (its place, day and chair).
      // The noun must stand by another of the question's words: the bonus is large, and a collection holds many issues.
      if (topic && statesTopicNearMatch(marks.statedTopics, topic, match, answerWindow)) bonus += TOPIC_STATED_SHARE * answerForm;
      if (form === 'definition') bonus += definitionTopic * topicShare(marks, match, weights, named);
      // "Until when": an end date counts twice, as a passage with none cannot answer (a passage saying the state of
      // emergency "is in force" outranked the one saying "until 19 January" at the single weight).
      // "Since when": a date a "since" opens (منذ 2 يناير) counts START_DATE_BONUS times.
      else if (form === 'time') bonus += endDate ? 2 * answerForm * markedNearMatch(endDateCues(marks), match, answerWindow)
        : startDate ? answerForm * Math.max(markedNearMatch(marks.dates, match, answerWindow), START_DATE_BONUS * markedNearMatch(marks.startDates, match, answerWindow))
        : answerForm * markedNearMatch(marks.dates, match, answerWindow);
      // (A plain "how many" counts any number here, a date's too: as tuned on ARCD.)
      else if (form === 'quantity') bonus += answerForm * markedNearMatch(duration || countries || ratio ? quantityCues(terms, hit.passage.text, marks, { duration, countries, ratio }) : marks.numbers, match, answerWindow);
      // "Who is the president…?": a person's name beside the matched words, not the title the question already says.
      // "To whom…?": a person's name or the word after «إلى» (see recipientMarks).
      // "Who attended…?" also by a list beside them («وحضر الاجتماع رؤساء مجلسي البرلمان، ورئيس الوزراء…»), which names
      // titles, not people, and counts LISTED_AGENTS_SHARE as much: not for a title the question asks the holder of
      // ("who chaired it?": ترأس, a president's). Tuned probes +2, held out +2 −1, every other set and ARCD the same.
      else if (form === 'agent') bonus += answerForm * Math.max(markedNearMatch(recipient ? recipientMarks(marks, marks.persons) : marks.persons, match, answerWindow, true), listedAgents ? LISTED_AGENTS_SHARE * markedNearMatch(marks.listItems, match, answerWindow) : 0);
      // "Why…?": a word giving a cause (بسبب، احتجاجا على، لمنع) beside them, or opening the sentence and explaining the
      // clause one stands in (see explainedByCause): tuned probes +4, held out +2 −1, every other set and ARCD the same.
      else if (form === 'reason') bonus += answerForm * causeNearMatch(marks, terms, hit.passage.text, match, answerWindow);
      // "Where did X post it?": a medium beside the matched words («كتب باشينيان على فيسبوك»), which names no place.
      // With the medium as the answer's cue in the lead pick and the quote: our probes +13 (8 of them held out), every
      // other set the same.
      else if (medium) bonus += answerForm * markedNearMatch(marks.media, match, answerWindow, true);
      // "By what means?": what follows a word of using beside the matched words (باستخدام…، استخدمت الشرطة…), whatever
      // the form. With the lead pick's (withCueFirst) and the quote's cue: tuned probes +7, held-out +6, every other
      // set and ARCD the same.
      if (means) bonus += answerForm * markedNearMatch(marks.means, match, answerWindow, true);
      // "What did Tokayev say he was setting up?": what follows a word of setting up (بإنشاء مقر…), whatever the form.
      // With the lead pick's move (holdsCreation): tuned probes +7, held out +11, every other set and ARCD the same.
      if (creation) bonus += answerForm * markedNearMatch(marks.creations, match, answerWindow, true);
      // "When" from a passage that tells no time at all (no date, weekday or time told by an event): a near miss.
      if (form === 'time' && !duration && !tellsTime(marks, true, false)) bonus -= NO_TIME_PENALTY;
      // "What did Russia's foreign ministry say?": a passage of Kazakhstan's ministry speaks for another one.
      if (match.otherCountry) bonus -= OTHER_COUNTRY_PENALTY;
      // "On Jan 4": a passage holding that day's date.
      if (askedDays.size && holdsDay(terms, marks.dates, askedDays)) bonus += SAME_DAY_BONUS;
      else if (askedDays.size && terms.antecedent && holdsDay(terms.antecedent, datesOf(terms.antecedent), askedDays)) bonus += CONTEXT_DAY_BONUS;
      // "Which buildings…?": an enumeration beside the matched words (the countries' and places' lists have their own).
      if (list && !countries && !places) bonus += listItems * markedNearMatch(marks.listItems, match, answerWindow);
      // "What's the source of RT's story?": the report's credit line, which holds none of the words describing it.
      if (source && terms.creditLine) bonus += CREDIT_LINE_BONUS;
      // "Which cities…?": a passage naming several places.
      if (askedEntities && otherPlaces(terms, index, askedEntities) >= LISTED_PLACES) bonus += PLACE_LIST_BONUS;
      // "How many countries…?" is answered by a count as well as by a list: half the bonus, with the quantity bonus
      // above counting a list beside a matched word as a count. ARCD's such questions are answered by counts: the same
      // at half, −0.2 pt from 0.65 on; at 0.3 "how many countries are in the CSTO?" still quoted a passage's 2500.
      // The list must stand with most of what the passage matches: «تضم منظمة معاهدة الأمن الجماعي أرمينيا…» (the
      // CSTO's members) does not answer "which countries' troops are in the CSTO's force?", which «تضم قوات حفظ السلام
      // وحدات من القوات المسلحة لروسيا…» does.
      if (countries) {
        const listed = listedCountryMarks(terms, hit.passage.text);
        const share = markedNearMatch(listed, match, answerWindow) > 0 ? listSentenceShare(match, marks, listed, weights) : 0;
        if (share >= LIST_SENTENCE_SHARE) {
          bonus += (form === 'quantity' ? COUNTED_COUNTRIES_SHARE : 1) * countryList * share;
        }
      }

      // "What is the concept…?": the label the passage quotes right after the noun («بمفهوم “الدولة السامعة”»).
      if (label >= 0 && quotesAfter(match, label, hit.passage.text)) bonus += answerForm;
      // "What did Russia say?" with nothing else asked: a passage where Russia speaks, not one that merely names it.
      if (speakers.length && speaksIn(terms, match, speakers)) bonus += answerForm;
      // "What did Russia call Kazakhstan?": a passage calling it by an epithet («في دولة صديقة»: see country-epithets),
      // which BM25 ranks low, as it names neither the country nor a verb of naming.
      if (called !== undefined && terms.epithetCountry?.id === called) bonus += EPITHET_SHARE * answerForm;

      return { passage: hit.passage, score: hit.score + bonus * topScore, match, twoSentenceCoverage };
    })
    // Stable: equal scores keep BM25's order (which breaks ties by passage number).
    .sort((a, b) => b.score - a.score);
}

/**
 * The most of the passage's matched weight that a sentence naming a list of countries holds, as a share: 1 when the
 * list stands with every matched word.
 */
function listSentenceShare(match: ConceptMatch, marks: PassageMarks, listed: Float32Array, weights: readonly number[]): number {
  const { sentenceStarts, sentenceNumbers } = marks;
  const { value, seen } = sentenceWorkFor(match, weights);
  let total = 0;
  for (let c = 0; c < weights.length; c++) total += value[c]!;
  if (total <= 0) return 0;
  const bySentence = rangesBySentence(match, sentenceNumbers, value, weights.length);
  let best = 0;
  let sentence = 0;
  const counted = new Set<number>();
  for (let t = 0; t < listed.length; t++) {
    if (t > 0 && sentenceStarts[t] === 1) sentence++;
    // Each sentence naming a listed country once.
    if (listed[t]! <= 0 || counted.has(sentence)) continue;
    counted.add(sentence);
    best = Math.max(best, weightInSentences(match, bySentence, sentence, sentence, value, seen, sentence));
  }
  return best / total;
}

/** Where a match's ranges stand by sentence (see rangesBySentence). */
interface RangeSentences {
  /** Per range: the number of its sentence (ranges come in token order, so these never go down). */
  sentenceOf: Int32Array;
  /** Sentences up to the last range's (at least one). */
  count: number;
  /** The credited weight of the matched concepts with no words in the text (an inherited person, a headline's word). */
  everywhere: number;
}

/** The sentence of each of a match's ranges, and the weight its matched concepts without words count everywhere. */
function rangesBySentence(match: ConceptMatch, numbers: Int32Array, value: Float64Array, concepts: number): RangeSentences {
  if (sentenceWork.sentenceOf.length < match.ranges.length) sentenceWork.sentenceOf = new Int32Array(2 ** Math.ceil(Math.log2(match.ranges.length)));
  const { sentenceOf, placed } = sentenceWork;
  placed.fill(0, 0, concepts);
  const last = numbers.length > 0 ? numbers[numbers.length - 1]! : 0;
  let sentence = 0;
  const { ranges } = match;
  for (let k = 0; k < ranges.length; k++) {
    const r = ranges[k]!;
    // Ranges come in token order; were one out of it, its sentence would be the latest one reached, as walking gave.
    sentence = Math.max(sentence, r.token < numbers.length ? numbers[r.token]! : last);
    sentenceOf[k] = sentence;
    placed[r.concept] = 1;
  }
  let everywhere = 0;
  for (const c of match.matched) if (!placed[c]) everywhere += value[c]!;
  return { sentenceOf, count: sentence + 1, everywhere };
}

/**
 * The weight matched everywhere plus that of each concept the ranges of sentences `first` to `last` hold, each once,
 * added in range order. `seen` marks the concepts counted with `mark` (a number not used before on it), so one array
 * serves every call of a passage without clearing.
 */
function weightInSentences(
  match: ConceptMatch, bySentence: RangeSentences, first: number, last: number, value: Float64Array, seen: Int32Array, mark: number,
): number {
  const { ranges } = match;
  const { sentenceOf } = bySentence;
  let got = bySentence.everywhere;
  for (let k = 0; k < ranges.length && sentenceOf[k]! <= last; k++) {
    const c = ranges[k]!.concept;
    if (sentenceOf[k]! < first || seen[c] === mark) continue;
    seen[c] = mark;
    got += value[c]!;
  }
  return got;
}

/**
 * The work arrays of the sentence measures, reused: they run for every candidate passage of every question, and
 * making small typed arrays cost more than filling them (a fifth of an answer's allocation). Each call reads only the
 * first entries it set, one per concept (sentenceOf: one per range).
 */
const sentenceWork = { value: new Float64Array(0), seen: new Int32Array(0), placed: new Uint8Array(0), sentenceOf: new Int32Array(0) };

/**
 * The work arrays for a match: `value` each matched concept's weight times the credit it was found with (0 for one not
 * matched), `seen` at -1 for every concept (see weightInSentences).
 */
function sentenceWorkFor(match: ConceptMatch, weights: readonly number[]): { value: Float64Array; seen: Int32Array } {
  const n = weights.length;
  if (sentenceWork.value.length < n) {
    const size = 2 ** Math.ceil(Math.log2(n));
    Object.assign(sentenceWork, { value: new Float64Array(size), seen: new Int32Array(size), placed: new Uint8Array(size) });
  }
  const { value, seen } = sentenceWork;
  value.fill(0, 0, n);
  seen.fill(-1, 0, n);
  for (let k = 0; k < match.matched.length; k++) value[match.matched[k]!] = weights[match.matched[k]!]! * match.credit[k]!;
  return { value, seen };
}

/** How many words from its verb a speaker may stand: «قالت وزارة الخارجية الروسية» (3), not «وقال البيان: بعد توجيهات توكاييف» (4). */
const SPEECH_REACH = 3;

/**
 * The concepts naming X in "what did X say?" or "what is X's position?" (ماذا قالت روسيا؟، ما موقف روسيا؟) when X is
 * all the question names: its named entities. None for a question with words of its own ("what did X say about Y?").
 */
function speakerConcepts(query: Query, form: QuestionForm): number[] {
  if (sayingVerbIndex(query.tokens, form) < 0 || query.concepts.some((c) => c.entity === undefined && !c.frame)) return [];
  return query.concepts.flatMap((c, k) => (c.entity !== undefined && !c.frame ? [k] : []));
}

/** Whether a speaker's matched mention stands within SPEECH_REACH words of a verb of reported speech. */
function speaksIn(terms: TextTerms, match: ConceptMatch, speakers: readonly number[]): boolean {
  return match.ranges.some((r) => {
    if (!speakers.includes(r.concept)) return false;
    for (let i = Math.max(0, r.token - SPEECH_REACH); i <= r.token + SPEECH_REACH; i++) if (isReportedSpeech(terms.tokens[i])) return true;
    return false;
  });
}
