import { describe, expect, it } from 'vitest';
import { chunkParagraph, DEFAULT_SPLIT_PASSAGES_OPTIONS, splitPassages } from '../../src/documents/split-passages.js';

/** A sentence of exactly `length` characters, ending in a full stop. */
function sentence(length: number, letter = 'ب'): string {
  return `${letter.repeat(length - 1)}.`;
}

/** The paragraph's text without white space: what chunking must keep, in order. */
const letters = (text: string) => text.replace(/\s+/g, '');

describe('chunkParagraph', () => {
  it('keeps a paragraph within the limit whole', () => {
    const paragraph = `${sentence(40)} ${sentence(40)}`;
    expect(chunkParagraph(paragraph, 100)).toEqual([paragraph]);
  });

  it('splits a long paragraph on sentence boundaries', () => {
    const a = sentence(60, 'ا');
    const b = sentence(60, 'ب');
    const c = sentence(60, 'ت');
    expect(chunkParagraph(`${a} ${b} ${c}`, 130)).toEqual([`${a} ${b}`, c]);
  });

  it('never exceeds the limit when the sentences allow, even with a short tail', () => {
    // Greedy packing leaves a 20-character tail; joining it to the chunk before would break the limit.
    const paragraph = [sentence(45), sentence(45), sentence(20)].join(' ');
    const chunks = chunkParagraph(paragraph, 100);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(100);
    expect(letters(chunks.join(''))).toBe(letters(paragraph));
  });

  it('splits a sentence longer than the limit between words, or anywhere in a run without spaces', () => {
    const run = sentence(150, 'ج');
    const paragraph = `${sentence(30)} ${run} ${sentence(30, 'د')}`;
    const chunks = chunkParagraph(paragraph, 100);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(100);
    expect(letters(chunks.join(''))).toBe(letters(paragraph));
    const words = `${'كلمة '.repeat(60)}نهاية.`;
    const byWords = chunkParagraph(words, 100);
    for (const chunk of byWords) expect(chunk.length).toBeLessThanOrEqual(100);
    for (const chunk of byWords) expect(chunk.split(' ').every((w) => w === 'كلمة' || w === 'نهاية.')).toBe(true);
  });

  it('never loses or reorders text, whatever the sentence lengths', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let run = 0; run < 200; run++) {
      const count = 1 + Math.floor(next() * 12);
      const paragraph = Array.from({ length: count }, (_, i) => sentence(2 + Math.floor(next() * 120), 'ابتثجحخ'[i % 7])).join(' ');
      const max = 40 + Math.floor(next() * 200);
      const chunks = chunkParagraph(paragraph, max);
      expect(letters(chunks.join(''))).toBe(letters(paragraph));
      for (const chunk of chunks) {
        expect(paragraph).toContain(chunk);
        const sentences = chunk.split(' ');
        if (sentences.length > 1) expect(chunk.length).toBeLessThanOrEqual(max);
      }
    }
  });
});

describe('splitPassages', () => {
  it('numbers passages from 1 within the document and keeps their order', () => {
    const doc = { id: 'doc', title: 'T', paragraphs: ['الفقرة الأولى.', `${sentence(100)} ${sentence(100)}`, 'الفقرة الأخيرة.'] };
    const passages = splitPassages(doc, { maxPassageChars: 150 });
    expect(passages.map((p) => p.id)).toEqual(['doc#1', 'doc#2', 'doc#3', 'doc#4']);
    expect(passages.map((p) => p.ordinal)).toEqual([0, 1, 2, 3]);
    expect(passages.every((p) => p.docId === 'doc')).toBe(true);
    expect(passages[0]!.text).toBe('الفقرة الأولى.');
    expect(passages[3]!.text).toBe('الفقرة الأخيرة.');
  });

  it('splits at DEFAULT_SPLIT_PASSAGES_OPTIONS.maxPassageChars by default', () => {
    const max = DEFAULT_SPLIT_PASSAGES_OPTIONS.maxPassageChars;
    const half = Math.ceil(max / 2) + 10;
    const doc = { id: 'd', title: 'T', paragraphs: [`${sentence(half)} ${sentence(half)}`, sentence(max)] };
    expect(splitPassages(doc).map((p) => p.text.length)).toEqual([half, half, max]);
  });

  it('joins a paragraph that introduces the next (it ends on a colon) to it, on a line break', () => {
    const introduction = 'وجاء في بيان لوزارة الخارجية يوم الإثنين :';
    const statement = 'كان عدد من المنشورات في وسائل الإعلام الأجنبية متحيزة.';
    const doc = { id: 'd', title: 'T', paragraphs: ['الفقرة الأولى.', introduction, statement, 'He said:', 'We will stay.', 'الفقرة الأخيرة.'] };
    expect(splitPassages(doc).map((p) => p.text)).toEqual(['الفقرة الأولى.', `${introduction}\n${statement}`, 'He said:\nWe will stay.', 'الفقرة الأخيرة.']);
    // A chain of introductions joins whole; one ending the document stays a passage of its own.
    expect(splitPassages({ id: 'e', title: 'T', paragraphs: ['Below:', 'the list:', 'one.', 'Sources:'] }).map((p) => p.text)).toEqual(['Below:\nthe list:\none.', 'Sources:']);
    // A colon inside a paragraph introduces nothing beyond it.
    expect(splitPassages({ id: 'f', title: 'T', paragraphs: ['He said: we stay.', 'Next.'] })).toHaveLength(2);
  });

  it('honours maxPassageChars', () => {
    const doc = { id: 'd', title: 'T', paragraphs: [`${sentence(50)} ${sentence(50)} ${sentence(50)}`] };
    expect(splitPassages(doc, { maxPassageChars: 60 }).map((p) => p.text.length)).toEqual([50, 50, 50]);
  });
});
