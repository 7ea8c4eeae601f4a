import { normalizeWord, type AnalyzedToken } from './analyze.js';

/**
 * What a message that asks nothing says instead: a greeting ("hi", السلام عليكم, «добрый день»), thanks ("thank you so
 * much", شكرا جزيلا, «спасибо большое»), a farewell ("bye", مع السلامة, «пока») or an acknowledgement ("ok", "got it",
 * تمام, «понятно»). Searching such a message finds, at best, a passage with "good" or "day" in it; it deserves a reply
 * in kind.
 */
export type SmallTalk = 'greeting' | 'thanks' | 'farewell' | 'acknowledgement';

/*
 * The courtesy formulas of the three languages: Carter and McCarthy, "Cambridge Grammar of English" (2006), § 109
 * (greetings, thanks, leave-taking, backchannels such as "ok", "cool"); N. Formanovskaya, «Речевой этикет и культура
 * общения» (1989) for Russian; for Arabic the formulas of MSA and of each dialect the colloquial lists cite
 * (src/text/colloquial), with their usual replies' halves (وعليكم، وياك). Each head word says which kind of formula a
 * message is; the companion words only fill the formula out ("thank YOU SO MUCH", صباح الخير، «ДОБРЫЙ день»). A
 * message is small talk only when every word is one of these, so any word of a question ("thanks, and how many died?",
 * "ok and?") makes it a question again. (src/text/chat-fillers.ts drops the same greetings where they wrap a question.)
 */
const HEADS: Record<SmallTalk, readonly string[]> = {
  thanks: [
    'thanks', 'thank', 'thx', 'thnx', 'ty', 'tysm', 'cheers', 'appreciated', 'appreciate', 'merci', 'shukran',
    'спасибо', 'спасибочки', 'спс', 'пасиб', 'пасибо', 'благодарю', 'мерси',
    'شكرا', 'شكراً', 'مشكور', 'مشكورة', 'مشكورين', 'متشكر', 'متشكرين', 'ممنون', 'ممنونك', 'تسلم', 'تسلمي', 'تسلمو', 'تسلموا',
    'يسلمو', 'يسلموا', 'يسلمك', 'جزاك', 'جزاكم', 'يعطيك', 'يعطيكم', 'العافية', 'بارك',
  ],
  farewell: [
    'bye', 'goodbye', 'byebye', 'cya', 'farewell', 'goodnight', 'night',
    'пока', 'свидания', 'бывай', 'покеда',
    'باي', 'وداعا', 'السلامة', 'سلامات', 'تصبح', 'تصبحون', 'تصبحوا',
  ],
  greeting: [
    'hi', 'hello', 'hey', 'heya', 'hiya', 'howdy', 'greetings', 'yo', 'morning', 'afternoon', 'evening', 'sup', 'salam', 'salaam',
    'привет', 'приветик', 'приветствую', 'здравствуйте', 'здравствуй', 'здрасте', 'здрасьте', 'утро', 'день', 'вечер', 'салам', 'хай',
    'مرحبا', 'مرحباً', 'مرحبتين', 'أهلا', 'أهلاً', 'اهلين', 'هلا', 'هلو', 'هاي', 'سلام', 'السلام', 'صباح', 'مساء', 'صباحو', 'مسا',
    // "How are you", which greets rather than asks: كيف حالك، كيفك، شلونك، ازيك، شخبارك، لاباس، «как дела».
    'حالك', 'حالكم', 'الحال', 'كيفك', 'كيفكم', 'شلونك', 'شلونكم', 'ازيك', 'ازيكم', 'اخبارك', 'اخباركم', 'شخبارك', 'لاباس', 'дела',
  ],
  acknowledgement: [
    'ok', 'okay', 'okey', 'k', 'kk', 'cool', 'great', 'nice', 'perfect', 'awesome', 'got', 'understood', 'alright', 'fine', 'good', 'noted', 'gotcha',
    'ок', 'окей', 'понятно', 'ясно', 'хорошо', 'отлично', 'класс', 'супер', 'понял', 'поняла', 'ладно', 'норм',
    'تمام', 'طيب', 'اوكي', 'اوك', 'ماشي', 'حلو', 'ممتاز', 'فهمت', 'واضح', 'زين', 'مزبوط', 'خلاص', 'عظيم', 'رائع',
  ],
};

