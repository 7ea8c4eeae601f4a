import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/documents/document.js';
import { loadCorpus } from '../../src/documents/load-corpus.js';
import { readCorpusExtras } from '../../src/sanad.js';
import { Bm25Index } from '../../src/search/bm25-index.js';
import { LiveIndex, passagesOf } from '../../src/search/live-index.js';
import { PassageIndex } from '../../src/search/passage-index.js';

const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));
const { documents } = loadCorpus(CORPUS);
const { gazetteer } = readCorpusExtras(CORPUS);
const QUESTIONS = [
  'لماذا بدأت الاحتجاجات في كازاخستان؟', 'ما مهمة قوات حفظ السلام في كازاخستان؟', 'What happened at Almaty airport?',
  'Почему начались протесты в Казахстане?', 'Who chaired the Security Council meeting?', 'zebra observatory telescope',
];

/** The corpus split in two: the first documents indexed as the base, the rest added live, one segment each. */
async function liveOf(baseCount: number): Promise<LiveIndex> {
  const base = documents.slice(0, baseCount);
  const passages = passagesOf(base);
  const live = await LiveIndex.open({ documents: base, passages, bm25: PassageIndex.buildBm25(base, passages, gazetteer) }, [], { gazetteer });
  for (const document of documents.slice(baseCount)) await live.add([document]);
  return live;
}

const ranked = (index: PassageIndex, question: string) => index.search(question, 10).hits.map((h) => ({ id: h.passage.id, score: h.score }));

function expectSameRanking(live: PassageIndex, whole: PassageIndex): void {
  for (const question of QUESTIONS) {
    const got = ranked(live, question);
    const want = ranked(whole, question);
    expect(got.map((h) => h.id)).toEqual(want.map((h) => h.id));
    got.forEach((h, i) => expect(h.score).toBeCloseTo(want[i]!.score, 9));
  }
}

describe('LiveIndex', () => {
  it('ranks and scores exactly as one index of every document, whatever segments they were added in', async () => {
    const whole = PassageIndex.build(documents, passagesOf(documents), gazetteer);
    for (const baseCount of [1, 3]) {
      const live = await liveOf(baseCount);
      expect(live.current.index.bm25.docCount).toBe(whole.bm25.docCount);
      expect(live.current.index.bm25.idf('stem', 'كازاخستان')).toBe(whole.bm25.idf('stem', 'كازاخستان'));
      expectSameRanking(live.current.index, whole);
      await live.merge(); // one merged segment of the added documents: the same again
      expectSameRanking(live.current.index, whole);
    }
  });

  it('reads a question afresh once documents are added: its words stand for what the documents now hold', async () => {
    // The last document alone tells of no happening as «حدث» or «وقع», which the others do: "happened" is searched as
    // those words once they are added, though the analysis remembers per index what it worked out of each word.
    const base = documents.slice(-1);
    const passages = passagesOf(base);
    const live = await LiveIndex.open({ documents: base, passages, bm25: PassageIndex.buildBm25(base, passages, gazetteer) }, [], { gazetteer });
    const question = 'what happened at the airport?';
    const searched = () => live.current.index.queryOf(question).terms.filter((t) => t.field === 'stem').map((t) => t.term);
    // «المدينة» is no word of that document: searched by its consonant skeleton too, as a name may be; not once it is.
    const city = 'هل حصل نهب في المدينة؟';
    const skeletons = () => live.current.index.queryOf(city).terms.filter((t) => t.field === 'skeleton').map((t) => t.term);
    expect(searched()).not.toContain('حدث');
    expect(skeletons()).toContain('MTN');
    for (const document of documents.slice(0, -1)) await live.add([document]);
    expect(searched()).toEqual(expect.arrayContaining(['حدث', 'وقع']));
    expect(skeletons()).not.toContain('MTN');
  });

  it('leaves a removed document out at once, and out of the statistics once merged', async () => {
    const live = await liveOf(2);
    const gone = documents[3]!.id;
    const before = live.current;
    await live.remove([gone]);
    for (const question of QUESTIONS) expect(ranked(live.current.index, question).map((h) => h.id.split('#')[0])).not.toContain(gone);
    expect(live.current.documents.map((d) => d.id)).not.toContain(gone);
    expect(live.current.passageCount(gone)).toBe(0);
    expect(before.document(gone)).toBeDefined(); // the snapshot a question started on is unchanged
    await live.merge();
    const rest: SourceDocument[] = documents.filter((d) => d.id !== gone);
    expectSameRanking(live.current.index, PassageIndex.build(rest, passagesOf(rest), gazetteer));
  });

  it('replaces a document added again under the same id (a corpus file changed)', async () => {
    const live = await liveOf(documents.length);
    const changed = { ...documents[0]!, paragraphs: ['The zebra observatory telescope is four metres wide, astronomers said on Tuesday.'] };
    await live.add([changed]);
    expect(live.current.documents.filter((d) => d.id === changed.id)).toEqual([changed]);
    expect(live.current.passageCount(changed.id)).toBe(1);
    expect(ranked(live.current.index, 'zebra observatory telescope')[0]?.id).toBe(`${changed.id}#1`);
    expect(live.current.index.bm25).not.toBeInstanceOf(Bm25Index);
  });
});
