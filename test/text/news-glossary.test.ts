import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/text/analyze.js';
import { loadNewsGlossary, newsGlossaryOf, parseGlossary } from '../../src/text/news-glossary.js';

const SAMPLE = [
  '# a comment',
  '',
  'جندي | جنود | قوات\ttroops | soldier\tвойска | солдат',
  'حالة الطوارئ\tstate of emergency\tчрезвычайное положение',
  'دولة | بلد\tstate | country\tгосударство | страна',
].join('\n');

const words = (text: string) => analyze(text).map((t) => ({ normalized: t.normalized, stem: t.stem }));

describe('news glossary', () => {
  it('reads one meaning a line, each column split on bars, comments and blank lines skipped', () => {
    expect(parseGlossary(SAMPLE)).toEqual([
      { ar: ['جندي', 'جنود', 'قوات'], en: ['troops', 'soldier'], ru: ['войска', 'солдат'] },
      { ar: ['حالة الطوارئ'], en: ['state of emergency'], ru: ['чрезвычайное положение'] },
      { ar: ['دولة', 'بلد'], en: ['state', 'country'], ru: ['государство', 'страна'] },
    ]);
  });

  it('finds an English or Russian word in any inflection the analyzer stems alike', () => {
    const glossary = newsGlossaryOf(parseGlossary(SAMPLE));
    expect(glossary.matchAt(words('how many soldiers'), 2)?.lines[0]?.en).toContain('troops');
    expect(glossary.matchAt(words('сколько солдат'), 1)?.lines[0]?.ru).toContain('войска');
    expect(glossary.matchAt(words('how many soldiers'), 0)).toBeUndefined();
  });

  it('finds an Arabic word by its spelling, hamzas and ة folded, never by a shared stem', () => {
    const glossary = newsGlossaryOf(parseGlossary(SAMPLE));
    expect(glossary.arabicLines(['جنود'])[0]?.ar[0]).toBe('جندي');
    expect(glossary.arabicLines(['دوله'])[0]?.ar[0]).toBe('دولة');
    expect(glossary.arabicLines(['دولي', 'بلد'])[0]?.ar[0]).toBe('دولة');
    expect(glossary.arabicLines(['دول'])).toEqual([]);
  });

  it('prefers the longest phrase starting at a word, and spans it', () => {
    const glossary = newsGlossaryOf(parseGlossary(SAMPLE));
    const phrase = glossary.matchAt(words('a state of emergency was declared'), 1);
    expect(phrase).toMatchObject({ start: 1, end: 4 });
    expect(phrase?.lines[0]?.ar).toEqual(['حالة الطوارئ']);
    expect(glossary.matchAt(words('чрезвычайное положение'), 0)).toMatchObject({ start: 0, end: 2 });
    expect(glossary.matchAt(words('which state sent troops'), 1)).toMatchObject({ start: 1, end: 2 });
    expect(glossary.matchAt(words('a state of'), 1)).toMatchObject({ end: 2 });
    // Function words have no stem in a question; a phrase starting or going on with one is still found.
    const phrasal = newsGlossaryOf(parseGlossary('استولى\ttake over | at least\tзахватить'));
    expect(phrasal.matchAt(words('they take over the airport'), 1)).toMatchObject({ start: 1, end: 3 });
    expect(phrasal.matchAt(words('at least 13'), 0)).toMatchObject({ start: 0, end: 2 });
  });

  it('ships files that hold Arabic, English and Russian in their own columns, without diacritics or duplicates', () => {
    const dir = new URL('../../lexicon/news-glossary/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.tsv'));
    expect(files.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const file of files) {
      for (const [n, line] of readFileSync(new URL(file, dir), 'utf8').split('\n').entries()) {
        if (!line.trim() || line.startsWith('#')) continue;
        const where = `${file}:${n + 1}`;
        const columns = line.split('\t');
        expect(columns, where).toHaveLength(3);
        const [ar, en, ru] = columns as [string, string, string];
        expect(ar, where).toMatch(/^[\u0621-\u064A ]+( \| [\u0621-\u064A ]+)*$/u);
        expect(en, where).toMatch(/^[a-z0-9'’ .-]+( \| [a-z0-9'’ .-]+)*$/);
        expect(ru, where).toMatch(/^[а-я0-9 .-]+( \| [а-я0-9 .-]+)*$/);
        expect(seen.has(line), `${where} repeats a line`).toBe(false);
        seen.add(line);
      }
    }
    expect(loadNewsGlossary().size).toBe(seen.size);
  });
});
