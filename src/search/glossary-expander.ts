import { analyze, stemWord, type AnalyzedToken } from '../text/analyze.js';
import { dictionarySpellings } from '../text/dictionary-spellings.js';
import { englishVerbBase } from '../text/english-verb-base.js';
import { defaultNewsGlossary, glossaryKeyOf, type GlossaryLine, type GlossaryMatch, type NewsGlossary } from '../text/news-glossary.js';
import { memoizeWord } from '../text/memoize-word.js';
import { isQuestionWord } from '../text/question-words.js';
import { readColloquial } from '../text/read-colloquial.js';
import { isRelativePronoun } from '../text/relative-pronouns.js';
import { arabicPrepositionOf } from '../text/stop-words.js';
import { russianLemmaCandidates } from '../text/russian-lemma-candidates.js';
import { stemEnglish, stemRussian } from '../text/stem-latin-cyrillic.js';
import type { PhraseInDocuments, QueryExpander, WordAlternative } from './query-expander.js';
import { memoPerQuestion } from '../text/memo-per-question.js';

/** Credit of the glossary's Arabic for an English or Russian word: a curated translation, as the lexicon's best. */
const TRANSLATION_CREDIT = 0.8;
/** Credit of another word of the same meaning, for an Arabic word the documents lack. */
const SYNONYM_CREDIT = 0.7;
/**
 * Credit of another word of the same meaning, for an Arabic word the documents hold in a few passages only: there it
 * is often another word of the same stem (a dialect's عسكري "soldier" in «المنشآت العسكرية», بعث "sent" in «البعثة»),
 * while the documents tell the question's meaning otherwise («2500 جندي»، «أرسلت»). Low, as the word itself may be
 * meant. Our chat set hit@3 +1, probes +7 −3 tuned and +3 held out; natural.json the same, ARCD hit@1 −0.1 pt (for
 * every known word, at 0.2 to 0.4: ARCD −0.5 pt).
 */
const RARE_WORD_SYNONYM_CREDIT = 0.3;

/**
 * The dictionary spellings of a normalised Arabic word, then of its dialect readings (بيبعتوا → يبعث → بعث):
 * remembered per word, as questions repeat their words.
 */
const spellingsOf = memoizeWord((word: string): string[] => {
  const own = dictionarySpellings(word);
  const readings = readColloquial(word).readings.filter((r) => r !== word).flatMap(dictionarySpellings);
  return [...new Set([...own, ...readings])];
}, 4096);

/** The relative «ما» ("what"), with a preposition written onto it: «ما قاله»، «عما بحثه». */
const RELATIVE_MA = new Set(['ما', 'مما', 'عما']);

/**
 * The dictionary spellings of the Arabic question word at i (see spellingsOf). After a relative pronoun, a final ه is
 * the object pronoun that refers back to its noun («ما الملف الذي بحثه المجلس؟»: بحث), which alone is as often a ة and
 * is not read off elsewhere (see arabicLemmaCandidates). A past verb's only: «الحزب الذي يرأسه» (heads it) read as
 * يرأس met «رئيس جمهورية» in ARCD. Tuned probes +1, held out +1, every other set and ARCD the same.
 */
function arabicSpellingsAt(tokens: readonly AnalyzedToken[], i: number): string[] {
  const word = tokens[i]!.normalized;
  const own = spellingsOf(word);
  const before = tokens[i - 1]?.normalized ?? '';
  if (word.length < 4 || !word.endsWith('ه') || word.startsWith('ي') || !(RELATIVE_MA.has(before) || isRelativePronoun(before))) return own;
  return [...new Set([...own, ...spellingsOf(word.slice(0, -1))])];
}

/** How many stop words an English or Russian glossary phrase may open on before a question word ("at the outset"). */
const STOP_WORDS_BEFORE = 2;

/**
 * The English or Russian glossary phrase that opens on stop words just before the question word and holds it: "at
 * first", «в начале». A question's concepts skip stop words, so the phrase would otherwise never be looked up, and
 * its content word alone ("first" → أول) means something else.
 */
