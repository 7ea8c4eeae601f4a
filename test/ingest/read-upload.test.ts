import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, IngestResult } from '../../src/ingest/extracted-document.js';
import type { IngestLimits } from '../../src/ingest/ingest-limits.js';
import { readUpload, type Upload } from '../../src/ingest/read-upload.js';
import { makeArabicLinePdf, makeDocx, makeScannedPdf, makeTextPdf } from './make-test-files.js';

const LIMITS = { maxBytes: 1_000_000 };
/** Reads on this thread: the worker thread is tested once, in read-off-thread.test.ts. */
const readHere = (file: Upload, limits: IngestLimits) => readUpload(file, limits, { offThread: false });
const ARABIC = 'أعلن الرئيس صباح اليوم عن خطة جديدة لإصلاح قطاع المياه، تشمل بناء ثلاث محطات لتحلية مياه البحر.\n\nوقال إن الخطة ستكلف نحو أربعة مليارات دولار.';
const RUSSIAN = 'Президент объявил о новом плане реформы водного хозяйства.\n\nПлан обойдётся примерно в четыре миллиарда долларов.';
const NEWS_PAGE = readFileSync(new URL('../fixtures/ingest/arabic-news-page.html', import.meta.url));

const utf8 = (text: string) => new TextEncoder().encode(text);

function documentOf(result: IngestResult): ExtractedDocument {
  if (!result.ok) throw new Error(`refused: ${result.reason} ${result.detail ?? ''}`);
  return result.document;
}

describe('readUpload: text files', () => {
  it('reads a .md file with front matter: title, outlet, date and link from it, the body as the text', async () => {
    const file = `---\ntitle: خطة المياه\noutlet: أخبار الشرق\ndate: 2024-05-03\nurl: https://news.example/water\n---\n${ARABIC}\n`;
    expect(documentOf(await readHere({ name: 'water.md', bytes: utf8(file) }, LIMITS))).toEqual({
      kind: 'md', origin: 'water.md', title: 'خطة المياه', outlet: 'أخبار الشرق', date: '2024-05-03', url: 'https://news.example/water', text: ARABIC,
    });
  });

  it('reads a .txt file without front matter, stating nothing it does not say', async () => {
    expect(documentOf(await readHere({ name: 'note.txt', bytes: utf8(ARABIC) }, LIMITS))).toEqual({ kind: 'txt', origin: 'note.txt', text: ARABIC });
  });

  it('drops a UTF-8 byte-order mark, normalises line endings and removes invisible and control characters', async () => {
    const messy = `\uFEFFأعلن\u200F الرئيس\u200B خطة\u0007 جديدة.\r\n\r\n\r\n\r\nوقال\u202E إن الخطة ستكلف.\r\n`;
    expect(documentOf(await readHere({ name: 'a.txt', bytes: utf8(messy) }, LIMITS)).text).toBe('أعلن الرئيس خطة جديدة.\n\nوقال إن الخطة ستكلف.');
  });

  it.each([
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARABIC, 'utf16le')])],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARABIC, 'utf16le').swap16()])],
    ['UTF-16 LE without a mark', Buffer.from(ARABIC, 'utf16le')],
    ['UTF-16 BE without a mark', Buffer.from(ARABIC, 'utf16le').swap16()],
    ['Windows-1256', iconv.encode(ARABIC, 'windows-1256')],
    ['ISO-8859-6', iconv.encode(ARABIC, 'iso-8859-6')],
  ])('reads Arabic text in %s', async (_, bytes) => {
    expect(documentOf(await readHere({ name: 'news.txt', bytes }, LIMITS)).text).toBe(ARABIC);
  });

  it('reads English text in UTF-16 without a mark, and a few words of Windows-1256', async () => {
    expect(documentOf(await readHere({ name: 'a.txt', bytes: Buffer.from('The plan, in short.', 'utf16le') }, LIMITS)).text).toBe('The plan, in short.');
    expect(documentOf(await readHere({ name: 'a.txt', bytes: iconv.encode('عاجل: خبر', 'windows-1256') }, LIMITS)).text).toBe('عاجل: خبر');
  });

  it.each([['Windows-1251', 'windows-1251'], ['KOI8-R', 'koi8-r']])('reads Russian text in %s', async (_, encoding) => {
    expect(documentOf(await readHere({ name: 'news.txt', bytes: iconv.encode(RUSSIAN, encoding) }, LIMITS)).text).toBe(RUSSIAN);
  });

  it('refuses binary junk named .txt as an unreadable encoding', async () => {
    const junk = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256);
    expect(await readHere({ name: 'photo.txt', bytes: junk }, LIMITS)).toMatchObject({ ok: false, reason: 'unreadable-encoding' });
  });

  it('refuses a file with no letters at all', async () => {
    expect(await readHere({ name: 'empty.md', bytes: utf8('---\ntitle: x\n---\n\n  \n— 1 —\n') }, LIMITS)).toMatchObject({ ok: false, reason: 'no-article-text' });
  });
});

