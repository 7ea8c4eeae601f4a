import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endingOf, Gazetteer, type GazetteerData } from '../../src/search/gazetteer.js';
import { analyze, normalizeWord } from '../../src/text/analyze.js';

const data = JSON.parse(readFileSync(new URL('../../corpus/gazetteer.json', import.meta.url), 'utf8')) as GazetteerData;
const gazetteer = new Gazetteer(data.entries);

/** The ids of the entities the gazetteer finds in a question. */
function entities(question: string): string[] {
  return gazetteer.match(analyze(question, { protectedWords: gazetteer.protectedWords })).map((m) => m.id);
}

describe('Gazetteer.match with the project gazetteer', () => {
  it('finds a Russian place name in every case', () => {
    for (const form of ['Казахстан', 'Казахстана', 'Казахстане', 'Казахстаном', 'Казахстану']) {
      expect(entities(`Что в ${form}?`)).toContain('kazakhstan');
    }
    // Its people too, as chat names the country by them.
    expect(entities('что казахи написали в обращении')).toContain('kazakhstan');
    for (const [people, country] of [['россиян', 'russia'], ['армяне', 'armenia'], ['белорусов', 'belarus'], ['таджиков', 'tajikistan'], ['киргизов', 'kyrgyzstan']]) {
      expect(entities(`сколько ${people} прислали`), people).toContain(country);
    }
  });

  it('finds an Arabic alias whose first letter is و with the article before it as without (وكالة, الوكالة)', () => {
    // The light stemmer takes the first و of «وكالة» for "and", not that of «الوكالة».
    for (const question of ['من أي وكالة نقلت RT؟', 'ما الوكالة التي نقلت عنها RT؟', 'ما اسم الوكالة؟']) expect(entities(question), question).toContain('news-agency');
  });

  it('knows Russia by its seat of power, the Kremlin, as by Moscow, in each language', () => {
    for (const question of ['كم جنديا أرسل الكرملين؟', 'what did the kremlin say?', 'что сказали в Кремле?']) expect(entities(question), question).toContain('russia');
  });

  it('finds the police by the chat word "cops", as by "police"', () => {
    expect(entities('did the mission say protests can justify killing cops?')).toContain('police');
    expect(entities('were the police ready?')).toContain('police');
  });

  it('finds Russian names whose forms Snowball would split', () => {
    expect(entities('Где Беларусь?')).toContain('belarus');
    expect(entities('Что в Беларуси?')).toContain('belarus');
    expect(entities('Что сказал Пашинян?')).toContain('pashinyan');
    expect(entities('Что сказали Пашиняну?')).toContain('pashinyan');
    expect(entities('Что сказал Токаев?')).toContain('tokayev');
    expect(entities('Что сказали Токаеву?')).toContain('tokayev');
  });

  it('knows the state of emergency by the names other usages give it (حالة الاستثناء, режим ЧС)', () => {
    expect(entities('حتى متى تسري حالة الاستثناء؟')).toContain('state-of-emergency');
    expect(entities('режим ЧС до какого числа')).toContain('state-of-emergency');
  });

  it('knows bodies and titles by the descriptions news and chats give them', () => {
    expect(entities('ماذا قال رأس الدولة؟')).toContain('president');
    expect(entities('هل كانت أجهزة حفظ النظام مستعدة؟')).toContain('law-enforcement');
    expect(entities('Какие силовые структуры воюют с боевиками?')).toContain('law-enforcement');
    expect(entities('when did the military alliance send troops')).toContain('csto');
    // A ministry of foreign affairs by its diplomacy, as Arabic news calls it.
    expect(entities('كيف قيمت الدبلوماسية الروسية ما جرى؟')).toContain('foreign-ministry');
  });

  it('skips a function word inside a mention only where the alias has one', () => {
    expect(entities('وأمر فخامة الرئيس إلى الحكومة بإيجاد حلول')).not.toContain('prime-minister');
    expect(entities('من هو رئيس الحكومة؟')).toContain('prime-minister');
    expect(entities('How long is the state of emergency?')).toContain('state-of-emergency');
    const words = analyze('وأمر الرئيس إلى الحكومة', { protectedWords: gazetteer.protectedWords });
    const content = words.filter((t) => !t.stop);
    const gaps = content.map((t, p) => p > 0 && words.indexOf(t) - words.indexOf(content[p - 1]!) > 1);
    expect(gazetteer.matchStems(content.map((t) => t.stem), content.map((t) => endingOf(t.normalized)), [], gaps)).not.toContain('prime-minister');
    expect(gazetteer.matchStems(content.map((t) => t.stem), content.map((t) => endingOf(t.normalized)))).toContain('prime-minister');
  });

  it('finds English and Russian terms in plural and inflected forms', () => {
    expect(entities('How many protesters?')).toContain('protests');
    expect(entities('Сколько миротворцев?')).toContain('peacekeepers');
    expect(entities('Was the airport closed?')).toContain('airport');
    expect(entities('Что случилось в аэропорту?')).toContain('airport');
  });
});

