import type { Gazetteer, GazetteerEntry } from '../search/gazetteer.js';
import { analyze, type AnalyzedToken } from '../text/analyze.js';
import { readDates, readNumbers } from './read-numbers.js';

/**
 * One fact of a quote a reader of another language can read: a name or term as the gazetteer writes it in that
 * language, or a number or date as read from the text (the reply formats those in the reader's language). Nothing
 * here is a translation of words: a name without a gazetteer entry is left out.
 */
export type KeyFact =
  | { kind: 'person' | 'place' | 'org' | 'term'; text: string }
  | { kind: 'number'; value: number; percent?: boolean; asWritten?: string }
  | { kind: 'date'; year?: number; month: number; day?: number };

/** The languages a gazetteer entry names things in, other than Arabic. */
export type FactLanguage = 'en' | 'ru';

/** Most facts in the line: names, places, organisations, numbers and dates first, key terms while room is left. */
export const MAX_KEY_FACTS = 6;

/**
 * The entry's name in the language: its first form there (the corpus's gazetteer lists the usual form first). The
 * world's countries (ids `country:…`) list the official name first ("People's Republic of China"): for those, the
 * shortest written in words ("China", "Russia", not "USA"), else the first.
 */
function nameIn(entry: GazetteerEntry, language: FactLanguage): string | undefined {
  const names = entry[language] ?? [];
  if (!entry.id.startsWith('country:')) return names[0];
  const worded = names.filter((n) => /\p{Ll}/u.test(n)).sort((a, b) => a.length - b.length);
  return worded[0] ?? names[0];
}

interface Found { fact: KeyFact; start: number; end: number }

const byIdOf = new WeakMap<Gazetteer, ReadonlyMap<string, GazetteerEntry>>();
/** A gazetteer's entries by id, made once per gazetteer. */
function entriesById(gazetteer: Gazetteer): ReadonlyMap<string, GazetteerEntry> {
  let map = byIdOf.get(gazetteer);
  if (!map) byIdOf.set(gazetteer, (map = new Map(gazetteer.entries.map((e) => [e.id, e]))));
  return map;
}

/**
 * Entities of the gazetteers in the analysed text, the first gazetteer's first where two find the same words. The
 * text is analysed once, with the first gazetteer's names protected (as the index does, and as abstention matches
 * the world's countries in a question).
 */
function entitiesOf(tokens: readonly AnalyzedToken[], gazetteers: readonly Gazetteer[], language: FactLanguage): Found[] {
  const found: Found[] = [];
  for (const gazetteer of gazetteers) {
    const byId = entriesById(gazetteer);
    for (const match of gazetteer.match(tokens)) {
      const entry = byId.get(match.id);
      const name = entry && nameIn(entry, language);
      const [start, end] = [tokens[match.first]!.start, tokens[match.last]!.end];
      if (!entry || !name || found.some((f) => f.start < end && start < f.end)) continue;
      // A key term of one word can mean several things (رئيس: president, or the head of a council): only the
      // longer forms (حفظ السلام, حالة الطوارئ) say one thing.
      if (entry.kind === 'term' && match.last === match.first) continue;
      found.push({ fact: { kind: entry.kind, text: name }, start, end });
    }
  }
  return found;
}

const factKey = (fact: KeyFact) => JSON.stringify(fact);

/**
 * The key facts of a quote for a reader of English or Russian, in the order the quote gives them: the gazetteers'
 * names (the corpus's own first, then e.g. the world's countries), and the numbers and dates the text states
 * (digits in any script, Arabic number words, "6 يناير 2022"). At most MAX_KEY_FACTS, each once; key terms give way
 * first when there are more.
 */
export function keyFactsOf(texts: readonly string[], language: FactLanguage, gazetteers: readonly Gazetteer[]): KeyFact[] {
  const all: KeyFact[] = [];
  for (const text of texts) all.push(...factsOfText(text, language, gazetteers));
  const seen = new Set<string>();
  const unique = all.filter((fact) => !seen.has(factKey(fact)) && Boolean(seen.add(factKey(fact))));
  const main = unique.filter((f) => f.kind !== 'term').length;
  let termsLeft = Math.max(0, MAX_KEY_FACTS - main);
  return unique.filter((f) => f.kind !== 'term' || termsLeft-- > 0).slice(0, MAX_KEY_FACTS).map((f) => ({ ...f }));
}

/** Texts whose facts are remembered (quotes are passages' sentences, and popular passages are quoted again). */
const REMEMBERED_TEXTS = 1024;

/** The facts of remembered texts, by language and text, with the gazetteers they were read with. */
let rememberedFacts = new Map<string, { gazetteers: readonly Gazetteer[]; facts: readonly KeyFact[] }>();

/** The facts of one text in the order it gives them (remembered; see REMEMBERED_TEXTS). */
function factsOfText(text: string, language: FactLanguage, gazetteers: readonly Gazetteer[]): readonly KeyFact[] {
  const key = `${language}\u0000${text}`;
  const known = rememberedFacts.get(key);
  if (known && known.gazetteers.length === gazetteers.length && known.gazetteers.every((g, i) => g === gazetteers[i])) return known.facts;
  const facts = readFactsOfText(text, language, gazetteers);
  if (rememberedFacts.size >= REMEMBERED_TEXTS) rememberedFacts = new Map();
  rememberedFacts.set(key, { gazetteers: [...gazetteers], facts });
  return facts;
}

function readFactsOfText(text: string, language: FactLanguage, gazetteers: readonly Gazetteer[]): KeyFact[] {
  const tokens = analyze(text, gazetteers[0] ? { protectedWords: gazetteers[0].protectedWords } : {});
  const dates = readDates(tokens);
  const found: Found[] = [
    ...entitiesOf(tokens, gazetteers, language),
    ...dates.map(({ start, end, ...date }) => ({ fact: { kind: 'date' as const, ...date }, start, end })),
  ];
  for (const { start, end, ...number } of readNumbers(text, tokens, dates)) {
    // A number inside a name (خبر 24) belongs to the name.
    if (!found.some((f) => f.start <= start && start < f.end)) found.push({ fact: { kind: 'number', ...number }, start, end });
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.fact);
}