describe('readUpload: size and type', () => {
  it('refuses a file over the limit, unread, saying how big it is', async () => {
    const huge = new Uint8Array(12_400_000).fill(0x61);
    expect(await readHere({ name: 'huge.txt', bytes: huge }, { maxBytes: 10_000_000 })).toEqual({ ok: false, reason: 'too-big', detail: '12.4 MB > 10 MB' });
  });

  it('refuses a type it does not read, naming it', async () => {
    expect(await readHere({ name: 'song.mp3', bytes: utf8('ID3…') }, LIMITS)).toEqual({ ok: false, reason: 'unsupported-type', detail: '.mp3' });
    expect(await readHere({ name: 'report.doc', bytes: utf8('\u00d0\u00cf') }, LIMITS)).toMatchObject({ ok: false, reason: 'unsupported-type', detail: '.doc' });
  });

  it('goes by the media type the platform reported when the name has no extension', async () => {
    expect(documentOf(await readHere({ name: 'article', bytes: utf8(ARABIC), mimeType: 'text/plain; charset=utf-8' }, LIMITS)).kind).toBe('txt');
  });

  it('reads a PDF by its signature whatever its name says', async () => {
    const pdf = await makeTextPdf([['The president announced a water plan on Friday.']]);
    expect(documentOf(await readHere({ name: 'article.txt', bytes: pdf }, LIMITS)).kind).toBe('pdf');
  });

  it('refuses a zip archive that is not a Word document', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await new JSZip().file('photo.jpg', 'not really').generateAsync({ type: 'uint8array' });
    expect(await readHere({ name: 'photos.docx', bytes: zip }, LIMITS)).toMatchObject({ ok: false, reason: 'unsupported-type' });
  });
});

