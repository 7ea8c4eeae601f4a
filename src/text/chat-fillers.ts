import type { AnalyzedToken } from './analyze.js';

/*
 * What chat questions wrap around what they ask: greetings and thanks (مرحبا، شكرا، hey, «привет»), address terms
 * (يا جماعة، "guys", «ребята»), politeness (لو سمحت، "pls", «пожалуйста»), hedges and discourse markers ("like",
 * «короче»), and the requests that open a question (حد يعرف…، ممكن تقلي…، عايز اعرف…، "can you tell me…", "does
 * anyone know…", «подскажите…», «хочу узнать…»). None says what the question is about, and each would otherwise be
 * its weightiest word, missing from every passage ("hey guys does anyone know what happened in Almaty").
 *
 * The classes follow R. Carter and M. McCarthy, "Cambridge Grammar of English" (2006), §§ 106–111 (discourse markers,
 * interjections, vocatives, politeness markers); A. Baranov et al., «Путеводитель по дискурсивным словам русского
 * языка» (1993); and for Arabic K. Ryding, "A Reference Grammar of Modern Standard Arabic" (2005), ch. 12 (the
 * vocative), with the dialect grammars the colloquial lists cite (src/text/colloquial) for the requests and wishes of
 * each dialect; and the chat spellings of all three (pls, thx; плиз, щас; بليز، مشكورين). Normalised (lower case, ё
 * as е; normalizeArabic). Query side only: the documents are news, not chat.
 */

/** Words a chat question wraps around what it asks, wherever they stand. */
const FILLERS: ReadonlySet<string> = new Set([
  // Greetings, thanks and address terms.
  'hey', 'hi', 'hello', 'hiya', 'yo', 'guys', 'folks', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody',
  'thanks', 'thx', 'ty', 'bro', 'mate', 'dude',
  'привет', 'здравствуйте', 'здрасте', 'ребята', 'ребят', 'народ', 'друзья', 'спасибо', 'пасиб', 'коллеги',
  // Politeness.
  'please', 'pls', 'plz', 'pleaseee', 'kindly', 'пожалуйста', 'плиз', 'пжл', 'пж',
  // Hedges and discourse markers, and the adverbs and adjectives that press a question ("exactly", "real", «именно»).
  'ok', 'okay', 'yeah', 'yep', 'well', 'like', 'literally', 'honestly', 'seriously', 'kinda', 'sorta', 'lol', 'btw',
  'idk', 'tbh', 'imo', 'anyway', 'anyways', 'though', 'gonna', 'wanna', 'gotta', 'u', 'ur', 'ya',
  'exactly', 'precisely', 'actually', 'really', 'basically', 'specifically', 'real', 'actual',
  'короче', 'типа', 'блин', 'кстати', 'слушайте', 'слушай', 'реально', 'щас', 'вообщем', 'ваще', 'кароче', 'вроде', 'походу',
  'именно', 'вообще', 'точно', 'конкретно', 'собственно',
  'реальный', 'реальная', 'реальное', 'реальные', 'реального', 'реальной', 'реальному', 'реальную', 'реальным',
  'реальных', 'реальными',
]);

/** Who "thank" thanks in a chat's politeness: "thank you", "thank u". */
const THANKED: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'ye', 'yall', 'yu']);

/** Verbs of a request to the bot: "tell me", «подскажите». English ones only where they open the request. */
const REQUEST_VERBS: ReadonlySet<string> = new Set(['tell', 'explain', 'know', 'wonder', 'wondering', 'idea']);
/** Russian imperatives addressed to whoever reads the question: always a request, never what it asks about. */
const RUSSIAN_REQUESTS: ReadonlySet<string> = new Set([
  'подскажите', 'скажите', 'расскажите', 'объясните', 'подскажи', 'скажи', 'расскажи', 'объясни', 'поясните', 'поясни',
  'напомните', 'напомни',
]);
/** The Russian "be going to" (собираться) before an infinitive. */
const RUSSIAN_GOING_TO: ReadonlySet<string> = new Set(['собираюсь', 'собираешься', 'собирается', 'собираемся', 'собираетесь', 'собираются', 'собирался', 'собиралась', 'собиралось', 'собирались']);
/** Russian "knows" in «кто-нибудь знает…», «вы не знаете…». */
const RUSSIAN_KNOW: ReadonlySet<string> = new Set(['знает', 'знаете', 'знаешь']);

/**
 * Words before an English request verb that make it one: "can you tell", "pls explain", "does anyone know", "I want
 * to know", "I wonder", "any idea". "What did Tokayev tell the nation?" keeps its "tell".
 */
