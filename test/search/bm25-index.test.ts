import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/synthetic-corpus.js';
import {
  BM25_FORMAT_VERSION, Bm25Index, DEFAULT_BM25_OPTIONS, IndexFormatError, type FieldTerms, type ScoredDoc, type WeightedTerm,
} from '../../src/search/bm25-index.js';


/** BM25 from the documents themselves, every document scored, terms added in query order. */
function bruteForce(documents: FieldTerms[], query: WeightedTerm[], k: number, { k1, b } = DEFAULT_BM25_OPTIONS): ScoredDoc[] {
  const n = documents.length;
  const avg = (field: string): number => documents.reduce((sum, d) => sum + (d[field]?.length ?? 0), 0) / Math.max(1, n) || 1;
  const terms = query.map(({ field, term, weight }) => ({
    field, term, weight, avg: avg(field), df: documents.filter((d) => d[field]?.includes(term)).length,
  }));
  const scored: ScoredDoc[] = [];
  documents.forEach((doc, docNo) => {
    let score = 0;
    for (const { field, term, weight, avg: avglen, df } of terms) {
      if (!(weight > 0)) continue;
      const tf = (doc[field] ?? []).filter((t) => t === term).length;
      if (df === 0 || tf === 0) continue;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const len = doc[field]!.length;
      score += (weight * idf * (k1 + 1) * tf) / (tf + k1 * (1 - b + (b * len) / avglen));
    }
    if (score > 0) scored.push({ doc: docNo, score });
  });
  return scored.sort((x, y) => y.score - x.score || x.doc - y.doc).slice(0, k);
}

const tiny: FieldTerms[] = [{ body: ['a', 'b'] }, { body: ['a', 'a', 'c'] }, { body: ['c'] }];