function stopOpenedPhrase(glossary: NewsGlossary, tokens: readonly AnalyzedToken[], i: number): GlossaryMatch | undefined {
  for (let start = Math.max(0, i - STOP_WORDS_BEFORE); start < i; start++) {
    // Stop words, or an interrogative among them: «на каком основании» is «на основании» asked.
    if (!opensOnStopWords(tokens, start, i)) continue;
    // The phrase of several words found there, if any: a one-word match of an English stop word is never this
    // phrase, so its lines need not be narrowed to the word's form (englishMatchAt).
    const found = tokens[start]!.script === 'cyrillic' ? russianMatchAt(glossary, tokens, start) : glossary.matchAtAnyKey(englishKeysOf(tokens), start);
    if (found && found.end > i) return { start: i, end: found.end, lines: found.lines };
  }
  return undefined;
}

/** Whether tokens[start..i) are all stop words or interrogatives. */
function opensOnStopWords(tokens: readonly AnalyzedToken[], start: number, i: number): boolean {
  for (let k = start; k < i; k++) if (!tokens[k]!.stop && !isQuestionWord(tokens[k]!.normalized)) return false;
  return true;
}

/**
 * The glossary match of a question word: an English or Russian phrase starting there, or one Arabic word, with the
 * lines of the phrase it makes with the preposition it governs when the glossary lists one (`governed`).
 */
function matchOf(glossary: NewsGlossary, tokens: readonly AnalyzedToken[], i: number): (GlossaryMatch & { governed?: readonly GlossaryLine[]; looser?: readonly GlossaryLine[] }) | undefined {
  const token = tokens[i]!;
  if (token.script !== 'arabic') {
    const opened = stopOpenedPhrase(glossary, tokens, i);
    if (opened) return opened;
  }
  if (token.script === 'cyrillic') {
    // A Russian form Snowball stems apart from its dictionary form (погибло, погибнуть) is keyed by both, in every
    // word of a phrase: вышли на улицы is выйти на улицы, покрышки жгли покрышки жечь.
    return russianMatchAt(glossary, tokens, i);
  }
  if (token.script !== 'arabic') return englishMatchAt(glossary, tokens, i);
  // An Arabic word is read alone: the documents share the words of an Arabic phrase, which are better searched
  // each for itself than as one concept (عدد السكان is not answered by سكان alone).
  const lines = glossary.arabicLines(arabicSpellingsAt(tokens, i));
  // A verb with the preposition it governs is read as the glossary's verb and preposition first: «سيطروا عليها» is
  // «سيطر على» (seize: استولى على), while «سيطر» alone is control (سيطرة).
  const governed = governedPhraseAt(glossary, tokens, i);
  if (!governed) return lines.length ? { start: i, end: i + 1, lines } : undefined;
  return { start: i, end: i + 1, lines: [...new Set([...governed.lines, ...lines])], governed: governed.lines };
}

/** The glossary's phrase of an Arabic question word and the preposition after it (bare or with a pronoun), if listed. */
function governedPhraseAt(glossary: NewsGlossary, tokens: readonly AnalyzedToken[], i: number): GlossaryMatch | undefined {
  const next = tokens[i + 1];
  const preposition = next?.script === 'arabic' ? arabicPrepositionOf(next.normalized) : undefined;
  if (preposition === undefined) return undefined;
  const keys = tokens.map((t, k) => (k === i ? phraseKeysOfToken(t) : k === i + 1 ? [glossaryKeyOf({ normalized: preposition, stem: '' })] : []));
  const found = glossary.matchAtAnyKey(keys, i);
  return found?.end === i + 2 ? found : undefined;
}

/** How many words from a Russian question word a glossary phrase is looked for in (the glossary's are shorter). */
const RUSSIAN_PHRASE_REACH = 5;

/** The longest glossary phrase at a Russian question word, its words matched by their own keys or their dictionary forms'. */
function russianMatchAt(glossary: NewsGlossary, tokens: readonly AnalyzedToken[], i: number): GlossaryMatch | undefined {
  return glossary.matchAtAnyKey(russianKeysOf(tokens), i, i + RUSSIAN_PHRASE_REACH);
}

/**
 * A question's Russian glossary keys, word by word (see russianGlossaryKeys): found once per question, as each of its
 * words is looked up from itself and from the stop words before it.
 */
const russianKeysOf: (tokens: readonly AnalyzedToken[]) => readonly (readonly string[])[] = memoPerQuestion((tokens) => tokens.map(russianGlossaryKeys));

/** A Russian question word's glossary keys: its own, and the stems of the dictionary forms it may be (жгли: жечь). */
function russianGlossaryKeys(token: AnalyzedToken): string[] {
  const own = glossaryKeyOf(token);
  return token.script === 'cyrillic' && !token.stop ? lemmaStemsOf(token.normalized, own) : [own];
}
const lemmaStems = memoizeWord((word: string): string[] => russianLemmaCandidates(word).map(stemRussian), 4096);
const lemmaStemsOf = (word: string, own: string): string[] => [own, ...lemmaStems(word).filter((k) => k !== own)];

