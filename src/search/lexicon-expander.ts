import type { AnalyzedToken } from '../text/analyze.js';
import { loadLexicon, type Lexicon } from '../text/lexicon.js';
import { arabicLemmaCandidates } from '../text/arabic-lemma-candidates.js';
import { memoizeWord } from '../text/memoize-word.js';
import { readColloquial } from '../text/read-colloquial.js';
import type { QueryExpander, WordAlternative } from './query-expander.js';
import { memoPerQuestion } from '../text/memo-per-question.js';

/** Credit of the best translation of an English or Russian word: below the word itself, as a dictionary can mislead. */
const FIRST_TRANSLATION_CREDIT = 0.8;
/** Each later translation counts this much less, down to the least. */
const TRANSLATION_CREDIT_STEP = 0.1;
const LEAST_TRANSLATION_CREDIT = 0.4;
/** Translations kept per word: later ones come from rare senses and homographs (отключить → kill). */
const MAX_TRANSLATIONS = 3;
/** Credit of a synonym from the thesaurus: it has no word senses, so a synonym may be another word's (سعر، أشعل). */
const SYNONYM_CREDIT = 0.5;

/** Arabic words whose synonyms are remembered (the words questions use that the documents lack). */
const SYNONYM_MEMO_CAPACITY = 8192;

/** Credit of the k-th translation (0 = best). */
function translationCredit(k: number): number {
  return Math.max(LEAST_TRANSLATION_CREDIT, FIRST_TRANSLATION_CREDIT - k * TRANSLATION_CREDIT_STEP);
}

/**
 * The thesaurus's synonyms of a word, or, when it is not a headword, of the first of its dictionary forms that is
 * (سقطوا → سقط, يبعث → بعث): the thesaurus lists verbs in the past tense and nouns in the singular.
 */
function synonymsOfInflected(lexicon: Lexicon, word: string): string[] {
  const own = lexicon.synonymsOf(word);
  if (own.length) return own;
  for (const form of arabicLemmaCandidates(word)) {
    const found = lexicon.synonymsOf(form);
    if (found.length) return found;
  }
  return [];
}

/**
 * Alternatives from the lexicon (src/text/lexicon): Arabic translations of English and Russian words and phrases the
 * gazetteer does not cover ("protesters", "state of emergency", "отключили"), and thesaurus synonyms of Arabic words
 * the documents do not use.
 */
export function lexiconExpander(lexicon: Lexicon = loadLexicon()): QueryExpander {
  // The synonyms of an Arabic word depend on the word alone: found once per word (questions repeat their words).
  const synonymsOfWord = memoizeWord((normalized: string): WordAlternative[] => {
    // Synonyms of the word, and of its dialect readings (بيطلعون → يخرج → غادر): a reading is the same word in MSA.
    const readings = readColloquial(normalized).readings;
    // Only synonyms the thesaurus gives both ways: it has no word senses, and a one-way entry is often another
    // sense's (جمع "gather" → حفظ "keep" does not lead back, and made الجمعة "Friday" find حفظ السلام).
    const own = new Set(readings.flatMap((reading) => [reading, ...arabicLemmaCandidates(reading)]));
    return [...new Set(readings.flatMap((reading) => synonymsOfInflected(lexicon, reading)))]
      .filter((synonym) => !own.has(synonym) && lexicon.synonymsOf(synonym).some((back) => own.has(back)))
      .map((text) => ({ text, credit: SYNONYM_CREDIT, via: 'synonym' as const }));
  }, SYNONYM_MEMO_CAPACITY);
  // An English or Russian word's own translations depend on the word alone: made once per word.
  const translationsOfWord = memoizeWord((normalized: string): WordAlternative[] => {
    const guessed = lexicon.isGuessed(normalized);
    return lexicon.arabicFor(normalized).slice(0, MAX_TRANSLATIONS)
      .map((text, k): WordAlternative => {
        const alternative: WordAlternative = { text, credit: translationCredit(k), via: 'translation' };
        return guessed ? { ...alternative, guessed } : alternative;
      });
  }, SYNONYM_MEMO_CAPACITY);
  return {
    isFunctionWord: () => false,
    alternativesOf(tokens: readonly AnalyzedToken[], i: number, known: boolean): WordAlternative[] {
      const token = tokens[i]!;
      if (token.script === 'latin' || token.script === 'cyrillic') {
        const phrase = lexicon.phraseAt(normalizedWordsOf(tokens), i);
        const own = translationsOfWord(token.normalized);
        // The memo's own list, frozen (as the Arabic synonyms below): no caller changes what an expander offers.
        if (!phrase) return own;
        const span = phrase.end - phrase.start;
        const ofPhrase = phrase.arabic.slice(0, MAX_TRANSLATIONS)
          .map((text, k) => ({ text, credit: translationCredit(k), via: 'translation' as const, span }));
        return [...ofPhrase, ...own];
      }
      if (token.script !== 'arabic' || known) return [];
      return synonymsOfWord(token.normalized);
    },
  };
}

/** A question's words as normalised, read once per question (every English or Russian word of it looks up phrases). */
const normalizedWordsOf: (tokens: readonly AnalyzedToken[]) => readonly string[] = memoPerQuestion((tokens) => tokens.map((t) => t.normalized));
