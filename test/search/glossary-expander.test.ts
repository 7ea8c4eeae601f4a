import { describe, expect, it } from 'vitest';
import { glossaryExpander } from '../../src/search/glossary-expander.js';
import { analyze } from '../../src/text/analyze.js';
import { newsGlossaryOf, parseGlossary } from '../../src/text/news-glossary.js';

const GLOSSARY = newsGlossaryOf(parseGlossary([
  'جندي | جنود | عسكري | قوات\ttroops | soldier\tвойска | военный',
  'أرسل | إرسال | بعث\tsend | dispatch\tотправить | направить',
  'حالة الطوارئ\tstate of emergency\tчрезвычайное положение',
  'قتل\tbe killed\tпогибнуть',
  'حكومة | مجلس الوزراء\tgovernment | cabinet\tправительство',
  'سكان | عدد السكان\tpopulation\tнаселение',
  'قوات الأمن | رجال الأمن\tsecurity forces\tсиловики',
  'طلب المساعدة | لجأ إلى\task for help\tпросить о помощи',
  'أول | أولى\tfirst\tпервый',
  'في البداية | أولا\tat first | at the outset\tсначала | в начале',
  'احتج | تظاهر\tprotest\tвыйти на улицы',
  'خرج\tgo out\tвыйти',
  'أساس قانوني\tlegal basis\tна каком основании',
  'سلعة | سلع | منتجات\tgoods\tтовары',
  'سلع أساسية | المواد الأساسية\tstaples\tтовары первой необходимости',
  'استولى على | سيطر على\tseize\tзахватить',
  'سيطرة | سيطر\tcontrol\tконтроль',
  'واصل | استمر\tcontinue | keep doing\tпродолжать',
  'حافظ | حفاظ\tkeep | preserve\tсохранить',
].join('\n')));
const expander = glossaryExpander(GLOSSARY);

