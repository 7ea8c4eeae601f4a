import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { topicFamilyOf } from '../../src/text/topic-nouns.js';

const familyOf = (word: string) => topicFamilyOf(analyze(word)[0]!.normalized);

describe('topicFamilyOf', () => {
  it('reads nouns of an issue and of tasks in Arabic, English and Russian', () => {
    for (const word of ['القضية', 'الملف', 'agenda', 'issue', 'вопрос']) expect(familyOf(word), word).toBe('issue');
    for (const word of ['المهام', 'الصلاحيات', 'تفويض', 'mandate', 'tasks', 'задачи', 'полномочия']) expect(familyOf(word), word).toBe('tasks');
    for (const word of ['مطالب', 'طلباتهم', 'demands', 'требования']) expect(familyOf(word), word).toBe('demands');
  });

  it('leaves other words, and the singular «مهمة» of a task someone was given', () => {
    for (const word of ['الاجتماع', 'المهمة', 'meeting', 'solution']) expect(familyOf(word), word).toBeUndefined();
  });
});