describe('Gazetteer.nameOfSkeleton', () => {
  it('finds a Russian name of several words in its inflected forms, a short part included (в Алма-Ате)', () => {
    expect(entities('Что было в Алма-Ате?')).toContain('almaty');
    expect(entities('чем полиция разгоняла людей в алма-ате')).toContain('almaty');
    expect(entities('Алма-Ата')).toContain('almaty');
  });

  it('knows a place by its people, when its adjective comes in both genders', () => {
    expect(entities('الروس وصلوا ولا لسه؟')).toContain('russia');
    expect(entities('شو عمل الكازاخ؟')).toContain('kazakhstan');
    // …and by the people's own plurals and chat spellings where they are not the adjective's (الأرمن، القرغيز، الطاجك),
    // as Russian has армяне, киргизы, таджики.
    for (const [people, country] of [['الأرمن', 'armenia'], ['القرغيز', 'kyrgyzstan'], ['الطاجك', 'tajikistan'], ['الطاجيك', 'tajikistan']]) {
      expect(entities(`كم عدد الجنود ${people}؟`), people).toContain(country);
    }
    // ألماتي ends in ي but is no adjective: its people are not "ألمات".
    const almaty = new Gazetteer([{ id: 'almaty', kind: 'place', ar: ['ألماتي'] }]);
    expect(almaty.match(analyze('ألمات', { protectedWords: almaty.protectedWords }))).toEqual([]);
  });

  it('knows a person or place by the consonant skeleton of its one-word aliases, in any script', () => {
    expect(gazetteer.nameOfSkeleton('KSKSTN')).toBe('kazakhstan');
    expect(gazetteer.nameOfSkeleton('MNKST')).toBe('mangystau');
  });

  it('gives nothing for skeletons too short to tell a name from a word, or shared by two names', () => {
    expect(gazetteer.nameOfSkeleton('TKB')).toBeUndefined();
    const twins = new Gazetteer([
      { id: 'a', kind: 'place', ar: ['كاراغندا'] },
      { id: 'b', kind: 'place', en: ['Karagunda'] },
    ]);
    expect(twins.nameOfSkeleton('KRKNT')).toBeUndefined();
  });
});

describe('Gazetteer descriptions', () => {
  const city = new Gazetteer([{ id: 'almaty', kind: 'place', ar: ['ألماتي'], descriptions: { ar: ['العاصمة الاقتصادية'] } }]);

  it('finds a place by how reports describe it, as by its names', () => {
    expect(city.match(analyze('ماذا جرى في العاصمة الاقتصادية؟', { protectedWords: city.protectedWords })).map((m) => m.id)).toEqual(['almaty']);
  });

  it("keeps a description's words ordinary words: «الاقتصادية» still meets «الاقتصادي», as a name's word would not", () => {
    expect(city.protectedWords.has('الاقتصاديه')).toBe(false);
    const stem = (text: string) => analyze(text, { protectedWords: city.protectedWords })[0]!.stem;
    expect(stem('الاقتصادية')).toBe(stem('الاقتصادي'));
    expect(city.protectedWords.has('ألماتي'.replace('أ', 'ا'))).toBe(true);
  });
});

describe('Gazetteer.isAdjectiveOfAlias', () => {
  it('tells a name\'s adjective (الحكومية "governmental" of الحكومة) from the name and from other words', () => {
    expect(gazetteer.isAdjectiveOfAlias('police', 'الشرطية')).toBe(true);
    expect(gazetteer.isAdjectiveOfAlias('police', 'شرطي')).toBe(true);
    expect(gazetteer.isAdjectiveOfAlias('police', 'الشرطة')).toBe(false);
    expect(gazetteer.isAdjectiveOfAlias('police', 'شروط')).toBe(false);
    expect(gazetteer.isAdjectiveOfAlias('nobody', 'الشرطية')).toBe(false);
  });
});

