import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { asksForName, organisationKindIndex } from '../../src/search/name-question.js';

describe('asksForName', () => {
  it('reads "what is the name of…?" and "the names" in Arabic, its dialects, English and Russian', () => {
    for (const question of [
      'ما اسم الأكاديمية؟', 'شو اسم الجماعة اللي هجمت؟', 'الأكاديمية دي اسمها ايه؟', 'بدي أسماء القنوات اللي انسرقت استوديوهاتها',
      "what's the name of the academy?", 'which channels were hit? need the names', 'как называется эта группировка?',
      'какое название у академии?', 'Как звали премьер-министра, чьё правительство ушло в отставку?', 'как зовут генсека ОДКБ?',
      'شو كان اسم رئيس الوزرا يلي استقال؟', 'ما هو اسم المنظمة؟',
    ]) expect(asksForName(analyze(question)), question).toBe(true);
  });

  it('leaves «اسم» that is part of what is asked about, and questions that ask no name', () => {
    for (const question of [
      'هل تحدث توكاييف باسم الشعب؟', 'من أعطى الأمر باسم الرئيس؟', 'what did the academy students do?', 'что сказал Токаев?',
      'как звучало обращение Токаева?', 'هل كان اسم الرئيس مذكورا؟',
    ]) expect(asksForName(analyze(question)), question).toBe(false);
  });
});

describe('organisationKindIndex', () => {
  it('finds the kind of organisation asked which of: media outlets too, in Arabic, English and Russian', () => {
    for (const question of ['which foreign media outlets did the ministry criticise?', 'Какие иностранные СМИ назвали предвзятыми?', 'أي وسائل الإعلام نقلت الخبر؟', 'which airline were the planes from?', 'وش اسم شركة الطيران؟']) {
      expect(organisationKindIndex(analyze(question)), question).toBeGreaterThan(0);
    }
  });

  it('leaves «وسائل» that are means, and agencies, which a report credits by a name the gazetteer may not hold', () => {
    for (const question of ['بأي وسائل واجهت الشرطة المحتجين؟', 'which news agency is the RT piece based on?']) {
      expect(organisationKindIndex(analyze(question)), question).toBe(-1);
    }
  });
});
