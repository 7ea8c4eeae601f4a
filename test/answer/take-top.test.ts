import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { takeTop } from '../../src/answer/take-top.js';
import { loadSanad } from '../../src/sanad.js';

const sanad = loadSanad();
const examples = JSON.parse(readFileSync('corpus/examples.json', 'utf8')) as Record<string, unknown>;
const questions = [
  ...Object.entries(examples).filter(([key]) => !key.startsWith('$')).flatMap(([, list]) => list as string[]),
  'ماذا قال توكاييف عن الإرهابيين؟', 'متى بدأت الاحتجاجات؟', 'Why did gas prices rise?', 'Кто ввёл режим чрезвычайного положения?',
];

describe('takeTop', () => {
  it('gives what asking with that many passages gives, for every example question', () => {
    let cut = 0;
    for (const question of questions) {
      const full = sanad.ask(question, { top: 10 });
      if (full.passages.length > 2) cut++;
      for (const top of [1, 2, 3]) expect(takeTop(full, top)).toEqual(sanad.ask(question, { top }));
    }
    // The check means something only if answers were actually cut.
    expect(cut).toBeGreaterThan(5);
  });

  it('cites only the sources of the passages kept, numbered from 1', () => {
    const full = sanad.ask('ما هي منظمة معاهدة الأمن الجماعي؟', { top: 10 });
    const one = takeTop(full, 1);
    expect(one.passages).toHaveLength(1);
    expect(one.sources.map((s) => s.n)).toEqual(one.sources.map((_, i) => i + 1));
    for (const n of [...one.quote, ...one.passages].flatMap((q) => q.citations)) expect(one.sources.some((s) => s.n === n)).toBe(true);
  });
});
