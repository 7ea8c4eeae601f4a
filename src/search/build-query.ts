import type { AnalyzedToken } from '../text/analyze.js';
import { pastTenseTwin } from '../text/arabic-word-forms.js';
import { normalizeArabic } from '../text/normalize-arabic.js';
import { typingSlipStems } from '../text/arabic-typing-slips.js';
import { isChatFiller } from '../text/chat-fillers.js';
import { readColloquial } from '../text/read-colloquial.js';
import { isCompoundPrepositionNoun } from '../text/compound-prepositions.js';
import { readOrdinalDates } from '../text/ordinal-dates.js';
import { FUTURE_MARKERS, hasDialectFuturePrefix, hasDialectPresentPrefix, isArabicFutureVerb } from '../text/future-tense.js';
import { ARABIC_AUXILIARIES } from '../text/stop-words.js';
import { inWordList } from '../text/bare-word-forms.js';
import type { TermOptions } from './analyzer-config.js';
import type { EntityMatch, Gazetteer } from './gazetteer.js';
import { idiomObjectIndexes } from './idiom-expander.js';
import { termsOfText, type TextTerms } from './passage-terms.js';
import { NO_EXPANSION, type AlternativeKind, type QueryExpander } from './query-expander.js';
import { analysedAlternative, documentWordsOf, indexMemosOf, stemPairsOf, wordFactsOf, type IndexMemos } from './question-word-facts.js';
import { reportWordsByOrganisation } from './report-words.js';
import { isReportedSpeech } from './reported-speech.js';
import { siteNounIndexes } from './credit-question.js';
import { organisationKindIndex } from './name-question.js';
import { headlineQuestionWordIndexes } from './headline-question.js';
import { splitRunTogetherWords } from './run-together-words.js';
import { amountVerbIndex, asksForPast, isArabicAttribute, asksRightBefore, isTitleWord, attributionClauseIndexes, attributionSpanIndexes, beginWordIndex, countedWordIndex, countryListNounIndex, memberBesideCountryNounIndex, nameAskedLastIndex, describingClauseTokens, doVerbIndex, durationNounIndex, endWordIndex, fateWordIndex, frameNounIndex, howLongWordIndex, isExpectationMarker, lastingVerbIndex, locatingPlaceTokens, mediumNounIndex, namingVerbIndex, accountGiverIndexes, officialAccountIndexes, existentialHappenedIndex, placeListNounIndex, questionForm, REPORTING_VERBS, roleWordIndexes, sayingVerbIndex, subjectedVerbIndex, suddenWordIndexes, settingEventIndexes, topicPrepositionIndex, verbBeforeInfinitiveIndex, motionBeforePurposeIndex, beingAtMeetingIndex, beingInDocumentIndex, namesDocument, taskDoVerbIndex, becomesTitle, HAPPENED_VERBS, wantVerbIndex, opensSinceWhen, whichDateNounIndex, type QuestionForm } from './question-form.js';

/**
 * Words that frame a question ("ما اسم…", "ماذا يسمى…", "ما يعرف بـ…") rather than say what it is about. Query side
 * only. The words that press or wrap a question ("exactly", بالضبط, "pls") are chat-fillers.ts's.
 */
const QUESTION_WORDS = new Set(['ماهو', 'ماهي', 'اسم', 'يسمي', 'تسمي', 'يطلق', 'تطلق', 'يعرف', 'تعرف', 'يعتبر', 'تعتبر']);

/** Ends a sentence: the word after it is capitalised for the sentence, not for being a name. */
const SENTENCE_END = /[.!?؟…:]$/;

/** A Latin or Cyrillic word that starts with a capital letter inside its sentence. */
function isWrittenAsName(text: string, token: AnalyzedToken): boolean {
  if (token.script !== 'latin' && token.script !== 'cyrillic') return false;
  const before = text.slice(0, token.start).trimEnd();
  return before !== '' && !SENTENCE_END.test(before) && /^\p{Lu}/u.test(text.slice(token.start, token.end));
}

/** A quoted span: an opening mark («, “, „ or "), its text, and the closing one. */
const QUOTED = /[«“„"]([^«»“”„"]*)[»”"“]/gu;

/**
 * Where the question quotes a title: a quoted span whose text opens with a Latin or Cyrillic capital letter (the
 * title of a book, film or song: «Кто написал роман «Война и мир»?», who wrote "War and Peace"?), as [start, end)
 * character offsets. Its words are a name, however they translate (war, peace).
 */
function quotedTitleSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1]!.trimStart();
    if (/^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(inner) && /^\p{Lu}/u.test(inner)) spans.push([match.index! + 1, match.index! + match[0].length - 1]);
  }
  return spans;
}

/**
 * A Latin word shaped like a Russian or Kazakh surname in English spelling (Nazarbayev, Masimov, Lavrov, Klitschko's
 * Tymoshenko, Zhirinovsky): chat questions write names in lower case. English has no ordinary word of six letters
 * or more with these endings. (Not in Cyrillic: -ов and -ев end Russian genitive plurals, «террористов».)
 */
const SURNAME_SHAPE = /^[a-z]{3,}(?:ov|ev|yev|iev|ova|eva|yeva|enko|sky|skiy|skaya|uly|kyzy)$/;

function isShapedAsSurname(token: AnalyzedToken): boolean {
  return token.script === 'latin' && token.normalized.length >= 6 && SURNAME_SHAPE.test(token.normalized);
}

/**
 * A Russian word shaped like a surname in any case (путин, назарбаевым, масимова, лаврову; шойгу aside). These endings
 * also end ordinary words (миротворцев, бензин), so only a word no dictionary translates is read as one; not an
 * adjective in -ческий (миротворческие, антитеррористическую), which chat misspells past the dictionary.
 */
const RUSSIAN_SURNAME_SHAPE = /^[а-яё]{3,}(?:(?:ов|ев|ёв|ин|ын)(?:а|у|е|ым|ой|ы|ых|ыми)?|(?<!че)(?:ск|цк)(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их)|енко)$/;

function isShapedAsRussianSurname(token: AnalyzedToken): boolean {
  return token.script === 'cyrillic' && token.normalized.length >= 5 && RUSSIAN_SURNAME_SHAPE.test(token.normalized);
}

/**
 * A Russian or Kazakh surname in Arabic letters (نزارباييف، ماسيموف، لافروف، شويغو aside): the endings of -ev, -ov,
 * -eva, -ova, -sky, -enko as Arabic writes them. Ordinary words end so too (ضعيف، معروف، ظروف), so only a word no
 * dictionary reads is taken for one.
 */
const ARABIC_SURNAME_SHAPE = /^[\u0621-\u064A]{3,}(?:ييف|اييف|ايف|يفا|وف|وفا|وفيتش|يفيتش|سكي|ينكو)$/u;

function isShapedAsArabicSurname(token: AnalyzedToken): boolean {
  return token.script === 'arabic' && token.normalized.length >= 6 && ARABIC_SURNAME_SHAPE.test(token.normalized);
}