describe('readUpload: saved news pages', () => {
  it('keeps the article and leaves out navigation, ads, related links, comments and the footer', async () => {
    const { text } = documentOf(await readHere({ name: 'water.html', bytes: NEWS_PAGE }, LIMITS));
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^أعلن الرئيس صباح اليوم الجمعة/);
    expect(paragraphs.at(-1)).toMatch(/تشغيل محطات التحلية وصيانتها\.$/);
    expect(paragraphs.filter((p) => p.length > 100)).toHaveLength(4);
    for (const boilerplate of ['الرئيسية', 'اتصل بنا', 'خصم', 'عاجل', 'اقرأ أيضا', 'التعليقات', 'خطة ممتازة', 'جميع الحقوق محفوظة', 'window.ads']) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it('takes the title, outlet, date and canonical link from the page metadata', async () => {
    expect(documentOf(await readHere({ name: 'water.html', bytes: NEWS_PAGE }, LIMITS))).toMatchObject({
      kind: 'html', origin: 'water.html', title: 'الرئيس يعلن خطة جديدة لإصلاح قطاع المياه', outlet: 'أخبار الشرق', date: '2024-05-03', url: 'https://news.example/ar/water-plan',
    });
  });

  it('falls back to JSON-LD and <time> when the Open Graph tags are missing', async () => {
    const page = NEWS_PAGE.toString('utf8')
      .replace(/<meta property="(og:site_name|article:published_time|og:title)"[^>]*>/g, '')
      .replace('"datePublished":"2024-05-03T09:15:00+03:00",', '');
    expect(documentOf(await readHere({ name: 'water.htm', bytes: utf8(page) }, LIMITS))).toMatchObject({ outlet: 'أخبار الشرق', date: '2024-05-03' });
  });

  it('reads a page in Windows-1256 as its <meta charset> says', async () => {
    const page = NEWS_PAGE.toString('utf8').replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">');
    const document = documentOf(await readHere({ name: 'water.html', bytes: iconv.encode(page, 'windows-1256') }, LIMITS));
    expect(document.title).toBe('الرئيس يعلن خطة جديدة لإصلاح قطاع المياه');
    expect(document.text).toContain('محطات لتحلية مياه البحر');
  });

  it('reads a page built of divs, its metadata from a JSON-LD @graph, leaving out a "read also" link and the sidebar', async () => {
    const bytes = readFileSync(new URL('../fixtures/ingest/russian-news-page.html', import.meta.url));
    const document = documentOf(await readHere({ name: 'airport.html', bytes }, LIMITS));
    expect(document).toMatchObject({ title: 'Власти Алматы объявили о ремонте аэропорта', outlet: 'Новости Степи', date: '2022-01-12' });
    // A relative canonical link cannot be resolved in a saved file: no link rather than a wrong one.
    expect(document.url).toBeUndefined();
    expect(document.text).toContain('Власти Алматы объявили, что весной начнётся ремонт здания аэропорта');
    expect(document.text.split('\n\n').at(-1)).toMatch(/^Ранее в аэропорту сообщили/);
    for (const boilerplate of ['Читайте также', 'Курс тенге', 'Популярное', 'Подпишитесь', 'Перепечатка', 'Войти']) expect(document.text).not.toContain(boilerplate);
  });

  it('reads a page saved as UTF-8 that still declares its old charset', async () => {
    const page = NEWS_PAGE.toString('utf8').replace('<meta charset="utf-8">', '<meta charset="windows-1256">');
    expect(documentOf(await readHere({ name: 'water.html', bytes: utf8(page) }, LIMITS)).outlet).toBe('أخبار الشرق');
  });

  it('refuses a page with no article text (a front page of links)', async () => {
    const page = '<!doctype html><html><head><title>أخبار الشرق</title></head><body><nav><a href="/">الرئيسية</a> <a href="/p">سياسة</a></nav><ul><li><a href="/1">خبر أول</a></li><li><a href="/2">خبر ثان</a></li></ul></body></html>';
    expect(await readHere({ name: 'front.html', bytes: utf8(page) }, LIMITS)).toMatchObject({ ok: false, reason: 'no-article-text' });
  });
});

describe('readUpload: PDF', () => {
  it('reads the text layer into paragraphs, joins lines and a hyphenated word, and takes the title from the PDF info', async () => {
    const pdf = await makeTextPdf([
      ['The president announced a new national plan for the water', 'sector on Friday, with three desalination plants to be built', 'within five years.', '', 'The plan will cost about four bil-', 'lion dollars, he said.'],
      ['Engineers welcomed the plan.'],
    ], 'Water plan announced');
    expect(documentOf(await readHere({ name: 'plan.pdf', bytes: pdf }, LIMITS))).toEqual({
      kind: 'pdf', origin: 'plan.pdf', title: 'Water plan announced',
      text: 'The president announced a new national plan for the water sector on Friday, with three desalination plants to be built within five years.\n\n'
        + 'The plan will cost about four billion dollars, he said.\n\nEngineers welcomed the plan.',
    });
  });

  it('does not take a file name the producer wrote as the title', async () => {
    const pdf = await makeTextPdf([['Some text of the article.']], 'Microsoft Word - draft3.docx');
    expect(documentOf(await readHere({ name: 'a.pdf', bytes: pdf }, LIMITS)).title).toBeUndefined();
  });

  it('refuses a scanned PDF (pictures, no text layer)', async () => {
    expect(await readHere({ name: 'scan.pdf', bytes: await makeScannedPdf() }, LIMITS)).toEqual({ ok: false, reason: 'no-text-layer', detail: '2 page(s) without text' });
  });

  it('refuses a damaged PDF as unreadable', async () => {
    expect(await readHere({ name: 'broken.pdf', bytes: utf8('%PDF-1.4\n1 0 obj garbage') }, LIMITS)).toMatchObject({ ok: false, reason: 'unreadable-encoding' });
  });

  it('reads Arabic drawn in visual order and Arabic stored backwards both in reading order', async () => {
    const lines = ['أعلنت الحكومة خطة جديدة لإصلاح شبكة المياه', 'في المدينة القديمة والقرى المجاورة'];
    const reversed = lines.map((line) => [...line].reverse().join(''));
    for (const drawn of [reversed, lines]) {
      expect(documentOf(await readHere({ name: 'ar.pdf', bytes: makeArabicLinePdf(drawn) }, LIMITS)).text).toBe(lines.join(' '));
    }
  });
});

describe('readUpload: Word', () => {
  it('reads paragraphs, and the title from the first heading', async () => {
    const docx = await makeDocx(['# خطة جديدة لقطاع المياه', 'أعلن الرئيس اليوم خطة جديدة.', 'وقال إنها ستكلف أربعة مليارات دولار.']);
    expect(documentOf(await readHere({ name: 'plan.docx', bytes: docx }, LIMITS))).toEqual({
      kind: 'docx', origin: 'plan.docx', title: 'خطة جديدة لقطاع المياه',
      text: 'خطة جديدة لقطاع المياه\n\nأعلن الرئيس اليوم خطة جديدة.\n\nوقال إنها ستكلف أربعة مليارات دولار.',
    });
  });

  it('refuses a zip bomb by the unzipped size its directory declares, unzipping nothing', async () => {
    const docx = Buffer.from(await makeDocx(['A short text.']));
    // Claim 2 GB for every file: each central directory entry (signature PK 1 2) declares its unzipped size at offset 24.
    for (let at = docx.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = docx.indexOf('PK\x01\x02', at + 4, 'latin1')) docx.writeUInt32LE(0x7f000000, at + 24);
    expect(await readHere({ name: 'bomb.docx', bytes: docx }, LIMITS)).toMatchObject({ ok: false, reason: 'too-big', detail: expect.stringMatching(/^unzips to \d+/) });
  });

  it('prefers the title in the document properties', async () => {
    const docx = await makeDocx(['Engineers welcomed the plan on Friday.'], 'Water plan & reactions');
    expect(documentOf(await readHere({ name: 'plan.docx', bytes: docx }, LIMITS)).title).toBe('Water plan & reactions');
  });
});
