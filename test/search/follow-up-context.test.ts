import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { loadSanad } from '../../src/sanad.js';
import { CONTEXT_WEIGHT, STANDALONE_MIN_CONCEPTS } from '../../src/search/follow-up-context.js';

const sanad = loadSanad({ corpusDir: fileURLToPath(new URL('../../corpus', import.meta.url)) });

/*
 * Follow-up pairs written from the seed articles: [previous question, follow-up, a pattern the passage answering the
 * follow-up holds]. Asked alone, each follow-up declines or leads with another passage; read with the previous
 * question it leads with the one that answers it.
 */
const PAIRS: Record<'ar' | 'en' | 'ru', Array<[string, string, RegExp]>> = {
  ar: [
    ['من هو رئيس وزراء أرمينيا؟', 'وماذا قال؟', /باشينيان/],
    ['هل وصلت قوات حفظ السلام إلى كازاخستان؟', 'وكم عددها؟', /2500/],
    ['من هاجم كازاخستان؟', 'وأين تدربوا؟', /في الخارج/],
    ['متى عقد توكاييف الاجتماع الأول لمجلس الأمن؟', 'وماذا طلب؟', /طلب المساعدة/],
    ['ما هو الأساس القانوني لنشر قوات حفظ السلام الجماعية؟', 'ومن وجه النداء؟', /توجيه نداء/],
    ['سكان أي مدن احتجوا على مضاعفة أسعار الغاز؟', 'وفي أي منطقة تقع؟', /مانغيستاو/],
    ['متى أعلن يوم الحداد الوطني في كازاخستان؟', 'ولماذا؟', /حداد/],
    ['ماذا قالت قناة خبر 24 عن الفوضى في ألماتي؟', 'وكم واحد مات هناك؟', /13 ضابطا/],
    ['لماذا تم تقييد الوصول إلى الإنترنت في كازاخستان؟', 'وهل كان مؤقتا؟', /التقييد المؤقت/],
    ['من أين جاءت وحدات حفظ السلام التي وصلت إلى كازاخستان؟', 'وماذا تحمي؟', /قاعدة بايكونور/],
    ['ماذا قالت الأمانة العامة لمنظمة معاهدة الأمن الجماعي عن النداء؟', 'ومتى؟', /يوم الأربعاء/],
  ],
  en: [
    ['What did Khabar 24 report about the chaos in Almaty?', 'And how many died there?', /13 ضابطا/],
    ['Did the peacekeepers arrive in Kazakhstan?', 'How many of them?', /2500/],
    ['When was the national day of mourning declared?', 'Why?', /حداد/],
    ['When did Tokayev hold the first meeting of the Security Council?', 'What did he request?', /طلب المساعدة/],
    ['What did the CSTO secretariat say about the peacekeepers?', 'And how many are there?', /2500/],
    ['Where did the protests in Kazakhstan start?', 'And when?', /2 يناير/],
    ['When did Kazakhstan declare a state of emergency?', 'Until when?', /19 يناير/],
    ['What did the protesters demand at first?', 'Did the protests stop after that?', /ولم تتوقف/],
    ['What did Tokayev order law enforcement to do?', 'And who will get the results?', /المجتمع الدولي/],
    ['What did the Kazakh foreign ministry say about foreign media?', 'Who are the security forces fighting?', /تقاتل قوات/],
  ],
  ru: [
    ['Прибыли ли миротворцы в Казахстан?', 'Сколько их?', /2500/],
    ['Когда объявили день национального траура?', 'Почему?', /حداد/],
    ['Что сказал секретариат ОДКБ о миротворцах?', 'А сколько их?', /2500/],
    ['Где начались протесты в Казахстане?', 'А когда?', /2 يناير/],
    ['Что МИД Казахстана сказал об иностранных СМИ?', 'С кем сражаются силовики?', /تقاتل قوات/],
    ['Почему ограничили доступ к интернету?', 'И надолго?', /التقييد المؤقت/],
    ['Что требовали протестующие сначала?', 'А после этого они прекратились?', /ولم تتوقف/],
    ['Кто такой Пашинян?', 'Что решил совет?', /قرر/],
    ['Почему протестовали жители Жанаозена?', 'А когда это было?', /الأيام الأولى|2 يناير/],
    ['Кому Токаев поручил провести расследование?', 'И кому сообщат результаты?', /المجتمع الدولي/],
  ],
};

const leads = (answer: Answer, pattern: RegExp) => answer.status === 'answered' && pattern.test(answer.passages[0]!.text);