describe('Bm25Index', () => {
  it('scores a tiny corpus as computed by hand', () => {
    // N = 3, lengths 2, 3, 1, avglen = 2; k1 = 1.2, b = 0.75.
    // 'a': df 2, idf = ln(1 + (3 − 2 + 0.5) / (2 + 0.5)) = ln 1.6 = 0.470004.
    //   doc 0: tf 1, len 2: norm = 1.2 · (0.25 + 0.75 · 2/2) = 1.2;   0.470004 · 2.2 · 1 / (1 + 1.2)  = 0.470004
    //   doc 1: tf 2, len 3: norm = 1.2 · (0.25 + 0.75 · 3/2) = 1.65;  0.470004 · 2.2 · 2 / (2 + 1.65) = 0.566580
    const index = Bm25Index.build(tiny);
    const hits = index.search([{ field: 'body', term: 'a', weight: 1 }], 10);
    expect(hits.map((h) => h.doc)).toEqual([1, 0]);
    expect(hits[0]!.score).toBeCloseTo(0.5665797174, 9);
    expect(hits[1]!.score).toBeCloseTo(0.4700036292, 9);
    expect(index.idf('body', 'a')).toBeCloseTo(Math.log(1.6), 12);
    // 'c': df 2, same idf. doc 2: tf 1, len 1: norm = 1.2 · (0.25 + 0.75 · 1/2) = 0.75; 0.470004 · 2.2 / 1.75 = 0.590862
    //   doc 1: tf 1, len 3: 0.470004 · 2.2 / (1 + 1.65) = 0.390192. Weight 2 doubles both.
    const c = index.search([{ field: 'body', term: 'c', weight: 2 }], 10);
    expect(c.map((h) => h.doc)).toEqual([2, 1]);
    expect(c[0]!.score).toBeCloseTo(2 * 0.5908617053, 9);
    expect(c[1]!.score).toBeCloseTo(2 * 0.3901916922, 9);
  });

  it('normalises the length of each field separately', () => {
    // title lengths 1, 3 (avg 2); body lengths 4, 1 (avg 2.5).
    const index = Bm25Index.build([
      { title: ['x'], body: ['x', 'y', 'y', 'y'] },
      { title: ['x', 'y', 'y'], body: ['x'] },
    ]);
    // title 'x': df 2 of 2, idf = ln(1 + 0.5 / 2.5) = ln 1.2 = 0.182322.
    //   doc 0: norm = 1.2 · (0.25 + 0.75 · 1/2) = 0.75;  0.182322 · 2.2 / 1.75 = 0.229204
    //   doc 1: norm = 1.2 · (0.25 + 0.75 · 3/2) = 1.65;  0.182322 · 2.2 / 2.65 = 0.151361
    const title = index.search([{ field: 'title', term: 'x', weight: 1 }], 10);
    expect(title.map((h) => h.score)).toEqual([expect.closeTo(0.2292042428, 9), expect.closeTo(0.1513612924, 9)]);
    // body 'y': df 1, idf = ln(1 + 1.5 / 1.5) = ln 2. doc 0: tf 3, norm = 1.2 · (0.25 + 0.75 · 4/2.5) = 1.74;
    //   weight 2: 2 · 0.693147 · 2.2 · 3 / (3 + 1.74) = 1.930283
    const body = index.search([{ field: 'body', term: 'y', weight: 2 }], 10);
    expect(body).toEqual([{ doc: 0, score: expect.closeTo(1.9302832876, 9) }]);
    expect(index.documentFrequency('title', 'y')).toBe(1);
    expect(index.documentFrequency('body', 'x')).toBe(2);
    expect(index.documentFrequency('nofield', 'x')).toBe(0);
    expect(index.idf('title', 'y')).toBeCloseTo(Math.log(2), 12);
  });

  it('finds exactly the top k of a brute-force BM25 on a random corpus', () => {
    const random = seededRandom(42);
    const zipf = (n: number): number => Math.floor(n ** random()) - 1; // skewed towards low ids, 0..n-2
    const documents: FieldTerms[] = [];
    for (let d = 0; d < 400; d++) {
      const field = (name: string, vocab: number, length: number): string[] =>
        Array.from({ length: 1 + Math.floor(random() * length) }, () => `${name}${zipf(vocab)}`);
      documents.push({ stem: field('s', 80, 30), gram: field('g', 300, 60), title: field('t', 20, 5) });
    }
    for (let d = 0; d < 40; d++) documents.push({ ...documents[d]! }); // duplicates: equal scores, ties by number
    const index = Bm25Index.build(documents);
    const fields = ['stem', 'gram', 'title'] as const;
    const prefix = { stem: 's', gram: 'g', title: 't' };
    for (let q = 0; q < 300; q++) {
      const query: WeightedTerm[] = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
        const field = fields[Math.floor(random() * 3)]!;
        return { field, term: `${prefix[field]}${zipf(field === 'gram' ? 320 : 90)}`, weight: [1, 0.25, 1.5, 0.5][Math.floor(random() * 4)]! };
      });
      const k = [1, 3, 10, 50, 1000][q % 5]!;
      expect(index.search(query, k)).toEqual(bruteForce(documents, query, k));
    }
  });

  it('breaks ties by the lower document number', () => {
    const index = Bm25Index.build([{ f: ['z'] }, { f: ['a'] }, { f: ['b'] }, { f: ['a'] }, { f: ['a'] }]);
    const hits = index.search([{ field: 'f', term: 'a', weight: 1 }], 2);
    expect(hits.map((h) => h.doc)).toEqual([1, 3]);
    expect(hits[0]!.score).toBe(hits[1]!.score);
  });

  it('gives identical results after a binary and a JSON round trip', () => {
    const random = seededRandom(7);
    const documents: FieldTerms[] = Array.from({ length: 200 }, () => ({
      stem: Array.from({ length: 5 + Math.floor(random() * 20) }, () => `w${Math.floor(random() * 60)}`),
      title: ['كلمة', `t${Math.floor(random() * 5)}`],
    }));
    const index = Bm25Index.build(documents, { k1: 0.9, b: 0.4 }, 'sig');
    const fromBinary = Bm25Index.fromBuffer(index.toBuffer(), 'sig');
    const fromJson = Bm25Index.fromJSON(JSON.parse(JSON.stringify(index.toJSON())), 'sig');
    // A copy at an odd byte offset must load too (typed-array views need alignment).
    const odd = Buffer.alloc(index.toBuffer().length + 1);
    index.toBuffer().copy(odd, 1);
    const fromOdd = Bm25Index.fromBuffer(odd.subarray(1), 'sig');
    for (const loaded of [fromBinary, fromJson, fromOdd]) {
      expect(loaded.docCount).toBe(200);
      expect(loaded.options).toEqual({ k1: 0.9, b: 0.4 });
      expect(loaded.signature).toBe('sig');
      for (let w = 0; w < 60; w += 7) {
        const query: WeightedTerm[] = [{ field: 'stem', term: `w${w}`, weight: 1 }, { field: 'title', term: 'كلمة', weight: 0.3 }, { field: 'stem', term: `w${w + 1}`, weight: 2 }];
        expect(loaded.search(query, 10)).toEqual(index.search(query, 10));
        expect(loaded.idf('stem', `w${w}`)).toBe(index.idf('stem', `w${w}`));
      }
    }
  });

  it('refuses another format version or another analyzer with IndexFormatError', () => {
    const index = Bm25Index.build(tiny, {}, 'analyzer-1');
    expect(() => Bm25Index.fromJSON({ ...index.toJSON(), format: BM25_FORMAT_VERSION + 1 }, 'analyzer-1')).toThrow(IndexFormatError);
    expect(() => Bm25Index.fromJSON(index.toJSON(), 'analyzer-2')).toThrow(IndexFormatError);
    const buffer = index.toBuffer();
    buffer.writeUInt32LE(BM25_FORMAT_VERSION + 1, 8);
    expect(() => Bm25Index.fromBuffer(buffer, 'analyzer-1')).toThrow(IndexFormatError);
    expect(() => Bm25Index.fromBuffer(index.toBuffer(), 'analyzer-2')).toThrow(IndexFormatError);
    expect(() => Bm25Index.fromBuffer(Buffer.from('not an index at all'))).toThrow(IndexFormatError);
    expect(() => Bm25Index.fromBuffer(index.toBuffer().subarray(0, 40))).toThrow(IndexFormatError);
  });

  it('finds nothing for an empty query, unknown terms, zero weights or k 0', () => {
    const index = Bm25Index.build(tiny);
    expect(index.search([], 10)).toEqual([]);
    expect(index.search([{ field: 'body', term: 'nowhere', weight: 1 }, { field: 'other', term: 'a', weight: 1 }], 10)).toEqual([]);
    expect(index.search([{ field: 'body', term: 'a', weight: 0 }], 10)).toEqual([]);
    expect(index.search([{ field: 'body', term: 'a', weight: 1 }], 0)).toEqual([]);
    expect(index.documentFrequency('body', 'nowhere')).toBe(0);
    expect(Bm25Index.build([]).search([{ field: 'body', term: 'a', weight: 1 }], 10)).toEqual([]);
  });
});
