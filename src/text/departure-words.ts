import type { AnalyzedToken } from './analyze.js';

/** A dialect's or the standard future prefix, or a dialect's present one, before the person's prefix (ستغادر، بيرجعوا). */
const TENSE_PREFIX = '(?:س|ح|ه|غ|ب|بي|بت|بن|ك|كي|كت)?';
/**
 * Words of leaving a country or withdrawing from it, normalised (ة → ه, no hamza on alef): the verbs with their
 * conjunction, tense and person prefixes and their person endings (غادرت، ستغادر، ينسحبون، غادروا), and the verbal
 * nouns (مغادره، انسحاب، رحيل). رجع and عاد ("went back") only of people going back: in the plural (رجعوا، يعودون),
 * the past feminine of troops (رجعت القوات، عادت) and the future (ستعود إلى بلدانها); «بيرجع الوضع مستقر» is the
 * situation becoming stable again, «يعود إنشاؤها» "dates back", «عودة الهدوء» the calm's return. Not خرج, طلع or مشي,
 * which chats say of going out into the street («خرجوا للشوارع»).
 */
const ARABIC_DEPARTURE = new RegExp(
  '^[وف]?(?:'
  + `${TENSE_PREFIX}[يتان]?(?:غادر|نسحب|انسحب|رحل)(?:ت|وا|و|ون|ين|ن|نا|تا|ا|تم)?`
  + `|${TENSE_PREFIX}[يتن]?(?:رجع|عود)(?:وا|و|ون|ين)|(?:رجع|عاد)(?:ت|وا|و)|[سحهغ][يتن](?:رجع|عود)`
  // The verbal nouns, with the article, a preposition or a possessive ending.
  + '|(?:ل|لل|بال|ال)?(?:مغادره|مغادرت|انسحاب|رحيل)(?:ها|هم|ه)?'
  + ')$',
);

/** English words of leaving (normalised, lower case). "Pull out" and "go home" are read with their second word. */
const ENGLISH_DEPARTURE: ReadonlySet<string> = new Set([
  'leave', 'leaves', 'leaving', 'left', 'withdraw', 'withdraws', 'withdrawing', 'withdrew', 'withdrawn', 'withdrawal',
  'depart', 'departed', 'departing', 'departure', 'return', 'returned', 'returning', 'exit', 'exited',
]);
const ENGLISH_PHRASAL_DEPARTURE: ReadonlySet<string> = new Set(['pull', 'pulled', 'pulling', 'go', 'went', 'going', 'gone', 'get', 'got']);
const ENGLISH_PHRASAL_PARTICLE: ReadonlySet<string> = new Set(['out', 'home', 'back']);

/** Russian words of leaving: покинуть, уйти, вывести (войска), вернуться, and their nouns (вывод, уход, возвращение). */
const RUSSIAN_DEPARTURE = /^(?:покин|ушл|ушел|ушёл|уйд|уход|вывел|вывод|вывес|вывед|вернул|вернут|вернёт|вернет|возвращ|отступ)/;

/** Words of normality after a verb of going back: «عاد الوضع إلى طبيعته», "back to normal", «к нормальной жизни». */
const NORMAL = /^(?:normal|normality|normalcy|нормальн|норм|(?:ال)?طبيع)/;
/** How many words after a verb of going back its normality may stand ("return to normal", «ستعود الحياة إلى طبيعتها»). */
const NORMAL_REACH = 4;

/** Whether the analysed token at i, with the tokens after it, speaks of leaving (see the lists above). */
function isDepartureAt(tokens: readonly AnalyzedToken[], i: number): boolean {
  // Going back to normal is no leaving: "when will things return to normal?" asks when the situation calms.
  for (let k = i + 1; k <= i + NORMAL_REACH && k < tokens.length; k++) if (NORMAL.test(tokens[k]!.normalized)) return false;
  const { normalized: word, script } = tokens[i]!;
  if (script === 'arabic') return ARABIC_DEPARTURE.test(word);
  if (script === 'cyrillic') return RUSSIAN_DEPARTURE.test(word);
  if (ENGLISH_DEPARTURE.has(word)) return true;
  return ENGLISH_PHRASAL_DEPARTURE.has(word) && ENGLISH_PHRASAL_PARTICLE.has(tokens[i + 1]?.normalized ?? '');
}

/** Whether analysed tokens (a question's or a passage's) speak of leaving: «متى انسحبت القوات؟», "when did they leave?" */
export function speaksOfDeparture(tokens: readonly AnalyzedToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (isDepartureAt(tokens, i)) return true;
  return false;
}
