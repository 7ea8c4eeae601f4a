import { describe, expect, it } from 'vitest';
import { selectQuote, type QuoteSource } from '../../src/answer/select-quote.js';
import { passageMarks } from '../../src/search/answer-evidence.js';
import { DEFAULT_TERM_OPTIONS } from '../../src/search/analyzer-config.js';
import { buildQuery } from '../../src/search/build-query.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { matchConcepts } from '../../src/search/match-concepts.js';
import { termsOfText } from '../../src/search/passage-terms.js';
import { queryAsks, questionForm } from '../../src/search/question-form.js';

const gazetteer = new Gazetteer();

/** The quote selectQuote picks from `text` for `question`, every concept weighing 1 unless given. */
function quoteFor(question: string, text: string, options: { weights?: number[]; topical?: number[]; startDate?: boolean } = {}) {
  const query = buildQuery(question, gazetteer, DEFAULT_TERM_OPTIONS, () => 1);
  const weights = options.weights ?? query.concepts.map(() => 1);
  const terms = termsOfText(text, gazetteer, DEFAULT_TERM_OPTIONS);
  const match = matchConcepts(text, query, weights, gazetteer, DEFAULT_TERM_OPTIONS, terms);
  const source: QuoteSource = { text, terms, match, marks: passageMarks(terms, text), topical: new Set(options.topical ?? []), startDate: options.startDate, future: queryAsks(query).future };
  return selectQuote(source, weights, questionForm(query.tokens));
}

const FIRST = 'بدأت الاحتجاجات في كازاخستان في الأيام الأولى من العام الجديد بسبب ارتفاع أسعار الغاز المسال في غرب البلاد.';
const SECOND = 'وامتدت الاحتجاجات إلى مدن أخرى أيضا، ففي ألما آتا، أكبر مدينة وأول عاصمة للبلاد، اشتبك المتظاهرون مع قوات الأمن.';
const THIRD = 'وتحولت الاحتجاجات إلى مواجهات عنيفة وأعمال شغب ونهب للممتلكات العامة والخاصة وإشعال الإطارات في الشوارع.';
const PASSAGE = `${FIRST} ${SECOND} ${THIRD}`;