describe('a follow-up read with the previous question (AskOptions.context)', () => {
  for (const [language, pairs] of Object.entries(PAIRS)) {
    it(`finds the passage a follow-up asks about with its topic, which most need (${language}, ${pairs.length} pairs)`, () => {
      expect(pairs.length).toBeGreaterThanOrEqual(10);
      let foundAlone = 0;
      for (const [previous, followUp, pattern] of pairs) {
        if (leads(sanad.ask(followUp), pattern)) foundAlone++;
        const withTopic = sanad.ask(followUp, { context: previous });
        expect({ followUp, withTopic: leads(withTopic, pattern) }).toEqual({ followUp, withTopic: true });
        // The answer is to the user's own words, in their language.
        expect(withTopic.question).toBe(followUp);
        expect(withTopic.language).toBe(language);
      }
      // A follow-up whose own words find its passage needs no topic; most of these have too few words to (the pairs
      // were chosen so), which is what the topic is for.
      expect(foundAlone).toBeLessThanOrEqual(pairs.length * 0.3);
    });
  }

  it('gives pronoun-only follow-ups the topic, at a lower weight', () => {
    for (const [previous, followUp] of [
      ['ماذا قالت قناة خبر 24 عن الفوضى في ألماتي؟', 'وكم واحد مات هناك؟'],
      ['How many peacekeepers did the CSTO send to Kazakhstan?', 'and who sent them?'],
      ['Что происходило в Алматы?', 'а сколько там погибло?'],
    ] as const) {
      const query = sanad.index.queryOf(followUp, previous);
      const topic = query.concepts.filter((c) => c.contextWeight !== undefined);
      expect(topic.length, followUp).toBeGreaterThan(0);
      expect(topic.every((c) => c.contextWeight === CONTEXT_WEIGHT)).toBe(true);
      // The topic's terms weigh less than the follow-up's own, and what it asks (how many, who) is its own.
      const topicConcepts = new Set(topic.map((c) => query.concepts.indexOf(c)));
      // (An alternative found only among the documents' other cuts of words weighs more than 1 in that field.)
      const alone = sanad.index.queryOf(previous).terms;
      for (const t of query.terms) {
        if (t.concept === undefined || !topicConcepts.has(t.concept)) continue;
        const own = Math.max(...alone.filter((a) => a.field === t.field && a.term === t.term).map((a) => a.weight));
        expect(t.weight).toBeLessThanOrEqual(CONTEXT_WEIGHT * own + 1e-9);
      }
      expect(query.text).toBe(followUp);
      expect(query.tokens.slice(0, query.ownTokens)).toEqual(sanad.index.queryOf(followUp).tokens);
    }
  });

  it('leaves a follow-up that stands on its own unchanged', () => {
    const previous = 'ماذا قالت قناة خبر 24 عن الفوضى في ألماتي؟';
    // Names its own subject (a person of the gazetteer), or says enough in its own words.
    for (const followUp of ['What did Tokayev say about the terrorists?', 'كم عدد قوات حفظ السلام التي أرسلتها منظمة معاهدة الأمن الجماعي؟', 'Сколько стоил сжиженный газ для жителей до протестов?']) {
      const alone = sanad.index.queryOf(followUp);
      expect(alone.concepts.some((c) => c.entity) || alone.concepts.length >= STANDALONE_MIN_CONCEPTS, followUp).toBe(true);
      expect(sanad.index.queryOf(followUp, previous)).toEqual(alone);
      expect(sanad.ask(followUp, { context: previous })).toEqual(sanad.ask(followUp));
    }
  });

  it('answers a follow-up with a passage holding its own words, not the previous topic alone', () => {
    // "They" and "too" mark it as following up a question on the ministry's statement, but it asks about a space base.
    for (const [previous, followUp] of [
      ['شو قالت الخارجية الكازاخية عن المتظاهرين السلميين؟', 'and do they protect a space base too?'],
      ['What did the Kazakh foreign ministry say about peaceful protesters?', 'а космодром они тоже охраняют?'],
    ] as const) {
      const answer = sanad.ask(followUp, { context: previous });
      expect(answer.status, followUp).toBe('answered');
      expect(answer.passages[0]!.text, followUp).toContain('بايكونور');
    }
  });

  it('changes nothing for a question without a previous one, or with an empty one', () => {
    const question = 'كم عدد قوات حفظ السلام؟';
    expect(sanad.ask(question, { context: '' })).toEqual(sanad.ask(question));
    expect(sanad.ask(question, { context: '   ' })).toEqual(sanad.ask(question));
    expect(sanad.index.queryOf(question).ownTokens).toBeUndefined();
  });

  it('tells a question whose wording continues the conversation from a new one (for private chats)', () => {
    for (const q of ['وكم عددها؟', 'ومتى؟', 'ما أهدافها؟', 'and who sent them?', 'What did he request?', 'Why?', 'а сколько там погибло?', 'Сколько их?']) {
      expect(sanad.continuesConversation(q), q).toBe(true);
    }
    for (const q of ['How do I reset my password?', 'كيف أغير كلمة السر؟', 'ما مهمة قوات حفظ السلام؟', 'Что решил совет?', 'Which armed forces make up the peacekeeping contingent?']) {
      expect(sanad.continuesConversation(q), q).toBe(false);
    }
    // A greeting or thanks alone asks nothing of the last answer; "tell me more" does.
    for (const q of ['привет', 'thanks!', 'ok thanks', 'مرحبا يا شباب', 'شكرا', 'thank you', 'hi there', 'شكرا لك']) expect(sanad.continuesConversation(q), q).toBe(false);
    expect(sanad.continuesConversation('tell me more')).toBe(true);
    // Nor does a greeting replying to an answer take its topic: it stands on its own.
    expect(sanad.standsOnItsOwn('thanks!')).toBe(true);
    expect(sanad.standsOnItsOwn('Why?')).toBe(false);
  });

  it('never throws on hostile previous questions', () => {
    for (const context of ['', '؟؟؟', '@everyone <b>x</b>', '\u200b\u200f', 'x'.repeat(10_000), '🙂🙂']) {
      expect(() => sanad.ask('وكم عددها؟', { context })).not.toThrow();
    }
  });
});
