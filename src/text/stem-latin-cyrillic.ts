// English and Russian stemming by the Snowball algorithms (Porter2 for English, Snowball Russian), from maintained
// packages: the earlier hand-written suffix lists left verb forms apart (отключили / отключить, killed / kills).
// The same functions key the bilingual lexicon (src/text/lexicon.ts), so a question's word and a lexicon headword meet.
import { stemmer as snowballRussian } from '@orama/stemmers/russian';
import porter2 from 'wink-porter2-stemmer';

/** Stems kept per language: Porter2 takes microseconds a word, ten times the old suffix lists, and words repeat. */
const CACHED_STEMS = 20_000;

/** A stemmer that remembers its last CACHED_STEMS answers (emptied when full: cheaper than least-recently-used). */
function remembering(stem: (word: string) => string): (word: string) => string {
  const stems = new Map<string, string>();
  return (word) => {
    let found = stems.get(word);
    if (found === undefined) {
      if (stems.size >= CACHED_STEMS) stems.clear();
      stems.set(word, (found = stem(word)));
    }
    return found;
  };
}

const porter2Remembered = remembering(porter2);
// Snowball's Russian stemmer expects ё written as е (the analyzer's case folding already does this).
const russianRemembered = remembering((word) => snowballRussian(word.replace(/ё/g, 'е')));

/** The Porter2 (Snowball English) stem of a case-folded English word: protesters, protesting → protest. */
export function stemEnglish(word: string): string {
  return porter2Remembered(word);
}

/** The Snowball Russian stem of a case-folded Russian word: отключили, отключить → отключ; миротворцев → миротворц. */
export function stemRussian(word: string): string {
  return russianRemembered(word);
}

// Longest first. Russian names decline by these regular endings (Казахстан, Казахстана, Казахстане), which Snowball's
// verb rules would cut unevenly (казахстан → казахста, казахстане → казахстан).
const RUSSIAN_CASE_ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'иях', 'ией', 'ях', 'ах', 'ой', 'ей', 'ий', 'ый',
  'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ов', 'ев', 'ам', 'ям', 'ом', 'ем', 'ы', 'и', 'а', 'я', 'о', 'е',
  'у', 'ю', 'ь',
].sort((a, b) => b.length - a.length);

/** Strips one Russian case ending when at least 3 letters remain: the stem of a name (казахстане → казахстан). */
export function stemRussianName(word: string): string {
  for (const ending of RUSSIAN_CASE_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}