/** Verbs of saying and nouns of stance (normalised) whose subject a question names: ماذا قال X، ما موقف X. */
// Not the verbs that take an object as often (أعلن، أكد، ذكر: «التي أعلنت حصيلة القتلى»).
const ARABIC_SAYING_VERBS = ['قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'صرح', 'صرحت'];
const SPEAKER_BEFORE = new Set([...ARABIC_SAYING_VERBS, 'موقف', 'راي']);

/** English "did X say": the auxiliary before the speaker, and the verbs of saying after. */
const AUXILIARY_BEFORE_SPEAKER = new Set(['did', 'does', 'has', 'have']);
const SAYING_AFTER_SPEAKER = new Set(['say', 'said', 'think', 'tell', 'told', 'announce', 'claim', 'write', 'post', 'tweet']);
/** How many words before the speaker the auxiliary may stand: "did un secretary-general guterres say". */
const AUXILIARY_REACH = 4;

/** Russian verbs of saying, before or after their speaker (что сказал X، X заявил). */
const RUSSIAN_SAYING = new Set(['сказал', 'сказала', 'заявил', 'заявила', 'говорит', 'говорил', 'говорила', 'считает', 'думает', 'написал', 'написала', 'ответил', 'ответила']);
/** Fewest letters of a Russian speaker: «мид кз говорит» names the ministry by an abbreviation the documents lack. */
const MIN_RUSSIAN_SPEAKER_LETTERS = 4;

/** The verbs of saying a dialect question puts after its speaker (بوتين قال ايه، ماكرون بيقول ايه). */
const SAYING_AFTER_ARABIC_SPEAKER = new Set([...ARABIC_SAYING_VERBS, 'بيقول', 'بتقول']);

/** Reflexives between a speaker and the verb («بوتين نفسه قال», "did putin himself say"). */
const REFLEXIVES = new Set(['نفسه', 'نفسها', 'بنفسه', 'بنفسها', 'ذاته', 'شخصيا', 'himself', 'herself', 'personally']);

/**
 * A word that names a speaker the documents lack in every form and no dictionary reads: an Arabic word right after a
 * verb of saying or a noun of stance (ماذا قال ترامب…، ما موقف أردوغان…), after the title that follows one (ماذا قال
 * الأمين العام للأمم المتحدة غوتيريش…) or right before the verb (بوتين قال ايه);
 * an English word right before "say" with "did" a few words before, in the lower case of chats ("what did erdogan
 * say", "what did un secretary-general guterres say"); a Russian word right before or after its verb (что сказал
 * гутерриш). No passage is about him. `asStem`: in how many passages the documents hold the word's stem (WordFacts.asStem).
 */
function isUnknownSpeaker(
  tokens: readonly AnalyzedToken[], i: number, concept: QueryConcept, asStem: number, documentFrequency: (field: string, term: string) => number,
): boolean {
  const token = tokens[i]!;
  if (concept.alternatives || asStem > 0) return false;
  if (token.script === 'latin') {
    const next = REFLEXIVES.has(tokens[i + 1]?.normalized ?? '') ? i + 2 : i + 1;
    return !concept.offered && SAYING_AFTER_SPEAKER.has(tokens[next]?.normalized ?? '')
      && tokens.slice(Math.max(0, i - AUXILIARY_REACH), i).some((t) => AUXILIARY_BEFORE_SPEAKER.has(t.normalized));
  }
  if (token.script === 'cyrillic') {
    return !concept.offered && token.normalized.length >= MIN_RUSSIAN_SPEAKER_LETTERS
      && (RUSSIAN_SAYING.has(tokens[i - 1]?.normalized ?? '') || RUSSIAN_SAYING.has(tokens[i + 1]?.normalized ?? ''));
  }
  // Letters only: «خبر٢٤» glued together is the channel the documents write as «خبر 24».
  if (token.script !== 'arabic' || !/^\p{L}+$/u.test(token.normalized) || documentFrequency('forms', token.stem) > 0) return false;
  if (i > 0 && SPEAKER_BEFORE.has(tokens[i - 1]!.normalized)) return true;
  let next = REFLEXIVES.has(tokens[i + 1]?.normalized ?? '') ? i + 2 : i + 1;
  // A dialect's question word between them: «بوتين شو قال…؟», «أردوغان وش قال…؟».
  if (readColloquial(tokens[next]?.normalized ?? '').asks !== undefined) next++;
  if (SAYING_AFTER_ARABIC_SPEAKER.has(tokens[next]?.normalized ?? '')) return true;
  // A name after its title, the subject of a verb of saying: «ماذا قال الأمين العام للأمم المتحدة غوتيريش؟».
  // Between them only the title's definite words («العام للأمم المتحدة», «الأمريكي»), and after the name the question
  // goes on with a function word or ends («…غوتيريش عن الأحداث؟»).
  if (tokens[i + 1] !== undefined && !tokens[i + 1]!.stop) return false;
  for (let at = i - 1; at >= Math.max(0, i - APPOSITION_REACH); at--) {
    if (isArabicTitle(tokens[at]) && SPEAKER_BEFORE.has(tokens[at - 1]?.normalized ?? '')) return true;
    if (tokens[at]!.stop || !/^[وفب]?(?:ال|لل)/.test(tokens[at]!.normalized)) return false;
  }
  return false;
}

/** How many words a title may stand before the name it is given: «الأمين العام للأمم المتحدة غوتيريش» (4). */
const APPOSITION_REACH = 4;
/** An Arabic title (الأمين، الرئيس، وزير): before a name, his. */
const isArabicTitle = (token: AnalyzedToken | undefined) => token !== undefined && token.script === 'arabic' && isTitleWord(token.normalized);

/** One thing the question asks about: a word, or a gazetteer entity spanning one or more words. */
export interface QueryConcept {
  /** Indexes into Query.tokens. */
  tokens: number[];
  stems: string[];
  grams: string[];
  entity?: string;
  skeleton?: string;
  /**
   * A Latin or Cyrillic word written as a name: capitalised, not the first word of its sentence ("Peru", "Токаев"),
   * or a Latin word shaped as a Russian or Kazakh surname in any case ("nazarbayev"), or an unknown Arabic word as the
   * subject of a verb of saying (see isUnknownSpeaker). Only for words outside gazetteer entities.
   */
  name?: boolean;
  /** The Arabic root of its word, when it has one the documents share (a weak signal: see FieldWeights.root). */
  root?: string;
  /** Index stems the documents may use for it instead (dialect readings, synonyms, translations), with their credit. */
  alternatives?: ConceptAlternative[];
  /**
   * The expander knew the word (offered a translation, reading or synonym), whether or not the documents use it: a
   * dictionary word, not a name. An English word whose translations the documents lack is missing from them.
   */
  offered?: boolean;
  /**
   * Set on a concept a follow-up takes from the previous question (addContext): the factor its terms and its weight in
   * coverage are scaled by. Absent on the question's own concepts (weight 1).
   */
  contextWeight?: number;
  /**
   * The word that frames the question (ما سبب…؟، ما عدد…؟، ما الدول…؟، كم يوم…؟، متى تنتهي…؟، ما دور…؟: see frameNounIndex,
   * countryListNounIndex, durationNounIndex, endWordIndex and roleWordIndexes):
   * it says what is asked for, and the documents may or may not name it ("the cause" is given without the word; "هذا
   * العدد" names it). So do the words of a clause describing a named thing (describingClauseTokens). Its terms and
   * its weight in coverage count FRAME_WEIGHT of a word's, so it helps where it is
   * found and costs little where not.
   */
  frame?: boolean;
  /**
   * A word naming who spoke in "what did X say about Y?" (ماذا قال X عن Y؟، что сказал X о Y?): the words before the
   * "about" that follows the verb of saying, when words follow it. Its terms and its weight in coverage count
   * SPEAKER_WEIGHT of a word's: Y is what is asked about. So do the words of the source a question attributes its
   * matter to (وفق بيان الخارجية الكازاخية يوم الإثنين، according to tokayev, по словам МИД: attributionSpanIndexes):
   * the passage telling it need not name the source, as the paragraphs of a statement seldom do, and its opening
   * paragraph, which does («علّقت وزارة الخارجية الكازاخية… في بيان لها يوم الإثنين»), had come first. Our probes +5
   * tuned, +3 held out; natural.json, seeds, our chat set and ARCD the same (leaving a person named as the source at
   * full weight: +5 and +2). And so do the names of the one whose explanation is asked for ("how did X explain Y?":
   * accountGiverIndexes): «كيف فسّرت الخارجية ظهور هذه الجماعات المسلحة؟» quoted the ministry's other paragraph, which
   * names it, over «ظهرت الجماعات الإرهابية بسبب تفعيل ما يسمى الخلايا النائمة». Tuned probes +2, every other set and
   * ARCD the same; with the verbs of describing, calling and assessing too (كيف وصفت موسكو…): +4 −2 tuned, +1 −2 held
   * out (Moscow named alone at 0.7 left «بم وصفت موسكو ما يجري لدى جارتها؟» declined).
   */
  speaker?: boolean;
  /**
   * The verb of saying of "what did X say about Y?" (a frame): a passage that goes on with the words of a person the
   * question names, after the paragraph naming them (TextTerms.inheritedPerson), is that person saying them, with no
   * verb of saying of its own; whether or not the question is read with X as its speaker (see speaker).
   */
  saying?: boolean;
  /**
   * A word of the source the question attributes its matter to ("according to X": see speaker), which a sentence
   * telling the matter need not name: in choosing the quote it counts as a word of the headline does (selectQuote's
   * topical concepts).
   */
  attributed?: boolean;
  /**
   * The question asks which one of the concept's class ("which agency…?", «من أي وكالة…؟»): a member the gazetteer
   * files under it (Novosti, Sputnik) is the answer, and counts in full, not NARROWER_ENTITY_CREDIT.
   */
  asksMember?: boolean;
}

/**
 * What a word naming the speaker of "what did X say about Y?" counts for, as a share of a word of its own (see
 * QueryConcept.speaker). The documents name X once, in a paragraph or the one before the paragraphs that quote X on
 * Y; X's names outweighed Y's words, and «كشف مصدر في الأمم المتحدة… مذكرة… من البعثة الدائمة لكازاخستان» (which
 * names the mission) was quoted for what the mission said about protests and killing police. Our probes +3 tuned and
 * +5 held out, every other set the same; 0.6 to 0.8 alike, 0.5 and 0.9 one or two fewer.
 */
export const SPEAKER_WEIGHT = 0.7;

/**
 * Verbs of publishing (normalised), beside those of saying and reporting (REPORTING_VERBS, isReportedSpeech): published,
 * ran; نشر، كتب، أورد; написало, сообщило, опубликовало.
 */
const PUBLISHING_VERB = /^(?:published|ran|covered|[وف]?(?:نشر|نشرت|كتب|كتبت|اورد|اوردت)|написал[аио]?|сообщил[аио]?|опубликовал[аио]?|писал[аио]?)$/;
/** Whether a question word is an outlet's verb of reporting: "which outlet reported…", «أي موقع نشر…». */
const isOutletVerb = (token: AnalyzedToken) => REPORTING_VERBS.has(token.normalized) || isReportedSpeech(token) || PUBLISHING_VERB.test(token.normalized);

/**
 * Verbs of promising (normalised): what is promised is to come, so the question's verbs may be the documents' future.
 * «Что МИД РФ пообещал продолжать…?» is answered by «سنواصل مشاوراتنا…» (we will continue), which the quote had cut.
 */
const PROMISE_VERB = /^(?:[وف]?[يتن]?(?:تعهد|وعد)(?:ت|وا|و)?|promised?|promises|pledged?|pledges|vowed?|vows|(?:по)?обеща(?:л|ла|ли|ет|ют))$/;

/**
 * What a question's frame noun counts for, as a share of a word of its own (see QueryConcept.frame). Dropping it
 * outright lost "ما عدد أفراد قوة حفظ السلام؟", whose passage says "هذا العدد"; 0.3 and 0.5 cost ARCD 0.1 and 0.2 pt.
 */
export const FRAME_WEIGHT = 0.1;

/** An index stem that stands for a concept at a credit below 1. */
export interface ConceptAlternative {
  stem: string;
  credit: number;
  via: AlternativeKind;
}

/** Credit of another cut of a word (لوكالة read as ل + وكالة): the same word, but the cut may be wrong (كتاب, ك + تاب). */
export const FORM_CREDIT = 0.8;

/**
 * What an adjective's elative counts for (see WordFacts.elatives): a graded word, not the same one, so a synonym's
 * credit (the glossary's). Tuned probes +1, the new held-out file +1, ARCD one decline fewer; every other set the same.
 */
const ELATIVE_CREDIT = 0.7;
/**
 * What the verbal noun of a question's verb counts for (تخربت → «التخريب»: see verbalNounsOfPast): the same event
 * named, not told, as a synonym's credit. Tuned probes +1, held out +1, ARCD +2 (0.5: the probes alike, ARCD the
 * same); every other set the same. Taken from any form the word may be, «لتعلم البرمجة» (to learn) met the documents'
 * «تعليمات» (instructions) and a question of our seeds the documents do not answer was answered. So counts a verbal
 * noun's verb (ظهور → «ظهرت»: see verbsOfVerbalNoun): tuned +5, held out +8, natural.json +1 (n12), ARCD the same; the
 * other way too (ظهر → ظهور) changed no probe and moved four ARCD answers, two lost (this way moves two: جنوب "south"
 * read as جنب lost one, حروب as حرب won one).
 */
const VERBAL_NOUN_CREDIT = 0.7;
/** Credit of the verb of a participle (الحاضرون → حضر): the same event, said of the one who did it. */
const PARTICIPLE_VERB_CREDIT = 0.6;

/**
 * A typing slip (see typingSlipStems): what the word it stands for counts for, the fewest letters a word needs besides
 * its article and its stem needs (shorter ones are a slip away from too many words), and the most words it may stand
 * for. ARCD hit@1 0.827 → 0.829, quote-hit 0.7799 → 0.781 (اسنخدم، ماترن); our 15 probes with slips 11 → 12; the
 * other probes and the negatives the same everywhere. Words of 4 letters answered one more of our chat set's
 * unanswerable questions; three-letter stems gave junk (زعلانة: فعل); 0.5 measured the same, 0.7 and 0.8 lost an ARCD
 * question; 1 to 5 stems the same.
 */
const SLIP_CREDIT = 0.6;
const MIN_SLIP_LETTERS = 5;
/** A stem of three letters is a slip away from too many others (زعل from زعلانة: فعل، اعل). */
const MIN_SLIP_STEM_LETTERS = 4;
const MAX_SLIP_STEMS = 3;

/**
 * Least credit of an alternative that makes a word the gazetteer entity it names: a dialect reading, a first
 * translation, a glossary synonym as a whole (الاضطرابات as «أعمال الشغب», the riots). 0.8 → 0.7, letting synonyms in:
 * tuned probes +11, held out the same, natural.json +1, ARCD the same.
 */
const ENTITY_ALTERNATIVE_CREDIT = 0.7;

/**
 * Weight of the n-grams of a word that is a gazetteer entity (chat set +0.5 pt hit@1, ARCD unchanged; 0: −2.5 pt).
 * 0.5 → 0.35: our probes +5 −1 tuned, +1 held out, every other set the same. The entity term already finds the name
 * however it is spelt; its n-grams only count the same word again, and outweighed the words that tell two passages
 * naming مانغيستاو apart ("what sets it apart economically?": «منطقة منتجة للنفط»).
 */
const ENTITY_GRAM_WEIGHT = 0.35;

/**
 * What a wider entry's mention counts for in place of the entity a question names (see GazetteerEntry.broader): «جهات
 * إنفاذ القانون» for the police. Probes +2, nothing lower; at 0.4 to 0.6 +3, but «كم عدد أفراد الشرطة الذين قتلوا؟»
 * then led with a passage on «ضباط إنفاذ القانون» holding no count, and was declined.
 */
export const BROADER_ENTITY_CREDIT = 0.3;

/**
 * What a narrower entry's mention counts for in place of the entity a question names: the police named where "law
 * enforcement" is asked about («Какие силовые структуры проводят операцию?»: «وتقوم الشرطة والحرس الوطني…»). A
 * member tells of its class more surely than the class of a member: tuned probes +2 at 0.7, +1 at 0.3 and 0.5
 * (held-out +1 at each), every other set the same.
 */
export const NARROWER_ENTITY_CREDIT = 0.7;

/** What a narrower entry's mention counts for in place of the concept's entity: in full where it asks which one. */
export function memberCredit(concept: Pick<QueryConcept, 'asksMember'>): number {
  return concept.asksMember ? 1 : NARROWER_ENTITY_CREDIT;
}

/**
 * What an alternative the documents hold only as another cut of their words weighs in the forms field, times its
 * credit: with the default field weights (forms 0.2 of stem) it counts as a stem would. A dictionary's or reading's
 * verb is a base form (استمر، تأسس، وجه) while news narrate in the feminine past (استمرت، تأسست، وجهت), which the
 * stemmer keeps whole and cuts to the base only among a word's other cuts: there, at the field's 0.2, a right
 * translation weighed a fifth of a wrong one the documents hold as a stem. With the most a question can score counting
 * such a term once among the concept's alternatives (scoreShare): probes +22 −3 (held out +5), our chat set +1, one
 * more unanswerable one declined; natural.json and ARCD the same. 2.5: +8 −2; 8: +25 −9; the question's own words'
 * other cuts at 5 as well: natural.json −1.
 */
const ALTERNATIVE_FORMS_WEIGHT = 5;

/**
 * Whether the documents narrate an alternative's verb (a base form, بدأ) in the feminine past (بدأت) at least as often
 * as in the base: their «بدأت الاحتجاجات» is then the verb's usual form, kept whole by the stemmer and cut to the base
 * only among the other cuts, and weighs as the base would (ALTERNATIVE_FORMS_WEIGHT), not a fifth of it. «В каких
 * городах начались протесты?» had quoted «انطلقت مظاهرات… في منطقة مانجيستاو» over «بدأت الاحتجاجات… إذ احتج سكان
 * مدينتي جاناوزين وأكتاو». Held-out probes +3 and the stop's new held-out file +1 (none lower), tuned +12, ARCD +1;
 * natural.json and our chat set the same (whenever the documents hold the feminine at all: natural.json −1).
 */
function narratedInFeminine(stem: string, asStem: number, documentFrequency: (field: string, term: string) => number): boolean {
  const feminine = stem.endsWith('ت') ? '' : pastTenseTwin(stem);
  const asFeminine = feminine ? documentFrequency('stem', feminine) : 0;
  return asFeminine > 0 && asFeminine >= asStem;
}

/**
 * What an alternative's present form (see DocumentWord.present) counts for, as a share of the alternative's credit:
 * the verb, but not as surely as the form a dictionary gives. In full, "what does the CSTO include?" (تضم، يشمل)
 * quoted «يشمل تفويض قوات حفظ السلام…» over «تضم منظمة معاهدة الأمن الجماعي أرمينيا…». At 0.5: tuned probes +1
 * (quotes +4), held out quotes +1, every other set and ARCD the same; 0.7: +1 and +1, that question lost; 1: +2 and +1,
 * that question lost.
 */
const PRESENT_FORM_SHARE = 0.5;

/** Most alternative stems kept per concept, best credit first: more add noise and search time, not answers. */
const MAX_ALTERNATIVES = 8;

/** A question analysed into concepts and the weighted terms searched for (weights before field weights). */
export interface Query {
  text: string;
  tokens: AnalyzedToken[];
  concepts: QueryConcept[];
  /** The terms searched for; `concept` is the index of the concept a term comes from (none for stem pairs). */
  terms: Array<{ field: string; term: string; weight: number; concept?: number }>;
  /** Words the expander dropped as function words (of a dialect): the question is colloquial. */
  dropped: number;
  /**
   * What the question asks for (questionForm) and whether it is in the past tense (asksForPast), read from its own
   * words as it was built: queryAsks takes them from here rather than reading the words again. Absent on a query built
   * by hand.
   */
  form?: QuestionForm;
  past?: boolean;
  /**
   * How many of `tokens` are the question's own (addContext appends the previous question's after them); absent: all.
   * What the question asks for (when, how many…) is read from its own words only.
   */
  ownTokens?: number;
}

/** The index of the question's concept holding its word at `token`, or -1 (a function word, or none given). */
export function conceptIndexOf(query: Query, token: number): number {
  return token < 0 ? -1 : query.concepts.findIndex((c) => c.tokens.includes(token));
}

/** Negations (normalised) in a phrase of function words: «уже не», "no longer". */
const NEGATIONS: ReadonlySet<string> = new Set(['не', 'ни', 'no', 'not']);
/** How many words on from an English or Russian function word a negation may stand for its phrase to be looked up. */
const NEGATION_REACH = 2;

/**
 * Whether an English or Russian function word opens a glossary phrase of function words with a negation among them:
 * «Токаев сказал, что это уже не угроза» («больше не», no longer) is the documents' «لم يعد هذا تهديدًا», though no
 * word of the phrase would be a concept (each is a stop word). Only negated ones: «после того, как» (after), looked up
 * the same way, put its «بعد» before the words of the question (tuned probes +2 −5, held out +2 −2).
 */
function opensNegatedFunctionPhrase(tokens: readonly AnalyzedToken[], i: number, expander: QueryExpander): boolean {
  const token = tokens[i]!;
  if (!token.stop || token.script === 'arabic' || tokens[i + 1]?.stop !== true) return false;
  if (!tokens.slice(i, i + NEGATION_REACH + 1).some((t) => NEGATIONS.has(t.normalized))) return false;
  return expander.alternativesOf(tokens, i, false).some(({ span = 1 }) => {
    const words = tokens.slice(i, i + span);
    return span >= 2 && words.every((t) => t.stop) && words.some((t) => NEGATIONS.has(t.normalized));
  });
}

/** A hamza ending a word as typed (هدأ، تباطؤ، شيء). */
const FINAL_HAMZA = /[أؤئء]$/;

/**
 * Turns a question into index terms. Words inside an entity mention become that entity (plus their own stems);
 * character n-grams catch spelling variants; a consonant skeleton is added for words the index does not know as
 * stems (Latin or Cyrillic names, unseen transliterations).
 */
export function buildQuery(
  text: string, gazetteer: Gazetteer, options: TermOptions, documentFrequency: (field: string, term: string) => number,
  expander: QueryExpander = NO_EXPANSION,
): Query {
  // Dates in ordinal words (في السادس من يناير) are read as the documents write them (6 يناير), offsets unchanged.
  const dated = readOrdinalDates(text);
  const analysed = withRunTogetherWordsSplit(dated, termsOfText(dated, gazetteer, options), gazetteer, options, documentFrequency);
  const { tokens, pair } = analysed;
  // «حلف الأمن الجماعي»: the noun of the organisation's kind is a word of its name, not a concept the passages lack.
  // A name typed with a slip in one of its words ("security counsil") names it as the question means.
  const slipped = gazetteer.matchWithSlips(tokens, analysed.entities);
  const entities = withOrganisationNouns(slipped.length ? [...analysed.entities, ...slipped].sort((a, b) => a.first - b.first) : analysed.entities, tokens, gazetteer);
  const covered = new Map<number, number>();
  entities.forEach((e, n) => {
    for (let i = e.first; i <= e.last; i++) if (!covered.has(i)) covered.set(i, n);
  });
  const concepts: QueryConcept[] = [];
  const byEntity = new Map<number, QueryConcept>();
  const titles = quotedTitleSpans(text);
  const questionEntities = new Set(entities.map((e) => e.id));
  // The question's tense, read once: its verbs' synonyms may be the documents' future (see alternativesOf).
  const tense: QuestionTense = {
    future: tokens.some((t, i) => FUTURE_MARKERS.has(t.normalized) || isExpectationMarker(tokens, i) || PROMISE_VERB.test(t.normalized)),
    past: asksForPast(tokens),
  };
  let spanned: QueryConcept | undefined;
  let spanEnd = -1;
  let dropped = 0;
  // The question's form, read once for its end and begin verbs.
  const topic = topicLengthOf(text, tokens);
  const asked = topic ? formAfterTopic(tokens, topic) : questionForm(tokens);
  // The verbs of naming and saying are frames, and more (see documentNaming and QueryConcept.saying): found once.
  const namingAt = namingVerbIndex(tokens, asked);
  const sayingAt = sayingVerbIndex(tokens, asked);
  const frames = frameIndexes(tokens, asked, namingAt, sayingAt);
  // The verb of "when did it start?" frames it only where the documents lack it as written (بدت): the date it began
  // answers it, with «انطلقت» or «منذ» (as a frame whatever the spelling, ARCD lost 0.2 pt: its بدأ is the documents').
  const beginWord = beginWordIndex(tokens, asked);
  // The verb of being subjected to (تعرض لـ) frames a question whose object the documents hold (للهجمات); where they
  // lack it («يتعرضو للملاحقه», the documents' «الاضطهاد»), the verb is the better clue («ألا يتعرض المتظاهرون…»).
  const subjected = subjectedVerbIndex(tokens);
  const subjectedFrames = subjected >= 0 && documentFrequency('stem', tokens[subjected + 1]!.stem) > 0;
  // Stem pairs of the phrases alternatives stand for (see alternativesOf), with their credit.
  const alternativePairs = new Map<string, number>();
  const howLong = howLongWordIndex(tokens);
  const countedAt = asked === 'quantity' ? countedWordIndex(tokens) : -1;
  const memos = indexMemosOf(documentFrequency);
  const beingAt = beingAtMeetingIndex(tokens);
  const beingIn = beingInDocumentIndex(tokens);
  const documentNaming = namingAt >= 0 && namesDocument(tokens) ? namingAt : -1;
  const taskDo = taskDoVerbIndex(tokens);
  tokens.forEach((token, i) => {
    // "Who was at the meeting?" asks who attended it: the be-verb stands for the documents' verb of attending.
    if (i === beingAt) {
      concepts.push(readAsConcept(i, ATTENDING));
      return;
    }
    // "What will the peacekeepers do?" asks for their tasks: the verb stands for the documents' «المهام», «تفويض».
    if (i === taskDo) {
      concepts.push(readAsConcept(i, TASKS));
      return;
    }
    // "What was in the memo?" asks what it states: the be-verb stands for the documents' «جاء في», «ورد في».
    if (i === beingIn) {
      concepts.push(readAsConcept(i, STATED_IN));
      return;
    }
    // «уже не», «больше не» (no longer) are function words that mean the documents' «لم يعد» together.
    const negated = token.stop && !(spanned && i <= spanEnd) && opensNegatedFunctionPhrase(tokens, i, expander);
    if ((token.stop && !negated) || QUESTION_WORDS.has(token.normalized) || opensSinceWhen(tokens, i) || isCompoundPrepositionNoun(tokens, i) || isChatFiller(tokens, i) || isExpectationMarker(tokens, i) || i === howLong) return;
    // What the documents hold of the word as it is (in how many passages, its other cuts and forms there), worked out
    // once per word and index.
    const facts = wordFactsOf(memos, token, analysed.tokenRoots[i]!, analysed.tokenForms[i]!, gazetteer, options, documentFrequency);
    const { asStem, bare } = facts;
    // A word written with a final hamza is no dialect's function word spelt without it: «هدأ» (calmed) is not the
    // Levantine «هدا» (this), which it becomes once normalised.
    if (expander.isFunctionWord(token, asStem > 0, tokens[i - 1], tokens[i - 2], tokens[i + 1]) && !FINAL_HAMZA.test(dated.slice(token.start, token.end))) {
      dropped++;
      return;
    }
    // The word's n-grams as the analysis made them (remembered per word): the very strings of the passages' lookups.
    const ownGrams = analysed.tokenGrams[i]!;
    const entityNo = covered.get(i);
    if (entityNo !== undefined) {
      let concept = byEntity.get(entityNo);
      if (!concept) {
        concept = conceptOf([], [], []);
        concept.entity = entities[entityNo]!.id;
        byEntity.set(entityNo, concept);
        concepts.push(concept);
      }
      concept.tokens.push(i);
      concept.stems.push(token.stem);
      concept.grams.push(...ownGrams);
      return;
    }
    // A word inside a phrase an alternative stands for ("state of emergency") belongs to the phrase's concept.
    if (spanned && i <= spanEnd) {
      spanned.tokens.push(i);
      spanned.stems.push(token.stem);
      return;
    }
    // A phrase of function words has no stem of its own: its alternatives find it.
    const concept = conceptOf([i], negated ? [] : [token.stem], ownGrams.slice());
    if (frames.has(i) || (i === beginWord && asStem === 0) || (i === subjected && subjectedFrames)) concept.frame = true;
    if (i === sayingAt) concept.saying = true;
    if (isWrittenAsName(text, token) || isShapedAsSurname(token)) concept.name = true;
    const unknown = token.script !== 'arabic' || asStem === 0;
    if (facts.skeleton) concept.skeleton = facts.skeleton;
    const { named } = facts;
    if (named && facts.namedInDocuments) concept.entity = named;
    if (facts.root) concept.root = facts.root;
    // A title in quotes («Война и мир», "The Godfather") names a work: its words are a name, not words to translate.
    const inTitle = titles.some(([from, to]) => token.start >= from && token.end <= to);
    if (inTitle) concept.name = true;
    const found = inTitle ? noAlternatives() : alternativesOf(expander, tokens, i, gazetteer, options, documentFrequency, memos, concept.stems, questionEntities, tense, alternativePairs, i === countedAt);
    // The other cuts of the word the documents use as a main stem (ل + وكالة) count nearly as the word itself.
    for (const form of facts.forms) {
      // Also when a reading gave it for less (لاجتماع's اجتماع as a synonym of a stem لاجتماع): it is the word itself.
      const weaker = found.alternatives.findIndex((a) => a.stem === form);
      if (weaker >= 0 && found.alternatives[weaker]!.credit >= FORM_CREDIT) continue;
      if (weaker >= 0) found.alternatives.splice(weaker, 1);
      found.alternatives.unshift({ stem: form, credit: FORM_CREDIT, via: 'spelling' });
    }
    // An Arabic word's other forms the documents have where they lack it as it is (see WordFacts.otherForms).
    for (const stem of facts.otherForms) {
      if (!found.alternatives.some((a) => a.stem === stem)) found.alternatives.unshift({ stem, credit: FORM_CREDIT, via: 'spelling' });
    }
    // The adjective graded («المدن الكبيرة»: «المدن الكبرى»، «أكبر»), weaker than the word itself.
    for (const stem of facts.elatives) {
      if (!found.alternatives.some((a) => a.stem === stem)) found.alternatives.push({ stem, credit: ELATIVE_CREDIT, via: 'synonym' });
    }
    // An Arabic word the documents lack, with nothing else to stand for it, may be a typing slip of one they have; not
    // a word a dictionary knows (اعتقلوا "they arrested" is no slip of اعتقدوا "they believed").
    if (token.script === 'arabic' && unknown && !found.alternatives.length && !found.inDictionary && !concept.entity && !found.entity
      && bare.length >= MIN_SLIP_LETTERS && token.stem.length >= MIN_SLIP_STEM_LETTERS) {
      facts.slips ??= typingSlipStems(token.stem, (s) => documentFrequency('stem', s) > 0, MAX_SLIP_STEMS);
      for (const stem of facts.slips) found.alternatives.push({ stem, credit: SLIP_CREDIT, via: 'spelling' });
    }
    for (const stem of facts.participleVerbs) {
      if (!found.alternatives.some((a) => a.stem === stem)) found.alternatives.push({ stem, credit: PARTICIPLE_VERB_CREDIT, via: 'spelling' });
    }
    // The event told the other way: the verb's verbal noun (تخربت: «التخريب»), the verbal noun's verb (ظهور: «ظهرت»).
    for (const stems of [facts.verbalNouns, facts.nounVerbs]) {
      for (const stem of stems) {
        if (!found.alternatives.some((a) => a.stem === stem)) found.alternatives.push({ stem, credit: VERBAL_NOUN_CREDIT, via: 'spelling' });
      }
    }
    // "How did X's appeal describe the situation?": a document describes by what it states («النداء… جاء فيه أن
    // الوضع…»), which answers it; the verb is then no frame.
    if (i === documentNaming) {
      concept.frame = undefined;
      for (const stem of STATED_IN) found.alternatives.push({ stem, credit: READ_AS_CREDIT, via: 'translation' });
    }
    if (found.alternatives.length) concept.alternatives = found.alternatives;
    // An English or Russian word a dictionary translates is no misspelt name, whatever its skeleton: "followers"
    // (FLWRS) is not Belarus, "crooks" not Kyrgyzstan.
    if (named && concept.entity === named && found.inDictionary && (token.script === 'latin' || token.script === 'cyrillic')) concept.entity = undefined;
    if (found.entity) concept.entity = found.entity;
    // A typing slip of a gazetteer entry: an English or Russian word no dictionary knows (peacekeper), an Arabic word the
    // documents lack with nothing else to stand for it («الكزاخيه» for «الكازاخية»). A word whose dictionary readings
    // the documents lack is one too: «Росии» reads as роса ("dew") there. Tuned probes +2, every other set the same. So
    // is an English word the dictionary does not list, which it only guesses at: "polise" is the police sooner than
    // the polis or poise of its headwords a slip away, "soliders" the soldiers sooner than solid (their translations stay
    // beside the entity; replacing them lost two held-out answers).
    const { script } = token;
    const maySlip = script === 'arabic' ? unknown && !found.alternatives.length : !found.offered || !found.alternatives.length || found.guessed;
    if (!concept.entity && !inTitle && maySlip && (script === 'arabic' || script === 'latin' || script === 'cyrillic')) {
      const misspelt = gazetteer.entryOfMisspelt(token.normalized, script) ?? gazetteer.entryOfSwappedAcronym(token.normalized);
      if (misspelt && documentFrequency('entity', misspelt) > 0) concept.entity = misspelt;
    }
    if (found.offered) concept.offered = true;
    else if (!concept.entity && !found.entity && isShapedAsRussianSurname(token)) concept.name = true;
    // Not the headline or report a question asks what it says («وش يقول عنوان الخبر…؟»): it speaks, and is no one.
    if (!concept.entity && isUnknownSpeaker(tokens, i, concept, asStem, documentFrequency) && !headlineQuestionWordIndexes(tokens).has(i)) concept.name = true;
    if (!concept.entity && !found.entity && !found.alternatives.length && !found.inDictionary && unknown && isShapedAsArabicSurname(token)) concept.name = true;
    if (found.span > 1) [spanned, spanEnd] = [concept, i + found.span - 1];
    concepts.push(concept);
  });
  // The gazetteer kind of the entry a question word is part of, if any.
  const kindAt = (i: number) => (covered.has(i) ? gazetteer.kinds.get(entities[covered.get(i)!]!.id) : undefined);
  const isNamedThing = (i: number) => covered.has(i) && kindAt(i) !== 'term';
  // Words that frame the question whole, a gazetteer mention among them: a clause describing a named thing, "the
  // official statement" (the gazetteer's «البيان» too), a place that only locates the country a noun names
  // («جارتها في آسيا الوسطى») and a report named by its outlet («خبر صدى البلد»: our probes +1 tuned, +1 held out, every
  // other set the same). A concept all of whose words are such is a frame.
  const framing = describingClauseTokens(tokens, isNamedThing);
  for (const t of officialAccountIndexes(tokens)) framing.add(t);
  for (const t of locatingPlaceTokens(tokens, entities.filter((e) => gazetteer.kinds.get(e.id) === 'place'))) framing.add(t);
  for (const t of reportWordsByOrganisation(tokens, (i) => kindAt(i) === 'org')) framing.add(t);
  // "Which outlet/site reported X?" asks for the report saying X, whose outlet no passage names (its source line does):
  // the noun («издание» had met «وسائل الإعلام») and its verb of reporting frame it.
  // (A site's noun first: one pattern a word, where the kind asked reads each word's dialect readings.)
  const sites = siteNounIndexes(tokens);
  const outletKind = sites.length ? organisationKindIndex(tokens) : -1;
  if (outletKind >= 0 && sites.includes(outletKind)) {
    framing.add(outletKind);
    const verb = tokens.findIndex((t, i) => i > outletKind && !t.stop);
    if (verb >= 0 && isOutletVerb(tokens[verb]!)) framing.add(verb);
  }
  // A setting at the question's end: "… in the kazakhstan protests?" (see settingEventIndexes).
  for (const t of settingEventIndexes(tokens)) framing.add(t);
  for (const concept of concepts) if (concept.tokens.length && concept.tokens.every((t) => framing.has(t))) concept.frame = true;
  // A topic named first ("kazakhstan protests: how many…?") is the question's setting when it names only places and
  // events, not who says or does what ("МИД РК: …").
  const topical = concepts.filter((c) => c.tokens.length && c.tokens.at(-1)! < topic);
  const setting = (c: QueryConcept) => c.entity !== undefined && gazetteer.kinds.get(c.entity) !== 'org' && gazetteer.kinds.get(c.entity) !== 'person';
  if (topical.length && topical.every(setting) && concepts.some((c) => !c.frame && c.tokens[0]! >= topic)) for (const c of topical) c.frame = true;
  // "What did X say about Y?": X's words are the speaker's (see QueryConcept.speaker).
  const about = topicPrepositionIndex(tokens, asked);
  if (about > 0 && concepts.some((c) => !c.frame && c.tokens[0]! > about)) {
    for (const concept of concepts) if (!concept.frame && concept.tokens.at(-1)! < about) concept.speaker = true;
  }
  // "How did X explain Y?": X's words are the speaker's too (see accountGiverIndexes), when Y has words of its own.
  const giver = new Set(accountGiverIndexes(tokens, asked, isNamedThing));
  const lastGiver = Math.max(-1, ...giver);
  if (giver.size && concepts.some((c) => !c.frame && c.tokens.length > 0 && c.tokens[0]! > lastGiver)) {
    for (const concept of concepts) if (!concept.frame && concept.tokens.length > 0 && concept.tokens.every((t) => giver.has(t))) concept.speaker = true;
  }
  // "…according to X?": X's words are the source's too, when the question has words outside them.
  const source = new Set(attributionSpanIndexes(text, tokens));
  const inSource = (c: QueryConcept) => c.tokens.length > 0 && c.tokens.every((t) => source.has(t));
  if (concepts.some((c) => !c.frame && !inSource(c))) for (const concept of concepts) if (!concept.frame && inSource(concept)) concept.speaker = concept.attributed = true;
  for (const concept of concepts) {
    if (concept.entity !== undefined && gazetteer.narrower.has(concept.entity) && asksRightBefore(tokens, concept.tokens[0]!)) concept.asksMember = true;
  }
  const terms: Query['terms'] = [];
  concepts.forEach((concept, c) => {
    const first = terms.length;
    // "What is the CSTO?" asks about the organisation, which the gazetteer's entity finds however the documents write
    // it: the Latin letters' own terms would put first the one passage spelling «(CSTO)» over its founding. So does
    // «ما هي ألماتي؟» about the city, which the report describing it spells «ألما آتا» (held-out +1).
    const byEntityOnly = asked === 'definition' && concept.entity !== undefined && (tokens[concept.tokens[0]!]!.script !== 'arabic' || gazetteer.kinds.get(concept.entity) === 'place');
    // A person the gazetteer knows is found by the entity term however the question spells him: his name's own stems
    // would put first the passages that spell it as the question does (توكايف, one report's spelling, over توكاييف).
    const byEntityName = concept.entity !== undefined && gazetteer.kinds.get(concept.entity) === 'person';
    for (const stem of byEntityOnly || byEntityName ? [] : concept.stems) {
      terms.push({ field: 'stem', term: stem, weight: 1, concept: c });
      terms.push({ field: 'title', term: stem, weight: 1, concept: c });
    }
    // An entity is found by its entity term; its n-grams count the same word again, and a long name's many n-grams
    // would outweigh a short word's (الحكومة over النت).
    const gramWeight = concept.entity ? ENTITY_GRAM_WEIGHT : 1;
    for (const gram of byEntityOnly ? [] : concept.grams) terms.push({ field: 'gram', term: gram, weight: gramWeight, concept: c });
    if (concept.entity) {
      terms.push({ field: 'entity', term: concept.entity, weight: 1, concept: c });
      // The outlet a question names is in the title field of the passages it published (PassageIndex.titleStems).
      if (documentFrequency('title', concept.entity) > 0) terms.push({ field: 'title', term: concept.entity, weight: 1, concept: c });
      for (const wider of gazetteer.broader.get(concept.entity) ?? []) terms.push({ field: 'entity', term: wider, weight: BROADER_ENTITY_CREDIT, concept: c });
      for (const member of gazetteer.narrower.get(concept.entity) ?? []) terms.push({ field: 'entity', term: member, weight: memberCredit(concept), concept: c });
    }
    if (concept.skeleton && searchesSkeleton(concept, tokens)) terms.push({ field: 'skeleton', term: concept.skeleton, weight: 1, concept: c });
    for (const alternative of concept.alternatives ?? []) {
      terms.push({ field: 'stem', term: alternative.stem, weight: alternative.credit, concept: c });
      if (documentFrequency('forms', alternative.stem) > 0) {
        const asStem = documentFrequency('stem', alternative.stem);
        const asCut = asStem === 0 || narratedInFeminine(alternative.stem, asStem, documentFrequency);
        terms.push({ field: 'forms', term: alternative.stem, weight: alternative.credit * (asCut ? ALTERNATIVE_FORMS_WEIGHT : 1), concept: c });
      }
    }
    if (concept.root) terms.push({ field: 'root', term: concept.root, weight: 1, concept: c });
    // And the documents' words whose other cut is this word's stem (وكالة in لوكالة).
    for (const stem of concept.stems) if (documentFrequency('forms', stem) > 0) terms.push({ field: 'forms', term: stem, weight: 1, concept: c });
    if (concept.frame) for (let k = first; k < terms.length; k++) terms[k]!.weight *= FRAME_WEIGHT;
    if (concept.speaker) for (let k = first; k < terms.length; k++) terms[k]!.weight *= SPEAKER_WEIGHT;
  });
  // Every term has the same properties (concept undefined for pairs): one object shape keeps BM25's loop fast.
  for (const p of pair) terms.push({ field: 'pair', term: p, weight: 1, concept: undefined });
  for (const [p, credit] of alternativePairs) {
    if (!pair.includes(p) && documentFrequency('pair', p) > 0) terms.push({ field: 'pair', term: p, weight: credit, concept: undefined });
  }
  return { text, tokens, concepts, terms, dropped, form: asked, past: tense.past };
}

/** Nouns of a kind of organisation that may stand beside its name (حلف الأمن الجماعي، блок НАТО, the CSTO alliance). */
const ORGANISATION_NOUNS = new Set(['حلف', 'تحالف', 'تكتل', 'منظمه', 'منظومه', 'alliance', 'bloc', 'organization', 'organisation', 'союз', 'блок', 'альянс', 'организация']);

/**
 * The entity mentions, an organisation's taking in the noun of its kind just before it (حلف + الأمن الجماعي, блок
 * НАТО) or, in English, just after it (the CSTO alliance).
 */
function withOrganisationNouns(entities: readonly EntityMatch[], tokens: readonly AnalyzedToken[], gazetteer: Gazetteer): EntityMatch[] {
  const isKindNoun = (token: AnalyzedToken | undefined) => token !== undefined && inWordList(token.normalized, ORGANISATION_NOUNS);
  return entities.map((e) => {
    if (gazetteer.kinds.get(e.id) !== 'org') return e;
    const first = isKindNoun(tokens[e.first - 1]) ? e.first - 1 : e.first;
    const after = tokens[e.last + 1];
    const last = after?.script === 'latin' && isKindNoun(after) ? e.last + 1 : e.last;
    return first === e.first && last === e.last ? e : { ...e, first, last };
  });
}

/**
 * The question's analysis with a space put back into each word typed without one (see splitRunTogetherWords), its
 * tokens' offsets those of the text as typed; the analysis as it was when there is none.
 */
function withRunTogetherWordsSplit(
  text: string, analysed: TextTerms, gazetteer: Gazetteer, options: TermOptions, documentFrequency: (field: string, term: string) => number,
): TextTerms {
  const known = (word: string): 'name' | 'word' | undefined => {
    const parts = termsOfText(word, gazetteer, options);
    if (parts.tokens.length !== 1 || parts.tokens[0]!.stop) return undefined;
    if (parts.entities.length > 0) return 'name';
    return documentFrequency('stem', parts.tokens[0]!.stem) > 0 ? 'word' : undefined;
  };
  // 1 for a token inside an entity mention (an array of flags: this runs for every question).
  const named = new Uint8Array(analysed.tokens.length);
  for (const e of analysed.entities) named.fill(1, e.first, e.last + 1);
  const unknown = analysed.tokens.filter((t, i) => t.script === 'arabic' && !t.stop && named[i] !== 1 && documentFrequency('stem', t.stem) === 0);
  const split = unknown.length ? splitRunTogetherWords(text, unknown, known) : undefined;
  if (!split) return analysed;
  const again = termsOfText(split.text, gazetteer, options);
  return { ...again, tokens: again.tokens.map((t) => ({ ...t, start: split.offsetAsTyped(t.start), end: split.offsetAsTyped(t.end) })) };
}

/**
 * The words that frame the question (see QueryConcept.frame): the noun of «ما سبب…؟», the list noun of «ما الدول…؟»,
 * the unit of «كم يوم…؟», the verb of «متى تنتهي…؟», «كيف وصف الوضع…؟» and «ماذا قال…؟», a clause of attribution
 * («حسبما نُقل عن…»), the role words of «ما دور…؟», the passive's auxiliary (تم: a passage saying «يتم انتخاب» is
 * nearer, one without it no worse), "suddenly" (فجأة، على حين غرة: a report gives the date), and an idiom's object its
 * verb stands for («النور» of «أبصر التحالف … النور»).
 */
function frameIndexes(tokens: readonly AnalyzedToken[], form: QuestionForm, namingAt: number, sayingAt: number): Set<number> {
  const countryList = countryListNounIndex(tokens);
  const frames = new Set([frameNounIndex(tokens), countryList, memberBesideCountryNounIndex(tokens, countryList), nameAskedLastIndex(tokens), placeListNounIndex(tokens, form), mediumNounIndex(tokens, form), namingAt, sayingAt, durationNounIndex(tokens), whichDateNounIndex(tokens), lastingVerbIndex(tokens), endWordIndex(tokens, form), doVerbIndex(tokens), wantVerbIndex(tokens), verbBeforeInfinitiveIndex(tokens), motionBeforePurposeIndex(tokens), amountVerbIndex(tokens), existentialHappenedIndex(tokens, form), ...roleWordIndexes(tokens), ...attributionClauseIndexes(tokens), ...suddenWordIndexes(tokens), ...idiomObjectIndexes(tokens)]);
  tokens.forEach((token, i) => {
    if (ARABIC_AUXILIARIES.has(token.normalized)) frames.add(i);
  });
  frames.add(fateWordIndex(tokens));
  return frames;
}

/**
 * A Russian verb in the third person or the first person plural of its non-past (уйдут, покинут, закончится, победим): a
 * perfective one is the future, so its translations may be the documents' future («ستغادر», «سننتصر») as after будет.
 * An adjective or noun with such an ending (русским, музеем) only has its translations' future forms looked up.
 */
function isRussianNonPast(token: AnalyzedToken): boolean {
  return token.script === 'cyrillic' && token.normalized.length >= 5 && /(?:ут|ют|ат|ят|ет|ит|ем|ём|им)(?:ся)?$/.test(token.normalized);
}

/** Whether a question speaks of the future (a word of it: will, سوف، будет) and whether it asks when something happened. */
interface QuestionTense {
  future: boolean;
  past: boolean;
}

/**
 * An Arabic verb in the imperfect the documents lack as it is (يرجع، ترحل): a present that news tell of the future, as
 * its own future forms are searched (see futureForms), so its synonyms' are too: يرجع "returns" meets «ستعود».
 */
function isArabicImperfect(token: AnalyzedToken): boolean {
  return token.script === 'arabic' && /^[يتن].{3,5}$/.test(token.stem);
}

/**
 * Whether the documents have the question's phrase: every neighbouring pair of its content words. Pairs cannot tell a
 * phrase of one content word. Closed by stop words («البلد كلها», "the whole country") it is taken as lacking, so its
 * other wordings are searched («جميع أنحاء البلاد»): tuned probes +1, every other set the same. Opened by them («ما
 * يجري») it stays its word: read as the situation's wordings, it met other passages (tuned −2, held out −1).
 */
function phraseOfDocuments(analysed: readonly AnalyzedToken[], documentFrequency: (field: string, term: string) => number): boolean {
  const pairs = stemPairsOf(analysed);
  if (pairs.length === 0) return analysed[0]?.stop !== false;
  return pairs.every((pair) => documentFrequency('pair', pair) > 0);
}

/** The gazetteer's mentions in an alternative's analysed wording (the same remembered analysis each time it is offered). */
function entitiesOfAlternative(
  gazetteer: Gazetteer, byAnalysis: EntitiesByAnalysis, analysed: readonly AnalyzedToken[],
): readonly EntityMatch[] {
  let found = byAnalysis.get(analysed);
  if (!found) byAnalysis.set(analysed, (found = gazetteer.match(analysed)));
  return found;
}

/** What entitiesOfAlternative found per analysed wording, for this gazetteer: looked up once per question word. */
function alternativeEntitiesOf(gazetteer: Gazetteer): EntitiesByAnalysis {
  let byAnalysis = ALTERNATIVE_ENTITIES.get(gazetteer);
  if (!byAnalysis) ALTERNATIVE_ENTITIES.set(gazetteer, (byAnalysis = new WeakMap()));
  return byAnalysis;
}
type EntitiesByAnalysis = WeakMap<readonly AnalyzedToken[], readonly EntityMatch[]>;
const ALTERNATIVE_ENTITIES = new WeakMap<Gazetteer, EntitiesByAnalysis>();

/**
 * Whether a concept's consonant skeleton is searched. It is there to find a name written in another script or
 * spelling; an English or Russian dictionary word the documents hold translations of is not a name, and its skeleton
 * meets Arabic words by chance ("start", STRT, is «صدرت», "issued"). Matching still notes such a coincidence, which
 * support credits nothing. On the chat set +1 answer and its quote; no decline lost.
 */
function searchesSkeleton(concept: QueryConcept, tokens: readonly AnalyzedToken[]): boolean {
  const { script } = tokens[concept.tokens[0]!]!;
  const foreign = script === 'latin' || script === 'cyrillic';
  return !foreign || !concept.alternatives?.length || concept.name === true || concept.entity !== undefined;
}

/**
 * In how many passages at most the documents may hold a question word for it to be rare in them: then the word may be
 * meant in another sense than theirs, and its synonyms are searched too, below it (see glossary-expander). An absolute
 * count: at 10, ARCD's 155 articles lost one more quote and our sets gained nothing more.
 */
const RARE_WORD_PASSAGES = 5;

/** What alternativesOf finds for a word it is not asked about (a quoted title's), or one offered nothing. */
function noAlternatives(): ReturnType<typeof alternativesOf> {
  return { alternatives: [], span: 1, offered: false, inDictionary: false, guessed: false, entity: undefined };
}

/**
 * The expander's alternatives of a question word as index stems the documents contain (others could never match),
 * best credit first, at most MAX_ALTERNATIVES, how many question tokens the longest of them stands for, and whether
 * every one offered was a dictionary's guess (see Lexicon.isGuessed). `own` are the word's own stems (one, or none
 * for a phrase of function words). The stem pairs of the phrases its alternatives stand for go into `pairs`, each at
 * the best credit it is offered with.
 */
function alternativesOf(
  expander: QueryExpander, tokens: readonly AnalyzedToken[], i: number, gazetteer: Gazetteer, options: TermOptions,
  documentFrequency: (field: string, term: string) => number, memos: IndexMemos, own: readonly string[], questionEntities: ReadonlySet<string>,
  tense: QuestionTense, pairs: Map<string, number>, counted = false,
): { alternatives: ConceptAlternative[]; span: number; offered: boolean; inDictionary: boolean; guessed: boolean; entity: string | undefined } {
  // In how many passages the documents hold the word's stems: some (known), and each in few (rarely).
  let known = false;
  let fewEach = true;
  for (let k = 0; k < own.length; k++) {
    const passages = documentFrequency('stem', own[k]!);
    if (passages > 0) known = true;
    if (passages > RARE_WORD_PASSAGES) fewEach = false;
  }
  const rarely = known && fewEach;
  // The noun a "how many" counts (كم عسكري…؟) is meant as a noun: the documents' few uses of its stem may be another
  // word («المنشآت العسكرية», military), so its synonyms count in full, as for a word they lack (our chat set +2,
  // every other set the same). So is a dialect's word read as another (Levantine and Maghrebi «عسكر», soldiers, whose
  // stem the documents hold only in «العسكرية»): «شو الدول اللي بعتت عسكر؟» quoted the troops' tasks at «المنشآت
  // العسكرية» (tuned probes +1, held out +1 −1, every other set the same; ARCD's MRR −0.00004).
  const asLacking = rarely && (counted || isDialectWord(tokens[i]!));
  let offered = expander.alternativesOf(tokens, i, asLacking ? false : known, (start, end) => phraseOfDocuments(tokens.slice(start, end), documentFrequency), asLacking ? false : rarely);
  // Most question words are offered nothing (the documents use them as they are): then there is nothing to weigh.
  if (offered.length === 0) return noAlternatives();
  // A word the documents have as another cut of theirs (حظر in حظرا) is their word: a dialect's reading of it is a
  // guess (حظر read with ض for ظ is حضر, "attended").
  if (!known && own.some((stem) => documentFrequency('forms', stem) > 0)) offered = offered.filter((a) => a.via !== 'dialect');
  // "Who became its head?" («مين صار رئيس…؟»): the dialects' صار is also "happened", which is no reading here.
  if (becomesTitle(tokens, i)) offered = offered.filter((a) => !HAPPENED_VERBS.has(normalizeArabic(a.text)));
  // The stems offered, each once, in the order first offered.
  const byStem: ConceptAlternative[] = [];
  let span = 1;
  let entity: string | undefined;
  const asksFuture = tense.future || isRussianNonPast(tokens[i]!) || hasDialectFuturePrefix(tokens[i]!)
    // An Arabic imperfect carrying the future's س (سيرجع، ستغادر): its synonyms may be the documents' future. So may a
    // dialect's present (بيرجعون، كيرجعو), as the plain imperfect's.
    || isArabicFutureVerb(tokens[i]!) || (!known && (isArabicImperfect(tokens[i]!) || hasDialectPresentPrefix(tokens[i]!)));
  // The memo of the analyzer's options, found once for all the alternatives.
  const wordingAnalysed = analysedAlternative(gazetteer.protectedWords, options.minStemLength);
  const entitiesByWording = alternativeEntitiesOf(gazetteer);
  // What of the entity rule below depends on the question word alone, read once for all its alternatives.
  const asksWhoReported = REPORTING_VERBS.has(tokens[i]!.normalized) && tokens[i - 1]?.normalized === 'who';
  let describesOrTitles: boolean | undefined;
  // Indexed loops here and below: a for-of over these arrays allocated an iterator result per step in this large
  // function (a sixth of a question's garbage).
  for (let a = 0; a < offered.length; a++) {
    const alternative = offered[a]!;
    let used = false;
    const wording = wordingAnalysed(alternative.text);
    const analysed = wording.tokens;
    // A near-certain alternative that is a gazetteer entry (النت read as الإنترنت) makes the word that entity.
    // Nor a synonym of an adjective describing the noun before it: «الإجراءات الطارئة» (emergency measures) is no state
    // of emergency (الطوارئ). Nor a title's synonym naming another title: «منو قائد قوات حفظ السلام؟» asks for the
    // force's commander, not the president its synonym «رئيس» names (held-out unanswerable ones +3, others the same).
    // Nor the verb of "who reported…?", whose translation «إعلام» names the media: it asks who, not which media.
    if (!entity && !asksWhoReported && alternative.credit >= ENTITY_ALTERNATIVE_CREDIT && !alternative.byStemOnly
      && !(alternative.via === 'synonym' && (describesOrTitles ??= isArabicAttribute(tokens, i) || isTitleWord(tokens[i]!.normalized)))) {
      // Not an entity the question names itself: "the findings of the investigation", findings read as «التحقيق», is no
      // second investigation. And only an entity that is all of the alternative's content: «نشر القوات» (deploying
      // troops), a synonym of «نشرت» (published), is no mention of the troops, «مطار فضائي» (cosmodrome) no airport,
      // and «مقر مكافحة الإرهاب» or «غرفة طوارئ», translations of «штаб», no terrorism or state of emergency (the
      // translations: probes +2 −1 tuned, +5 −1 held out; every other set and ARCD the same).
      const { firstContent: first, lastContent: last } = wording;
      const mentions = entitiesOfAlternative(gazetteer, entitiesByWording, analysed);
      const id = mentions.find((m) => m.last === last && m.first === first && documentFrequency('entity', m.id) > 0
        && !questionEntities.has(m.id))?.id;
      // Not when the alternative only shares the name's stem ("conditions" → شرط is not الشرطة), nor when its last
      // word is the name's adjective describing another noun: "official channel" (القناة الحكومية) is no government.
      if (id && !(analysed.length === 1 && gazetteer.isAliasWithEnding(id, alternative.text)) && !(analysed.length > 1 && gazetteer.isAdjectiveOfAlias(id, analysed[last]!.normalized))) [entity, used] = [id, true];
    }
    // Its words as the documents hold them, worked out once per wording, way of offering and tense (see documentWordsOf).
    const found = documentWordsOf(memos, wording, alternative, asksFuture, asksFuture || tense.past, gazetteer, options, documentFrequency);
    // A phrase found as one is searched as one too, as the question's own neighbouring words are (its stem pairs):
    // «سند قانوني» finds «الأساس القانوني» before the «القانون» of «إنفاذ القانون».
    if (found.searched && alternative.whole) {
      for (let k = 0; k < wording.pairs.length; k++) {
        const pair = wording.pairs[k]!;
        pairs.set(pair, Math.max(pairs.get(pair) ?? 0, alternative.credit));
      }
    }
    const { words } = found;
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      if (own.includes(word.stem) || alternative.shared?.includes(word.stem)) continue;
      const { stems, present } = word;
      for (let k = 0; k < stems.length; k++) {
        if (own.includes(stems[k]!)) continue;
        used = true;
        offerStem(byStem, stems[k]!, alternative.credit, alternative.via);
      }
      if (!present) continue;
      for (let k = 0; k < present.length; k++) {
        if (own.includes(present[k]!)) continue;
        used = true;
        offerStem(byStem, present[k]!, alternative.credit * PRESENT_FORM_SHARE, alternative.via);
      }
    }
    if (used) span = Math.max(span, alternative.span ?? 1);
  }
  const alternatives = byCreditDescending(byStem);
  if (alternatives.length > MAX_ALTERNATIVES) alternatives.length = MAX_ALTERNATIVES;
  const inDictionary = offered.some((a) => a.via === 'synonym' || a.via === 'translation');
  const guessed = offered.length > 0 && offered.every((a) => a.guessed);
  return { alternatives, span, offered: offered.length > 0, inDictionary, guessed, entity };
}