/**
 * The longest glossary phrase at an English question word, its words matched by their own keys or, for an irregular
 * past, their base form's: "left office" is "leave office", "demands were met" meets "meet".
 */
function englishMatchAt(glossary: NewsGlossary, tokens: readonly AnalyzedToken[], i: number): (GlossaryMatch & { looser?: readonly GlossaryLine[] }) | undefined {
  const match = glossary.matchAtAnyKey(englishKeysOf(tokens), i);
  return match && match.end - match.start === 1 && match.lines.length > 1 ? withLinesOfForm(match, tokens[i]!.normalized) : match;
}

/**
 * A one-word match with the lines that list the word in its own form (or a regular inflection of it) as its lines,
 * when some do, and the lines it meets by its stem alone as `looser`: the stem "declar" puts "declare" on both the
 * statement's line (declaration: بيان) and announcing's (declare: أعلن), and "why did Kazakhstan declare a state of
 * emergency?" was read as asking about a statement, quoting the MFA statement's opening. The looser lines' words stay
 * alternatives, but are never read as the entity the word names (WordAlternative.byStemOnly): dropping them lost more
 * than it gained ("commanded" lost the commander's آمر, "fighting" the fight's قاتل).
 */
function withLinesOfForm(match: GlossaryMatch, word: string): GlossaryMatch & { looser?: readonly GlossaryLine[] } {
  const forms = englishFormsOf(word);
  const lines = match.lines.filter((line) => line.en.some((w) => forms.includes(w.toLowerCase())));
  return lines.length && lines.length < match.lines.length ? { ...match, lines, looser: match.lines.filter((line) => !lines.includes(line)) } : match;
}

