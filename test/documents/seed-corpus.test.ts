import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listDocumentFiles, loadCorpus } from '../../src/documents/load-corpus.js';
import { splitPassages } from '../../src/documents/split-passages.js';

const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));
const { documents, warnings } = loadCorpus(CORPUS);
const rawById = new Map(listDocumentFiles(CORPUS).map((name) => [name.replace(/\.[^.]+$/, ''), readFileSync(join(CORPUS, name), 'utf8')]));
const passages = documents.flatMap((doc) => splitPassages(doc));
const doc = (prefix: string) => documents.find((d) => d.id.startsWith(prefix))!;
const collapse = (text: string) => text.replace(/\s+/g, ' ');

describe('loadCorpus on the seed corpus', () => {
  it('loads all five documents without warnings', () => {
    expect(warnings).toEqual([]);
    expect(documents.map((d) => d.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  it.each(['اترك تعليقاً', 'ملفات تعريف الارتباط', 'اقرأ أيضًا', 'صورة أرشيفية', 'زر الذهاب إلى الأعلى', 'الإشراف العام', 'نظام التعليقات'])(
    'leaves no passage containing the site chrome "%s"',
    (chrome) => {
      expect(passages.filter((p) => p.text.includes(chrome)).map((p) => p.id)).toEqual([]);
    },
  );

  it('leaves no two identical passages in one document', () => {
    for (const d of documents) {
      const texts = passages.filter((p) => p.docId === d.id).map((p) => p.text);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('drops the repeated casualty paragraph of document 000, keeping its first occurrence', () => {
    const repeats = passages.filter((p) => p.docId === doc('000').id && p.text.startsWith('لسوء الحظ ، قُتل مواطنو البلاد'));
    expect(repeats).toHaveLength(1);
  });

  it('reads the dateline of document 001', () => {
    expect(doc('001').date).toMatch(/^2022-01-06/);
  });

  it('reads the copy-link URL and the credited source of document 003', () => {
    expect(doc('003')).toMatchObject({ url: 'https://ar.rt.com/s48q', via: 'نوفوستي' });
  });

  it('takes the headline of document 002 from its first line', () => {
    expect(doc('002').title).toBe(rawById.get(doc('002').id)!.split('\n')[0]!.trim());
  });

  it('invents no date or url: each appears in the raw file', () => {
    for (const d of documents) {
      const raw = rawById.get(d.id)!;
      if (d.url) expect(raw).toContain(d.url);
      if (d.date) {
        const [, year, , day, minutes] = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:(\d{2}))?/.exec(d.date)!;
        const line = raw.split('\n').find((l) => l.includes(d.date!) || (l.includes(year!) && new RegExp(`(^|\\D)0?${Number(day)}(\\D|$)`).test(l)));
        expect(line, `${d.id} date ${d.date}`).toBeDefined();
        if (minutes && !line!.includes(d.date)) expect(line).toContain(`:${minutes}`);
      }
    }
  });

  it('quotes every passage verbatim from its file (only white space folded)', () => {
    // collapse on both sides: a passage may join two paragraphs on a line break.
    for (const p of passages) expect(collapse(rawById.get(p.docId)!)).toContain(collapse(p.text));
  });
});
