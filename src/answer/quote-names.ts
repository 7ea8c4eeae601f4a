// Whether a quote gives the name a question asks for (a person's, a country's, any): a sentence saying "the academy's
// students" or "about five planes, foreign ones among them" speaks of the thing, and does not name it.
import { conceptIndexOf, type Query } from '../search/build-query.js';
import type { PassageIndex } from '../search/passage-index.js';
import { ROOT_CREDIT } from '../search/match-concepts.js';
import { isCollectionSetting, passageCountryMentions } from '../search/answer-evidence.js';
import { ownTokensOf } from '../search/follow-up-context.js';
import { queryAsks } from '../search/question-form.js';
import type { Gazetteer } from '../search/gazetteer.js';
import { countryMentions, worldCountries } from '../search/world-countries.js';
import type { QuoteSource, SelectedQuote } from './select-quote.js';
import { BEFORE_OR_AFTER } from '../text/before-after.js';

/** Opening quotation marks: a name coined or cited in a report stands between them («مفهوم "الدولة السامعة"»). */
const OPENING_QUOTES = /[«“"„]/;
/** A Latin word in capitals within a text (CSTO, Zhanaozen): a name kept in its own spelling. */
const CAPITALISED = /^\p{Lu}/u;

/** Whether an entity found in the quote's passage stands inside the quote; undefined when the quote is not found. */
function inQuoteOf(source: QuoteSource, quote: SelectedQuote): ((m: { first: number; last: number }) => boolean) | undefined {
  const start = source.text.indexOf(quote.text);
  if (start < 0) return undefined;
  const end = start + quote.text.length;
  const { tokens } = source.terms;
  return (m) => tokens[m.first]!.start >= start && tokens[m.last]!.end <= end;
}

/**
 * Whether the quote names a person of the gazetteer, read from its passage's analysis (the quote is a run of the
 * passage's sentences): no second analysis of the same words. A quote not found in its passage names no one, and a
 * person the question names as the one before or after whom the title was held is not the one it asks for.
 */
export function quoteNamesPerson(source: QuoteSource, quote: SelectedQuote, index: PassageIndex, query: Query): boolean {
  const inQuote = inQuoteOf(source, quote);
  if (!inQuote) return false;
  const { kinds } = index.gazetteer;
  const succeeded = succeededPersons(query);
  return source.terms.entities.some((e) => kinds.get(e.id) === 'person' && !succeeded.has(e.id) && inQuote(e));
}

/**
 * How many words before the person "before" or "after" (BEFORE_OR_AFTER) may stand to set that person apart from the
 * one the question asks for: «قبل أن يتولاه توكاييف», "before tokayev took it".
 */
const BEFORE_REACH = 3;

/**
 * The people a question names as the one before or after whom someone held the title it asks about: "who headed the
 * Security Council before Tokayev?" is not answered by a sentence naming Tokayev as its head.
 */
function succeededPersons(query: Query): ReadonlySet<string> {
  const found = new Set<string>();
  for (const c of query.concepts) {
    if (c.entity === undefined || c.contextWeight !== undefined) continue;
    const first = c.tokens[0]!;
    if (query.tokens.slice(Math.max(0, first - BEFORE_REACH), first).some((t) => BEFORE_OR_AFTER.has(t.normalized))) found.add(c.entity);
  }
  return found;
}

/** The gazetteer entities the question names: a name it gives already is not the one it asks for. */
function askedEntities(query: Query): ReadonlySet<string> {
  return new Set(query.concepts.flatMap((c) => (c.entity === undefined ? [] : [c.entity])));
}

/**
 * Whether the quote names something the question does not: a person, organisation or place of the gazetteer (not
 * one of its terms: terrorists, the armed forces), a capitalised Latin word in a text of another script, or words in
 * quotation marks. A name the question gives already («ما اسم حاكم ألماتي؟») is not the one it asks for. Which
 * organisation a question asks (QuestionAsks.organisation) only an organisation's name answers.
 */
export function quoteHoldsAName(source: QuoteSource, quote: SelectedQuote, query: Query, index: PassageIndex): boolean {
  if (OPENING_QUOTES.test(quote.text)) return true;
  const inQuote = inQuoteOf(source, quote);
  if (!inQuote) return true;
  const { tokens, entities } = source.terms;
  const asked = askedEntities(query);
  const { kinds } = index.gazetteer;
  // "Which airline…?" wants an organisation named: a place or a person named beside the planes does not answer it.
  const { organisation, organisationKind } = queryAsks(query);
  const kind = organisation ? kindMatches(source, query, organisationKind) : undefined;
  // …and named as one of the kind asked («قناة خبر 24» for "which channel"), not any organisation the quote names
  // (the National Security Committee beside "a number of TV companies").
  const ofKind = (e: { first: number; last: number }) => kind === undefined || kind.some((t) => (t < e.first && e.first - t <= KIND_REACH) || (t > e.last && t - e.last <= KIND_REACH));
  if (entities.some((e) => (organisation ? kinds.get(e.id) === 'org' && ofKind(e) : kinds.get(e.id) !== 'term') && !asked.has(e.id) && inQuote(e))) return true;
  const arabic = tokens.some((t) => t.script === 'arabic');
  return arabic && tokens.some((t, i) => t.script === 'latin' && inQuote({ first: i, last: i }) && CAPITALISED.test(source.text.slice(t.start, t.end)));
}

/** How many words from the noun of its kind an organisation's name may stand («قناة خبر 24 الرسمية»). */
const KIND_REACH = 2;

/**
 * The passage's tokens that match the question's noun (token `at`) of the kind of organisation it asks which of: by
 * more than a word of its root («شركاء», partners, is no «شركة», company: "what's the airline's name?" took the CSTO
 * beside it for one).
 */
function kindMatches(source: QuoteSource, query: Query, at: number): number[] {
  const c = conceptIndexOf(query, at);
  return source.match.ranges.filter((r) => r.concept === c && r.credit > ROOT_CREDIT).map((r) => r.token);
}

/**
 * Whether the quote names a country the question does not, for a question asking which country: «تم الاستيلاء على
 * مطار في ألماتي، يضم نحو خمس طائرات بينها أجنبية» tells of foreign planes, and names no country they are from. A
 * country counts by its name (world list) or as the collection's gazetteer writes it, adjectives included («القوات
 * الروسية»: Russian troops).
 */
export function quoteNamesACountry(source: QuoteSource, quote: SelectedQuote, query: Query, index: PassageIndex): boolean {
  const inQuote = inQuoteOf(source, quote);
  if (!inQuote) return true;
  // "Which foreign country…?" is not answered by the country the collection is about, which the quote names as the
  // one attacked («…أن كازاخستان تعرضت لهجوم من مجموعات… في الخارج»).
  const setting = queryAsks(query).foreign
    ? source.terms.entities.filter((e) => isCollectionSetting(e.id, index.bm25))
    : [];
  const isSetting = (m: { first: number; last: number }) => setting.some((e) => e.first <= m.last && m.first <= e.last);
  const askedCountries = new Set(countryMentions(ownTokensOf(query), query.text).map((m) => m.id));
  if (passageCountryMentions(source.terms, source.text).some((m) => inQuote(m) && !askedCountries.has(m.id) && !isSetting(m))) return true;
  const asked = askedEntities(query);
  const countries = countryEntryIds(index.gazetteer);
  return source.terms.entities.some((e) => countries.has(e.id) && !asked.has(e.id) && inQuote(e) && !isSetting(e));
}

const COUNTRY_ENTRIES = new WeakMap<Gazetteer, ReadonlySet<string>>();

/** The ids of a gazetteer's places that are countries: an English name of theirs is a country's. */
function countryEntryIds(gazetteer: Gazetteer): ReadonlySet<string> {
  let ids = COUNTRY_ENTRIES.get(gazetteer);
  if (!ids) {
    const names = new Set(worldCountries().entries.flatMap((e) => e.en ?? []).map((n) => n.toLowerCase()));
    ids = new Set(gazetteer.entries.filter((e) => e.kind === 'place' && (e.en ?? []).some((n) => names.has(n.toLowerCase()))).map((e) => e.id));
    COUNTRY_ENTRIES.set(gazetteer, ids);
  }
  return ids;
}
