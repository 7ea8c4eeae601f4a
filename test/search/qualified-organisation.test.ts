import { describe, expect, it } from 'vitest';
import type { Passage, SourceDocument } from '../../src/documents/document.js';
import { Gazetteer } from '../../src/search/gazetteer.js';
import { conceptWeights, matchConcepts } from '../../src/search/match-concepts.js';
import { PassageIndex } from '../../src/search/passage-index.js';

const GAZETTEER = new Gazetteer([
  { id: 'kazakhstan', kind: 'place', ar: ['كازاخستان', 'الكازاخية'], en: ['Kazakhstan'], ru: ['Казахстан'] },
  { id: 'russia', kind: 'place', ar: ['روسيا', 'الروسية'], en: ['Russia'], ru: ['Россия'] },
  { id: 'nur-sultan', kind: 'place', ar: ['أستانا'], en: ['Astana'] },
  { id: 'foreign-ministry', kind: 'org', ar: ['وزارة الخارجية', 'الخارجية'], en: ['foreign ministry'], ru: ['МИД'] },
]);

/** Two reports, each a headline and its paragraphs (passage ids r#1… and k#1…). */
function indexOf(russian: { title: string; paragraphs: string[] }, kazakh: { title: string; paragraphs: string[] }): { index: PassageIndex; passages: Passage[] } {
  const documents: SourceDocument[] = [{ id: 'r', ...russian }, { id: 'k', ...kazakh }];
  const passages = documents.flatMap((d) => d.paragraphs.map((text, i) => ({ id: `${d.id}#${i + 1}`, docId: d.id, ordinal: i, text })));
  return { index: PassageIndex.build(documents, passages, GAZETTEER), passages };
}

/** Whether the passage holds the question's organisation. */
function holdsOrganisation(index: PassageIndex, passage: Passage, question: string): boolean {
  const query = index.queryOf(question);
  const c = query.concepts.findIndex((concept) => concept.entity === 'foreign-ministry');
  const match = matchConcepts(passage.text, query, conceptWeights(query, index.bm25), index.gazetteer, index.termOptions, index.analysisOf(passage));
  return match.matched.includes(c);
}

describe("a question on one country's organisation", () => {
  const { index, passages } = indexOf(
    { title: 'الخارجية الروسية: الأحداث محاولة من الخارج', paragraphs: ['قالت وزارة الخارجية الروسية إن الأحداث محاولة لزعزعة الاستقرار', 'وأضافت الخارجية في بيانها أنها تواصل المشاورات'] },
    { title: 'بيان حول الأحداث', paragraphs: ['وأكد بيان لوزارة الخارجية أن المسيرات كانت سلمية', 'علقت وزارة الخارجية الكازاخية على منشورات وسائل الإعلام'] },
  );
  const [russian, russianUnnamed, kazakhUnqualified, kazakh] = passages;

  it("is not found where the text's organisation is another country's, by the place beside it or by its headline", () => {
    for (const question of ['ماذا قالت الخارجية الكازاخية؟', 'Что заявил МИД Казахстана?']) {
      expect(holdsOrganisation(index, russian!, question)).toBe(false);
      expect(holdsOrganisation(index, russianUnnamed!, question)).toBe(false);
      expect(holdsOrganisation(index, kazakh!, question)).toBe(true);
      expect(holdsOrganisation(index, kazakhUnqualified!, question)).toBe(true);
    }
  });

  it("reads an English possessive as the country beside it: \"Kazakhstan's foreign ministry\" is not Russia's", () => {
    const question = "what did Kazakhstan's foreign ministry say?";
    expect(holdsOrganisation(index, russian!, question)).toBe(false);
    expect(holdsOrganisation(index, russianUnnamed!, question)).toBe(false);
    expect(holdsOrganisation(index, kazakh!, question)).toBe(true);
  });

  it('is found as before when the question names no country beside it, or a city (a capital for its government)', () => {
    for (const passage of passages) expect(holdsOrganisation(index, passage, 'ماذا قالت وزارة الخارجية؟')).toBe(true);
    expect(holdsOrganisation(index, kazakh!, 'ماذا قالت خارجية أستانا؟')).toBe(true);
  });

  it("is found in the other country's text when it asks about that country", () => {
    expect(holdsOrganisation(index, russian!, 'ماذا قالت الخارجية الروسية؟')).toBe(true);
    expect(holdsOrganisation(index, russianUnnamed!, 'Что заявил МИД России?')).toBe(true);
    expect(holdsOrganisation(index, kazakh!, 'ماذا قالت الخارجية الروسية؟')).toBe(false);
  });
});

describe("a statement's paragraphs that do not name the organisation whose statement it is", () => {
  const { index, passages } = indexOf(
    { title: 'الخارجية الروسية: الأحداث محاولة من الخارج', paragraphs: ['ندعو الجميع إلى الهدوء وضبط النفس', 'ستواصل روسيا المشاورات مع الحلفاء'] },
    { title: 'وزارة الخارجية الكازاخية تعلق على منشورات وسائل الإعلام', paragraphs: ['من المهم ألا يتعرض المتظاهرون السلميون للاضطهاد'] },
  );
  const [russianStatement, russianFollowUp, kazakhStatement] = passages;

  it("hold the organisation its headline names, and only that country's", () => {
    expect(holdsOrganisation(index, kazakhStatement!, 'ماذا قالت الخارجية الكازاخية عن المتظاهرين السلميين؟')).toBe(true);
    expect(holdsOrganisation(index, kazakhStatement!, 'Что заявил МИД Казахстана о мирных демонстрантах?')).toBe(true);
    expect(holdsOrganisation(index, russianFollowUp!, 'Что МИД России говорит о консультациях?')).toBe(true);
    expect(holdsOrganisation(index, russianStatement!, 'ماذا قالت الخارجية الكازاخية؟')).toBe(false);
    expect(holdsOrganisation(index, kazakhStatement!, 'ماذا قالت الخارجية الروسية؟')).toBe(false);
  });
});
