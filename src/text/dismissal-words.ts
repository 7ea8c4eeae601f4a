import type { AnalyzedToken } from './analyze.js';

/**
 * Words of removing someone from office, normalised (ة → ه, no hamza on alef): أقال (أقاله، أُقيل، يقيل، إقالة، but
 * not تقيل, the dialects' "heavy"), عزل as a verb (عزلوه، انعزل، اتعزل، تعزل; not العزل, "the unarmed"), أعفى من
 * منصبه (أعفاه، أُعفي، إعفاء) and the Gulf's and Levant's شال of a person (شالوه، شالوها، شالوهم; not شالوا alone,
 * "carried").
 */
const ARABIC_DISMISSAL = new RegExp(
  '^[وف]?(?:'
  + '(?:ب|ل|لل|بال|ال)?اقال(?:ه|هم|ها|وه|وا|و|ت)?|اقيل(?:ت|وا|و)?|[سحهب]?يقيل(?:وا|و|ون)?'
  + '|[يتن]?عزل(?:ه|هم|ها|وه|وهم|وا|و|ت)|(?:ان|ات|ت)عزل(?:ت|وا|و)?|[يتن]عزل'
  + '|اعفا(?:ه|هم|ها|ء)|اعفي(?:ت|وا|و)?|(?:ب|بال|ال)اعفاء'
  + '|شالو(?:ه|ها|هم)'
  + ')$',
);

/** Words of stepping down, which answer whether someone was removed (the government resigned, its dismissal accepted). */
const ARABIC_RESIGNATION = /^[وف]?(?:[سحهب]?[يتن]?ستقيل|استقال|(?:ب|بال|ال)?استقال|تنحي|تنحى|يتنحى)/;

/** English words of removing from office (lower case); "fire" only before whom it removes (see isDismissalAt). */
const ENGLISH_DISMISSAL: ReadonlySet<string> = new Set([
  'sack', 'sacked', 'sacking', 'sacks', 'dismiss', 'dismissed', 'dismissing', 'dismissal', 'oust', 'ousted', 'ousting',
]);
const ENGLISH_FIRE: ReadonlySet<string> = new Set(['fire', 'fired', 'firing', 'fires']);
/** What follows "fire" when it removes someone ("fire the head of…", "fired him"), not when it shoots ("fire on"). */
const ENGLISH_FIRED_PERSON: ReadonlySet<string> = new Set(['the', 'his', 'her', 'him', 'them', 'anyone', 'anybody', 'somebody', 'someone']);
/** Words after "fire the…" that make it shooting: "fire the first shots". */
const ENGLISH_SHOT = /^(?:first|shots?|rounds?|bullets?|guns?|warning|tear|rubber|weapons?)$/;
const ENGLISH_RESIGNATION: ReadonlySet<string> = new Set(['resign', 'resigned', 'resigning', 'resignation', 'resigns']);

/** Russian words of removing from office: уволить (уволили, уволен), снять с поста or с должности. */
const RUSSIAN_DISMISSAL = /^(?:уволи|уволен|увольн|смещ[её]н|сместил)/;
const RUSSIAN_REMOVED = /^(?:снял|снят)/;
const RUSSIAN_POST = /^(?:пост|должност)/;
const RUSSIAN_RESIGNATION = /^отставк/;

/** Whether the analysed token at i, with the tokens after it, speaks of removing someone from office. */
function isDismissalAt(tokens: readonly AnalyzedToken[], i: number): boolean {
  const { normalized: word, script } = tokens[i]!;
  if (script === 'arabic') return ARABIC_DISMISSAL.test(word);
  if (script === 'cyrillic') {
    // «сняли с поста», «снят с должности»: the post two words on, after «с».
    return RUSSIAN_DISMISSAL.test(word) || (RUSSIAN_REMOVED.test(word) && RUSSIAN_POST.test(tokens[i + 2]?.normalized ?? ''));
  }
  if (ENGLISH_DISMISSAL.has(word)) return true;
  return ENGLISH_FIRE.has(word) && ENGLISH_FIRED_PERSON.has(tokens[i + 1]?.normalized ?? '') && !ENGLISH_SHOT.test(tokens[i + 2]?.normalized ?? '');
}

/** Whether an analysed token speaks of stepping down (resigned, استقالت, отставка). */
function isResignation(token: AnalyzedToken): boolean {
  const { normalized: word, script } = token;
  if (script === 'arabic') return ARABIC_RESIGNATION.test(word);
  if (script === 'cyrillic') return RUSSIAN_RESIGNATION.test(word);
  return ENGLISH_RESIGNATION.has(word);
}

/** Whether a question's analysed tokens ask about removing someone from office: "was he fired?", «شالوه ولا لا؟». */
export function speaksOfDismissal(tokens: readonly AnalyzedToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (isDismissalAt(tokens, i)) return true;
  return false;
}

/**
 * Whether a passage's analysed tokens can tell of someone's removal from office: it speaks of removal or of stepping
 * down ("the government resigned" answers "did Tokayev sack the government?").
 */
export function speaksOfLeavingOffice(tokens: readonly AnalyzedToken[]): boolean {
  return speaksOfDismissal(tokens) || tokens.some(isResignation);
}
