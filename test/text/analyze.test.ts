import { describe, expect, it } from 'vitest';
import { seededRandom as prng } from '../../bench/synthetic-corpus.js';
import { analyze, normalizeWord, stemWord } from '../../src/text/analyze.js';


/** Code-point ranges random text is drawn from: Arabic and its marks, presentation forms, Latin, Cyrillic,
 * controls, format characters, lone surrogates, emoji, and anything at all. */
const RANGES: Array<[number, number]> = [
  [0x0600, 0x06ff], [0x064b, 0x065f], [0xfb50, 0xfdff], [0xfe70, 0xfeff], [0x0020, 0x007e], [0x00c0, 0x024f],
  [0x0400, 0x04ff], [0x0000, 0x001f], [0x200b, 0x206f], [0xd800, 0xdfff], [0x0300, 0x036f], [0x1f300, 0x1faff],
  [0x0000, 0x10ffff],
];

function randomText(next: () => number): string {
  const length = Math.floor(next() * 80);
  let text = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = RANGES[Math.floor(next() * RANGES.length)]!;
    const cp = lo + Math.floor(next() * (hi - lo + 1));
    // fromCharCode keeps lone surrogates lone; fromCodePoint builds astral characters.
    text += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return text;
}

describe('analyze', () => {
  it('runs the chain: offsets into the original, normalised form, stem, script', () => {
    const text = 'وصلت قوات حفظ السلام إلى ألماتي';
    const tokens = analyze(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['وصلت', 'قوات', 'حفظ', 'السلام', 'إلى', 'ألماتي']);
    expect(tokens[3]).toMatchObject({ normalized: 'السلام', stem: 'سلام', script: 'arabic', stop: false });
    expect(tokens[4]).toMatchObject({ normalized: 'الي', stem: '', stop: true });
  });

  it('normalises before stemming, so spelling variants share a stem', () => {
    const [a, b] = analyze('المسؤولين المسئولين');
    expect(a!.stem).toBe(b!.stem);
    expect(analyze('إسلامية')[0]!.stem).toBe(analyze('اسلاميه')[0]!.stem);
  });

  it('strips diacritics and tatweel before stemming', () => {
    expect(analyze('الكِتَـــابُ')[0]!.stem).toBe('كتاب');
  });

  it('ignores zero-width marks inside a word while its offsets cover them', () => {
    const text = 'عاصمة كا\u200Bزا\u200Cخستان';
    const [, token] = analyze(text);
    expect(token).toMatchObject({ start: 6, end: text.length, normalized: 'كازاخستان' });
    expect(analyze('كازاخستان')[0]!.stem).toBe(token!.stem);
  });

  it('reads presentation-form letters as the base letters', () => {
    expect(analyze('\uFEDB\uFE98\uFE8E\uFE8F')[0]).toMatchObject({ normalized: 'كتاب', stem: 'كتاب', start: 0, end: 4 });
  });

  it('reads Arabic-Indic digits as ASCII digits', () => {
    expect(analyze('١٠ يناير')[0]).toMatchObject({ normalized: '10', script: 'digit', stem: '10' });
  });

  it('reads an ordinal written with digits as its number (jan 6th, 6-го), as the documents write a date', () => {
    expect(analyze('jan 6th').map((t) => t.stem)).toEqual(['jan', '6']);
    expect(analyze('6го января')[0]).toMatchObject({ normalized: '6', script: 'digit', stem: '6' });
    expect(analyze('6-го января').map((t) => (t.stop ? '' : t.stem))).toEqual(['6', '', 'январ']);
  });

  it('reads an English question word in chat spelling as the word (wen, wat, hw)', () => {
    expect(analyze('wen wat hw wich').map((t) => [t.normalized, t.stop])).toEqual([['when', true], ['what', true], ['how', true], ['which', true]]);
    expect(analyze('wen').map((t) => [t.start, t.end])).toEqual([[0, 3]]);
  });

  it('reads the commonest slips of question words as the words: "how manny", "waht", "wehn"', () => {
    expect(analyze('how manny waht wehn').map((t) => t.normalized)).toEqual(['how', 'many', 'what', 'when']);
  });

  it('reads the commonest misspellings of "happened" and "until" as the words, which question forms read', () => {
    expect(analyze('wht happend hapened').map((t) => t.normalized)).toEqual(['what', 'happened', 'happened']);
    // …and of "until", a stop word.
    expect(analyze('untill untl').map((t) => [t.normalized, t.stop])).toEqual([['until', true], ['until', true]]);
  });

  it('reads an English plural typed in -ys after a consonant (countrys) in -ies, and leaves days and guys alone', () => {
    expect(analyze('countrys citys partys days guys').map((t) => t.normalized)).toEqual(['countries', 'cities', 'parties', 'days', 'guys']);
  });

  it('takes an interrogative run on with "is" in chat ("whats", "hows") for the stop words it stands for', () => {
    expect(analyze('whats hows whos').map((t) => t.stop)).toEqual([true, true, true]);
    // …and spelt the chat way too: "wats this concept" asks about the concept, not about a word "wat".
    expect(analyze('wats wuts').map((t) => [t.normalized, t.stop])).toEqual([['whats', true], ['whats', true]]);
  });

  it('reads the Russian "how many / how much" typed without its soft sign as the word (сколко, насколко)', () => {
    expect(analyze('сколко насколко').map((t) => t.normalized)).toEqual(['сколько', 'насколько']);
    expect(analyze('сколко')[0]!.stop).toBe(true);
  });

  it('reads everyday words as English and Russian chats shorten them (cuz, abt, govt; щас, чел)', () => {
    expect(analyze('cuz abt govt msg').map((t) => t.normalized)).toEqual(['because', 'about', 'government', 'message']);
    expect(analyze('щас чел').map((t) => t.normalized)).toEqual(['сейчас', 'человек']);
    // Letters that are also abbreviations stay themselves.
    expect(analyze('u r').map((t) => t.normalized)).toEqual(['u', 'r']);
  });

  it('analyses mixed Arabic, Latin and Cyrillic text word by word', () => {
    const tokens = analyze('توكاييف Tokayev Токаева');
    expect(tokens.map((t) => t.script)).toEqual(['arabic', 'latin', 'cyrillic']);
    expect(tokens.map((t) => t.normalized)).toEqual(['توكاييف', 'tokayev', 'токаева']);
  });

  it('case-folds and stems English input', () => {
    expect(analyze('Peacekeepers ARRIVED').map((t) => t.stem)).toEqual(['peacekeep', 'arriv']);
  });

  it('case-folds and stems Russian input', () => {
    expect(analyze('Миротворцы').map((t) => t.stem)).toEqual(['миротворц']);
  });

  it('protects the names it is given from the stemmer', () => {
    const protectedWords = new Set(['الماتي', 'ماتي']);
    expect(analyze('ألماتي', { protectedWords })[0]!.stem).not.toBe('مات');
    expect(analyze('ألماتي', { protectedWords })[0]!.stem).toBe(analyze('بألماتي', { protectedWords })[0]!.stem);
  });

  it('returns nothing for text without words', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze('\u200B\u200F ؟! 😀')).toEqual([]);
  });

  it('never throws on random code points and keeps offsets in order inside the text', () => {
    const next = prng(20220106);
    for (let run = 0; run < 400; run++) {
      const text = randomText(next);
      const tokens = analyze(text);
      let last = 0;
      for (const t of tokens) {
        expect(t.start).toBeGreaterThanOrEqual(last);
        expect(t.end).toBeGreaterThan(t.start);
        expect(t.end).toBeLessThanOrEqual(text.length);
        expect(t.normalized).not.toBe('');
        if (t.stop) expect(t.stem).toBe('');
        last = t.end;
      }
    }
  });
});

