import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listDocumentFiles, loadCorpus, parseDocument } from '../../src/documents/load-corpus.js';
import { loadSanad } from '../../src/sanad.js';

const MIXED = fileURLToPath(new URL('../fixtures/corpora/mixed', import.meta.url));
const SENTENCE = 'أعلنت الحكومة عن حزمة إجراءات جديدة لخفض أسعار الغاز المسال في جميع مناطق البلاد.';

describe('parseDocument', () => {
  it('takes title, outlet, date, url and via from front matter', () => {
    const text = [
      '---', 'title: "عنوان الخبر"', 'outlet: "صحيفة"', 'date: 2022-01-06', 'url: https://news.example/a', 'via: تاس', '---', SENTENCE,
    ].join('\n');
    expect(parseDocument('a', text)).toEqual({
      id: 'a', title: 'عنوان الخبر', outlet: 'صحيفة', date: '2022-01-06', url: 'https://news.example/a', via: 'تاس', paragraphs: [SENTENCE],
    });
  });

  it('takes the first line as the title without front matter, and metadata stated in the text', () => {
    const text = ['عنوان الخبر الأول', 'الخميس، 06 يناير 2022 - 08:13 م', SENTENCE, 'المصدر: نوفوستي', 'انسخ الرابطhttps://ar.rt.com/s48q'].join('\n');
    expect(parseDocument('b', text)).toEqual({
      id: 'b', title: 'عنوان الخبر الأول', date: '2022-01-06T20:13', dateline: 'الخميس، 06 يناير 2022 - 08:13 م', url: 'https://ar.rt.com/s48q', via: 'نوفوستي',
      paragraphs: [SENTENCE, 'المصدر: نوفوستي'],
    });
  });

  it('prefers front matter over what the text states, and then keeps no dateline that gives another date', () => {
    const text = ['---', 'date: 2022-01-07', '---', 'عنوان الخبر', '6 يناير 2022', SENTENCE].join('\n');
    const doc = parseDocument('c', text);
    expect([doc.date, 'dateline' in doc]).toEqual(['2022-01-07', false]);
  });

  it('drops the headline repeated under the front-matter title', () => {
    const text = ['---', 'title: "رئيس كازاخستان يتعهد بتدابير حاسمة"', '---', 'رئيس كازاخستان يتعهد بتدابير حاسمة', '', SENTENCE].join('\n');
    expect(parseDocument('d', text).paragraphs).toEqual([SENTENCE]);
  });

  it('invents no metadata the file does not state', () => {
    const doc = parseDocument('e', `عنوان\n${SENTENCE}`);
    expect(Object.keys(doc).sort()).toEqual(['id', 'paragraphs', 'title']);
  });
});

describe('listDocumentFiles', () => {
  it('lists .txt and .md files by name, leaving out README and other files', () => {
    expect(listDocumentFiles(MIXED)).toEqual(['bad-yaml.txt', 'good.md', 'only-chrome.txt']);
  });
});

describe('loadCorpus', () => {
  it('skips a file with invalid YAML front matter with a warning instead of crashing', () => {
    const { documents, warnings } = loadCorpus(MIXED);
    expect(documents.map((d) => d.id)).toEqual(['good']);
    expect(warnings.map((w) => w.file)).toContain('bad-yaml.txt');
    const warning = warnings.find((w) => w.file === 'bad-yaml.txt')!;
    expect(warning.message).not.toBe('');
    expect(warning.message).not.toContain('\n');
  });

  it('skips a file with no text left after cleaning with a warning', () => {
    expect(loadCorpus(MIXED).warnings).toContainEqual({ file: 'only-chrome.txt', message: 'no text left after cleaning' });
  });

  it('loads the good file with its front matter', () => {
    expect(loadCorpus(MIXED).documents[0]).toMatchObject({ id: 'good', title: 'A clean document', outlet: 'Example Outlet' });
  });
});

describe('loadCorpus: bad documents', () => {
  const folderWith = (files: Record<string, string | Uint8Array>) => {
    const dir = mkdtempSync(join(tmpdir(), 'sanad-bad-docs-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  };

  it('skips a file over the size limit unread, naming it and the limit', () => {
    const dir = folderWith({ 'big.txt': `عنوان\n\n${SENTENCE.repeat(200)}`, 'ok.txt': `عنوان\n\n${SENTENCE}` });
    const { documents, warnings } = loadCorpus(dir, { maxBytes: 5_000 });
    expect(documents.map((d) => d.id)).toEqual(['ok']);
    expect(warnings).toEqual([{ file: 'big.txt', message: expect.stringMatching(/^\d+ bytes, over the limit of 5000 \(SANAD_MAX_DOCUMENT_BYTES\)$/) }]);
  });

  it('skips binary files (NUL bytes, or mostly undecodable bytes) with a warning naming each', () => {
    let seed = 3;
    const random = Buffer.alloc(4096).map(() => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    const noNul = random.map((b) => b || 1);
    const dir = folderWith({ 'random.txt': random, 'no-nul.txt': noNul, 'ok.txt': `عنوان\n\n${SENTENCE}` });
    const { documents, warnings } = loadCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['ok']);
    expect(warnings.map((w) => w.file).sort()).toEqual(['no-nul.txt', 'random.txt']);
    expect(warnings.find((w) => w.file === 'random.txt')!.message).toMatch(/binary file \(NUL bytes\)/);
    expect(warnings.find((w) => w.file === 'no-nul.txt')!.message).toMatch(/mostly not text/);
  });

  it('loads a one-paragraph document with no sentence end into bounded passages', () => {
    const dir = folderWith({ 'wall.txt': `عنوان\n\n${'كلمة '.repeat(200_000)}` });
    const sanad = loadSanad({ corpusDir: dir });
    expect(sanad.passages.length).toBeGreaterThan(900);
    expect(Math.max(...sanad.passages.map((p) => p.text.length))).toBeLessThanOrEqual(1000);
  });
});