/**
 * Keeps a stem offered for a question word at the best credit it is offered with. The alternative is the list's own
 * until alternativesOf returns, so a better offer updates it in place; the stem keeps its place in the order first
 * offered. A list searched from the start, not a map: a word is offered a few dozen stems at most.
 */
function offerStem(byStem: ConceptAlternative[], stem: string, credit: number, via: AlternativeKind): void {
  let known: ConceptAlternative | undefined;
  for (let k = 0; k < byStem.length && !known; k++) if (byStem[k]!.stem === stem) known = byStem[k];
  if (!known) byStem.push({ stem, credit, via });
  else if (known.credit < credit) {
    known.credit = credit;
    known.via = via;
  }
}

/**
 * The alternatives sorted by credit, best first, those of one credit in the order given (as a stable sort): in place,
 * by insertion, as a word has a few dozen at most and Array.prototype.sort allocated its work space at every word.
 */
function byCreditDescending(alternatives: ConceptAlternative[]): ConceptAlternative[] {
  for (let k = 1; k < alternatives.length; k++) {
    const moving = alternatives[k]!;
    let at = k - 1;
    for (; at >= 0 && alternatives[at]!.credit < moving.credit; at--) alternatives[at + 1] = alternatives[at]!;
    alternatives[at + 1] = moving;
  }
  return alternatives;
}

