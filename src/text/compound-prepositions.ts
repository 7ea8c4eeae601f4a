import type { AnalyzedToken } from './analyze.js';
import { normalizeArabic } from './normalize-arabic.js';

// Compound prepositions: a preposition and a noun that together work as one preposition (Ryding, A Reference Grammar
// of Modern Standard Arabic, 2005, §16.4): «قتلى في صفوف الشرطة» is "killed among the police", «على يد» is "at the
// hands of". In a question their noun is no subject of its own; elsewhere the same noun is (صفوف الانتظار، يد).
// Written as preposition + noun; normalised at load.
const COMPOUND_PREPOSITIONS = `
في صفوف | بين صفوف | في إطار | ضمن إطار | في ظل | على يد | على أيدي | عن طريق | على صعيد | في وجه | في أعقاب
| في غضون | في خضم | على هامش | على خلفية | في سياق | على مقربة | إلى جانب | من جانب | من أجل | على الرغم
`;

// The same with the preposition written on its noun: «بيد المسلحين» is «على يد المسلحين», "in the gunmen's hands".
const ONE_WORD_COMPOUNDS = new Set(['بيد', 'بأيدي', 'بفعل', 'بحوزة', 'بقبضة', 'بالرغم', 'بالإضافة', 'بفضل'].map(normalizeArabic));

/** The nouns of the compound prepositions, by the preposition before them. */
const NOUNS_AFTER = new Map<string, Set<string>>();
for (const phrase of COMPOUND_PREPOSITIONS.split('|').map((p) => p.trim()).filter(Boolean)) {
  const [preposition, noun] = phrase.split(/\s+/).map(normalizeArabic) as [string, string];
  const nouns = NOUNS_AFTER.get(preposition) ?? new Set<string>();
  nouns.add(noun);
  NOUNS_AFTER.set(preposition, nouns);
}

// Russian and English ones, by the preposition before the noun («в связи с», «в ходе», «по словам», "on behalf of"),
// and the English ones whose noun comes first ("according to"): in «по словам Токаева» X is what the question names.
// Lower case, ё as е.
const FOREIGN_NOUNS_AFTER = new Map<string, ReadonlySet<string>>([
  ['в', new Set(['связи', 'ходе', 'рамках', 'течение', 'итоге', 'целях', 'результате', 'отношении'])],
  ['по', new Set(['поводу', 'мере', 'части', 'словам', 'версии', 'мнению', 'отношению', 'сравнению'])],
  // «с точки зрения» ("from the point of view of"): both nouns, the second after the first.
  ['с', new Set(['точки', 'учетом'])],
  ['точки', new Set(['зрения'])],
  ['со', new Set(['стороны'])],
  ['на', new Set(['фоне', 'протяжении'])],
  ['on', new Set(['behalf'])],
  ['in', new Set(['spite', 'terms', 'regard', 'light', 'comparison'])],
  ['with', new Set(['regard', 'respect'])],
]);
const FOREIGN_NOUNS_BEFORE = new Map<string, ReadonlySet<string>>([
  ['according', new Set(['to'])], ['per', new Set(['the'])], ['compared', new Set(['to', 'with'])],
]);

/** "Come" in "when it comes to" ("as regards"): the verb of a preposition, no event of its own. */
const COMES = new Set(['comes', 'come', 'came']);

/** Whether tokens[i] is the "comes" of "when it comes to". */
function isWhenItComesTo(tokens: readonly AnalyzedToken[], i: number): boolean {
  return COMES.has(tokens[i]!.normalized) && tokens[i - 1]?.normalized === 'it' && tokens[i - 2]?.normalized === 'when' && tokens[i + 1]?.normalized === 'to';
}

/**
 * Whether tokens[i] is the noun of a compound preposition (صفوف in «في صفوف»), the preposition right before it or
 * written on it (بيد).
 */
export function isCompoundPrepositionNoun(tokens: readonly AnalyzedToken[], i: number): boolean {
  const before = tokens[i - 1];
  const token = tokens[i]!;
  if (token.script === 'latin' || token.script === 'cyrillic') {
    const after = tokens[i + 1]?.normalized;
    return isWhenItComesTo(tokens, i) || (before !== undefined && (FOREIGN_NOUNS_AFTER.get(before.normalized)?.has(token.normalized) ?? false))
      || (after !== undefined && (FOREIGN_NOUNS_BEFORE.get(token.normalized)?.has(after) ?? false));
  }
  if (token.script !== 'arabic') return false;
  if (ONE_WORD_COMPOUNDS.has(token.normalized.replace(/^و/, ''))) return true;
  if (!before) return false;
  return NOUNS_AFTER.get(before.normalized.replace(/^و/, ''))?.has(token.normalized) ?? false;
}
