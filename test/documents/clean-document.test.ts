import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/documents/clean-document.js';

const TITLE = 'قوات حفظ السلام تصل إلى كازاخستان';
const SENTENCE = 'وصلت أولى وحدات قوات حفظ السلام إلى مطار ألماتي صباح الجمعة بعد طلب رسمي من الحكومة.';
const SECOND = 'وقالت الأمانة العامة للمنظمة إن مهمة القوات ستقتصر على حماية المنشآت الحكومية والعسكرية.';

/** A raw page: the headline, the article, and whatever chrome the test adds. */
function page(...lines: string[]): string {
  return [TITLE, '', SENTENCE, '', ...lines, '', SECOND].join('\n');
}

describe('cleanDocument', () => {
  it('takes the first line as the title and keeps the article paragraphs verbatim', () => {
    const doc = cleanDocument(page());
    expect(doc.title).toBe(TITLE);
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('drops a comment form', () => {
    const doc = cleanDocument(page('اترك تعليقاً', '', 'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *'));
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('drops an English comment form', () => {
    const doc = cleanDocument(page('Leave a Reply', 'Your email address will not be published. Required fields are marked *'));
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('drops a cookie notice and its consent button', () => {
    const doc = cleanDocument(page('هذا الموقع يستخدم ملفات تعريف الارتباط .بامكانك قراءة شروط الاستخدام لتفعيل هذه الخاصية اضغط هنا', '', 'موافق'));
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('drops a "read also" teaser', () => {
    const doc = cleanDocument(page('اقرأ أيضًا: تواصل العنف فى كازاخستان.. و«الأمن الجماعى» يواجه الشغب'));
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('drops image captions', () => {
    const doc = cleanDocument(page('صورة أرشيفية', 'صورة أرشيفية', '', 'صورة: وكالة الأنباء'));
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('drops a masthead block repeated on the page', () => {
    const masthead = ['الإشراف العام', 'إلهام أبو الفتح', 'رئيس التحرير', 'أحمــد صبـري'];
    const doc = cleanDocument([...masthead, ...masthead, '', TITLE, '', SENTENCE, '', SECOND].join('\n'), { title: TITLE });
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('drops share buttons and the back-to-top link', () => {
    const doc = cleanDocument(page('الكلمات الدالة', 'مشاركة', 'زر الذهاب إلى الأعلى'));
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('drops a paragraph repeated further down the page', () => {
    const doc = cleanDocument(page(SENTENCE));
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('drops a repeat that differs only in punctuation and spacing', () => {
    const repeat = SENTENCE.replace('الجمعة', 'الجمعة ،').replace(/\.$/, ' ؛');
    const doc = cleanDocument(page(repeat));
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('keeps a paragraph that only shares a few words with an earlier one', () => {
    const other = 'وصلت أولى وحدات الإغاثة إلى مدينة أكتاو مساء السبت محملة بالأدوية والأغذية للسكان.';
    const doc = cleanDocument(page(other));
    expect(doc.paragraphs).toEqual([SENTENCE, other, SECOND]);
  });

  it('drops an English cookie banner', () => {
    const doc = cleanDocument(page('This website uses cookies to improve your experience.', 'Accept'));
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('keeps an article sentence that merely mentions cookies or comments', () => {
    const mentions = [
      'وقالت الهيئة إن المواقع التي تستخدم ملفات تعريف الارتباط دون موافقة المستخدمين ستواجه غرامات كبيرة.',
      'The regulator said the bakery had sold a million cookie boxes during the winter holidays.',
      'Комментарии президента вызвали широкую реакцию в парламенте и в прессе.',
    ];
    const doc = cleanDocument(page(...mentions.flatMap((m) => [m, ''])));
    expect(doc.paragraphs).toEqual([SENTENCE, ...mentions, SECOND]);
  });

  it('reads a copy-link URL as the document url and drops the line', () => {
    const doc = cleanDocument(page('انسخ الرابطhttps://ar.rt.com/s48q'));
    expect(doc.url).toBe('https://ar.rt.com/s48q');
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('reads "المصدر: X" as the document via and keeps the line, word for word, as a passage of its own', () => {
    const doc = cleanDocument(page('المصدر: نوفوستي'));
    expect(doc.via).toBe('نوفوستي');
    expect(doc.paragraphs).toContain('المصدر: نوفوستي');
  });

  it('keeps a masthead\'s posts and names as credits, once however often the page repeats it, and no line of it as a passage', () => {
    const masthead = ['الإشراف العام', 'إلهام أبو الفتح', 'رئيس التحرير', 'أحمــد صبـري'];
    const doc = cleanDocument([TITLE, ...masthead, ...masthead, '', SENTENCE, '', SECOND].join('\n'));
    expect(doc.credits).toEqual([
      { role: 'general-supervisor', label: 'الإشراف العام', name: 'إلهام أبو الفتح' },
      { role: 'editor-in-chief', label: 'رئيس التحرير', name: 'أحمد صبري' },
    ]);
    expect(doc.title).toBe(TITLE);
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('reads a post and its name on one line, in English and Russian too', () => {
    expect(cleanDocument(page('Editor-in-chief: Jane Doe')).credits).toEqual([{ role: 'editor-in-chief', label: 'Editor-in-chief', name: 'Jane Doe' }]);
    expect(cleanDocument(page('Главный редактор: Иван Петров')).credits).toEqual([{ role: 'editor-in-chief', label: 'Главный редактор', name: 'Иван Петров' }]);
  });

  it('reads no credit from a sentence naming a post, nor from a post with no name under it', () => {
    const sentence = 'وقال رئيس التحرير إن الموقع سيواصل تغطية الأحداث في كازاخستان على مدار الساعة.';
    const doc = cleanDocument(page(sentence, '', 'رئيس التحرير', '', 'وأضاف أن المراسلين في ألماتي بخير وأنهم يواصلون عملهم رغم الظروف الصعبة.'));
    expect(doc).not.toHaveProperty('credits');
    expect(doc.paragraphs).toContain(sentence);
    expect(doc.paragraphs).toContain('وأضاف أن المراسلين في ألماتي بخير وأنهم يواصلون عملهم رغم الظروف الصعبة.');
  });

  it('reads an Arabic dateline as an ISO date with a 24-hour time and drops the line', () => {
    const doc = cleanDocument(page('الخميس، 06 يناير 2022 - 08:13 م'));
    expect(doc.date).toBe('2022-01-06T20:13');
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('states no date, url, via or credits the text does not carry', () => {
    const doc = cleanDocument(page());
    expect(doc).not.toHaveProperty('date');
    expect(doc).not.toHaveProperty('url');
    expect(doc).not.toHaveProperty('via');
    expect(doc).not.toHaveProperty('credits');
  });

  it('keeps an article sentence that contains a date', () => {
    const dated = 'وفي 7 يناير 2022 ألقى الرئيس خطابا إلى الشعب أعلن فيه استمرار عملية مكافحة الإرهاب.';
    const doc = cleanDocument(page(dated));
    expect(doc.paragraphs).toContain(dated);
  });

  it('drops the headline repeated under a front-matter title, even with trailing dots', () => {
    const doc = cleanDocument(['العالمسياسة', '', `${TITLE}..`, '', 'أصـــداء  |', '', SENTENCE].join('\n'), { title: TITLE });
    expect(doc.title).toBe(TITLE);
    expect(doc.paragraphs).toEqual([SENTENCE]);
  });

  it('joins hard-wrapped lines of one paragraph with a space', () => {
    const body = [
      TITLE,
      '',
      'وقالت الأمانة العامة لمنظمة معاهدة الأمن الجماعي في بيان نشرته مساء',
      'الخميس إن القوات بدأت بالفعل في تنفيذ مهامها هناك.',
    ].join('\n');
    expect(cleanDocument(body).paragraphs).toEqual([
      'وقالت الأمانة العامة لمنظمة معاهدة الأمن الجماعي في بيان نشرته مساء الخميس إن القوات بدأت بالفعل في تنفيذ مهامها هناك.',
    ]);
  });

  it('keeps lines that end a sentence as separate paragraphs', () => {
    const doc = cleanDocument([TITLE, SENTENCE, SECOND].join('\n'));
    expect(doc.paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('folds runs of spaces and non-breaking spaces inside a paragraph', () => {
    const doc = cleanDocument([TITLE, '', SENTENCE.replace(' ', '  \u00A0 ')].join('\n'));
    expect(doc.paragraphs).toEqual([SENTENCE]);
  });

  it('handles Windows line endings', () => {
    expect(cleanDocument(page('صورة أرشيفية').replace(/\n/g, '\r\n')).paragraphs).toEqual([SENTENCE, SECOND]);
  });

  it('returns no paragraphs for a page of chrome only', () => {
    expect(cleanDocument('Share\nاترك تعليقاً\nزر الذهاب إلى الأعلى').paragraphs).toEqual([]);
  });
});
