import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat, type TerminalChatOptions } from '../../../adapters/terminal/bot.js';
import { renderTerminal } from '../../../adapters/terminal/render.js';
import { answerReply, createConversation, loadSanad, noStore, type Answer } from '../../../src/index.js';
import { passagesReply } from '../../../src/reply/passages-reply.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';

const sanad = loadSanad({ corpusDir: 'corpus' });
const conversation = createConversation({ sanad, store: noStore(), log: { warn: () => {}, info: () => {}, debug: () => {} }, now: Date.now });

async function chat(lines: string[], options: TerminalChatOptions = { color: false }, on = conversation): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = runTerminalChat(on, { input, output, ...options });
  input.end(lines.join('\n') + '\n');
  await done;
  return text;
}

describe('runTerminalChat', () => {
  it('answers a question with the short answer: the quote, its key facts, the cited source, the command for the passages; then ends on EOF', async () => {
    const text = await chat(['Which armed forces make up the peacekeeping contingent?']);
    expect(text).toContain('وبيلاروس');
    expect(text).toMatch(/\[1\]/);
    expect(text).toContain('🔤 Quote in Arabic · key facts: ');
    expect(text).toContain('https://ar.rt.com/s48q');
    expect(text).toMatch(/citing\u2069? نوفوستي\)/);
    expect(text).toContain('«» quoted word for word');
    expect(text).toContain('📄 Passages: /passages');
    expect(text).not.toContain('Passage 2');
  });

  it('shows the last answer\'s passages for /passages, labelled by passage and without the quote', async () => {
    const question = 'Which armed forces make up the peacekeeping contingent?';
    const answer = sanad.ask(question);
    const text = await chat([question, '/passages']);
    const shown = text.slice(text.indexOf('📄 Supporting passages'));
    expect(shown).toMatch(/Passage [1-3]\u2069? · \[\d\]/);
    for (const quote of answer.quote) expect(shown).not.toContain(quote.text);
  });

  it('says there are no passages for /passages before any answer and after a decline, never that a button expired', async () => {
    const fresh = () => createConversation({ sanad, store: noStore(), log: { warn: () => {}, info: () => {}, debug: () => {} }, now: Date.now });
    const first = await chat(['/passages'], { color: false }, fresh());
    expect(first).toContain('There are no passages to show');
    const afterDecline = await chat(['Who won the football world cup?', '/passages'], { color: false }, fresh());
    expect(afterDecline.slice(afterDecline.indexOf('The documents do not answer'))).toContain('There are no passages to show');
    expect(afterDecline).not.toContain('expired');
  });

  it('reads a question that continues the previous answer with its topic, as in a private chat', async () => {
    const fresh = () => createConversation({ sanad, store: noStore(), log: { warn: () => {}, info: () => {}, debug: () => {} }, now: Date.now });
    const followUp = 'and how many of them?';
    expect(await chat([followUp], { color: false }, fresh())).toContain('The documents do not answer this question');
    const text = await chat(['Did CSTO peacekeepers arrive in Kazakhstan?', followUp], { color: false }, fresh());
    const second = text.slice(text.lastIndexOf('🔤'));
    expect(second).toMatch(/2,500/);
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

  it('renders the golden short answer: the Arabic quote right to left, bold matches, the cited source with its link, the note, the command', () => {
    expect(renderTerminal(answerReply(ANSWER), true, { commands: true })).toBe([
      '\u200F«أرسلت المنظمة \x1b[1mقوات\x1b[22m حفظ السلام (\u2068CSTO\u2069).» [1]',
      '🔤 Quote in Arabic',
      '\u200F[1] \u2068RT\u2069 عربي — \u2068«عنوان»\u2069 (https://ar.rt.com/s48q)\n«» quoted word for word',
      '📄 Passages: /passages',
    ].join('\n\n'));
  });

  it('renders the passages in bold under their labels, then the sources they cite', () => {
    expect(renderTerminal(passagesReply(ANSWER, '📄 Supporting passages'), true)).toBe([
      '\x1b[1m📄 Supporting passages\x1b[22m',
      '\x1b[1mPassage 2 · \x1b[22m[2]\x1b[1m outlet not stated — «Troops»\x1b[22m\n\x1b[1mTroops\x1b[22m arrived in Almaty.',
      '\x1b[1m📚 Sources\x1b[22m\n[2] outlet not stated — «Troops» — January 6, 2022\n\n«» quoted word for word',
    ].join('\n\n'));
  });

  it('shows a link whose text is its address once: "got the link?" answered with the report\'s address', async () => {
    const text = await chat(['got the link to the RT story about the russian MFA statement?']);
    expect(text).toContain('🔗 Link to the report: https://ar.rt.com/s48q\n');
    expect(text).not.toContain('https://ar.rt.com/s48q (https://ar.rt.com/s48q)');
    // In Arabic too, where the line isolates the address's direction.
    const arabic = await chat(['اين رابط خبر ار تي؟']);
    expect(arabic).toMatch(/🔗 رابط التقرير: \u2068?https:\/\/ar\.rt\.com\/s48q\u2069?\n/);
  });

  it('writes the same text without escapes when colour is off', () => {
    expect(renderTerminal(answerReply(ANSWER), false)).not.toContain('\x1b');
  });
});
