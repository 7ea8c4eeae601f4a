import type { AnalyzedToken } from './analyze.js';

/**
 * Words of arresting, detaining and jailing, normalised (ة → ه, no hamza on alef), in Arabic with the dialects'
 * prefixes and object endings: اعتقل and its verbal noun and participle (اعتقلوه، انعتقل، الاعتقالات، المعتقلين),
 * احتجز (احتجاز، محتجزين), القبض and the verb قبض (قبضوا عليه، اتقبض، مقبوض; not قبضه, the «في قبضة المسلحين» of
 * falling into the gunmen's hands), توقيف and موقوف (the news' "held"), سجن (السجن، سجناء، مسجون), and the dialects'
 * مسك of a person (مسكوه، مسكوهم، اتمسك، انمسك: not تمسك, "held to", nor مسكوا alone, which chats also say of taking a
 * place). Not حبس, Egypt's "jailed" but the Maghreb's "stopped" («واش الاحتجاجات حبسو؟»).
 */
const ARABIC_ARREST_ROOTS = /عتقل|حتجز|حتجاز/;
const ARABIC_ARREST = new RegExp(
  '^[وف]?(?:'
  + '(?:ب|ل|لل|بال|ال)?(?:توقيف|موقوف|مقبوض|مسجون|سجين|سجناء|مساجين)[^ ]*'
  + '|(?:ب|لل|بال|ال)?قبض|(?:ات|ان|[يتن])?قبض(?:وا|و|ت|وه|وهم|وها)?'
  + '|(?:ب|لل|بال|ال|[يتن]|ات|ان)?سجن[^ ]*'
  + '|[يتن]?مسكو(?:ه|هم|ها)|(?:ات|ان)مسك(?:وا|و|ت)?'
  + ')$',
);

/** English words of arresting and jailing (lower case). */
const ENGLISH_ARREST: ReadonlySet<string> = new Set([
  'arrest', 'arrests', 'arrested', 'arresting', 'detain', 'detains', 'detained', 'detaining', 'detention', 'detentions',
  'detainee', 'detainees', 'jail', 'jails', 'jailed', 'prison', 'prisons', 'prisoner', 'prisoners', 'imprison',
  'imprisoned', 'imprisonment', 'custody', 'apprehended',
]);

/** Russian words of arresting and detaining: арест, задержать (задержан, задержали; not задержка, a delay), тюрьма. */
const RUSSIAN_ARREST = /^(?:арест|задержа[нлвт]|задержи|задержани|тюрьм|тюрем)/;

/** Whether an analysed token speaks of arresting or jailing (see the lists above). */
function isArrestWord(token: AnalyzedToken): boolean {
  const { normalized: word, script } = token;
  if (script === 'arabic') return ARABIC_ARREST_ROOTS.test(word) || ARABIC_ARREST.test(word);
  if (script === 'cyrillic') return RUSSIAN_ARREST.test(word);
  return ENGLISH_ARREST.has(word);
}

/**
 * Whether analysed tokens (a question's or a passage's) speak of arresting, detaining or jailing: «هل اعتقلوا رئيس
 * اللجنة؟», "how many were detained?". A passage that does not cannot tell who was arrested, how many, or whether.
 */
export function speaksOfArrest(tokens: readonly AnalyzedToken[]): boolean {
  return tokens.some(isArrestWord);
}
