import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon, MAX_ARABIC } from '../../src/text/lexicon.js';
import { headwordStem } from '../../src/text/lexicon-table.js';
import { normalizeArabic } from '../../src/text/normalize-arabic.js';
import { stemEnglish, stemRussian } from '../../src/text/stem-latin-cyrillic.js';

const LEXICON_DIR = new URL('../../lexicon/', import.meta.url).pathname;

const lexicon = loadLexicon();

/** Whether some translation holds one of these Arabic words (spelling variants of hamza, alef and ة aside). */
function hasArabic(translations: readonly string[], ...words: string[]): boolean {
  return translations.some((t) => words.some((w) => normalizeArabic(t).includes(normalizeArabic(w))));
}

describe('Lexicon.arabicFor, English', () => {
  it.each([
    ['protesters', ['محتج', 'متظاهر']],
    ['airport', ['مطار']],
    ['prices', ['سعر', 'أسعار']],
    ['killed', ['قتل', 'مقتول']],
    ['troops', ['قوات', 'جنود']],
    ['internet', ['إنترنت']],
    ['curfew', ['حظر التجول']],
  ])('translates "%s" to Arabic, a right word among the first three', (word, arabic) => {
    expect(hasArabic(lexicon.arabicFor(word).slice(0, 3), ...arabic)).toBe(true);
  });

  it('finds an inflected form through its stem when the dictionary lists only another form', () => {
    expect(hasArabic(lexicon.arabicFor('killings'), 'قتل')).toBe(true);
  });

  it('gives a place name only for its own headword, not for another word of its stem', () => {
    expect(lexicon.arabicFor('warning').some((a) => a.startsWith('مدينة'))).toBe(false);
    expect(lexicon.arabicFor('warne')).toContain('مدينة وارن');
  });

  it('ignores letter case', () => {
    expect(lexicon.arabicFor('Airport')).toEqual(lexicon.arabicFor('airport'));
  });

  it('translates country names', () => {
    expect(lexicon.arabicFor('Kazakhstan')[0]).toBe('كازاخستان');
  });

  it('gives a short list, never more than the maximum', () => {
    for (const word of ['run', 'set', 'take', 'state']) expect(lexicon.arabicFor(word).length).toBeLessThanOrEqual(MAX_ARABIC);
  });
});

describe('Lexicon.arabicFor, Russian', () => {
  it.each([
    ['протестующие', ['احتج', 'محتج', 'متظاهر']],
    ['аэропорт', ['مطار']],
    ['цены', ['سعر', 'أسعار']],
    ['убиты', ['قتل']],
    ['войска', ['قوات', 'جيش']],
    ['интернет', ['إنترنت']],
  ])('translates "%s" to Arabic through English, a right word among the first three', (word, arabic) => {
    expect(hasArabic(lexicon.arabicFor(word).slice(0, 3), ...arabic)).toBe(true);
  });

  it('finds a verb from its past tense (отключили → отключить, отключать)', () => {
    expect(hasArabic(lexicon.arabicFor('отключили'), 'فصل', 'قطع')).toBe(true);
  });

  it('finds a perfective verb the dictionary lacks through its imperfective (разослал → рассылать, уехал → уезжать)', () => {
    expect(hasArabic(lexicon.arabicFor('разослал'), 'أرسل')).toBe(true);
    expect(hasArabic(lexicon.arabicFor('уехал'), 'غادر')).toBe(true);
    expect(hasArabic(lexicon.arabicFor('прекратились'), 'توقف', 'أوقف')).toBe(true);
  });

  it('reads a perfective verb in по- the dictionary lacks as the verb without it (пообещали → обещать, посоветовал → советовать)', () => {
    expect(hasArabic(lexicon.arabicFor('пообещали'), 'وعد')).toBe(true);
    expect(hasArabic(lexicon.arabicFor('посоветовал'), 'نصح')).toBe(true);
    expect(hasArabic(lexicon.arabicFor('поблагодарил'), 'شكر')).toBe(true);
  });

  it("puts a perfective's imperfective partner first when its own entry is a stray sense (остановили: stop, not rein)", () => {
    expect(hasArabic(lexicon.arabicFor('остановили').slice(0, 1), 'توقف', 'أوقف', 'وقف')).toBe(true);
  });

  it('finds a noun from a case form with a fleeting vowel (миротворцев → миротворец)', () => {
    expect(hasArabic(lexicon.arabicFor('миротворцев'), 'سلام')).toBe(true);
  });

  it('finds a country in any case and with ё or capitals', () => {
    expect(lexicon.arabicFor('Казахстане')[0]).toBe('كازاخستان');
  });
});

describe('Lexicon.arabicFor, unknown words', () => {
  it('returns nothing for a word in no dictionary', () => {
    expect(lexicon.arabicFor('qwzxv')).toEqual([]);
    expect(lexicon.arabicFor('шмякозябра')).toEqual([]);
  });

  it('returns nothing for Arabic, digits or an empty string', () => {
    expect(lexicon.arabicFor('مطار')).toEqual([]);
    expect(lexicon.arabicFor('2022')).toEqual([]);
    expect(lexicon.arabicFor('')).toEqual([]);
  });
});

