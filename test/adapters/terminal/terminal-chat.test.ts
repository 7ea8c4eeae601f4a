import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat, type TerminalChatOptions } from '../../../adapters/terminal/bot.js';
import { renderTerminal } from '../../../adapters/terminal/render.js';
import { answerReply, createConversation, loadSanad, noStore, type Answer } from '../../../src/index.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';

const sanad = loadSanad({ corpusDir: 'corpus' });
const conversation = createConversation({ sanad, store: noStore(), log: { warn: () => {}, info: () => {}, debug: () => {} }, now: Date.now });

async function chat(lines: string[], options: TerminalChatOptions = { color: false }): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = runTerminalChat(conversation, { input, output, ...options });
  input.end(lines.join('\n') + '\n');
  await done;
  return text;
}

describe('runTerminalChat', () => {
  it('answers a question with a quote, citations and the sources list, then ends on EOF', async () => {
    const text = await chat(['Which armed forces make up the peacekeeping contingent?']);
    expect(text).toContain('وبيلاروس');
    expect(text).toMatch(/\[1\]/);
    expect(text).toContain('Sources');
    expect(text).toContain('https://ar.rt.com/s48q');
  });

  it('gives right-to-left lines their direction: Arabic lines start with U+200F, Latin runs are isolated', async () => {
    const text = await chat(['ما مهمة قوات حفظ السلام؟']);
    const arabic = text.split('\n').filter((l) => /[\u0600-\u06FF]/.test(l));
    expect(arabic.length).toBeGreaterThan(3);
    for (const line of arabic) expect(line.startsWith('\u200F'), line.slice(0, 40)).toBe(true);
    expect(text).toMatch(/\u2068[A-Za-z]/);
  });

  it('says plainly when the documents do not answer, with example questions', async () => {
    const text = await chat(['How do I reset my password?']);
    expect(text).toContain('The documents do not answer this question.');
    expect(text).toContain('• ');
  });

  it('lists the documents for /sources and explains unknown commands', async () => {
    const text = await chat(['/sources', '/frobnicate']);
    expect(text).toContain('[5] ');
    expect(text).toContain('I don’t know that command.');
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

  it('writes bold highlights on a colour terminal, and none when NO_COLOR is set', async () => {
    const question = 'Which armed forces make up the peacekeeping contingent?';
    expect(await chat([question], { color: true })).toContain('\x1b[1m');
    expect(await chat([question], { color: true, noColor: true })).not.toContain('\x1b[');
  });
});

describe('renderTerminal', () => {
  const ANSWER: Answer = {
    question: 'Who sent peacekeepers?', language: 'en', status: 'answered',
    quote: [{ text: 'أرسلت المنظمة قوات حفظ السلام (CSTO).', highlights: [{ start: 14, end: 18 }], citations: [1] }],
    passages: [{ rank: 1, score: 3, passageId: 'd1#2', docId: 'd1', title: 'عنوان', text: 'أرسلت المنظمة قوات حفظ السلام (CSTO).', highlights: [], citations: [1] },
      { rank: 2, score: 2, passageId: 'd2#5', docId: 'd2', title: 'Troops', text: 'Troops arrived in Almaty.', highlights: [{ start: 0, end: 6 }], citations: [2] }],
    sources: [{ n: 1, docId: 'd1', title: 'عنوان', outlet: 'RT عربي', url: 'https://ar.rt.com/s48q' }, { n: 2, docId: 'd2', title: 'Troops', date: '2022-01-06' }],
  };

  it('renders the golden answer: the Arabic quote right to left, bold matches and headings, sources with links and dates', () => {
    expect(renderTerminal(answerReply(ANSWER), true)).toBe([
      '\u200F«أرسلت المنظمة \x1b[1mقوات\x1b[22m حفظ السلام (\u2068CSTO\u2069).» [1]',
      '\x1b[1mSupporting passages\x1b[22m',
      '② [2] \x1b[1mTroops\x1b[22m arrived in Almaty.',
      '\x1b[1m📚 Sources\x1b[22m\n\u200F[1] \u2068RT\u2069 عربي — \u2068«عنوان»\u2069 (https://ar.rt.com/s48q)\n[2] outlet not stated — «Troops» — January 6, 2022',
      'Text quoted word for word from the documents cited.',
    ].join('\n\n'));
  });

  it('writes the same text without escapes when colour is off', () => {
    expect(renderTerminal(answerReply(ANSWER), false)).not.toContain('\x1b');
  });
});
