import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { askedMastheadPost, siteNounIndexes } from '../../src/search/credit-question.js';

const postOf = (question: string) => askedMastheadPost(analyze(question))?.role;

describe('askedMastheadPost', () => {
  it('reads the post a question names, in Arabic with or without the article, its dialects, English and Russian', () => {
    expect(postOf('من المشرف العام على موقع صدى البلد؟')).toBe('general-supervisor');
    expect(postOf('مين ماسك الإشراف العام في صدى البلد؟')).toBe('general-supervisor');
    expect(postOf('من رئيس تحرير صدى البلد؟')).toBe('editor-in-chief');
    expect(postOf('who is listed as editor-in-chief on the Sada El Balad page')).toBe('editor-in-chief');
    expect(postOf('who is the editor of sada elbalad?')).toBe('editor-in-chief');
    expect(postOf('кто главный редактор RT?')).toBe('editor-in-chief');
    expect(postOf('кто главред сайта?')).toBe('editor-in-chief');
  });

  it('reads the longer post where one holds another: a deputy editor-in-chief, a managing editor', () => {
    expect(postOf('من نائب رئيس التحرير في صدى البلد؟')).toBe('deputy-editor-in-chief');
    expect(postOf('who is the managing editor of RT?')).toBe('managing-editor');
    expect(postOf('كيف أصبح رئيس مجلس الإدارة مسؤولا عن الموقع؟')).toBe('chairman');
  });

  it('finds no post in questions on the news, nor in «المؤسسة» (an institution)', () => {
    for (const question of ['من رئيس كازاخستان؟', 'what did the CSTO secretary general say?', 'ما دور المؤسسة العسكرية في الأحداث؟', 'кто возглавил правительство?']) {
      expect(postOf(question), question).toBeUndefined();
    }
  });

  it('gives the indexes of the post\'s words and of the site\'s noun, which tell nothing of which site', () => {
    const tokens = analyze('من المشرف العام على موقع صدى البلد؟');
    expect(askedMastheadPost(tokens)!.words.map((i) => tokens[i]!.normalized)).toEqual(['المشرف', 'العام']);
    expect(siteNounIndexes(tokens).map((i) => tokens[i]!.normalized)).toEqual(['موقع']);
  });
});