const REQUESTERS: ReadonlySet<string> = new Set([
  'you', 'u', 'ya', 'anyone', 'anybody', 'someone', 'somebody', 'pls', 'please', 'plz', 'i', 'im', "i'm", 'to', 'wanna', 'any', 'no', 'dunno',
]);

/** Russian words before знает/знаете that make it a request: «кто-нибудь знает», «вы не знаете», «никто не знает». */
const RUSSIAN_KNOWERS: ReadonlySet<string> = new Set(['нибудь', 'то', 'кто', 'вы', 'не', 'ты', 'ли']);

/** "I want to know…", "I'd like to know…", «хочу узнать…»: the wish and its verb of knowing wrap the question. */
const WISHES: ReadonlySet<string> = new Set(['want', 'wanted', 'like', 'need', 'curious', 'хочу', 'хотел', 'хотела', 'хотелось', 'интересно']);
const KNOWING: ReadonlySet<string> = new Set(['know', 'understand', 'узнать', 'знать', 'понять']);

/** Whether the words at i (past a "to") know: "want [to] know". */
function knowingAt(tokens: readonly AnalyzedToken[], i: number): boolean {
  const at = tokens[i]?.normalized === 'to' ? i + 1 : i;
  return KNOWING.has(tokens[at]?.normalized ?? '');
}

/** Arabic greetings, thanks, politeness words and pressing adverbs that are nothing else in a question. */
const ARABIC_FILLERS: ReadonlySet<string> = new Set([
  'مرحبا', 'مرحبتين', 'اهلين', 'هاي', 'هلو', 'عليكم', 'شكرا', 'مشكور', 'مشكورين', 'بليز', 'رجاءا',
  // "Exactly", "at all": they press the question (بالظبط and بالزبط are its Egyptian and Levantine spellings).
  'بالضبط', 'بالظبط', 'بالزبط', 'تحديدا', 'بالتحديد', 'اصلا',
  // "In the end", "after all" (Levantine and Egyptian بالآخر، Gulf بالأخير، Moroccan فالأخير).
  'بالاخر', 'بالاخير', 'فالاخر', 'فالاخير',
  // "In particular", "itself": «منطقة بعينها» (a region in particular), «هذا بالذات».
  'بالذات', 'بعينه', 'بعينها', 'بعينهم', 'بعينهما',
  // "Tell me", "explain to me", "inform me": an imperative with لي, addressed to whoever reads the question.
  'قلي', 'قولي', 'قوللي', 'تقلي', 'تقولي', 'تقولولي', 'قولولي', 'احكيلي', 'احكولي', 'خبرني', 'خبروني', 'فهمني',
  'فهموني', 'وضحلي', 'وضحولي', 'اشرحلي', 'اشرحولي', 'افيدوني', 'فيدوني', 'نوروني', 'نورني', 'اعطوني',
]);
/**
 * Heads of adverbial phrases, with or without the «و» before them: «بشكل متزامن», «بصورة رسمية» (in a simultaneous, an
 * official way). The adjective after them says how.
 */
const ARABIC_ADVERBIAL_HEADS: ReadonlySet<string> = new Set(['بشكل', 'بصوره']);
/**
 * Words that are a greeting, an address or a discourse marker only at the question's opening (سلام، شباب، طيب، بس: also
 * "peace", "youth", "good", "only").
 */