describe('selectQuote', () => {
  it('quotes the sentence holding most of the question', () => {
    expect(quoteFor('أين اشتبك المتظاهرون مع قوات الأمن؟', PASSAGE).text).toBe(SECOND);
  });

  it('moves the highlights to offsets inside the quote, on the matched words', () => {
    const quote = quoteFor('ماذا حدث في ألما آتا؟', PASSAGE);
    expect(quote.highlights.map((h) => quote.text.slice(h.start, h.end))).toEqual(['ألما', 'آتا']);
  });

  it('quotes a substring of the passage, verbatim', () => {
    const quote = quoteFor('هل أشعل المحتجون الإطارات في الشوارع؟', PASSAGE);
    expect(PASSAGE).toContain(quote.text);
    expect(quote.text).toBe(THIRD);
  });

  it('adds the next sentence to a sentence too short to read alone', () => {
    const short = 'قتل 13 ضابطا.';
    const text = `${short} ${THIRD}`;
    expect(quoteFor('كم ضابطا قتل؟', text).text).toBe(text);
  });

  it('quotes a sentence that opens on "this/these" with the sentence it points back at, in every language', () => {
    const setup = 'Kazakhstan asked the CSTO for help during the unrest in Almaty and other cities.';
    const pointer = 'These peacekeeping troops were sent to protect strategic facilities across the country for a limited time.';
    expect(quoteFor('Why were the peacekeeping troops sent?', `${setup} ${pointer}`).text).toBe(`${setup} ${pointer}`);
    const arabic = 'طلب الرئيس من المنظمة إرسال قوات لحماية المنشآت الاستراتيجية في البلاد.';
    const arabicPointer = 'وهذه القوات ستبقى في البلاد لفترة محدودة ثم تعود إلى بلدانها بعد استقرار الوضع.';
    expect(quoteFor('كم ستبقى القوات في البلاد؟', `${arabic} ${arabicPointer}`).text).toBe(`${arabic} ${arabicPointer}`);
    const russian = 'Президент попросил ОДКБ о помощи после беспорядков в Алматы.';
    const russianPointer = 'Эти войска будут охранять стратегические объекты страны в течение ограниченного времени.';
    expect(quoteFor('Что будут охранять войска?', `${russian} ${russianPointer}`).text).toBe(`${russian} ${russianPointer}`);
    // A sentence that does not point back stands alone.
    expect(quoteFor('أين اشتبك المتظاهرون مع قوات الأمن؟', PASSAGE).text).toBe(SECOND);
  });

  // Each lead is long enough (over 100 characters) to be quoted alone: only the pointing back makes the pair.
  it.each([
    // An Arabic demonstrative a few words in, after the verb.
    ['ما سقف سعر الغاز المسال؟',
      'أعلن الرئيس في كلمة متلفزة مساء الثلاثاء أن الحكومة ستتخذ خطوات عاجلة لخفض أسعار الوقود في كل مناطق البلاد.',
      'وتشمل تلك الخطوات تحديد سقف لسعر الغاز المسال لمدة ستة أشهر.'],
    // A personal pronoun opening the sentence, in Arabic and in English.
    ['من طلب إرسال قوات حفظ السلام؟',
      'تولى قاسم جومارت توكاييف رئاسة جمهورية كازاخستان في عام 2019 بعد استقالة الرئيس الأول نور سلطان نزارباييف من منصبه.',
      'وهو الذي طلب إرسال قوات حفظ السلام إلى البلاد في يناير.'],
    ['Who asked the CSTO to send peacekeeping troops?',
      'Kassym-Jomart Tokayev became president of Kazakhstan in 2019, after Nursultan Nazarbayev stepped down from the post.',
      'He asked the CSTO to send peacekeeping troops in January.'],
  ])('quotes a sentence that points back (%s) with the sentence it leans on', (question, lead, pointer) => {
    expect(lead.length).toBeGreaterThan(100);
    expect(quoteFor(question, `${lead} ${pointer}`).text).toBe(`${lead} ${pointer}`);
  });

  it('carries a quote on into the next sentence when that one points back at it, within a readable length', () => {
    const setup = 'أعلن الرئيس في كلمة متلفزة مساء الثلاثاء أن الحكومة ستتخذ خطوات عاجلة لخفض أسعار الوقود في البلاد بعد الاحتجاجات.';
    const pointer = 'وتشمل تلك الخطوات تحديد سقف لسعر الغاز المسال لمدة ستة أشهر.';
    const other = 'ودعا المواطنين إلى الهدوء.';
    expect(quoteFor('ما الخطوات التي أعلنها الرئيس لخفض أسعار الوقود؟', `${setup} ${pointer} ${other}`).text).toBe(`${setup} ${pointer}`);
    // A next sentence that does not point back is left out.
    expect(quoteFor('ما الخطوات التي أعلنها الرئيس لخفض أسعار الوقود؟', `${setup} ${other} ${pointer}`).text).toBe(setup);
    // Nor is one that would make the quote too long to read at a glance.
    const long = `وتشمل تلك الخطوات ${'تحديد سقف لسعر الغاز المسال في كل المناطق، '.repeat(14)}لمدة ستة أشهر.`;
    expect(quoteFor('ما الخطوات التي أعلنها الرئيس لخفض أسعار الوقود؟', `${setup} ${long}`).text).toBe(setup);
  });

  it('quotes the neighbouring sentence too when it holds what the question asks that the chosen one lacks', () => {
    const who = 'أعلن الرئيس إنشاء مقر لمكافحة الإرهاب برئاسته في العاصمة بعد الاجتماع الطارئ لمجلس الأمن القومي مساء الأربعاء.';
    const when = 'وبدأت عملية مكافحة الإرهاب في السادس من يناير في كل المدن الكبرى وفق البيان الرسمي للرئاسة.';
    const other = 'ودعت الحكومة المواطنين إلى التزام الهدوء وعدم الخروج من المنازل حتى إشعار آخر من السلطات.';
    expect(quoteFor('من أنشأ مقر مكافحة الإرهاب ومتى بدأت العملية؟', `${who} ${when} ${other}`).text).toBe(`${who} ${when}`);
    // A neighbour adding nothing asked stays out.
    expect(quoteFor('من أنشأ مقر مكافحة الإرهاب؟', `${who} ${other}`).text).toBe(who);
  });

  it('counts a concept named twice in one sentence once', () => {
    // The first sentence names Japan twice; the second names Japan and the islands asked about.
    const text = 'اليابان (باليابانية: نيبون) بلد في شرق آسيا. تتكون اليابان من جزر عديدة يبلغ عددها نحو ثلاثة آلاف جزيرة.';
    expect(quoteFor('كم جزيرة في اليابان؟', text).text).toBe('تتكون اليابان من جزر عديدة يبلغ عددها نحو ثلاثة آلاف جزيرة.');
  });

  it('prefers, of sentences holding the same words, the one with what the question asks for', () => {
    const text = [
      'وصلت قوات حفظ السلام إلى كازاخستان وانتشرت في المدن الكبرى.',
      'ووصلت قوات حفظ السلام إلى المطار يوم الجمعة 7 يناير 2022.',
      'ووصلت قوات حفظ السلام بسبب طلب رسمي من الرئيس.',
    ].join(' ');
    expect(quoteFor('متى وصلت قوات حفظ السلام؟', text).text).toContain('7 يناير 2022');
    expect(quoteFor('لماذا وصلت قوات حفظ السلام؟', text).text).toContain('بسبب طلب رسمي');
    expect(quoteFor('كيف وصلت قوات حفظ السلام؟', text).text).toContain('وانتشرت في المدن');
  });

  it('quotes, for "when" and "how many", a sentence holding a date or count over one holding more of the question\'s words', () => {
    const words = 'طالب المتظاهرون بخفض الأسعار ورفع الأجور وتحسين الخدمات العامة.';
    const dated = 'وفي 2 يناير خرج المتظاهرون إلى الشوارع ضد الأسعار.';
    expect(quoteFor('متى طالب المتظاهرون بخفض الأسعار؟', `${words} ${dated}`).text).toContain('2 يناير');
    // Where no sentence has one, the words decide.
    expect(quoteFor('متى طالب المتظاهرون بخفض الأسعار؟', `${words} وخرج المتظاهرون إلى الشوارع.`).text.startsWith(words)).toBe(true);
  });

  it('quotes for "when did it start?" the sentence giving a start date, even without the question\'s verb', () => {
    const since = 'استمرت الاحتجاجات في البلاد منذ 2 يناير.';
    const beginning = 'في البداية طالب المتظاهرون بخفض أسعار الغاز.';
    // (A sentence this short is quoted with the next.)
    expect(quoteFor('متى بدأ كل شيء؟', `${since} ${beginning}`, { startDate: true }).text.startsWith(since)).toBe(true);
  });

  it('counts a word of the headline, which every sentence is about, at half its weight in picking the sentence', () => {
    const capital = 'طهران هي العاصمة وأكبر مدينة في البلاد.';
    const text = `إيران دولة في غرب آسيا وإيران من أكبر دول المنطقة. يتحدث أهلها الفارسية منذ القرون الأولى وتعد الزراعة والتجارة من أنشطتهم الرئيسية. ${capital}`;
    // Concept 0 is العاصمة, concept 1 إيران (named in the headline): its 3 counts 1.5, under العاصمة's 2.
    expect(quoteFor('ما هي عاصمة إيران؟', text, { weights: [2, 3], topical: [1] }).text).toBe(capital);
    expect(quoteFor('ما هي عاصمة إيران؟', text, { weights: [2, 3] }).text).not.toContain(capital);
    // It still counts: at half, a headline word weighing 3 outweighs العاصمة weighing 1.
    expect(quoteFor('ما هي عاصمة إيران؟', text, { weights: [1, 3], topical: [1] }).text).not.toContain(capital);
  });

  it('adds the next sentence when it holds the date a "when" question asks for and the chosen one has none', () => {
    // Long enough to stand alone (a short sentence takes the next one anyway).
    const sent = 'قررت المنظمة إرسال قوات حفظ السلام إلى البلاد بناء على طلب رئيسها بعد مشاورات طويلة بين الأعضاء في العاصمة وخارجها.';
    const arrived = 'ووصلت أولى الوحدات في 6 يناير.';
    const other = 'ويقول مراقبون إن المهمة ستطول أكثر مما يتوقعه كثيرون في العواصم المجاورة وفي المنطقة بأسرها.';
    expect(quoteFor('متى أرسلت المنظمة قوات حفظ السلام؟', `${sent} ${arrived} ${other}`).text).toBe(`${sent} ${arrived}`);
  });

  it('quotes, for "what will they do?", the sentence telling what is to come beside the one telling what was done', () => {
    const done = 'وأكدت روسيا في بيان وزارة خارجيتها تمسكها الكامل بالتزاماتها تجاه الحلفاء في إطار المنظمة وتأييدها للتدابير العاجلة في البلاد.';
    const toCome = 'وسنواصل المشاورات الوثيقة مع الحلفاء بشأن خطوات إضافية.';
    for (const question of ['ماذا ستفعل روسيا مع حلفائها؟', 'روسيا شو رح تعمل مع الحلفاء؟', 'روسيا هتعمل إيه مع حلفائها؟']) {
      expect(quoteFor(question, `${done} ${toCome}`).text, question).toContain(toCome);
    }
    // Asked in the past, the sentence telling what was done stands alone.
    expect(quoteFor('ماذا فعلت روسيا مع حلفائها؟', `${done} ${toCome}`).text).toBe(done);
  });

  it('returns the whole text when it has no sentence to pick', () => {
    expect(quoteFor('سؤال', '')).toEqual({ text: '', highlights: [] });
  });
});