describe('glossaryExpander', () => {
  it('reads a verb with the preposition it governs, bare or with a pronoun, as the glossary\'s phrase, at full credit', () => {
    // «سيطر» alone is control; «سيطروا عليها» is seizing, as «استولى على».
    for (const question of ['ايش اللي سيطروا عليها', 'ايش اللي سيطروا على المطار', 'ايش اللي سيطروا عليه']) {
      const seize = expander.alternativesOf(analyze(question), 2, true, () => true, true).find((a) => a.text === 'استولى على');
      expect(seize).toMatchObject({ credit: 0.7, via: 'synonym' });
    }
    expect(expander.alternativesOf(analyze('ايش اللي سيطروا'), 2, true, () => true, true).map((a) => a.text)).toEqual(['سيطرة', 'سيطر']);
    expect(expander.alternativesOf(analyze('ايش اللي سيطروا فيه'), 2, true, () => true, true).map((a) => a.text)).not.toContain('استولى على');
  });

  it("gives an English or Russian word its meaning's Arabic words, as translations", () => {
    expect(expander.alternativesOf(analyze('how many soldiers'), 2, false).map((a) => a.text)).toEqual(['جندي', 'جنود', 'عسكري', 'قوات']);
    expect(expander.alternativesOf(analyze('сколько военных'), 1, false)).toContainEqual({ text: 'قوات', credit: 0.8, via: 'translation', span: 1, whole: true });
  });

  it('finds a Russian verb form the stemmer keeps apart from its dictionary form (погибло → погибнуть)', () => {
    expect(expander.alternativesOf(analyze('сколько погибло'), 1, false).map((a) => a.text)).toEqual(['قتل']);
  });

  it("finds a Russian phrase opened by a verb form whose stem changes (вышли на улицы: выйти на улицы)", () => {
    expect(expander.alternativesOf(analyze('почему вышли на улицы'), 1, false)[0]).toMatchObject({ text: 'احتج', span: 3 });
    expect(expander.alternativesOf(analyze('почему вышли'), 1, false).map((a) => a.text)).toEqual(['خرج']);
  });

  it('finds a Russian phrase in another word order, its words in any form (на улицы вышли, покрышки жгли)', () => {
    expect(expander.alternativesOf(analyze('зачем на улицы вышли'), 1, false)[0]).toMatchObject({ text: 'احتج', span: 3 });
    const tyres = glossaryExpander(newsGlossaryOf(parseGlossary('إشعال الإطارات\tburning tyres\tжечь покрышки')));
    expect(tyres.alternativesOf(analyze('покрышки жгли?'), 0, false)[0]).toMatchObject({ text: 'إشعال الإطارات', span: 2 });
  });

  it('finds an English phrase opened by an irregular past through its base form (went out: go out, sent: send)', () => {
    expect(expander.alternativesOf(analyze('why they went out'), 2, false)[0]).toMatchObject({ text: 'خرج', span: 2 });
    expect(expander.alternativesOf(analyze('who sent troops'), 1, false).map((a) => a.text)).toEqual(['أرسل', 'إرسال', 'بعث']);
  });

  it('reads the "keep" of "keep doing" as continue, and "keep" alone as preserve', () => {
    for (const question of ['will they keep consulting', 'the protesters kept coming']) {
      expect(expander.alternativesOf(analyze(question), 2, false).map((a) => a.text), question).toEqual(['واصل', 'استمر']);
    }
    expect(expander.alternativesOf(analyze('will they keep the peace'), 2, false).map((a) => a.text)).toEqual(['حافظ', 'حفاظ']);
  });

  it('translates a phrase as a whole, standing for all its words', () => {
    expect(expander.alternativesOf(analyze('was the state of emergency lifted'), 2, false)[0]).toMatchObject({ text: 'حالة الطوارئ', span: 3 });
  });

  it('translates a phrase that opens on stop words the question skips ("at first", «в начале»), not its last word alone', () => {
    expect(expander.alternativesOf(analyze('what did they want at first'), 5, false).map((a) => a.text)).toEqual(['في البداية', 'أولا']);
    expect(expander.alternativesOf(analyze('what did they want at the outset'), 6, false).map((a) => a.text)).toEqual(['في البداية', 'أولا']);
    expect(expander.alternativesOf(analyze('что было в начале'), 3, false).map((a) => a.text)).toEqual(['في البداية', 'أولا']);
    // An interrogative among the stop words, itself a stop word of the question: «на каком основании».
    expect(expander.alternativesOf(analyze('на каком основании ввели войска'), 2, false).map((a) => a.text)).toEqual(['أساس قانوني']);
    expect(expander.alternativesOf(analyze('the first day'), 1, false).map((a) => a.text)).toEqual(['أول', 'أولى']);
  });

  it('gives an Arabic word the documents lack the other single words of its meaning, below the word itself', () => {
    const alternatives = expander.alternativesOf(analyze('كم عسكري'), 1, false);
    expect(alternatives.map((a) => a.text)).toEqual(['جندي', 'جنود', 'عسكري', 'قوات']);
    expect(alternatives.every((a) => a.via === 'synonym' && a.credit < 1)).toBe(true);
    expect(expander.alternativesOf(analyze('اعلنوا حالة الطوارئ'), 1, false)).toEqual([]);
  });

  it('gives each word of an Arabic phrase the documents lack as a phrase its other wordings (مجلس الوزراء → حكومة)', () => {
    const tokens = analyze('هل استقال مجلس الوزراء');
    const lacking = () => false;
    const [alternative, ...others] = expander.alternativesOf(tokens, 2, true, lacking);
    expect(others).toEqual([]);
    expect(alternative).toMatchObject({ text: 'حكومة', credit: 0.7, via: 'synonym', whole: true });
    expect(alternative!.shared).toEqual(expect.arrayContaining(['مجلس', 'وزراء']));
    expect(expander.alternativesOf(tokens, 3, true, lacking).map((a) => a.text)).toEqual(['حكومة']);
    // Where the documents have the phrase, its words are searched as they are.
    expect(expander.alternativesOf(tokens, 2, true, () => true)).toEqual([]);
  });

  it("does not offer an Arabic phrase's own word as another wording of it (عدد السكان is not سكان)", () => {
    expect(expander.alternativesOf(analyze('كم عدد السكان'), 1, true, () => false)).toEqual([]);
  });

  it('offers a wording that keeps a word of the phrase only to its other words (رجال الأمن: قوات الأمن for رجال)', () => {
    const tokens = analyze('كم قتيلا من رجال الأمن');
    const alternatives = expander.alternativesOf(tokens, 3, true, () => false);
    expect(alternatives.map((a) => a.text)).toEqual(['قوات الأمن']);
    // Its words that are the phrase's own (الأمن) are not searched as alternatives of رجال.
    expect(alternatives[0]!.shared).toEqual(expect.arrayContaining(['رجال', 'امن']));
    expect(expander.alternativesOf(tokens, 4, true, () => false)).toEqual([]);
  });

  it('gives a word of an Arabic phrase the documents lack its own meaning too, when they lack the word (السلع of السلع الأساسية)', () => {
    const tokens = analyze('ارتفاع اسعار السلع الاساسية');
    expect(expander.alternativesOf(tokens, 2, false, () => false).map((a) => a.text)).toEqual(['المواد الأساسية', 'سلعة', 'سلع', 'منتجات']);
    // A word the documents use keeps only the phrase's other wordings.
    expect(expander.alternativesOf(tokens, 2, true, () => false).map((a) => a.text)).toEqual(['المواد الأساسية']);
  });

  it("finds an Arabic phrase through its words' dictionary forms (طلبت المساعدة as طلب المساعدة)", () => {
    expect(expander.alternativesOf(analyze('هل طلبت المساعدة'), 1, true, () => false).map((a) => a.text)).toEqual(['لجأ إلى']);
  });

  it('leaves a word the documents use often as it is', () => {
    expect(expander.alternativesOf(analyze('كم عسكري'), 1, true)).toEqual([]);
    expect(expander.alternativesOf(analyze('كم عسكري'), 1, true, undefined, false)).toEqual([]);
  });

  it('gives a word the documents use rarely the other words of its meaning, well below the word itself', () => {
    // The documents' عسكري may be «العسكرية» (military) where the question means a soldier.
    const alternatives = expander.alternativesOf(analyze('كم عسكري'), 1, true, undefined, true);
    expect(alternatives.map((a) => a.text)).toEqual(['جندي', 'جنود', 'عسكري', 'قوات']);
    const lacked = expander.alternativesOf(analyze('كم عسكري'), 1, false);
    expect(Math.max(...alternatives.map((a) => a.credit))).toBeLessThan(Math.min(...lacked.map((a) => a.credit)));
  });

  it('reads an inflected or dialect verb by its dictionary form (أرسلوا، بعتوا)', () => {
    expect(expander.alternativesOf(analyze('وأرسلوا'), 0, false).map((a) => a.text)).toContain('بعث');
    expect(expander.alternativesOf(analyze('بيبعتوا'), 0, false).map((a) => a.text)).toContain('أرسل');
  });

  it('offers nothing for a word outside the glossary, digits or emoji', () => {
    expect(expander.alternativesOf(analyze('كازاخستان'), 0, false)).toEqual([]);
    expect(expander.alternativesOf(analyze('2500'), 0, false)).toEqual([]);
    expect(expander.alternativesOf(analyze('🙂 hello'), 0, false)).toEqual([]);
  });
});