const ARABIC_OPENING_FILLERS: ReadonlySet<string> = new Set([
  'سلام', 'هلا', 'اهلا', 'شباب', 'جماعه', 'اخوان', 'اخي', 'اخوي', 'خوي', 'خويا', 'حبايب', 'ممكن', 'لو',
  // "OK so", "but": discourse markers that open a question (طيب ليش…، طب مين…، بس ليش…).
  'طيب', 'طب', 'اوكي', 'اوك', 'بس',
]);
/** The second word of a politeness phrase, and what must come before it: لو سمحت، من فضلك، الله يخليك. */
const ARABIC_PHRASE_ENDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['سمحت', 'سمحتو', 'سمحتوا', 'سمحتم', 'سمحتي'].map((w) => [w, new Set(['لو'])] as const),
  ...['فضلك', 'فضلكم'].map((w) => [w, new Set(['من'])] as const),
  ...['يخليك', 'يخليكم', 'يعافيك', 'يعطيك'].map((w) => [w, new Set(['الله'])] as const),
]);
/** "Anyone" in حد يعرف، حد فاهم (Egyptian, Levantine): حد is also "limit, border", so only before these. */
const ANYONE = 'حد';
const ARABIC_KNOWING: ReadonlySet<string> = new Set(['يعرف', 'بيعرف', 'عارف', 'يعرفش', 'بيعرفش', 'فاهم', 'يقدر', 'اعرف', 'نعرف', 'افهم', 'نفهم']);
/** "I want" of each dialect before "to know" (عايز اعرف، بدي اعرف، ابغى اعرف، بغيت نعرف، حاب اعرف، ودي اعرف، أريد أن أعرف). */
const ARABIC_WISHES: ReadonlySet<string> = new Set([
  'عايز', 'عاوز', 'عايزه', 'عاوزه', 'بدي', 'ابغي', 'ابي', 'ودي', 'حاب', 'حابب', 'حابه', 'بغيت', 'نحب', 'بغينا', 'اريد', 'اود', 'نريد', 'حابين',
]);
/** The verbs of knowing a wish or حد comes before. */
const ARABIC_KNOW_AFTER_WISH: ReadonlySet<string> = new Set(['اعرف', 'نعرف', 'افهم', 'نفهم', 'يعرف', 'بيعرف', 'عارف', 'فاهم', 'يعرفش', 'بيعرفش']);

/**
 * How many of the question's first words wrap it, where the opening's greetings and address words count (سلام خويا
 * بغيت…): function words, opening words and other wrapping words. Read once per question.
 */
const OPENINGS = new WeakMap<readonly AnalyzedToken[], number>();
function openingLength(tokens: readonly AnalyzedToken[]): number {
  let length = OPENINGS.get(tokens);
  if (length === undefined) {
    length = 0;
    while (length < tokens.length && (tokens[length]!.stop || ARABIC_OPENING_FILLERS.has(tokens[length]!.normalized) || wrapsAnywhere(tokens, length))) length++;
    OPENINGS.set(tokens, length);
  }
  return length;
}

/** Whether the i-th word of an Arabic question only wraps it (see isChatFiller). */
function isArabicFiller(tokens: readonly AnalyzedToken[], i: number): boolean {
  // At the opening: first, or after other wrapping words only (مرحبا، ممكن…، سلام خويا…).
  if (ARABIC_OPENING_FILLERS.has(tokens[i]!.normalized) && i < openingLength(tokens)) return true;
  return wrapsAnywhere(tokens, i);
}

/** Whether the i-th word of an Arabic question wraps it wherever it stands (not only at its opening). */
function wrapsAnywhere(tokens: readonly AnalyzedToken[], i: number): boolean {
  const word = tokens[i]!.normalized;
  if (ARABIC_FILLERS.has(word) || ARABIC_ADVERBIAL_HEADS.has(word.startsWith('و') ? word.slice(1) : word)) return true;
  if (isQuestionTag(tokens, i)) return true;
  const previous = tokens[i - 1]?.normalized;
  const next = tokens[i + 1]?.normalized ?? '';
  // The vocative: the word after يا or أيها is whom the question is addressed to (يا جماعة، يا شباب، يا بوت).
  if (previous === 'يا' || previous === 'ايها') return true;
  if (word === 'السلام' && next === 'عليكم') return true;
  if (previous !== undefined && ARABIC_PHRASE_ENDS.get(word)?.has(previous)) return true;
  if (word === 'لو' && ARABIC_PHRASE_ENDS.get(next)?.has('لو')) return true;
  if (word === ANYONE && ARABIC_KNOWING.has(next)) return true;
  // A question's last word بعد governs no noun: it is the adverb "afterwards" or "yet" (من بعد؟، ما وصلوش بعد؟), while
  // the documents' بعد is the preposition of «بعد أن لبّت الحكومة مطالبهم».
  if (word === 'بعد' && i === tokens.length - 1) return true;
  // عايز اعرف، بدي اعرف: the wish, its "that" (أريد أن أعرف) and its verb of knowing.
  const known = next === 'ان' ? tokens[i + 2]?.normalized ?? '' : next;
  if (ARABIC_WISHES.has(word) && ARABIC_KNOW_AFTER_WISH.has(known)) return true;
  const before = previous === 'ان' ? tokens[i - 2]?.normalized : previous;
  if (ARABIC_KNOW_AFTER_WISH.has(word) && before !== undefined && (ARABIC_WISHES.has(before) || before === ANYONE)) return true;
  return false;
}

/**
 * English phrases that only frame the question ("who asked for them in the first place?", "by the way", "to be
 * honest"): their content words ("first", "place") met «طلب أول» and «الوضع» in a passage on something else.
 */