describe('Gazetteer.isAliasWithEnding', () => {
  it('tells a word from a name that is the word with a feminine ending (شرط "condition", الشرطة "the police")', () => {
    expect(gazetteer.isAliasWithEnding('police', 'شرط')).toBe(true);
    expect(gazetteer.isAliasWithEnding('police', 'الشرطة')).toBe(false);
    // قتل and القتلى are one meaning: ى is no other word's ending.
    expect(gazetteer.isAliasWithEnding('killed', 'قتل')).toBe(false);
    expect(gazetteer.isAliasWithEnding('nobody', 'شرط')).toBe(false);
  });

  it('names an entity by a one-word alias the stemmer cuts its ة off only with the ending (الخارجية, not الخارج "abroad")', () => {
    expect(entities('قالت الخارجية إن الوضع مستقر')).toContain('foreign-ministry');
    expect(entities('بيان وزارة الخارجية')).toContain('foreign-ministry');
    expect(entities('جماعات مدربة في الخارج')).not.toContain('foreign-ministry');
    expect(entities('ما هي شروط الشرطة')).toEqual(['police']);
    expect(entities('هل غادرت الحكومات')).toContain('government');
    // An alias without the ending beside it (الروسي, الروسية) lets either form name the entity.
    expect(entities('الجيش الروسي')).toContain('russia');
    expect(entities('الخارجية الروسية')).toContain('russia');
  });

  it('names an entity by a one-word alias in the masculine plural only with the plural (المسلحون gunmen, not مسلح armed)', () => {
    const own = new Gazetteer([{ id: 'gunmen', kind: 'term', ar: ['المسلحين'] }, { id: 'army', kind: 'term', ar: ['القوات المسلحة'] }]);
    const found = (text: string) => own.match(analyze(text)).map((m) => m.id);
    expect(found('هاجم المسلحون المطار')).toEqual(['gunmen']);
    expect(found('اشتباك مع مسلحين')).toEqual(['gunmen']);
    expect(found('تعرضت لعدوان مسلح')).toEqual([]);
    expect(found('هجمات مسلحة واسعة')).toEqual([]);
    expect(found('تقاتل القوات المسلحة')).toEqual(['army']);
    // A singular alias beside the plural one lets either form name the entity, as the feminine's does.
    const both = new Gazetteer([{ id: 'protests', kind: 'term', ar: ['المتظاهرين', 'متظاهر'] }]);
    expect(both.match(analyze('قتل متظاهر')).map((m) => m.id)).toEqual(['protests']);
  });

  it('finds a name of several words behind a preposition the stemmer keeps on its first word (لمجلس الأمن)', () => {
    expect(entities('الاجتماع الأول لمجلس الأمن في البلاد')).toEqual(['security-council']);
    expect(entities('أرسلت وحدات لحفظ السلام')).toContain('peacekeepers');
    expect(entities('بمجلس الأمن')).toEqual(['security-council']);
    // Read without its ل the word must still start the whole name: لمجلس alone names nothing.
    expect(entities('لمجلس المدينة')).toEqual([]);
  });

  it('finds a name of several words in a question with one typing slip in one of its English or Russian words', () => {
    const slipped = (text: string) => {
      const tokens = analyze(text);
      return gazetteer.matchWithSlips(tokens, gazetteer.match(tokens)).map((m) => m.id);
    };
    expect(slipped('where did the security counsil meet?')).toEqual(['security-council']);
    expect(slipped('what did the foriegn ministry say?')).toEqual(['foreign-ministry']);
    // A slip the stemmer makes larger: "securty" stems to «securti», "secuirty" to «secuirti», security to «secur».
    expect(slipped('who chairs the securty council?')).toEqual(['security-council']);
    expect(slipped('when did the secuirty council meet?')).toEqual(['security-council']);
    // Not a name found as it is, nor one with two slips, nor a short word's slip.
    expect(slipped('where did the security council meet?')).toEqual([]);
    expect(slipped('where did the secuirty counsil meet?')).toEqual([]);
  });

  it('finds a Russian name of several words with о written as а, however often, in one of its words (akanye)', () => {
    const slipped = (text: string) => {
      const tokens = analyze(text);
      return gazetteer.matchWithSlips(tokens, gazetteer.match(tokens)).map((m) => m.id);
    };
    const [emergency] = slipped('до какого числа действует чрезвычайное полажение?');
    expect(emergency).toBeDefined();
    expect(slipped('до какого числа действует чрезвычайное палажение?')).toEqual([emergency]);
    // Not another vowel, nor a slip in two of its words.
    expect(slipped('до какого числа действует чрезвычайное пулужение?')).toEqual([]);
    expect(slipped('до какого числа действует чрезвычайнае палажение?')).toEqual([]);
  });

  it('finds a name of several Arabic words with a long vowel added to or left out of one of them (صدى البلاد)', () => {
    const slipped = (text: string) => {
      const tokens = analyze(text);
      return gazetteer.matchWithSlips(tokens, gazetteer.match(tokens)).map((m) => m.id);
    };
    expect(slipped('مين رئيس التحرير في موقع صدى البلاد؟')).toEqual(['sada-elbalad']);
    expect(slipped('مين رئيس التحرير في موقع صدى البلد؟')).toEqual([]);
    // Not a slip of another letter.
    expect(slipped('مين رئيس التحرير في موقع صدى البلدة؟')).toEqual([]);
  });

  it('reads an English or Russian word one typing slip from a one-word alias as that entry, from five letters on', () => {
    expect(gazetteer.entryOfMisspelt('peacekeper', 'latin')).toBe('peacekeepers');
    expect(gazetteer.entryOfMisspelt('protesers', 'latin')).toBe('protests');
    expect(gazetteer.entryOfMisspelt('миротфорцы', 'cyrillic')).toBe('peacekeepers');
    expect(gazetteer.entryOfMisspelt('aktao', 'latin')).toBe('aktau');
    expect(gazetteer.entryOfMisspelt('такаев', 'cyrillic')).toBe('tokayev');
    // A Russian name's edit is stemmed as its aliases are, by the case ending alone: России is росси, not росс.
    expect(gazetteer.entryOfMisspelt('рассии', 'cyrillic')).toBe('russia');
    expect(gazetteer.entryOfMisspelt('казахстон', 'cyrillic')).toBe('kazakhstan');
    // Short words lie one letter from too many others.
    expect(gazetteer.entryOfMisspelt('gaz', 'latin')).toBeUndefined();
    expect(gazetteer.entryOfMisspelt('banana', 'latin')).toBeUndefined();
    // A slip keeps the first letter: "error" is no "terror".
    expect(gazetteer.entryOfMisspelt('error', 'latin')).toBeUndefined();
    // Nor a longer word whose edit the stemmer cuts down to an alias's stem: "politically" is no "police".
    expect(gazetteer.entryOfMisspelt('politically', 'latin')).toBeUndefined();
    expect(gazetteer.entryOfMisspelt('political', 'latin')).toBeUndefined();
  });

  it('reads an Arabic word missing one long vowel of a place\'s one-word alias as that place, no other slip', () => {
    expect(gazetteer.entryOfMisspelt(normalizeWord('الكزاخية'), 'arabic')).toBe('kazakhstan');
    // Another letter mistyped is left alone: «الرئسيه» is "main" (الرئيسية) misspelt, one letter from الروسيه.
    expect(gazetteer.entryOfMisspelt(normalizeWord('الرئسيه'), 'arabic')).toBeUndefined();
    // Short words lie one vowel from too many others.
    expect(gazetteer.entryOfMisspelt(normalizeWord('روسي'), 'arabic')).toBeUndefined();
  });

  it('reads a name of five letters or more with two neighbouring letters swapped as its entry (Актуа, Atkau), not a shorter word', () => {
    expect(gazetteer.entryOfMisspelt('актуа', 'cyrillic')).toBe('aktau');
    expect(gazetteer.entryOfMisspelt('atkau', 'latin')).toBe('aktau');
    expect(gazetteer.entryOfMisspelt('aktaau', 'latin')).toBe('aktau');
    // Four letters lie one slip from too many words.
    expect(gazetteer.entryOfMisspelt('aktu', 'latin')).toBeUndefined();
  });

  it('reads an acronym with two neighbouring letters swapped as its entry (CSOT, ОДБК), from four letters on', () => {
    expect(['csot', 'ctso', 'одбк'].map((w) => gazetteer.entryOfSwappedAcronym(w))).toEqual(['csto', 'csto', 'csto']);
    expect(gazetteer.entryOfSwappedAcronym('csto')).toBeUndefined();
    expect(gazetteer.entryOfSwappedAcronym('onu')).toBeUndefined();
    expect(gazetteer.entryOfSwappedAcronym('stop')).toBeUndefined();
  });

  it('indexes the same mentions as it finds in questions (matchStems with the words\' endings)', () => {
    const words = analyze('مدربة في الخارج وقالت الخارجية', { protectedWords: gazetteer.protectedWords }).filter((t) => !t.stop);
    expect(gazetteer.matchStems(words.map((t) => t.stem), words.map((t) => endingOf(t.normalized)))).toEqual(['foreign', 'foreign-ministry', 'foreign']);
  });

  it('indexes a name behind a preposition as it finds it in questions (matchStems with each word read without it)', () => {
    const words = analyze('عقد الاجتماع الأول لمجلس الأمن', { protectedWords: gazetteer.protectedWords }).filter((t) => !t.stop);
    const unprefixed = words.map((t) => gazetteer.unprefixedStartOfLongAlias(t.normalized, t.stem));
    expect(gazetteer.matchStems(words.map((t) => t.stem), words.map((t) => endingOf(t.normalized)), unprefixed)).toEqual(['security-council']);
  });
});
