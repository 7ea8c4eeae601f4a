// Builds the committed lexicon data in lexicon/ from Debian's dictionary packages (extracted with dpkg-deb -x) and
// npm's i18n-iso-countries. Deterministic: the same sources give the same bytes. See lexicon/README.md.
// Usage: npx tsx scripts/build-lexicon.ts [--src /tmp/lexicon-src] [--out lexicon]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { headwordStem } from '../src/text/lexicon-table.js';
import { normalizeArabic } from '../src/text/normalize-arabic.js';
import { stemEnglish, stemRussian } from '../src/text/stem-latin-cyrillic.js';
import { isStopWord } from '../src/text/stop-words.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { src: { type: 'string', default: '/tmp/lexicon-src' }, out: { type: 'string', default: join(REPO, 'lexicon') } } });
const SRC = resolve(values.src!);
const OUT = resolve(values.out!);
const DICTD = join(SRC, 'usr/share/dictd');

/** Translations kept per entry: enough for the usual senses, few enough to keep the noise of rare ones out. */
const MAX_TRANSLATIONS = 8;
/** Longer Arabic "translations" are explanations (حرف يسبق الكلمة ويعني في إتجاه كذا), not words a text uses. */
const MAX_ARABIC_WORDS = 4;
const MAX_ENGLISH_WORDS = 4;
/** Russian phrases of three words and more are descriptions (человек шести футов ростом), not what a question says. */
const MAX_RUSSIAN_WORDS = 2;
/** English senses kept per Russian word: the lookup carries at most six on to Arabic. */
const MAX_ENGLISH_SENSES = 6;
/** An English sense scoring below this share of the best one is a rare or figurative use. */
const MIN_SENSE_SHARE = 0.15;

// ---------------------------------------------------------------- dictd files

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decode64 = (s: string) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

/** The entries of a dictd dictionary, in index order (the index's offsets are bytes of the uncompressed text). */
function readDictd(name: string): Array<{ headword: string; body: string }> {
  const data = gunzipSync(readFileSync(join(DICTD, `${name}.dict.dz`)));
  const entries: Array<{ headword: string; body: string }> = [];
  const seen = new Set<string>();
  for (const line of readFileSync(join(DICTD, `${name}.index`), 'utf8').split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !offset || !length || headword.startsWith('00-database') || headword.startsWith('00database')) continue;
    const key = `${offset}:${length}`;
    // Several index lines (a headword with and without its accents) may point at one entry.
    if (seen.has(key)) continue;
    seen.add(key);
    const start = decode64(offset);
    entries.push({ headword, body: data.subarray(start, start + decode64(length)).toString('utf8') });
  }
  return entries;
}

// ---------------------------------------------------------------- cleaning

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ARABIC_LETTERS = /[\u0621-\u064A]/;