describe("the repository's glossary", () => {
  it('reads "groups" as groups, not as the bloc of «تكتل» (an alias of the CSTO) that "grouping" shares its stem with', () => {
    const alternatives = glossaryExpander().alternativesOf(analyze('the terrorist groups'), 2, false).map((a) => a.text);
    expect(alternatives).toContain('جماعات');
    expect(alternatives).not.toContain('تكتل');
  });

  it('offers no word on the shipped glossary whose light stem is another word: «группы» is not شريحة (stem شرح, "explain")', () => {
    const offered = glossaryExpander().alternativesOf(analyze('какие группы'), 1, false).map((a) => a.text);
    expect(offered).toContain('جماعات');
    expect(offered).not.toContain('شريحة');
  });

  it('reads taking part in a meeting as attending it (من شارك في الاجتماع؟: «وحضر الاجتماع…»)', () => {
    expect(glossaryExpander().alternativesOf(analyze('من شارك في الاجتماع'), 1, false).map((a) => a.text)).toContain('حضر');
  });

  it('reads the dialects\' overturning the regime as overthrowing it (بدهن يقلبوا النظام: «الإطاحة بالنظام»)', () => {
    const tokens = analyze('بدهن يقلبوا النظام');
    for (const i of [1, 2]) expect(glossaryExpander().alternativesOf(tokens, i, false).map((a) => a.text)).toContain('أطاح');
  });

  it('reads "the right call", "the right time" as apt and timely («مناسب… في الوقت المناسب»), and "rights" as rights', () => {
    const tokens = analyze('was it the right call at the right time');
    for (const i of [3, 7]) expect(glossaryExpander().alternativesOf(tokens, i, false).map((a) => a.text), String(i)).toContain('مناسب');
    expect(glossaryExpander().alternativesOf(analyze('what rights'), 1, false).map((a) => a.text)).not.toContain('مناسب');
  });

  it('reads the dialects\' عزم as inviting (مين عزم القوات؟: «ودعا قوات حفظ السلام»), beside its sense of resolving', () => {
    const offered = glossaryExpander().alternativesOf(analyze('مين عزم القوات'), 1, false).map((a) => a.text);
    expect(offered).toContain('دعا');
    expect(offered).toContain('نوى');
  });
});