const FILLER_PHRASES: ReadonlyArray<readonly string[]> = [
  ['in', 'the', 'first', 'place'], ['by', 'the', 'way'], ['to', 'be', 'honest'], ['at', 'the', 'end', 'of', 'the', 'day'],
];

/**
 * Tags that close a question asking to have a guess confirmed ("…the Armenian PM, right?", «…رئيس وزراء أرمينيا
 * صح؟», «…премьер Армении, верно?»): the guess is what is asked about, the tag no word of it ("right" read as حقوق).
 */
const QUESTION_TAGS: ReadonlySet<string> = new Set(['right', 'correct', 'верно', 'правильно', 'صح', 'مظبوط', 'مزبوط']);
/** Words before which a last "right" is the noun (the right, no right, the far right). */
const RIGHT_NOUN_AFTER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'no', 'any', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'this', 'that', 'far']);

/** Whether the word at i is a tag closing the question (see QUESTION_TAGS). */
function isQuestionTag(tokens: readonly AnalyzedToken[], i: number): boolean {
  return i > 0 && i === tokens.length - 1 && QUESTION_TAGS.has(tokens[i]!.normalized) && !RIGHT_NOUN_AFTER.has(tokens[i - 1]!.normalized);
}

/** Whether the word at i is inside one of FILLER_PHRASES. */
function inFillerPhrase(tokens: readonly AnalyzedToken[], i: number): boolean {
  return FILLER_PHRASES.some((phrase) => phrase.some((_, k) => {
    const start = i - k;
    return start >= 0 && phrase.every((word, j) => tokens[start + j]?.normalized === word);
  }));
}

/** Words before which "one" is a pronoun: "which one", "this one", "the one who". */
const ONE_PRONOUN_AFTER: ReadonlySet<string> = new Set(['which', 'what', 'this', 'that', 'the', 'each', 'every', 'any']);

/** Whether the question's i-th word only wraps the question (a greeting, "pls", "does anyone know"), not what it asks. */
export function isChatFiller(tokens: readonly AnalyzedToken[], i: number): boolean {
  const token = tokens[i]!;
  if (token.script === 'arabic') return isArabicFiller(tokens, i);
  if (token.script !== 'latin' && token.script !== 'cyrillic') return false;
  const word = token.normalized;
  if (FILLERS.has(word) || RUSSIAN_REQUESTS.has(word) || isQuestionTag(tokens, i)) return true;
  // "Thank you", and "thank" opening or closing the message; not the verb of "did Tokayev thank Russia?".
  if (word === 'thank') return THANKED.has(tokens[i + 1]?.normalized ?? '') || i === 0 || i === tokens.length - 1;
  // "Wait, who…?": an opening interjection; "how come…?" is "why…?", its "come" no verb of the question.
  if (i === 0 && word === 'wait') return true;
  if (word === 'come' && tokens[i - 1]?.normalized === 'how') return true;
  // "Which one?", "the one who…": the pronoun "one" stands for what the question names, and is no number asked about.
  if ((word === 'one' || word === 'ones') && ONE_PRONOUN_AFTER.has(tokens[i - 1]?.normalized ?? '')) return true;
  if (token.script === 'latin' && inFillerPhrase(tokens, i)) return true;
  if (WISHES.has(word) && knowingAt(tokens, i + 1)) return true;
  const previous = tokens[i - 1]?.normalized;
  if (KNOWING.has(word) && previous !== undefined && (WISHES.has(previous) || (previous === 'to' && WISHES.has(tokens[i - 2]?.normalized ?? '')))) return true;
  if (REQUEST_VERBS.has(word)) return previous === undefined || REQUESTERS.has(previous);
  if (RUSSIAN_KNOW.has(word)) return previous === undefined || RUSSIAN_KNOWERS.has(previous);
  // «собираются сделать» ("are going to do"), as "gonna": the infinitive after it is what is asked about.
  if (RUSSIAN_GOING_TO.has(word) && /(?:ть|ти|чь)(?:ся)?$/.test(tokens[i + 1]?.normalized ?? '')) return true;
  // «на самом деле» ("actually"). («По словам X», "according to X", is a compound preposition: see compound-prepositions.)
  if (word === 'деле' && previous === 'самом') return true;
  // «насколько сильно…?», «как сильно…?» ("how much"): the adverb is part of the interrogative, not a strength asked
  // about.
  if (word === 'сильно' && (previous === 'насколько' || previous === 'как')) return true;
  return false;
}