describe('normalizeWord', () => {
  it('removes invisible marks, folds Arabic letters and folds case', () => {
    expect(normalizeWord('\u200Fأَلْمَاتِي\u200E')).toBe('الماتي');
    expect(normalizeWord('ALMATY')).toBe('almaty');
  });

  it('writes a number in groups of three without its separators, in any digits', () => {
    expect(['2,500', '٢٬٥٠٠', '2 500', '2\u202F500'].map(normalizeWord)).toEqual(['2500', '2500', '2500', '2500']);
  });
});

describe('stemWord', () => {
  it('picks the stemmer by script', () => {
    expect(stemWord('المدينه', 'arabic')).toBe('مدين');
    expect(stemWord('parties', 'latin')).toBe('parti');
    expect(stemWord('миротворцы', 'cyrillic')).toBe('миротворц');
  });

  it('keeps emerge and emergence apart from emergency, which Porter2 stems alike', () => {
    expect(stemWord('emergence', 'latin')).toBe(stemWord('emerged', 'latin'));
    expect(stemWord('emergence', 'latin')).not.toBe(stemWord('emergency', 'latin'));
    expect(stemWord('emergencies', 'latin')).toBe(stemWord('emergency', 'latin'));
  });

  it('should not stem digits or other scripts', () => {
    expect(stemWord('2022', 'digit')).toBe('2022');
    expect(stemWord('日本語', 'other')).toBe('日本語');
  });
});
