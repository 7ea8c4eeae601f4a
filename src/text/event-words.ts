import type { AnalyzedToken } from './analyze.js';
import { speaksOfArrest } from './arrest-words.js';
import { speaksOfDismissal, speaksOfLeavingOffice } from './dismissal-words.js';
import { detectScript } from './detect-script.js';
import { memoizeWord } from './memoize-word.js';

/**
 * Kinds of event a question may ask about that a passage must tell of to answer it, whatever else the two share:
 * "did the Kyrgyz parliament vote on sending troops?" is not answered by the list of the force's members, nor "was
 * a curfew imposed in Almaty?" by the state of emergency, nor "did the unrest hit oil output?" by the riots.
 * - a ballot: a vote, a ratification, an election or a referendum (صوّت، تصويت، صادق، انتخابات، استفتاء، ترشّح؛ vote,
 *   ratify, election, referendum, run for office; голосовать, ратифицировать, выборы, референдум);
 * - a curfew (حظر التجول، منع التجوال؛ curfew; комендантский час);
 * - production (إنتاج، منتج؛ output, production; добыча, производство);
 * - exports (صادرات، تصدير؛ exports; экспорт);
 * - flights (رحلة، رحلات where the text also speaks of flying: not «رحلة القبائل», a journey; flights, airlines;
 *   рейсы, авиакомпании);
 * - foreigners, who they are or what befell them (أجانب؛ foreigners; иностранцы), not the adjective "foreign" (nor
 *   أجانب after troops: «الجنود الأجانب» are the foreign troops the documents speak of);
 * - a closure (قفلت، اتقفلت، أغلقت، الإغلاق، تسدّات؛ closed, shut; закрыли), which a passage also tells by a service
 *   cut, restricted or stopped (eventsToldOf): "why did they shut down the internet?" is answered by «تم تنفيذ التقييد
 *   المؤقت للوصول إلى الإنترنت»; not a reopening, which a passage tells by opening words («أعادت فتح أبوابها»);
 * - an amnesty (العفو، عفو عام؛ amnesty; амнистия), not «عفوا» (sorry);
 * - compensation (تعويض، تعويضات, not عوض, "instead of"; compensation, compensate; компенсация);
 * - mining (تعدين، مناجم؛ mining, miners; майнинг, шахта);
 * - an arrest and a dismissal, read by their own modules (arrest-words, dismissal-words: what follows a word matters
 *   there), a dismissal told by a passage also by a resignation.
 * Each kind is one bit of the number eventsSpokenOf gives.
 */
export const BALLOT = 1;
export const CURFEW = 2;
export const OUTPUT = 4;
export const EXPORTS = 8;
export const FLIGHTS = 16;
export const FOREIGNERS = 32;
export const CLOSURE = 64;
export const AMNESTY = 128;
export const COMPENSATION = 256;
export const MINING = 512;
export const ARREST = 1024;
export const DISMISSAL = 2048;

/**
 * Arabic words are normalised (ة → ه, no hamza on alef) and may take the conjunctions, prepositions and verbal prefixes
 * of ARABIC_PREFIX: تصويت، صوّتوا، يصوت (not صوت alone, a voice), صادق and المصادقة (ratified), الانتخابات، انتخبوا؛
 * إنتاج، أنتج، المنتجين (not نتج عن, "resulted from"); تعويضات (not عوض, "instead of"); العفو (not عفوا, "sorry").
 */
