import { arabicLemmaCandidates } from './arabic-lemma-candidates.js';
import { bareWordForms } from './bare-word-forms.js';

/** Pronouns attached to a noun or verb (her, them, both of them, you, us), longest first. */
const PRONOUN_SUFFIXES = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'نا'];

/**
 * A word shaped as a participle's feminine: مفعولة، متفاعلة، مستفعلة (a م and three letters more), or فاعلة. Not
 * مفاعلة, as often a verbal noun (مظاهرة، مشاركة) whose masculine shape means something else (مظاهر: appearances).
 */
function isParticipleFeminine(word: string): boolean {
  if (!word.endsWith('ه')) return false;
  return (word.startsWith('م') && word.length >= 5 && word[2] !== 'ا') || (word.length === 5 && word[1] === 'ا');
}

/**
 * The spellings a normalised Arabic word may have as a dictionary entry, most likely first: as written, without its
 * conjunction, article or attached preposition (bareWordForms), then each of those
 * - without an attached pronoun, a ت before it read back as ة (حكومتها → حكومه);
 * - as the singular of a sound plural (متظاهرين → متظاهر، مظاهرات → مظاهره), of a dual (المتقاتلان → متقاتل: after
 *   the word itself, so بيان keeps its entry) or of a nisba's feminine (عسكريه → عسكري);
 * - as a verb's dictionary forms (أرسلوا → ارسل, يبعثون → بعث: arabicLemmaCandidates);
 * - last, a participle's feminine as its masculine (المنوطة → منوط، الحاكمة → حاكم): dictionaries list participles
 *   in the masculine, and a noun in ة (منطقة) keeps its own entry, which comes first.
 * A pronoun ه alone is not taken off: a normalised word ending in ه is far more often a noun in ة; after a ت it is
 * (حمايته، "its protection"), and the ت is read back as ة.
 */
export function dictionarySpellings(word: string): string[] {
  const out: string[] = [];
  const add = (form: string) => {
    if (form.length >= 2 && !out.includes(form)) out.push(form);
  };
  const bases = bareWordForms(word);
  for (const base of bases) add(base);
  for (const base of bases) {
    const pronoun = PRONOUN_SUFFIXES.find((p) => base.endsWith(p) && base.length - p.length >= 3);
    const bare = pronoun ? base.slice(0, -pronoun.length) : base;
    if (pronoun) add(bare.endsWith('ت') ? `${bare.slice(0, -1)}ه` : bare);
    // But a ت before it is a ة (حمايته → حمايه، حكومته → حكومه): its own spelling is tried first.
    else if (base.length >= 5 && base.endsWith('ته')) add(`${base.slice(0, -2)}ه`);
    if (bare.length >= 5 && bare.endsWith('ات')) add(`${bare.slice(0, -2)}ه`);
    if (bare.length >= 5 && (bare.endsWith('ين') || bare.endsWith('ون'))) add(bare.slice(0, -2));
    if (bare.length >= 5 && bare.endsWith('ان')) add(bare.slice(0, -2));
    if (bare.length >= 5 && bare.endsWith('يه')) add(bare.slice(0, -1));
  }
  for (const base of bases) for (const form of arabicLemmaCandidates(base)) add(form);
  for (const base of bases) if (isParticipleFeminine(base)) add(base.slice(0, -1));
  return out;
}
