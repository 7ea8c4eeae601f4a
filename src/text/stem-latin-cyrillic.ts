// Light suffix stripping for English and Russian questions: enough to match the gazetteer's aliases and names,
// not a full Porter/Snowball stemmer (the documents are Arabic; other languages reach them through the gazetteer).

const ENGLISH_SUFFIXES: Array<[string, string]> = [
  ['ies', 'y'], ['sses', 'ss'], ['ing', ''], ['ed', ''], ['s', ''],
];
// -es is a plural ending only after sibilants (boxes, churches); elsewhere only the s goes (forces → force).
const ES_AFTER = /(?:[sxz]|ch|sh)es$/;

/** Strips one common English inflection (plural, -ing, -ed) when at least 3 letters remain. */
export function stemEnglish(word: string): string {
  if (ES_AFTER.test(word) && word.length - 2 >= 3) return word.slice(0, -2);
  for (const [suffix, replacement] of ENGLISH_SUFFIXES) {
    if (word.endsWith(suffix) && !word.endsWith('ss') && word.length - suffix.length >= 3) {
      return word.slice(0, -suffix.length) + replacement;
    }
  }
  return word;
}

// Longest first.
const RUSSIAN_ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'иях', 'ией', 'ях', 'ах', 'ой', 'ей', 'ий', 'ый',
  'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ов', 'ев', 'ам', 'ям', 'ом', 'ем', 'ы', 'и', 'а', 'я', 'о', 'е',
  'у', 'ю', 'ь',
].sort((a, b) => b.length - a.length);

/** Strips one Russian case or number ending when at least 3 letters remain (миротворцы, миротворцев → миротворц). */
export function stemRussian(word: string): string {
  for (const ending of RUSSIAN_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}