/** Drops nested parentheses and brackets with what they hold. */
function dropBracketed(text: string): string {
  let previous;
  do {
    previous = text;
    text = text.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  } while (text !== previous);
  return text.replace(/[()[\]]/g, ' ');
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The Arabeyes list gives verbs as imperatives (detain → إحجز, disconnect → إفصل), a form news text never uses;
 * the three letters of a Form I imperative are its past tense (حجز, فصل), the form a text's verbs stem to.
 * Form VIII (إجتز) and longer forms are kept as they are.
 */
function pastOfImperative(word: string): string {
  const form1 = /^إ([^\sت])([^\s])([^\s])$/.exec(word);
  return form1 && form1[2] !== 'ت' ? form1.slice(1).join('') : word;
}

/** Arabic alternatives of one dictionary line, diacritics removed, glosses and explanations dropped. */
function arabicAlternatives(raw: string): string[] {
  // "الزقزاق - طائر": the part after the dash explains the word.
  const head = raw.replace(ARABIC_MARKS, '').split(/\s-\s|\s-$|^-\s/)[0] ?? '';
  return dropBracketed(head)
    .split(/[،,;؛/]/)
    .map((s) => pastOfImperative(squeeze(s.replace(/[.:!?"«»]/g, ' '))))
    .filter((s) => s && ARABIC_LETTERS.test(s) && !/[A-Za-z0-9\u0660-\u0669]/.test(s) && s.split(' ').length <= MAX_ARABIC_WORDS && s.length <= 40);
}

/** An English headword or translation as a lexicon key, or undefined when it is not plain words. */
function englishKey(raw: string): string | undefined {
  const key = squeeze(dropBracketed(raw).toLowerCase().replace(/’/g, "'"));
  if (!/^[a-z](?:[a-z' -]*[a-z])?$/.test(key) || key.split(' ').length > MAX_ENGLISH_WORDS) return undefined;
  return key;
}

/** A Russian translation as a lexicon key (lower case, ё → е), or undefined when it is not plain words. */
function russianKey(raw: string): string | undefined {
  const key = squeeze(
    raw.toLowerCase().replace(/ё/g, 'е')
      // кого-л., что-л., какой-л.: placeholders for the object, not part of the translation.
      .replace(/\S+-л\.?/g, ' ')
      .replace(/\bи т\. ?[пд]\./g, ' ')
      .replace(/[.!?…"«»]/g, ' '),
  );
  if (!/^[а-я](?:[а-я -]*[а-я])?$/.test(key) || key.split(' ').length > MAX_RUSSIAN_WORDS) return undefined;
  return key;
}

// ---------------------------------------------------------------- scored lists

/** Candidates of one entry with their summed scores; the first spelling of each normalised form is kept. */
class Scored {
  private readonly items = new Map<string, { text: string; score: number; order: number }>();
  constructor(private readonly identity: (text: string) => string = (t) => t) {}
  add(text: string, score: number): void {
    const id = this.identity(text);
    const item = this.items.get(id);
    if (item) item.score += score;
    else this.items.set(id, { text, score, order: this.items.size });
  }
  /** Best first; ties keep the order the sources gave. */
  best(limit = MAX_TRANSLATIONS): string[] {
    return [...this.items.values()].sort((a, b) => b.score - a.score || a.order - b.order).slice(0, limit).map((i) => i.text);
  }
  scores(): Map<string, number> {
    return new Map([...this.items.values()].map((i) => [i.text, i.score]));
  }
}

function scoredMap(identity?: (text: string) => string) {
  const map = new Map<string, Scored>();
  return {
    map,
    add(key: string, value: string, score: number) {
      let scored = map.get(key);
      if (!scored) map.set(key, (scored = new Scored(identity)));
      scored.add(value, score);
    },
  };
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Writes `key TAB stem TAB value…` lines, sorted by stem then key (UTF-16 code units), so the loader can binary-search
 * the text by stem instead of building maps (src/text/lexicon-table.ts).
 */
function writeTsv(file: string, rows: Map<string, string[]>, stem: (key: string) => string): number {
  const lines = [...rows].map(([key, values]) => ({ key, stem: stem(key), values }));
  lines.sort((a, b) => byCodePoint(a.stem, b.stem) || byCodePoint(a.key, b.key));
  const text = lines.map((l) => [l.key, l.stem, ...l.values].join('\t')).join('\n');
  writeFileSync(join(OUT, file), text + '\n');
  return lines.length;
}


// ---------------------------------------------------------------- countries (i18n-iso-countries)

const require = createRequire(import.meta.url);
type CountryNames = Record<string, string | string[]>;
const countries = (lang: string) => (require(`i18n-iso-countries/langs/${lang}.json`) as { countries: CountryNames }).countries;
const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const countriesAr = countries('ar');
const countriesEn = countries('en');
const countriesRu = countries('ru');

// ---------------------------------------------------------------- English → Arabic

const enAr = scoredMap(normalizeArabic);

// Country names first: a country's own name is its best translation.
for (const code of Object.keys(countriesEn).sort(byCodePoint)) {
  const arabic = asList(countriesAr[code]).flatMap(arabicAlternatives);
  for (const name of asList(countriesEn[code])) {
    const key = englishKey(name);
    if (key) arabic.forEach((a, i) => enAr.add(key, a, 10 - i));
  }
}

// eng-ara: the direct direction, best evidence. Its translations are in the order the dictionary gives them.
for (const { body } of readDictd('freedict-eng-ara')) {
  const [head, ...lines] = body.split('\n');
  const key = englishKey((head ?? '').replace(/\s+\/.*$/, ''));
  if (!key) continue;
  const arabic = lines.map((l) => l.replace(/^\s*\d+\.\s*/, '')).flatMap(arabicAlternatives);
  arabic.forEach((a, i) => enAr.add(key, a, 3 / (1 + 0.3 * i)));
}

// ara-eng, inverted: an Arabic word listed under many English words says less about each of them.
let araEngEntries = 0;
for (const { body } of readDictd('freedict-ara-eng')) {
  const [head, ...lines] = body.split('\n');
  const arabic = arabicAlternatives((head ?? '').replace(/\s+\/.*$/, ''));
  const english = lines.map((l) => englishKey(l.replace(/^\s*\d+\.\s*/, ''))).filter((k): k is string => !!k);
  if (arabic.length === 0 || english.length === 0) continue;
  araEngEntries++;
  for (const key of english) for (const a of arabic) enAr.add(key, a, 1.5 / Math.sqrt(english.length) / arabic.length);
}

// Single letters are letter names (a → آي), never what a question means.
const enArRows = new Map([...enAr.map].filter(([k]) => k.length > 1).map(([k, s]) => [k, s.best()]));

// ---------------------------------------------------------------- Russian → English

const ruEnMueller = scoredMap();
const ruEnFreedict = scoredMap();
/** Senses marked as rare, old, slang, poetic or of a narrow trade: kept, but behind the common senses. */
const WEAK_LABELS = /^_(уст|редк|ист|поэт|диал|шутл|презр|груб|жарг|sl|школ|библ|церк|арх|бот|зоол|хим|физ|мат|тех|мед|анат|мор|горн|метал|эл|ж-д|полигр|текст|стр|архит|муз|театр|кино|фото|рад|спорт|карт|шахм|охот|с-х|геол|астр|лингв|грам|лог|филос|психол|фон|поэт|ирон|амер|шотл|ирл|австрал|инд|фин|юр|бирж|бухг|ком|уст|разг|вульг|собир|неодобр|пренебр|ласк|возвыш|книжн|миф|рел|ав|авт|ак|антр|археол|биол|геогр|геом|гидр|иск|кул|мин|опт|пчел|радио|ры|рыб|тлв|физиол|хир|эл|эк)\.$/;

/**
 * Splits a Mueller entry into its senses, in order: 1), а) and the homonyms _I, _II each open one; 1., 2. open a
 * part of speech, whose senses are ranked from its own first (the verb "protest" is as much "протестовать" as the
 * noun is "протест").
 */
function muellerSenses(body: string): Array<{ text: string; rank: number; homonym: number }> {
  const text = body.split('\n').slice(1).join(' ').replace(/\[[^\]]*\]/g, ' ');
  const parts = text.split(/(?:^|\s)(\d+\.|\d+\)|[абвгдеж]\)|_[IVX]+)(?=[\s_])/);
  const senses: Array<{ text: string; rank: number; homonym: number }> = [];
  let rank = 0;
  let homonym = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const marker = parts[i - 1] ?? '';
    if (/^\d+\.$|^_[IVX]+$/.test(marker)) rank = 0;
    if (/^_[IVX]+$/.test(marker)) homonym = marker.length - 1;
    const sense = squeeze(parts[i]!);
    if (sense && /[а-яё]/i.test(sense)) senses.push({ text: sense, rank: rank++, homonym });
  }
  return senses;
}

const mueller = readDictd('mueller7');
/**
 * How many other Mueller entries use an English word in their examples: a frequency of use, which the dictionary
 * itself does not give. It orders the English senses of a Russian word (компания: company before horde).
 */
const usage = new Map<string, number>();
for (const { headword, body } of mueller) {
  const own = headword.toLowerCase();
  for (const word of new Set(body.split('\n').slice(1).join(' ').toLowerCase().match(/[a-z]+/g) ?? [])) {
    if (word !== own) usage.set(word, (usage.get(word) ?? 0) + 1);
  }
}

let muellerEntries = 0;
const muellerPhrasePairs: Array<[string, string]> = [];
for (const { headword, body } of mueller) {
  const english = englishKey(headword);
  if (!english) continue;
  muellerEntries++;
  // A long entry is a common word with many senses: it is the likelier translation of a Russian word it shares.
  const common = 1 + 0.15 * Math.log(1 + body.length / 100) + 0.1 * Math.log(1 + (usage.get(english) ?? 0));
  for (const { text: sense, rank, homonym } of muellerSenses(body)) {
    const labels: string[] = sense.match(/_[^\s.]+\./g) ?? [];
    if (labels.some((l) => l === '_p.' || l === '_p-p.' || l === '_pres-p.')) continue; // "went _p. от go"
    // The second and later homonyms (march _II "граница") are the rarer words.
    const penalty = (labels.some((l) => WEAK_LABELS.test(l)) ? 0.3 : labels.includes('_attr.') ? 0.6 : 1) / (homonym > 1 ? 2 : 1);
    const clean = squeeze(dropBracketed(sense.replace(/_[^\s.]+\./g, ' ')));
    if (!clean) continue;
    const segments = clean.split(';').map(squeeze).filter(Boolean);
    let item = 0;
    for (const [s, segment] of segments.entries()) {
      if (/[a-z]/i.test(segment)) {
        // From here on the sense gives examples: "the state of emergency чрезвычайное положение".
        for (const written of segments.slice(s)) {
          // Examples shorten the headword to its initial: "P. Minister премьер-министр" under prime.
          const example = written.replace(/(?<![A-Za-z])([A-Za-z])\.(?=\s|$)/g, (abbreviation, letter: string) =>
            letter.toLowerCase() === english[0] ? english : abbreviation);
          const pair = /^(?:(?:the|a|an|to)\s+)?([a-z][a-z' -]*[a-z])\s+([а-яё][а-яё ,-]*[а-яё])$/i.exec(example);
          const en = pair && englishKey(pair[1]!);
          const ru = pair && russianKey(pair[2]!.split(',')[0]!);
          if (en && ru && en.includes(' ') && en.split(' ').includes(english.split(' ')[0]!)) muellerPhrasePairs.push([ru, en]);
        }
        break;
      }
      for (const part of segment.split(',')) {
        const ru = russianKey(part);
        if (!ru || ru === 'от') continue;
        ruEnMueller.add(ru, english, (common * penalty) / (1 + 0.5 * rank) / (1 + 0.3 * item));
        item++;
      }
    }
  }
}
for (const [ru, en] of muellerPhrasePairs) ruEnMueller.add(ru, en, 0.5);

for (const { body } of readDictd('freedict-eng-rus')) {
  const [head, ...lines] = body.split('\n');
  const english = englishKey((head ?? '').replace(/\s+\/.*$/, ''));
  if (!english) continue;
  const russian = lines
    .map((l) => l.replace(/^\s*\d+\.\s*/, ''))
    .flatMap((l) => dropBracketed(l).split(/[,;]/))
    .map(russianKey)
    .filter((k): k is string => !!k);
  russian.forEach((ru, i) => ruEnFreedict.add(ru, english, 1 / (1 + 0.3 * i)));
}

// English phrases the Arabic sources lack ("state of emergency"), from Mueller's example pairs: through the Russian
// (премьер-министр → premier → رئيس الوزراء) when a single English word has the same Russian translation, and for
// "X of Y" as the Arabic construct state (state of emergency → حالة الطوارئ).
const definite = (arabic: string) => (arabic.startsWith('ال') ? arabic : `ال${arabic}`);
const indefinite = (arabic: string) => (arabic.startsWith('ال') && arabic.length > 4 ? arabic.slice(2) : arabic);
let phrasesThroughRussian = 0;
let phrasesOfConstructState = 0;
for (const [ru, en] of muellerPhrasePairs) {
  const words = en.split(' ');
  // Phrases of function words (as soon as, rest of it) make word-by-word nonsense.
  if (enArRows.has(en) || words.filter((w) => w.length > 2 && !isStopWord(w)).length < 2) continue;
  const arabic = new Scored(normalizeArabic);
  // Only a Russian term of several words, given as the first sense of a single English word, is specific enough.
  const scores = ruEnMueller.map.get(ru)?.scores() ?? new Map<string, number>();
  const single = /[ -]/.test(ru)
    ? [...scores].filter(([e, score]) => score >= 1 && !e.includes(' ') && !words.includes(e) && enArRows.has(e)).map(([e]) => e).slice(0, 2)
    : [];
  for (const e of single) arabic.add(enArRows.get(e)![0]!, 2);
  const construct = /^([a-z]+) of (?:the )?([a-z]+)$/.exec(en);
  const head = construct && enArRows.get(construct[1]!)?.[0];
  const tail = construct && enArRows.get(construct[2]!)?.[0];
  if (head && tail && !head.includes(' ') && !tail.includes(' ')) arabic.add(`${indefinite(head)} ${definite(tail)}`, 1);
  const best = arabic.best();
  if (best.length === 0) continue;
  if (single.length > 0) phrasesThroughRussian++;
  else phrasesOfConstructState++;
  enArRows.set(en, best);
}

// Country names: Russian name → the English key of that country.
const ruEnCountries = scoredMap();
for (const code of Object.keys(countriesRu).sort(byCodePoint)) {
  const english = asList(countriesEn[code]).map(englishKey).filter((k): k is string => !!k && enArRows.has(k));
  const target = english[english.length - 1]; // the short name (Russia, not Russian Federation) comes last
  if (!target) continue;
  for (const name of asList(countriesRu[code]).flatMap((n) => [n.replace(/\s*\(.*\)\s*/, ''), /\((.*)\)/.exec(n)?.[1] ?? ''])) {
    const ru = russianKey(name);
    if (ru) ruEnCountries.add(ru, target, 10);
  }
}

// Mueller translates an English verb by the imperfective (kill → убивать), so a perfective (убить) is found only
// under rare senses (bag → убить дичь). A perfective borrows its imperfective partner's senses, where the partner
// is a headword: убить → убивать, отключить → отключать, задержать → задерживать, погибнуть → погибать.
const IMPERFECTIVE_ENDINGS = ['ивать', 'ывать', 'ать', 'ять', 'лять', 'евать'];
function imperfectivePartner(verb: string, has: (key: string) => boolean): string | undefined {
  const match = /(?:ить|ать|ять|еть|нуть)$/.exec(verb);
  if (!match || match.index < 2) return undefined;
  return IMPERFECTIVE_ENDINGS.map((e) => verb.slice(0, match.index) + e).find((c) => c !== verb && has(c));
}
for (const source of [ruEnMueller, ruEnFreedict]) {
  const borrowed: Array<[string, Map<string, number>]> = [];
  for (const verb of source.map.keys()) {
    const partner = imperfectivePartner(verb, (k) => source.map.has(k));
    if (partner) borrowed.push([verb, source.map.get(partner)!.scores()]);
  }
  for (const [verb, senses] of borrowed) for (const [en, score] of senses) source.add(verb, en, 0.8 * score);
}

/** Sources agreeing on a sense count for more than either alone: the sum, and a bonus when both give it. */
const ruEnRows = new Map<string, string[]>();
for (const ru of new Set([...ruEnMueller.map.keys(), ...ruEnFreedict.map.keys(), ...ruEnCountries.map.keys()])) {
  // Prepositions and other function words (в → within, per) and one-letter abbreviations only add noise.
  if (ru.length < 2 || isStopWord(ru)) continue;
  const mueller = ruEnMueller.map.get(ru)?.scores() ?? new Map<string, number>();
  const freedict = ruEnFreedict.map.get(ru)?.scores() ?? new Map<string, number>();
  const country = ruEnCountries.map.get(ru)?.scores() ?? new Map<string, number>();
  const merged = new Scored();
  for (const source of [country, mueller, freedict]) {
    for (const [en, score] of source) {
      // Only English that leads on to Arabic is worth keeping, and function words (out, up) lead nowhere useful.
      if (!enArRows.has(en) || isStopWord(en)) continue;
      merged.add(en, score + (mueller.has(en) && freedict.has(en) && source === mueller ? 0.5 : 0));
    }
  }
  const scores = merged.scores();
  const top = Math.max(0, ...scores.values());
  const best = merged.best(MAX_ENGLISH_SENSES).filter((en) => scores.get(en)! >= top * MIN_SENSE_SHARE);
  if (best.length > 0) ruEnRows.set(ru, best);
}

// ---------------------------------------------------------------- Arabic synonyms (mythes-ar)

/** One thesaurus word: diacritics, glosses "(الشيء)" and notes "-الماء-" dropped; "،" separates alternatives. */
function thesaurusWords(raw: string): string[] {
  const text = raw.replace(ARABIC_MARKS, '').replace(/-[^-|]*-?/g, ' ');
  return dropBracketed(text)
    .split(/[،,/]/)
    .map((s) => squeeze(s.replace(/[.:!?"«»]/g, ' ')))
    .filter((s) => s.replace(/\s/g, '').length >= 2 && ARABIC_LETTERS.test(s) && !/[A-Za-z0-9]/.test(s) && s.split(' ').length <= MAX_ARABIC_WORDS);
}

const synonyms = scoredMap(normalizeArabic);
const thesaurus = readFileSync(join(SRC, 'usr/share/mythes/th_ar_EG_v2.dat'), 'utf8').split('\n');
let thesaurusEntries = 0;
for (let i = 1; i < thesaurus.length; ) {
  const [headRaw, countRaw] = thesaurus[i]!.split('|');
  const count = Number(countRaw);
  i++;
  if (!headRaw || !Number.isInteger(count)) continue;
  const heads = thesaurusWords(headRaw);
  const words: string[] = [];
  for (let k = 0; k < count && i < thesaurus.length; k++, i++) words.push(...thesaurus[i]!.split('|').slice(1).flatMap(thesaurusWords));
  thesaurusEntries++;
  for (const head of heads) {
    words.forEach((w, rank) => {
      if (normalizeArabic(w) === normalizeArabic(head)) return;
      // Symmetric, one step: the headword is a synonym of each of its synonyms, but B's synonyms are not A's.
      synonyms.add(head, w, 2 / (1 + 0.2 * rank));
      synonyms.add(w, head, 1);
    });
  }
}
const synonymRows = new Map<string, string[]>();
const synonymKeys = new Map<string, string>(); // normalised → first spelling, so one row per normalised word
for (const [key, scored] of [...synonyms.map].sort(([a], [b]) => byCodePoint(a, b))) {
  const id = normalizeArabic(key);
  const row = synonymKeys.get(id);
  if (row === undefined) {
    synonymKeys.set(id, key);
    synonymRows.set(key, scored.best(12));
  } else {
    synonymRows.set(row, [...new Set([...synonymRows.get(row)!, ...scored.best(12)])].slice(0, 12));
  }
}

// ---------------------------------------------------------------- write

const counts = {
  'en-ar.tsv': writeTsv('en-ar.tsv', enArRows, (key) => headwordStem(key, stemEnglish)),
  'ru-en.tsv': writeTsv('ru-en.tsv', ruEnRows, (key) => headwordStem(key, stemRussian)),
  // The "stem" of a thesaurus word is its normalised spelling: lookups ignore hamza, alef and ة spelling.
  'ar-synonyms.tsv': writeTsv('ar-synonyms.tsv', synonymRows, normalizeArabic),
};
console.log(`English phrases: ${phrasesThroughRussian} through Russian, ${phrasesOfConstructState} as construct state`);
console.log(`sources: eng-ara + ${araEngEntries} ara-eng entries, ${muellerEntries} Mueller entries (${muellerPhrasePairs.length} example phrases), ${thesaurusEntries} thesaurus entries`);
for (const [file, n] of Object.entries(counts)) console.log(`${file}: ${n} entries`);
