import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { isStopWord } from '../../src/text/stop-words.js';
import { normalizeArabic } from '../../src/text/normalize-arabic.js';

describe('isStopWord', () => {
  it('knows Arabic function words in normalised spelling', () => {
    for (const word of ['في', 'من', 'على', 'هذا', 'الذي', 'ماذا', 'لكن']) expect(isStopWord(normalizeArabic(word))).toBe(true);
  });

  it('matches an Arabic function word whatever its hamza or alef maqsura spelling', () => {
    expect(isStopWord(normalizeArabic('إلى'))).toBe(true);
    expect(isStopWord(normalizeArabic('الى'))).toBe(true);
    expect(isStopWord(normalizeArabic('أن'))).toBe(true);
  });

  it("matches one in the plural's -ū written without its alef, as chats write it (كانو), and no content word so", () => {
    expect(isStopWord(normalizeArabic('كانو'))).toBe(true);
    expect(isStopWord(normalizeArabic('خرجو'))).toBe(false);
  });

  it('knows «لا يزال» (still) in its persons and spellings, as «ما زال», and English "still": nothing asked', () => {
    for (const word of ['يزال', 'تزال', 'لايزال', 'لازالت', 'مازالت', 'زالت']) expect(isStopWord(normalizeArabic(word)), word).toBe(true);
    expect(isStopWord('still')).toBe(true);
  });

  it('knows «مجرد» (mere), as «فقط» (only), and "among", as "between": "just a threat" asks about the threat', () => {
    expect(isStopWord(normalizeArabic('مجرد'))).toBe(true);
    expect(isStopWord('among')).toBe(true);
  });

  it('knows English function words', () => {
    for (const word of ['the', 'which', 'did', 'about']) expect(isStopWord(word)).toBe(true);
  });

  it('knows the English indefinites (anything, whatever, whoever): "cookies or whatever" asks nothing of their translation', () => {
    for (const word of ['anything', 'someone', 'whatever', 'whoever', 'whichever', 'wherever', 'whenever']) expect(isStopWord(word)).toBe(true);
  });

  it("leaves no content word from an English contraction or possessive (weren't, what's, Kazakhstan's, we'll)", () => {
    const content = (text: string) => analyze(text).filter((t) => !t.stop).map((t) => t.normalized);
    expect(content("Why weren't the police ready?")).toEqual(['police', 'ready']);
    expect(content("What's Kazakhstan's capital? We'll see, I'd say they've gone")).toEqual(['kazakhstan', 'capital', 'see', 'say', 'gone']);
  });

  it('leaves no content word from a contraction typed without its apostrophe (hes, theyre, didnt), as chats type them', () => {
    const content = (text: string) => analyze(text).filter((t) => !t.stop).map((t) => t.normalized);
    expect(content('what did tokayev say hes setting up')).toEqual(['tokayev', 'say', 'setting']);
    expect(content('theyre saying the police didnt come, cant be true')).toEqual(['saying', 'police', 'come', 'true']);
  });

  it('knows Russian function words', () => {
    for (const word of ['что', 'в', 'для', 'это']) expect(isStopWord(word)).toBe(true);
    // The whole Snowball list: «чтобы» had been translated as بدا and نحو.
    for (const word of ['чтобы', 'даже', 'ни', 'теперь']) expect(isStopWord(word)).toBe(true);
    // But not its numbers, which a question may count by.
    for (const word of ['один', 'два', 'три']) expect(isStopWord(word)).toBe(false);
    // Every form of the modal мочь, as "can" and «может» are.
    for (const word of ['могут', 'могли', 'можем']) expect(isStopWord(word)).toBe(true);
  });

  it('knows «другой» (other) in every case, as English "other": «другие» is no friend (друг) to translate', () => {
    for (const word of ['другой', 'другие', 'других', 'другим', 'иные']) expect(isStopWord(word)).toBe(true);
    expect(isStopWord('друг')).toBe(false);
  });

  it('knows the Russian particles «пока» (yet, for now) and «лишь» (only), which ask nothing of the documents', () => {
    for (const word of ['пока', 'лишь']) expect(isStopWord(word)).toBe(true);
    expect(isStopWord('угроза')).toBe(false);
  });

  it('knows the function words of chats: "per" (according to), "vs", "else", "what kind of", and w/n/r/acc/rn for with, and, are, according, right now', () => {
    for (const word of ['per', 'vs', 'else', 'kind', 'w', 'n', 'r', 'acc', 'rn', 'nah']) expect(isStopWord(word)).toBe(true);
    expect(isStopWord('speech')).toBe(false);
  });

  it('knows «просто» (just), «судя» (judging by) and «составе» (of «в составе», among)', () => {
    for (const word of ['просто', 'судя', 'составе']) expect(isStopWord(word)).toBe(true);
  });

  it('knows the Russian prepositions Snowball leaves out: «среди» (among) is no Wednesday (среда) to translate', () => {
    for (const word of ['среди', 'вокруг', 'кроме', 'согласно']) expect(isStopWord(word)).toBe(true);
  });

  it('knows inflected Russian function words and English quantifiers, which would otherwise count as things asked about', () => {
    for (const word of ['какого', 'сколько', 'такой', 'будет', 'которые']) expect(isStopWord(word)).toBe(true);
    for (const word of ['many', 'much', 'other']) expect(isStopWord(word)).toBe(true);
  });

  it('knows every case of the Russian possessive and demonstrative pronouns ("в своём заявлении", "их этих")', () => {
    for (const word of ['своем', 'своего', 'нашего', 'наши', 'вашей', 'этих', 'этими', 'тех', 'самого']) expect(isStopWord(word), word).toBe(true);
  });

  it('knows Russian "whose" and the other cases of "who", which ask and name nothing', () => {
    for (const word of ['чьи', 'чей', 'чья', 'чьих', 'кого', 'кому', 'кем', 'какова']) expect(isStopWord(word)).toBe(true);
  });

  it('knows the Arabic semi-prepositions, as the English list knows against, during and through', () => {
    for (const word of ['تجاه', 'حيال', 'إزاء', 'بحسب', 'وفقا', 'بشأن', 'جراء', 'إثر', 'أثناء', 'ضد', 'بالنسبة']) expect(isStopWord(normalizeArabic(word)), word).toBe(true);
  });

  it('knows «بصدد» (about to, as to), whose «الصدد» is «في هذا الصدد» (in this regard), no word of what is asked', () => {
    expect(isStopWord(normalizeArabic('بصدد'))).toBe(true);
  });

  it('knows every preposition with an attached pronoun, the dual and the first and second persons too', () => {
    for (const word of ['منهما', 'عليهما', 'بينهم', 'بينهما', 'لدينا', 'معكم', 'عنا', 'إليهما', 'فيهما', 'عندهم', 'لي', 'هذين', 'كلاهما']) {
      expect(isStopWord(normalizeArabic(word)), word).toBe(true);
    }
  });

  it('knows the emphatic reflexives in each language, with their attached pronoun only: a bare نفس is "the same"', () => {
    for (const word of ['بنفسه', 'نفسها', 'بأنفسهم', 'ذاته', 'شخصيا', 'personally', 'лично', 'сам']) {
      expect(isStopWord(normalizeArabic(word)), word).toBe(true);
    }
    expect(isStopWord(normalizeArabic('نفس'))).toBe(false);
  });

  it('keeps content words a news question needs', () => {
    for (const word of ['مليون', 'عام', 'اليوم', 'ثلاثة', 'مايو', 'كازاخستان']) expect(isStopWord(normalizeArabic(word))).toBe(false);
    // Semi-prepositions that are also nouns once normalised (أمام is إمام), and the before and after of time questions.
    for (const word of ['أمام', 'إمام', 'خلف', 'وسط', 'قبل', 'بعد']) expect(isStopWord(normalizeArabic(word)), word).toBe(false);
    for (const word of ['peacekeepers', 'airport', 'аэропорт']) expect(isStopWord(word)).toBe(false);
  });
});

describe('analyze (stop words)', () => {
  it('marks function words as stop and gives them no stem', () => {
    const [token] = analyze('الذي');
    expect(token).toMatchObject({ stop: true, stem: '' });
  });

  it('treats a function word behind the conjunction و as a function word', () => {
    for (const word of ['وهذا', 'وفي', 'ولكن', 'ومنها']) expect(analyze(word)[0]!.stop).toBe(true);
  });

  it('treats a capitalised English function word as a function word', () => {
    expect(analyze('Which')[0]!.stop).toBe(true);
  });
});
