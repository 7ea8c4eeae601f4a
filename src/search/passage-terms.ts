import { analyze, type AnalyzedToken } from '../text/analyze.js';
import { detectScript } from '../text/detect-script.js';
import { arabicRoot } from '../text/arabic-root.js';
import { hasArabicArticle } from '../text/bare-word-forms.js';
import { charNgrams } from '../text/char-ngrams.js';
import { consonantSkeleton } from '../text/consonant-skeleton.js';
import { memoPerOptions } from '../text/memoize-word.js';
import { imperfectPluralVerb, otherArabicStems, stripArabicPrefixes } from '../text/stem-arabic.js';
import type { TermOptions } from './analyzer-config.js';
import type { EntityMatch, Gazetteer } from './gazetteer.js';

/** A text analysed into the index's fields, with the tokens and entity mentions behind them. */
export interface TextTerms {
  tokens: AnalyzedToken[];
  entities: EntityMatch[];
  stem: string[];
  gram: string[];
  entity: string[];
  skeleton: string[];
  /** Pairs of neighbouring stems (function words skipped): rewards passages that keep the question's phrasing. */
  pair: string[];
  /** Roots of the Arabic content words: words of one family (أرسل، إرسال، مرسل), a weak signal. */
  root: string[];
  /** Each token's root ('' for none), by token index. */
  tokenRoots: string[];
  /** Stems of the other ways its Arabic words may be cut (لوكالة: وكال; وزير: وزير besides زير): see otherArabicStems. */
  forms: string[];
  /**
   * Each token's other stems, by token index, and an imperfect plural's verb (يهدفون: هدف; WordTerms.matchForms), which
   * the forms field leaves out: there it would count a second time for a concept another alternative already found.
   */
  tokenForms: (readonly string[])[];
  /** Each token's n-grams (empty for function words and numbers), by token index. */
  tokenGrams: (readonly string[])[];
  /**
   * For a passage that names no person: the person its document named last just before it, whom it may well be about
   * («وأضاف الرئيس…»، a speech in the first person). Set by PassageIndex.analysisOf; absent: none.
   */
  inheritedPerson?: string;
  /**
   * Entities the passage refers to by the head noun of their name alone («المجلس» for «مجلس الأمن», "the ministry"),
   * named in full in the passage or just before it in its document, with the head nouns' token indexes. Set by
   * PassageIndex.analysisOf; absent: none.
   */
  headNounEntities?: ReadonlyArray<{ id: string; tokens: readonly number[] }>;
  /**
   * The country an epithet in the passage stands for («في دولة صديقة» in a statement on Kazakhstan), with the epithet's
   * token indexes: the country its document names most, where the passage does not name it. Set by
   * PassageIndex.analysisOf; absent: none.
   */
  epithetCountry?: { id: string; tokens: readonly number[] };
  /**
   * The organisations its document's headline names, each with the country qualifying it there ('' for none): whose
   * statement the passage is part of (see qualified-mentions). Set by PassageIndex.analysisOf; absent: none.
   */
  headlineOrganisations?: ReadonlyMap<string, string>;
  /**
   * The gazetteer entries naming its document's outlet (outletEntities): "per RT" is about every passage RT published.
   * Set by PassageIndex.analysisOf; absent: none.
   */
  outletEntities?: readonly string[];
  /**
   * For the passage its document's headline restates (see PassageIndex.headlineEchoOf): the headline's analysis. A
   * headline puts the report's key sentence with the names the sentence itself leaves to context («بعثة كازاخستان
   * بالأمم المتحدة: لا توجد احتجاجات تبرر…» over «وشددت الوثيقة على أن أي احتجاجات … لا يمكن أن تبرر…»). Set by
   * PassageIndex.analysisOf; absent: none.
   */
  headline?: TextTerms;
  /** Whether the passage is its report's credit line («المصدر: نوفوستي»). Set by PassageIndex.analysisOf. */
  creditLine?: boolean;
  /**
   * For a passage that opens by referring back to something the passage before it names («وحضر الاجتماع…» after
   * «عقد مجلس الأمن… اجتماعا في 6 يناير»; see PassageIndex.antecedentOf): that passage's analysis, which holds the
   * names and the date the reference leaves out. Set by PassageIndex.analysisOf; absent: none.
   */
  antecedent?: TextTerms;
}