const ARABIC_PREFIX = '^[وف]?(?:ب|ل|لل|بال|ال|ك|[يتن]|ات)?';
const ARABIC_BALLOT = new RegExp(`${ARABIC_PREFIX}(?:تصويت|اقتراع|استفتاء|انتخاب|انتخب|ترشح|ترشيح)|${ARABIC_PREFIX}(?:صوت(?:وا|و|ت|ون)|صادق(?:وا|و|ت|ون)?|مصادقه)$`);
const ARABIC_CURFEW = /تجول|تجوال/;
const ARABIC_OUTPUT = new RegExp(`${ARABIC_PREFIX}(?:انتاج|انتج|منتج)`);
const ARABIC_EXPORTS = new RegExp(`${ARABIC_PREFIX}(?:صادرات|تصدير)`);
const ARABIC_FLIGHTS = new RegExp(`${ARABIC_PREFIX}(?:رحله|رحلات)$`);
/** Words of flying, which make a trip (رحلة) a flight: an airport, a plane, by air (مطار، طائرة، طيارة، جوي، الطيران). */
const ARABIC_AIR = new RegExp(`${ARABIC_PREFIX}(?:مطار|طائر|طياره|طيارات|جوي|طيران)`);
const ARABIC_FOREIGNERS = new RegExp(`${ARABIC_PREFIX}اجانب$`);
const ARABIC_CLOSURE = new RegExp(`${ARABIC_PREFIX}(?:قفل|اقفل|مقفول|اغلق|غلق|مغلق)|^[وف]?(?:ات|ان)?(?:تسد(?:ات|ت|و|وا)|مسدود[^ ]*)$`);
const ARABIC_AMNESTY = /^[وف]?(?:بال|لل|ال)عفو$|^عفو$/;
const ARABIC_COMPENSATION = new RegExp(`${ARABIC_PREFIX}تعويض`);
const ARABIC_MINING = new RegExp(`${ARABIC_PREFIX}(?:تعدين|معدنين|مناجم)`);
/** How a passage tells of a closure besides closing words: a service cut, blocked, restricted, suspended or stopped. */
const ARABIC_CUT = new RegExp(`${ARABIC_PREFIX}(?:قطع|انقطع|حجب|تقييد|قيد|توقف|اوقف|ايقاف|تعطيل|تعطل|علق|تعليق)`);
const ENGLISH_CUT = /^(?:cut|cuts|blocked|blocking|restricted|restriction|restrictions|suspended|halted|stopped|disconnected|outage)$/;
const RUSSIAN_CUT = /^(?:отключ|блокир|заблокир|огранич|приостанов|прекращ|прекрати)/;
/** Troops, whom أجانب after them describes (الجنود الأجانب، قوات أجانب). */
const ARABIC_TROOPS = new RegExp(`${ARABIC_PREFIX}(?:جنود|قوات|عساكر|جيوش|وحدات|مقاتلين|مسلحين)$`);

const ENGLISH_BALLOT = /^(?:votes?|voted|voting|voters?|ratif(?:y|ied|ies|ication)|ballots?|elections?|elect(?:ed|s)?|reelect(?:ed|ion)?|referend(?:um|ums|a)|polls?)$/;
const ENGLISH_CURFEW = /^curfews?$/;
const ENGLISH_OUTPUT = /^(?:output|outputs|production|produc(?:e|es|ed|ing|er|ers))$/;
const ENGLISH_EXPORTS = /^(?:exports?|exported|exporting|exporters?)$/;
const ENGLISH_FLIGHTS = /^(?:flights?|airlines?|airliners?)$/;
const ENGLISH_FOREIGNERS = /^(?:foreigners?|expats?)$/;
const ENGLISH_AMNESTY = /^(?:amnesty|amnesties|pardon|pardoned|pardons)$/;
const ENGLISH_COMPENSATION = /^(?:compensation|compensations|compensate|compensated|reparations?)$/;
const ENGLISH_MINING = /^(?:mining|miners?|mines)$/;
const ENGLISH_CLOSURE = /^(?:closed|closure|closures|shut|shuts|shutting|shutdown)$/;

const RUSSIAN_BALLOT = /^(?:проголосова|голосова|голосовани|ратифи|выбор(?:ы|ах|ов|ам)$|переизбра|избра(?:н|л)|избиратель|референдум)/;
const RUSSIAN_CURFEW = /^комендантск/;
const RUSSIAN_OUTPUT = /^(?:добыч|добыва|производств)/;
const RUSSIAN_EXPORTS = /^экспорт/;
const RUSSIAN_FLIGHTS = /^(?:рейс|авиакомпани|авиасообщени|перел[её]т)/;
const RUSSIAN_FOREIGNERS = /^иностранц/;
const RUSSIAN_AMNESTY = /^(?:амнист|помилова)/;
const RUSSIAN_COMPENSATION = /^(?:компенсац|компенсир|возмещ)/;
const RUSSIAN_MINING = /^(?:майнинг|майнер|шахт|рудник)/;
const RUSSIAN_CLOSURE = /^(?:закры[лвт]|закрыти)/;