/** The word and the dictionary forms a regular inflection of it may come from (declared: declare, declar). */
function englishFormsOf(word: string): string[] {
  const forms = [word];
  const base = englishVerbBase(word);
  if (base) forms.push(base);
  if (word.endsWith('ies') || word.endsWith('ied')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es') || word.endsWith('ed')) forms.push(word.slice(0, -1), word.slice(0, -2));
  else if (word.endsWith('s')) forms.push(word.slice(0, -1));
  if (word.endsWith('ing')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return forms;
}

/** The forms of "keep", and the glossary key of continuing that the "keep" of "keep doing" is looked up by. */
const KEEP = new Set(['keep', 'keeps', 'kept', 'keeping']);
const CONTINUE_KEY = stemEnglish('continue');

/**
 * Whether tokens[k] is the "keep" of "keep doing": before a gerund it means continue ("will keep consulting with…":
 * «سنواصل مشاوراتنا»), not keep as preserve (حافظ), the sense it has alone.
 */
function keepsDoing(tokens: readonly AnalyzedToken[], k: number): boolean {
  const next = tokens[k + 1]?.normalized ?? '';
  return KEEP.has(tokens[k]!.normalized) && next.length > 5 && next.endsWith('ing');
}

/**
 * A question's glossary keys, word by word: its own key, and for an English irregular past its base form's stem too
 * (fought: fight); the "keep" of "keep doing" is keyed as continue. Found once per question, as every word of it is
 * looked up.
 */
const englishKeysOf: (tokens: readonly AnalyzedToken[]) => readonly (readonly string[])[] = memoPerQuestion((tokens) => tokens.map((t, k) => {
  if (keepsDoing(tokens, k)) return [CONTINUE_KEY];
  const own = glossaryKeyOf(t);
  const base = t.script === 'latin' ? englishVerbBase(t.normalized) : undefined;
  return base ? [own, stemEnglish(base)] : [own];
}));

/** The keys an Arabic question word may match a glossary phrase's word by: its stem, and its dictionary forms' stems. */
function phraseKeysOfWord(normalized: string, stem: string): readonly string[] {
  return Object.freeze([...new Set([stem, ...spellingsOf(normalized).map((s) => stemWord(s, 'arabic'))])]);
}

/** How many words' phrase keys are kept: past that, they are worked out afresh (memory stays bounded). */
const PHRASE_KEYS_KEPT = 4096;

/**
 * An Arabic content word's phrase keys (phraseKeysOfWord), and those of them a glossary's phrases open with
 * (NewsGlossary.phraseOpeners), for the glossary they were found in: most keys open none, and each question word
 * looked every key up in the glossary again.
 */
interface PhraseKeys {
  stem: string;
  keys: readonly string[];
  openers?: readonly string[];
  openersOf?: NewsGlossary;
}

/**
 * The phrase keys remembered by the word, with the stem they were made with (another stem: made afresh). Every
 * question word is asked for them, and a key joining word and stem was a new string to hash at each question.
 */
const PHRASE_KEYS = new Map<string, PhraseKeys>();

function phraseKeysEntryOf(t: AnalyzedToken): PhraseKeys {
  const known = PHRASE_KEYS.get(t.normalized);
  if (known?.stem === t.stem) return known;
  const entry: PhraseKeys = { stem: t.stem, keys: phraseKeysOfWord(t.normalized, t.stem) };
  if (PHRASE_KEYS.size >= PHRASE_KEYS_KEPT) PHRASE_KEYS.clear();
  PHRASE_KEYS.set(t.normalized, entry);
  return entry;
}

/** Whether a question word is looked up by its glossary key alone (see phraseKeysOfToken). */
const byGlossaryKeyAlone = (t: AnalyzedToken) => t.script !== 'arabic' || t.stop;

function phraseKeysOfToken(t: AnalyzedToken): readonly string[] {
  // A stop word by the glossary's own key for it (كلها as the glossary stems it), else «البلد كلها» is never met.
  return byGlossaryKeyAlone(t) ? [glossaryKeyOf(t)] : phraseKeysEntryOf(t).keys;
}

/** The phrase keys of each question word, and those a phrase of the glossary opens with. */
function phraseKeysAndOpeners(glossary: NewsGlossary, tokens: readonly AnalyzedToken[]): { keys: Array<readonly string[]>; openers: Array<readonly string[]> } {
  const keys: Array<readonly string[]> = [];
  const openers: Array<readonly string[]> = [];
  for (const t of tokens) {
    if (byGlossaryKeyAlone(t)) {
      const own = [glossaryKeyOf(t)];
      keys.push(own);
      openers.push(glossary.phraseOpeners(own));
      continue;
    }
    const entry = phraseKeysEntryOf(t);
    if (entry.openersOf !== glossary) [entry.openers, entry.openersOf] = [glossary.phraseOpeners(entry.keys), glossary];
    keys.push(entry.keys);
    openers.push(entry.openers!);
  }
  return { keys, openers };
}

/** The Arabic glossary phrases of two words or more in a question, each start once: found once per question and glossary. */
const PHRASES = new WeakMap<NewsGlossary, WeakMap<readonly AnalyzedToken[], GlossaryMatch[]>>();
function arabicPhrasesOf(glossary: NewsGlossary, tokens: readonly AnalyzedToken[]): GlossaryMatch[] {
  let ofGlossary = PHRASES.get(glossary);
  if (!ofGlossary) PHRASES.set(glossary, (ofGlossary = new WeakMap()));
  let phrases = ofGlossary.get(tokens);
  if (!phrases) {
    phrases = [];
    const { keys, openers } = phraseKeysAndOpeners(glossary, tokens);
    for (let start = 0; start < tokens.length - 1; start++) {
      if (tokens[start]!.script !== 'arabic' || openers[start]!.length === 0) continue;
      const found = glossary.matchAtAnyKey(keys, start, keys.length, openers[start]);
      if (found && found.end - found.start >= 2) phrases.push(found);
    }
    ofGlossary.set(tokens, phrases);
  }
  return phrases;
}

/**
 * The Arabic glossary phrase of two words or more that holds the question word tokens[i] (مجلس الوزراء، رجال الأمن),
 * the earliest starting, when the documents lack it as a phrase: they may say it otherwise (الحكومة، قوات الأمن) while
 * using its words apart for other things (مجلس الأمن، رئيس الوزراء).
 */
function arabicPhraseHolding(
  glossary: NewsGlossary, tokens: readonly AnalyzedToken[], i: number, phraseInDocuments: PhraseInDocuments | undefined,
): GlossaryMatch | undefined {
  const found = arabicPhrasesOf(glossary, tokens).find((p) => p.start <= i && i < p.end);
  return found && !phraseInDocuments?.(found.start, found.end) ? found : undefined;
}

/** The stems of an Arabic glossary wording's content words, remembered per wording. */
const stemsOfWording = memoizeWord((text: string): string[] => analyze(text).filter((t) => !t.stop).map((t) => t.stem), 4096);

/**
 * The Arabic wordings of a phrase's lines that say more than words of the question's phrase: «قوات الأمن» for «رجال
 * الأمن», but not «سكان» for «عدد السكان», in a question that already asks about سكان.
 */
function otherWordings(phrase: GlossaryMatch, phraseStems: readonly string[]): string[] {
  return arabicOf(phrase.lines).filter((text) => !stemsOfWording(text).every((stem) => phraseStems.includes(stem)));
}

/** The Arabic words of the lines, each once, in line order (remembered per list: the glossary's lists are its own). */
function arabicOf(lines: readonly GlossaryLine[]): readonly string[] {
  let words = ARABIC_OF.get(lines);
  if (!words) ARABIC_OF.set(lines, (words = Object.freeze([...new Set(lines.flatMap((line) => line.ar))])));
  return words;
}
const ARABIC_OF = new WeakMap<readonly GlossaryLine[], readonly string[]>();

/**
 * Alternatives from the news glossary (src/text/news-glossary): for an English or Russian word or phrase, the Arabic
 * of its meaning ("troops" → قوات، جنود); for an Arabic word, the other words of its meaning (عسكري → جنود، قوات).
 */
export function glossaryExpander(given?: NewsGlossary): QueryExpander {
  // The repository's, unless given: start-up reads it (warmQuestionAnalysis), else the first question that needs it.
  let glossary = given;
  return {
    isFunctionWord: () => false,
    alternativesOf(tokens: readonly AnalyzedToken[], i: number, known: boolean, phraseInDocuments?: PhraseInDocuments, rarely?: boolean): WordAlternative[] {
      const token = tokens[i]!;
      if (token.script !== 'arabic' && token.script !== 'latin' && token.script !== 'cyrillic') return [];
      glossary ??= defaultNewsGlossary();
      const foreign = token.script !== 'arabic';
      // Each word of an Arabic phrase the documents lack gets the phrase's other wordings (مجلس الوزراء: الحكومة), and
      // stays a word of its own: the documents' words apart still count.
      const phrase = foreign ? undefined : arabicPhraseHolding(glossary, tokens, i, phraseInDocuments);
      const ofPhrase: WordAlternative[] = [];
      if (phrase) {
        const shared = tokens.slice(phrase.start, phrase.end).flatMap(phraseKeysOfToken);
        const own = phraseKeysOfToken(token);
        // A wording that keeps this word (قوات الأمن for الأمن of رجال الأمن) says nothing else for it.
        for (const text of otherWordings(phrase, shared)) {
          if (!stemsOfWording(text).some((stem) => own.includes(stem))) ofPhrase.push({ text, credit: SYNONYM_CREDIT, via: 'synonym', whole: true, shared });
        }
      }
      // A word the documents use often is searched as it is: its synonyms added nothing measurable (and cost time).
      if (known && !foreign && !rarely) return ofPhrase;
      if (phrase) {
        // A word of the phrase the documents lack also stands for its own meaning (السلع of السلع الأساسية: المنتجات).
        const lines = glossary.arabicLines(arabicSpellingsAt(tokens, i));
        const wordings = new Set(ofPhrase.map((a) => a.text));
        const credit = known ? RARE_WORD_SYNONYM_CREDIT : SYNONYM_CREDIT;
        for (const text of arabicOf(lines)) if (!wordings.has(text)) ofPhrase.push({ text, credit, via: 'synonym', whole: true });
        return ofPhrase;
      }
      const match = matchOf(glossary, tokens, i);
      if (!match) return [];
      const span = match.end - match.start;
      const credit = foreign ? TRANSLATION_CREDIT : known ? RARE_WORD_SYNONYM_CREDIT : SYNONYM_CREDIT;
      const via = foreign ? 'translation' as const : 'synonym' as const;
      // A verb's phrase with its preposition says which of its senses is meant: its wordings count in full.
      const governed = match.governed ? new Set(arabicOf(match.governed)) : undefined;
      const alternatives: WordAlternative[] = arabicOf(match.lines).map((text) => ({ text, credit: governed?.has(text) ? SYNONYM_CREDIT : credit, via, span, whole: true }));
      if (!match.looser) return alternatives;
      const wordings = new Set(alternatives.map((a) => a.text));
      for (const text of arabicOf(match.looser)) if (!wordings.has(text)) alternatives.push({ text, credit, via, span, whole: true, byStemOnly: true });
      return alternatives;
    },
  };
}