const NONE: string[] = [];

/** The form n-grams and skeletons are taken from: normalised, article and conjunction removed, not suffix-stripped. */
export function bareForm(token: AnalyzedToken, minStemLength: number): string {
  return token.script === 'arabic' ? stripArabicPrefixes(token.normalized, minStemLength) : token.normalized;
}

/** What one word gives the index besides its stem: root, other cuts, n-grams and skeleton ('' and [] for none). */
export interface WordTerms {
  root: string;
  forms: readonly string[];
  /** The forms and, for an imperfect with a plural subject, its verb (imperfectPluralVerb): what the word matches by. */
  matchForms: readonly string[];
  grams: readonly string[];
  skeleton: string;
}

const NO_WORD_TERMS: WordTerms = { root: '', forms: NONE, matchForms: NONE, grams: NONE, skeleton: '' };

/**
 * A content word's terms, computed once per distinct normalised word (see memoizeWord) for the protected words and
 * the least stem length and n-gram size (`n` = minStemLength × 100 + ngramSize). Every occurrence then shares the
 * same strings, whose hashes the index's term maps compute once.
 */
const wordTermsMemo = memoPerOptions((protectedWords, n) => {
  const minStemLength = Math.floor(n / 100);
  const ngramSize = n % 100;
  return (normalized: string): WordTerms => {
    const token = { normalized, script: detectScript(normalized) } as AnalyzedToken;
    const arabic = token.script === 'arabic';
    const bare = bareForm(token, minStemLength);
    const forms = arabic ? otherArabicStems(normalized, { protectedWords, minStemLength }) : NONE;
    const verb = arabic ? imperfectPluralVerb(normalized, { protectedWords, minStemLength }) : '';
    return {
      root: arabic ? arabicRoot(normalized, { protectedWords }) : '',
      forms,
      matchForms: verb && !forms.includes(verb) ? [...forms, verb] : forms,
      grams: token.script === 'digit' ? NONE : charNgrams(bare, ngramSize),
      // Names rarely carry the article: skeletons of article-less words only, so common nouns (الشركات) stay out.
      skeleton: arabic && !hasArabicArticle(normalized) ? consonantSkeleton(bare) : '',
    };
  };
});

/** What a content word (not a function word) gives the index besides its stem, memoised (see wordTermsMemo). */
export function contentWordTerms(gazetteer: Gazetteer, options: TermOptions): (normalized: string) => WordTerms {
  return wordTermsMemo(gazetteer.protectedWords, options.minStemLength * 100 + options.ngramSize);
}

/** Analyses text into the index's fields: stems, character n-grams, entity ids and consonant skeletons. */
export function termsOfText(text: string, gazetteer: Gazetteer, options: TermOptions): TextTerms {
  const tokens = analyze(text, { protectedWords: gazetteer.protectedWords, minStemLength: options.minStemLength });
  const entities = gazetteer.match(tokens);
  const termsOf = contentWordTerms(gazetteer, options);
  const stem: string[] = [];
  const gram: string[] = [];
  const skeleton: string[] = [];
  const tokenGrams: (readonly string[])[] = [];
  const root: string[] = [];
  const tokenRoots: string[] = [];
  const forms: string[] = [];
  const tokenForms: (readonly string[])[] = [];
  for (const token of tokens) {
    const word = token.stop ? NO_WORD_TERMS : termsOf(token.normalized);
    // Function words have no root or other cuts, and no grams or skeleton (as before the memo: only content words).
    tokenRoots.push(word.root);
    if (word.root) root.push(word.root);
    tokenForms.push(word.matchForms);
    for (const form of word.forms) forms.push(form);
    tokenGrams.push(word.grams);
    if (token.stop) continue;
    stem.push(token.stem);
    for (const g of word.grams) gram.push(g);
    if (word.skeleton) skeleton.push(word.skeleton);
  }
  const pair: string[] = [];
  for (let i = 1; i < stem.length; i++) pair.push(`${stem[i - 1]} ${stem[i]}`);
  return { tokens, entities, stem, gram, entity: entities.map((e) => e.id), skeleton, pair, root, tokenRoots, forms, tokenForms, tokenGrams };
}