/** Whether a question word is a dialect's, read as another MSA word (Levantine and Maghrebi «عسكر»: soldiers). */
function isDialectWord(token: AnalyzedToken): boolean {
  if (token.script !== 'arabic') return false;
  const reading = readColloquial(token.normalized);
  return reading.dialects.length > 0 && !reading.functionWord && reading.readings.some((r) => r !== token.normalized);
}

/** The most words a chat question puts before a colon to say what it is about ("kazakhstan protests: …"). */
const MOST_TOPIC_WORDS = 4;

/**
 * How many words a question puts before a colon to name its topic, when a question follows ("kazakhstan protests: how
 * many police officers got killed?"); 0 for none.
 */
function topicLengthOf(text: string, tokens: readonly AnalyzedToken[]): number {
  // Not a clock's colon (12:30).
  const colon = text.search(/(?<!\d):(?!\d)/);
  if (colon < 0) return 0;
  const rest = tokens.findIndex((t) => t.start > colon);
  return rest > 0 && rest <= MOST_TOPIC_WORDS && rest < tokens.length ? rest : 0;
}

/** The form of a question naming its topic first: the words after the colon's, where the whole reads as no form. */
function formAfterTopic(tokens: readonly AnalyzedToken[], topic: number): QuestionForm {
  const whole = questionForm(tokens);
  if (whole !== 'other' && whole !== 'manner' && whole !== 'definition') return whole;
  const after = questionForm(tokens.slice(topic));
  return after === 'other' ? whole : after;
}

