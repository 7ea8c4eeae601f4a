import { describe, expect, it } from 'vitest';
import { loadSanad } from '../../src/sanad.js';

const sanad = loadSanad();
const pinned = [
  { id: 2, question: 'ماذا قال توكاييف عن الإرهابيين؟' },
  { id: 1, question: 'متى بدأت الاحتجاجات في كازاخستان؟' },
];

describe('findCurated (a pinned answer for a later, closely matching question)', () => {
  it.each([
    ['the same words, other punctuation and marks', 'متى بدأت الاحتجاجات في كازاخستان', 1],
    ['another spelling of the name, another word order', 'عن الإرهابيين ماذا قال توقاييف', 2],
    ['an English form of the name the gazetteer knows', 'ماذا قال Tokayev عن الإرهابيين؟', 2],
    ['a leading conjunction on the question word', 'ومتى بدأت الاحتجاجات في كازاخستان؟', 1],
  ])('matches %s', (_why, question, id) => {
    expect(sanad.findCurated(question, pinned)?.id).toBe(id);
  });

  it.each([
    ['the same words asking where instead of when', 'أين بدأت الاحتجاجات في كازاخستان؟'],
    ['the same speaker on another subject', 'ماذا قال توكاييف عن قوات حفظ السلام؟'],
    ['an unrelated question', 'ما هي منظمة معاهدة الأمن الجماعي؟'],
    ['emoji only', '🔥🔥'],
    ['empty', ''],
  ])('does not match %s', (_why, question) => {
    expect(sanad.findCurated(question, pinned)).toBeUndefined();
  });

  it('prefers the newest of two equally close pins', () => {
    const twice = [{ id: 9, question: 'متى بدأت الاحتجاجات؟' }, { id: 8, question: 'متى بدأت الاحتجاجات؟' }];
    expect(sanad.findCurated('متى بدأت الاحتجاجات', twice)?.id).toBe(9);
  });
});

describe('questionKey', () => {
  it('is the same for one question written differently, and differs for another', () => {
    const key = sanad.questionKey('متى بدأت الاحتجاجات في كازاخستان؟');
    expect(sanad.questionKey('  مَتى بدأتْ الاحتجاجات في كازاخستان  ')).toBe(key);
    expect(sanad.questionKey('أين بدأت الاحتجاجات في كازاخستان؟')).not.toBe(key);
  });
});