describe('Lexicon phrases', () => {
  it('translates an English phrase as a whole', () => {
    expect(hasArabic(lexicon.arabicForPhrase(['state', 'of', 'emergency']), 'حالة الطوارئ')).toBe(true);
    expect(hasArabic(lexicon.arabicForPhrase(['Prime', 'Minister']), 'رئيس الوزراء')).toBe(true);
  });

  it('translates a Russian phrase in another case through its English phrase', () => {
    expect(hasArabic(lexicon.arabicForPhrase(['чрезвычайного', 'положения']), 'الطوارئ')).toBe(true);
  });

  it('returns nothing for words that are no phrase', () => {
    expect(lexicon.arabicForPhrase(['emergency', 'banana'])).toEqual([]);
    expect(lexicon.arabicForPhrase(['emergency'])).toEqual([]);
  });

  it('walks a question and takes the longest phrase at each place', () => {
    const words = 'when was the state of emergency declared and the curfew'.split(' ');
    const found = lexicon.phrasesIn(words);
    expect(found.map((m) => [m.start, m.end, m.phrase])).toContainEqual([3, 6, 'state of emergency']);
    for (const m of found) expect(m.arabic.length).toBeGreaterThan(0);
  });

  it('finds a phrase starting at a given word, or none', () => {
    const words = ['ввели', 'комендантский', 'час'];
    expect(lexicon.phraseAt(words, 1)).toMatchObject({ start: 1, end: 3, phrase: 'комендантский час' });
    expect(hasArabic(lexicon.phraseAt(words, 1)!.arabic, 'حظر التجول')).toBe(true);
    expect(lexicon.phraseAt(words, 2)).toBeUndefined();
    expect(lexicon.phraseAt(words, 9)).toBeUndefined();
  });
});

describe('Lexicon.synonymsOf', () => {
  it('gives the thesaurus synonyms of an Arabic word, normalised', () => {
    const synonyms = lexicon.synonymsOf('استولى');
    expect(synonyms).toContain(normalizeArabic('احتل'));
    for (const s of synonyms) expect(s).toBe(normalizeArabic(s));
  });

  it('ignores hamza and alef spelling', () => {
    expect(lexicon.synonymsOf('إستولى')).toEqual(lexicon.synonymsOf('استولى'));
  });

  it('looks the word up without its article or conjunction', () => {
    expect(lexicon.synonymsOf('واستولى')).toEqual(expect.arrayContaining(lexicon.synonymsOf('استولى')));
  });

  it('is symmetric: a word is among the synonyms of its synonyms', () => {
    expect(lexicon.synonymsOf('احتل')).toContain(normalizeArabic('استولى'));
  });

  it('never returns the word itself, and nothing for an unknown word', () => {
    expect(lexicon.synonymsOf('قتل')).not.toContain('قتل');
    expect(lexicon.synonymsOf('كازاخستان')).toEqual([]);
  });
});

describe('loadLexicon from another folder', () => {
  it('reads the three files of that folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    writeFileSync(join(dir, 'en-ar.tsv'), 'airport\tairport\tالمطار\nkazakh\tkazakh\tكازاخي\n');
    writeFileSync(join(dir, 'ru-en.tsv'), 'аэропорт\tаэропорт\tairport\n');
    writeFileSync(join(dir, 'ar-synonyms.tsv'), 'مطار\tمطار\tمهبط\n');
    const small = loadLexicon(dir);
    expect(small.arabicFor('airports')).toEqual(['المطار']);
    expect(small.arabicFor('аэропорту')).toEqual(['المطار']);
    expect(small.synonymsOf('المطار')).toEqual(['مهبط']);
  });
});

describe('the committed lexicon files', () => {
  it('carry in their stem column the stems and normalised spellings the analyzer gives today (else rebuild: lexicon/README.md)', () => {
    const stemmers = { 'en-ar.tsv': stemEnglish, 'ru-en.tsv': stemRussian, 'ar-synonyms.tsv': normalizeArabic };
    for (const [file, stem] of Object.entries(stemmers)) {
      const stale: string[] = [];
      for (const line of readFileSync(join(LEXICON_DIR, file), 'utf8').split('\n')) {
        const [key, stems] = line.split('\t');
        if (!key) continue;
        const expected = headwordStem(key, stem);
        if (stems !== expected) stale.push(`${key}: ${stems} ≠ ${expected}`);
      }
      expect(stale.slice(0, 5), file).toEqual([]);
    }
  });
});

describe('Lexicon.arabicFor, misspelt English', () => {
  it.each([
    ['terorists', ['إرهاب']],
    ['goverment', ['حكومة']],
    ['internt', ['إنترنت']],
    ['histroy', ['تاريخ', 'تأريخ']],
    ['kazakstan', ['كازاخستان']],
  ])('reads "%s" as the word one slip away and translates it first', (word, arabic) => {
    expect(hasArabic(lexicon.arabicFor(word).slice(0, 1), ...arabic)).toBe(true);
  });

  it('leaves short unknown words and words it knows alone', () => {
    expect(lexicon.arabicFor('tkv')).toEqual([]);
    expect(hasArabic(lexicon.arabicFor('government').slice(0, 1), 'حكومة')).toBe(true);
  });

  it('says which words it only guesses at: a slip of a headword, another word of its base', () => {
    for (const word of ['terorists', 'goverment', 'polise', 'soliders']) expect(lexicon.isGuessed(word), word).toBe(true);
    for (const word of ['government', 'police', 'soldiers', 'tkv']) expect(lexicon.isGuessed(word), word).toBe(false);
  });
});
