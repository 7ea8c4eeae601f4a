import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/documents/clean-document.js';

describe('cleanDocument on large documents', () => {
  it('joins a long hard-wrapped text in linear time (20,000 wrapped lines, 1.6 M characters, in a few seconds)', () => {
    const line = 'هذا سطر طويل من نص مكتوب بلا علامة نهاية جملة ويستمر في السطر التالي من دون توقف';
    const body = `عنوان\n\n${Array.from({ length: 20_000 }, () => line).join('\n')}.\n`;
    const started = performance.now();
    const cleaned = cleanDocument(body);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(cleaned.paragraphs).toHaveLength(1);
    expect(cleaned.paragraphs[0]).toBe(`${Array.from({ length: 20_000 }, () => line).join(' ')}.`);
  });
});