/** Each kind's bit with its words in each script. */
const KINDS: ReadonlyArray<{ bit: number; arabic: RegExp; english: RegExp; russian: RegExp }> = [
  { bit: BALLOT, arabic: ARABIC_BALLOT, english: ENGLISH_BALLOT, russian: RUSSIAN_BALLOT },
  { bit: CURFEW, arabic: ARABIC_CURFEW, english: ENGLISH_CURFEW, russian: RUSSIAN_CURFEW },
  { bit: OUTPUT, arabic: ARABIC_OUTPUT, english: ENGLISH_OUTPUT, russian: RUSSIAN_OUTPUT },
  { bit: EXPORTS, arabic: ARABIC_EXPORTS, english: ENGLISH_EXPORTS, russian: RUSSIAN_EXPORTS },
  { bit: FLIGHTS, arabic: ARABIC_FLIGHTS, english: ENGLISH_FLIGHTS, russian: RUSSIAN_FLIGHTS },
  { bit: FOREIGNERS, arabic: ARABIC_FOREIGNERS, english: ENGLISH_FOREIGNERS, russian: RUSSIAN_FOREIGNERS },
  { bit: CLOSURE, arabic: ARABIC_CLOSURE, english: ENGLISH_CLOSURE, russian: RUSSIAN_CLOSURE },
  { bit: AMNESTY, arabic: ARABIC_AMNESTY, english: ENGLISH_AMNESTY, russian: RUSSIAN_AMNESTY },
  { bit: COMPENSATION, arabic: ARABIC_COMPENSATION, english: ENGLISH_COMPENSATION, russian: RUSSIAN_COMPENSATION },
  { bit: MINING, arabic: ARABIC_MINING, english: ENGLISH_MINING, russian: RUSSIAN_MINING },
];

/**
 * Bits of a word's reading beside the kinds of event: a service cut (a passage's closure), troops, flying, and an
 * Arabic trip (رحلة), a flight only beside a word of flying.
 */
const CUT_WORD = 1 << 16;
const TROOPS_WORD = 1 << 17;
const AIR_WORD = 1 << 18;
const TRIP_WORD = 1 << 19;
const EVENT_BITS = CUT_WORD - 1;

/** What a normalised word reads as (kinds of event and the bits above), remembered per word: questions repeat words. */
const readingOf = memoizeWord((word: string): number => {
  const script = detectScript(word);
  let bits = 0;
  for (const kind of KINDS) {
    const words = script === 'arabic' ? kind.arabic : script === 'cyrillic' ? kind.russian : kind.english;
    if (words.test(word)) bits |= kind.bit === FLIGHTS && script === 'arabic' ? TRIP_WORD : kind.bit;
  }
  if ((script === 'arabic' ? ARABIC_CUT : script === 'cyrillic' ? RUSSIAN_CUT : ENGLISH_CUT).test(word)) bits |= CUT_WORD;
  if (script === 'arabic' && ARABIC_TROOPS.test(word)) bits |= TROOPS_WORD;
  if (script === 'arabic' && ARABIC_AIR.test(word)) bits |= AIR_WORD;
  return bits;
});

/**
 * The kinds of event analysed tokens speak of, with a closure also by a service cut where `cutIsClosure`. أجانب after
 * troops is no foreigner, and an Arabic trip is a flight only beside words of flying (see the kinds above).
 */
function eventsOf(tokens: readonly AnalyzedToken[], cutIsClosure: boolean): number {
  let kinds = 0;
  let all = 0;
  let previous = 0;
  for (const token of tokens) {
    const bits = readingOf(token.normalized);
    all |= bits;
    kinds |= bits & FOREIGNERS && previous & TROOPS_WORD ? bits & EVENT_BITS & ~FOREIGNERS : bits & EVENT_BITS;
    previous = bits;
  }
  if (all & TRIP_WORD && all & AIR_WORD) kinds |= FLIGHTS;
  if (cutIsClosure && all & CUT_WORD) kinds |= CLOSURE;
  return kinds;
}

/** The kinds of event (bits, see BALLOT) a question's analysed tokens speak of; 0 for none. */
export function eventsSpokenOf(tokens: readonly AnalyzedToken[]): number {
  return eventsOf(tokens, false) | (speaksOfArrest(tokens) ? ARREST : 0) | (speaksOfDismissal(tokens) ? DISMISSAL : 0);
}

/**
 * The kinds of event a passage's analysed tokens tell of: those it speaks of, a closure also by a service cut, and a
 * dismissal also by a resignation.
 */
export function eventsToldOf(tokens: readonly AnalyzedToken[]): number {
  return eventsOf(tokens, true) | (speaksOfArrest(tokens) ? ARREST : 0) | (speaksOfLeavingOffice(tokens) ? DISMISSAL : 0);
}
