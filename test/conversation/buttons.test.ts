import { describe, expect, it } from 'vitest';
import { replyText } from '../../src/index.js';
import { conversationOn, inNewChat, realSanad } from './harness.js';
import { downStore } from './memory-store.js';

const ANSWERABLE = 'Which armed forces make up the peacekeeping contingent?';
/** A question with more passages than an answer shows. */
const MANY = 'ما هي منظمة معاهدة الأمن الجماعي؟';

describe('moreSources: the "more sources" policy', () => {
  it('shows only the passages the answer did not, labelled after its own, cited from [1] with their own sources', async () => {
    const { conversation } = conversationOn();
    const chat = inNewChat();
    const asked = await conversation.ask({ ...chat, question: MANY });
    const full = realSanad().ask(MANY, { top: 10 });
    const answerId = (await asked.record!('9'))!;
    const more = await conversation.moreSources({ ...chat, answerId });
    expect(replyText(more)).toContain('➕ مصادر أخرى');
    const texts = more.blocks.flatMap((b) => (b.kind === 'passage' ? [b.spans.map((s) => s.text).join('')] : []));
    expect(texts).toEqual(full.passages.slice(3).map((p) => p.text));
    const labels = more.blocks.flatMap((b) => (b.kind === 'passage' ? [b.label.map((s) => s.text).join('')] : []));
    expect(labels[0]).toMatch(/^المقطع 4 · \[1\] /);
    const sources = more.blocks.find((b) => b.kind === 'sources');
    expect(sources && sources.kind === 'sources' && sources.lines[0]![0]!.text).toBe('[1]');
    expect(JSON.stringify(await conversation.moreSources({ ...chat, messageId: '9' }))).toBe(JSON.stringify(more));
  });

  it('says there are no more when every passage was shown, and that the button expired when the answer is unknown', async () => {
    const { conversation } = conversationOn();
    expect(realSanad().ask('Baikonur', { top: 10 }).passages).toHaveLength(1);
    const none = await conversation.moreSources({ ...inNewChat(), question: 'Baikonur' });
    expect(none.tone).toBe('notice');
    expect(replyText(none)).toBe('There are no more sources for this question.');
    expect((await conversation.ask({ ...inNewChat(), question: 'Baikonur' })).reply.actions.some((a) => a.kind === 'more')).toBe(false);
    const gone = await conversation.moreSources({ ...inNewChat(), answerId: 999 });
    expect(gone.tone).toBe('refusal');
    expect(replyText(gone)).toContain('This button has expired');
  });

  it('still works from the question the adapter read off the message when the store is down', async () => {
    const { conversation } = conversationOn(downStore());
    expect(replyText(await conversation.moreSources({ ...inNewChat(), answerId: 1, question: MANY }))).toContain('مصادر أخرى');
  });
});

describe('passage: 📄 of a short answer', () => {
  it('shows the answer\'s supporting passages without its quote, labelled by passage, from the stored answer or its message', async () => {
    const { conversation } = conversationOn();
    const chat = inNewChat();
    const asked = await conversation.ask({ ...chat, question: ANSWERABLE });
    expect(asked.reply.actions).toContainEqual({ kind: 'passages', label: 'Passages' });
    const answerId = (await asked.record!('12'))!;
    const reply = await conversation.passage({ ...chat, answerId, answerLanguage: 'en' });
    const answer = realSanad().ask(ANSWERABLE);
    const text = replyText(reply);
    expect(text).toMatch(/^📄 Supporting passages/);
    for (const quote of answer.quote) expect(text).not.toContain(quote.text);
    const labels = reply.blocks.flatMap((b) => (b.kind === 'passage' ? [b.label.map((s) => s.text).join('')] : []));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^Passage [1-3] · \[\d\]/);
    expect(new Set(labels).size).toBe(labels.length);
    expect(JSON.stringify(await conversation.passage({ ...chat, messageId: '12' }))).toBe(JSON.stringify(reply));
  });

  it('asks the question again when the store is down, and refuses plainly when it knows neither answer nor question', async () => {
    const { conversation } = conversationOn(downStore());
    const answer = realSanad().ask(ANSWERABLE);
    const text = replyText(await conversation.passage({ ...inNewChat(), answerId: 1, question: ANSWERABLE }));
    expect(text).toContain('Passage ');
    for (const quote of answer.quote) expect(text).not.toContain(quote.text);
    expect(replyText(await conversation.passage({ ...inNewChat(), answerId: 1 }))).toContain('This button has expired');
  });
});

describe('passage: one passage (buttons under older answers)', () => {
  it('shows a passage in full with its source, in the answer\'s language', async () => {
    const { conversation } = conversationOn();
    const passage = realSanad().passages[0]!;
    const reply = await conversation.passage({ ...inNewChat(), passageId: passage.id, answerLanguage: 'ar' });
    expect(reply.language).toBe('ar');
    expect(replyText(reply)).toContain(passage.text);
    expect(replyText(reply)).toContain('النص منقول حرفيًا');
  });

  it('finds a passage behind a stored key, and refuses plainly when the key or the passage is gone', async () => {
    const { conversation } = conversationOn();
    const passage = realSanad().passages[1]!;
    const key = (await conversation.keyFor(passage.id))!;
    expect(replyText(await conversation.passage({ ...inNewChat(), key }))).toContain(passage.text);
    expect(replyText(await conversation.passage({ ...inNewChat(), key: 'nokey' }))).toContain('This button has expired');
    expect(replyText(await conversation.passage({ ...inNewChat({ userLanguage: 'ru' }), passageId: 'gone#1' }))).toBe('Этого фрагмента больше нет в документах.');
  });
});

describe('vote', () => {
  it('keeps one vote per user, changeable, thanking the voter in their language', async () => {
    const { conversation } = conversationOn();
    const chat = inNewChat();
    const answerId = (await (await conversation.ask({ ...chat, question: ANSWERABLE })).record!('3'))!;
    const vote = (userId: string, value: 1 | -1) => conversation.vote({ ...chat, userId, answerId, value });
    expect((await vote('u1', 1)).tally).toEqual({ up: 1, down: 0 });
    expect((await vote('u1', 1)).tally).toEqual({ up: 1, down: 0 });
    const changed = await vote('u1', -1);
    expect(changed.tally).toEqual({ up: 0, down: 1 });
    expect(replyText(changed.reply)).toBe('Thanks! Your vote: 👎. Press the other button to change it.');
    expect((await conversation.vote({ ...chat, userId: 'u2', messageId: '3', value: 1 })).tally).toEqual({ up: 1, down: 1 });
  });

  it('says the button expired for an answer it does not have, and asks to try later when the store is down', async () => {
    const expired = await conversationOn().conversation.vote({ ...inNewChat(), userId: 'u', answerId: 999, value: 1 });
    expect(expired).toEqual({ reply: expect.objectContaining({ tone: 'refusal' }) });
    const down = await conversationOn(downStore()).conversation.vote({ ...inNewChat({ userLanguage: 'ar' }), userId: 'u', answerId: 1, value: 1 });
    expect(down.tally).toBeUndefined();
    expect(replyText(down.reply)).toContain('تعذّر تسجيل صوتك');
  });
});