/** Words that fill a formula out but say nothing alone: "thank YOU", "hi THERE", صباح الخير، «ДОБРЫЙ день». */
const COMPANIONS: readonly string[] = [
  'you', 'u', 'ya', 'so', 'very', 'much', 'a', 'lot', 'lots', 'many', 'for', 'the', 'your', 'help', 'info', 'answer', 'answers',
  'again', 'it', 'all', 'there', 'everyone', 'everybody', 'guys', 'folks', 'bot', 'man', 'bro', 'mate', 'dude',
  'in', 'advance', 'really', 'see', 'later', 'have', 'day', 'then', 'oh', 'ah',
  'тебе', 'вам', 'большое', 'огромное', 'за', 'помощь', 'ответ', 'очень', 'всем', 'все', 'всё', 'бот', 'ребята', 'друзья',
  'доброе', 'добрый', 'доброго', 'до', 'ну', 'всего', 'хорошего',
  'عليكم', 'وعليكم', 'ورحمة', 'الله', 'وبركاته', 'الخير', 'النور', 'والله', 'لك', 'لكم', 'جزيلا', 'جزيلاً', 'كتير', 'كثير', 'كثيرا',
  'جدا', 'على', 'علي', 'المساعدة', 'المعلومة', 'المعلومات', 'الرد', 'خير', 'خيرا', 'خيراً', 'فيك', 'فيكم', 'مع', 'وياك',
  'كيف', 'как', 'ايه', 'شو', 'وش', 'ايش', 'عامل', 'انت', 'انتم', 'ты', 'у', 'тебя', 'вас',
  'ايديك', 'إيديك', 'بوت', 'شباب', 'جماعة', 'حبيبي', 'اخي', 'أخي', 'اخوي', 'يا', 'ربي', 'الف', 'ألف', 'شكر', 'الجميع',
];

const KINDS_IN_ORDER: readonly SmallTalk[] = ['thanks', 'farewell', 'greeting', 'acknowledgement'];
const HEAD_KIND: ReadonlyMap<string, SmallTalk> = new Map(
  [...KINDS_IN_ORDER].reverse().flatMap((kind) => HEADS[kind].map((w) => [normalizeWord(w), kind] as const)),
);
const COMPANION_WORDS: ReadonlySet<string> = new Set(COMPANIONS.map(normalizeWord));
const VOCATIVE = normalizeWord('يا');
const AND = 'و';

/**
 * The courtesy a message is made of, or undefined when any of its words asks something. Thanks come first ("ok
 * thanks" thanks), then a farewell, a greeting, an acknowledgement ("good morning" greets; "good" alone acknowledges).
 * The word after يا is whom the message addresses (شكرا يا غالي).
 */
export function smallTalkOf(tokens: readonly AnalyzedToken[]): SmallTalk | undefined {
  const kinds = new Set<SmallTalk>();
  for (let i = 0; i < tokens.length; i++) {
    const phrase = greetingPhraseAt(tokens, i);
    if (phrase) {
      kinds.add('greeting');
      i += phrase - 1;
      continue;
    }
    const word = tokens[i]!.normalized;
    // Arabic joins "and" to the next word: وشكرا، ومساء الخير.
    const bare = tokens[i]!.script === 'arabic' && word.startsWith(AND) ? word.slice(AND.length) : word;
    const kind = HEAD_KIND.get(word) ?? HEAD_KIND.get(bare);
    if (kind) kinds.add(kind);
    else if (!COMPANION_WORDS.has(word) && !COMPANION_WORDS.has(bare) && tokens[i - 1]?.normalized !== VOCATIVE) return undefined;
  }
  return KINDS_IN_ORDER.find((k) => kinds.has(k));
}

/** English "how are you" and "what's up", whose words are each also a question's: read as one greeting. */
const GREETING_PHRASES: readonly (readonly string[])[] = [
  ['how', 'are', 'you'], ['how', 'r', 'u'], ['how', 'are', 'u'], ['how', 's', 'it', 'going'], ['how', 'is', 'it', 'going'],
  ['what', 's', 'up'], ['whats', 'up'], ['wassup'], ['how', 'do', 'you', 'do'],
];

/** The number of words of a greeting phrase starting at i, or 0. */
function greetingPhraseAt(tokens: readonly AnalyzedToken[], i: number): number {
  const phrase = GREETING_PHRASES.find((p) => p.every((word, k) => tokens[i + k]?.normalized === word));
  return phrase?.length ?? 0;
}

/** Emoji that say thanks, an acknowledgement or hello on their own (a message of nothing else has no words). */
const SYMBOLS: ReadonlyMap<string, SmallTalk> = new Map([
  ['🙏', 'thanks'], ['❤', 'thanks'], ['♥', 'thanks'], ['🌹', 'thanks'], ['💐', 'thanks'],
  ['👍', 'acknowledgement'], ['👌', 'acknowledgement'], ['✅', 'acknowledgement'], ['🆗', 'acknowledgement'], ['💯', 'acknowledgement'],
  ['👋', 'greeting'],
]);

/** Skin tones, the emoji presentation selector, the joiner, spaces and punctuation: they change no emoji's meaning. */
function isNeutral(c: string): boolean {
  const code = c.codePointAt(0)!;
  return (code >= 0x1f3fb && code <= 0x1f3ff) || code === 0xfe0f || code === 0x200d || /[\s\p{P}]/u.test(c);
}

/**
 * The courtesy a message without words says with its emoji ("🙏", "👍🏽👍"), in the order smallTalkOf reads; undefined
 * when any other emoji is in it ("😀🔥👍"): such a message says nothing the bot can reply to in kind.
 */
export function smallTalkOfSymbols(text: string): SmallTalk | undefined {
  const kinds = new Set<SmallTalk>();
  for (const c of text) {
    if (isNeutral(c)) continue;
    const kind = SYMBOLS.get(c);
    if (!kind) return undefined;
    kinds.add(kind);
  }
  return KINDS_IN_ORDER.find((k) => kinds.has(k));
}