/** A concept for the question word at i that stands for the documents' stems (ATTENDING, TASKS, STATED_IN). */
function readAsConcept(i: number, stems: readonly string[]): QueryConcept {
  const concept = conceptOf([i], [], []);
  concept.alternatives = stems.map((stem) => ({ stem, credit: READ_AS_CREDIT, via: 'translation' as const }));
  return concept;
}

/**
 * A concept of these words with every other property of QueryConcept set as undefined, in one order: concepts are read
 * in the hot loops of matching, reranking and composing, where objects of one shape are read fast and objects whose
 * properties were added in many orders (dozens of shapes) are not. Deleting a property would also leave a slower
 * object: one is unset as undefined, which every reader takes as absent.
 */
function conceptOf(tokens: number[], stems: string[], grams: string[]): QueryConcept {
  // Typed with every property required, so that one added to QueryConcept later must be listed here too.
  const concept: { [K in keyof Required<QueryConcept>]: QueryConcept[K] } = {
    tokens, stems, grams, entity: undefined, skeleton: undefined, name: undefined, root: undefined, alternatives: undefined, offered: undefined,
    contextWeight: undefined, frame: undefined, speaker: undefined, saying: undefined, attributed: undefined, asksMember: undefined,
  };
  return concept;
}

/** The stems of a task (مهام، تفويض: not مهمة, whose stem is «المهمة», important), which "what will X do?" asks for. */
const TASKS = ['مهام', 'تفويض'];
/** The documents' stems of attending (حضر، حضور), which "to be at a meeting" stands for (see beingAtMeetingIndex). */
const ATTENDING = ['حضر', 'حضور'];
/** What the documents' verb a be-verb stands for counts (ATTENDING, STATED_IN): a translation's credit. */
const READ_AS_CREDIT = 0.8;
/** The documents' stems of being stated in a document («وجاء في…»، «ورد في…»): see beingInDocumentIndex. */
const STATED_IN = ['جاء', 'ورد'];
