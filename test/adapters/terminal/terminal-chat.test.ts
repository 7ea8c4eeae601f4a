import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../../adapters/terminal/bot.js';
import { loadSanad } from '../../../src/sanad.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';

const sanad = loadSanad({ corpusDir: 'corpus' });

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = runTerminalChat(sanad, { input, output, color: false });
  input.end(lines.join('\n') + '\n');
  await done;
  return text;
}

describe('runTerminalChat', () => {
  it('answers a question with a quote, citations and the sources list, then ends on EOF', async () => {
    const text = await chat(['Which armed forces make up the peacekeeping contingent?']);
    expect(text).toContain('وبيلاروس');
    expect(text).toMatch(/\[1\]/);
    expect(text).toContain('Sources:');
    expect(text).toContain('https://ar.rt.com/s48q');
  });

  it('says plainly when the documents do not answer, with example questions', async () => {
    const text = await chat(['How do I reset my password?']);
    expect(text).toContain('The documents do not answer this question.');
    expect(text).toContain('• ');
  });

  it('lists the documents for /sources and explains unknown commands', async () => {
    const text = await chat(['/sources', '/frobnicate']);
    expect(text).toContain('[5] ');
    expect(text).toContain('unknown command /frobnicate');
  });

  it('stops reading at /quit', async () => {
    const text = await chat(['/quit', 'How do I reset my password?']);
    expect(text).not.toContain('do not answer');
  });

  it('gives every hostile input a reply and keeps going', async () => {
    const inputs = Object.values(HOSTILE_STRINGS).map((s) => s.replace(/\n/g, ' '));
    const text = await chat([...inputs, 'ماذا حدث في ألما اتا؟']);
    expect(text).toContain('ألما آتا');
  });
});
