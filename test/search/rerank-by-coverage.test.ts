import { describe, expect, it } from 'vitest';
import type { Passage, SourceDocument } from '../../src/documents/document.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { DEFAULT_RERANK_OPTIONS, rerankByCoverage, type RerankOptions } from '../../src/search/rerank-by-coverage.js';

/** An index of one document per text, each text one passage (ids p0, p1…). */
function indexOf(...texts: string[]): PassageIndex {
  const documents: SourceDocument[] = texts.map((text, i) => ({ id: `d${i}`, title: `وثيقة ${i}`, paragraphs: [text] }));
  const passages: Passage[] = texts.map((text, i) => ({ id: `p${i}`, docId: `d${i}`, ordinal: 0, text }));
  return PassageIndex.build(documents, passages, new Gazetteer());
}

/** Passage ids in reranked order. */
function ranked(index: PassageIndex, question: string, options: Partial<RerankOptions> = {}): string[] {
  return rerankByCoverage(index.search(question, 10), index, options).map((h) => h.passage.id);
}

// Filler passages, so that the question's words are rare enough to count.
const FILLER = ['تقع المدينة على ساحل البحر', 'ارتفعت أسعار القمح هذا الموسم', 'فاز الفريق بالمباراة النهائية'];

describe('rerankByCoverage', () => {
  it('puts the passage that defines X first for "what is X", though BM25 prefers a shorter one that mentions X as often', () => {
    const index = indexOf('يصيب الطاعون الرئتين، ويصيب الطاعون الكبد', 'الطاعون مرض معد تسببه بكتيريا. ينتشر الطاعون في القرى والمدن', ...FILLER);
    expect(ranked(index, 'ما هو الطاعون؟', { definitionTopic: 0 })[0]).toBe('p0');
    expect(ranked(index, 'ما هو الطاعون؟')[0]).toBe('p1');
  });

  it('puts first the passage holding the question\'s neighbouring words together, over one holding them far apart', () => {
    // "The agriculture minister's plan": «وزير الزراعة» as one phrase, not a minister and farming in different clauses.
    const apart = 'الوزير التقى المزارعين في الحقول أمس، ثم ناقشوا الخطة، وقالوا إن الزراعة تعاني';
    const together = 'أعلن وزير الزراعة في مؤتمر صحفي عقده في العاصمة أمس بحضور عدد من النواب خطة جديدة للموسم المقبل تشمل الري والأسمدة';
    const index = indexOf(apart, together, ...FILLER);
    expect(ranked(index, 'ما خطة وزير الزراعة؟', { proximity: 0 })[0]).toBe('p0');
    expect(ranked(index, 'ما خطة وزير الزراعة؟')[0]).toBe('p1');
  });

  it('gives no definition bonus to a question that is not a definition', () => {
    const index = indexOf('يصيب الطاعون الرئتين، ويصيب الطاعون الكبد', 'الطاعون مرض معد تسببه بكتيريا. ينتشر الطاعون في القرى والمدن', ...FILLER);
    const result = index.search('لماذا ينتشر الطاعون؟', 10);
    const scores = (options: Partial<RerankOptions>) => rerankByCoverage(result, index, options).map((h) => [h.passage.id, h.score]);
    expect(scores({})).toEqual(scores({ definitionTopic: 0 }));
    expect(scores({ definitionTopic: 5 })).toEqual(scores({ definitionTopic: 0 }));
  });

  it('puts first for "what is the concept…?" the passage quoting a label right after the noun («بمفهوم "…"»)', () => {
    const plain = 'تلتزم الحكومة بمفهوم التنمية في المدن';
    const quoted = 'تلتزم الحكومة بمفهوم "الاقتصاد الأخضر" في خطتها الجديدة للبلاد كلها';
    const index = indexOf(plain, quoted, ...FILLER);
    expect(ranked(index, 'ما المفهوم الذي تلتزم به الحكومة؟', { answerForm: 0 })[0]).toBe('p0');
    expect(ranked(index, 'ما المفهوم الذي تلتزم به الحكومة؟')[0]).toBe('p1');
  });

  it('puts the passage with a date beside the matched words first for a "when" question', () => {
    const index = indexOf('افتتح المتحف الوطني قاعاته، وافتتح المتحف الوطني مكتبته للزوار', 'افتتح المتحف الوطني في 15 مارس 2011 بحضور الوزير', ...FILLER);
    expect(ranked(index, 'متى افتتح المتحف الوطني؟', { answerForm: 0 })[0]).toBe('p0');
    expect(ranked(index, 'متى افتتح المتحف الوطني؟')[0]).toBe('p1');
  });

  it('puts a passage that tells no time at all below one that does for a "when" question, a date or an event', () => {
    // BM25 prefers the shorter passage; the answer-form bonus is off, so only the missing time moves it down.
    const noTime = 'افتتح المتحف الوطني مكتبته للزوار';
    for (const timed of ['افتتح المتحف الوطني مكتبته للزوار 5 مارس', 'افتتح المتحف الوطني مكتبته للزوار بعد الترميم']) {
      const index = indexOf(noTime, timed, ...FILLER);
      expect(ranked(index, 'متى افتتح المتحف الوطني مكتبته؟', { answerForm: 0 })[0], timed).toBe('p1');
      expect(index.search('متى افتتح المتحف الوطني مكتبته؟', 10).hits[0]!.passage.id, timed).toBe('p0');
    }
  });

  it('puts a passage naming several places first when the question asks for several ("which cities"), not for one', () => {
    const texts = ['خرج المتظاهرون أولا في الدلتا ثم في كل المدن', 'خرج المتظاهرون أولا في مدن طنطا والمنصورة', ...FILLER];
    const gazetteer = new Gazetteer(['طنطا', 'المنصورة', 'الدلتا'].map((name, i) => ({ id: `place${i}`, kind: 'place' as const, ar: [name] })));
    const index = PassageIndex.build(
      texts.map((text, i) => ({ id: `d${i}`, title: `وثيقة ${i}`, paragraphs: [text] })),
      texts.map((text, i) => ({ id: `p${i}`, docId: `d${i}`, ordinal: 0, text })), gazetteer,
    );
    expect(index.search('في أي مدن خرج المتظاهرون أولا؟', 10).hits[0]!.passage.id).toBe('p0');
    expect(ranked(index, 'في أي مدن خرج المتظاهرون أولا؟')[0]).toBe('p1');
    expect(ranked(index, 'في أي مدينة خرج المتظاهرون أولا؟')[0]).toBe('p0');
  });

  it('puts the passage with a number beside the matched words first for a "how many" question', () => {
    const index = indexOf('يزداد سكان الواحة كل عام، ويعمل سكان الواحة في زراعة النخيل وسكان الواحة كرماء', 'يبلغ سكان الواحة خمسة آلاف نسمة', ...FILLER);
    expect(ranked(index, 'كم سكان الواحة؟', { answerForm: 0 })[0]).toBe('p0');
    expect(ranked(index, 'كم سكان الواحة؟')[0]).toBe('p1');
  });

  it('adds coverage as a share of the best BM25 score, and (proximity aside) nothing else to an "other" question', () => {
    const index = indexOf(...FILLER, 'أين تقع المدينة القديمة؟ تقع المدينة القديمة قرب النهر منذ عام 1900');
    const result = index.search('أين تقع المدينة القديمة؟', 10);
    const top = result.hits[0]!.score;
    for (const hit of rerankByCoverage(result, index, { proximity: 0 })) {
      const bm25 = result.hits.find((h) => h.passage.id === hit.passage.id)!.score;
      expect(hit.score).toBeCloseTo(bm25 + DEFAULT_RERANK_OPTIONS.coverage * top * hit.match.coverage, 10);
    }
  });

  it('returns nothing for no hits', () => {
    const index = indexOf(...FILLER);
    expect(rerankByCoverage({ query: index.search('سؤال', 1).query, hits: [] }, index)).toEqual([]);
  });
});

describe('rerankByCoverage (coverage in two neighbouring sentences)', () => {
  it("puts the passage telling the question's words together above one that BM25 prefers, naming them sentences apart", () => {
    const apart = 'أشاد المدرب بالجمهور. هطل المطر طوال الليل. تأخرت الرحلة ساعتين. اللاعبين الشباب لعبوا جيدا، والشباب فرحوا.';
    const together = 'أشاد المدرب باللاعبين الشباب الذين قدموا أداء رائعا في المباراة الأخيرة أمام الخصم العنيد رغم الإرهاق.';
    const index = indexOf(apart, together, ...FILLER);
    const question = 'بماذا أشاد المدرب عن اللاعبين الشباب؟';
    expect(index.search(question, 10).hits[0]!.passage.id).toBe('p0');
    expect(ranked(index, question)[0]).toBe('p1');
  });
});
