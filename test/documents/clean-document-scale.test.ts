import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/documents/clean-document.js';

describe('cleanDocument on large documents', () => {
  // A pattern that backtracked over the whole text would not finish within the test's time limit.
  it('joins a long hard-wrapped text (20,000 wrapped lines, 1.6 M characters) into one paragraph', () => {
    const line = 'هذا سطر طويل من نص مكتوب بلا علامة نهاية جملة ويستمر في السطر التالي من دون توقف';
    const body = `عنوان\n\n${Array.from({ length: 20_000 }, () => line).join('\n')}.\n`;
    const cleaned = cleanDocument(body);
    expect(cleaned.paragraphs).toHaveLength(1);
    expect(cleaned.paragraphs[0]).toBe(`${Array.from({ length: 20_000 }, () => line).join(' ')}.`);
  });
});
