import { describe, expect, it, vi } from 'vitest';
import { PinSyncError, replyText, type PinRights, type PlatformPinOutcome } from '../../src/index.js';
import { conversationOn, inNewChat } from './harness.js';
import { downStore, memoryStore } from './memory-store.js';

const QUESTION = 'ما مهمة قوات حفظ السلام؟';
const MODERATOR: PinRights = { pinnable: true, moderator: true, botMayPin: true };

/** A chat with one recorded answer, sent as message `messageId`. */
async function answered(messageId = '40') {
  const setup = conversationOn();
  const chat = inNewChat();
  const answerId = (await (await setup.conversation.ask({ ...chat, question: QUESTION })).record!(messageId))!;
  return { ...setup, chat, answerId, messageId };
}

describe('pin', () => {
  it('pins for a moderator, records it, and says so in the presser\'s language', async () => {
    const { conversation, store, chat, messageId } = await answered();
    const pinOnPlatform = vi.fn(async (): Promise<PlatformPinOutcome> => 'done');
    const result = await conversation.pin({ ...chat, messageId, unpin: false, rights: MODERATOR, pinOnPlatform });
    expect(result.outcome).toBe('done');
    expect(result.answerLanguage).toBe('ar');
    expect(replyText(result.reply)).toContain('Pinned');
    expect((await store.pinnedAnswers(chat, 5)).map((p) => p.pin.pinnedBy)).toEqual(['11']);
    const unpinned = await conversation.pin({ ...chat, messageId, unpin: true, rights: MODERATOR, pinOnPlatform });
    expect(replyText(unpinned.reply)).toContain('Unpinned');
    expect(await store.pinnedAnswers(chat, 5)).toEqual([]);
  });

  it('refuses plainly, without asking the platform: outside a group, non-moderators, and when the bot may not pin', async () => {
    const { conversation, chat, messageId } = await answered();
    const pinOnPlatform = vi.fn(async (): Promise<PlatformPinOutcome> => 'done');
    const ask = (rights: PinRights, platform: 'telegram' | 'discord' = 'telegram') => conversation.pin({ ...chat, platform, messageId, unpin: false, rights, pinOnPlatform });
    expect((await ask({ ...MODERATOR, pinnable: false })).outcome).toBe('outside_place');
    const member = await ask({ ...MODERATOR, moderator: false });
    expect(member.reply.tone).toBe('refusal');
    expect(replyText(member.reply)).toContain('Only moderators');
    expect(replyText((await ask({ ...MODERATOR, botMayPin: false }, 'discord')).reply)).toContain('Pin Messages');
    expect(pinOnPlatform).not.toHaveBeenCalled();
  });

  it('tells what the platform refused, and unpins in the store a message deleted meanwhile', async () => {
    const { conversation, store, chat, messageId, answerId } = await answered();
    const full = await conversation.pin({ ...chat, messageId, unpin: false, rights: MODERATOR, pinOnPlatform: async () => 'list_full', pinsMax: 250 });
    expect(replyText(full.reply)).toContain('250');
    await store.recordPin({ ...chat, answerId, messageId, pinnedBy: '11', pinnedAt: 1 });
    await conversation.pin({ ...chat, messageId, unpin: true, rights: MODERATOR, pinOnPlatform: async () => 'gone' });
    expect(await store.pinnedAnswers(chat, 5)).toEqual([]);
  });

  it('keeps the platform\'s pin when the store is down, logging the failure', async () => {
    const { conversation, warnings } = conversationOn(downStore());
    const result = await conversation.pin({ ...inNewChat(), messageId: '1', unpin: false, rights: MODERATOR, pinOnPlatform: async () => 'done' });
    expect(result.outcome).toBe('done');
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('records a pin made with the platform\'s own menu on a stored answer only', async () => {
    const { conversation, store, chat, messageId } = await answered();
    expect(await conversation.recordPlatformPin({ ...chat, messageId: '4040' })).toBe(false);
    expect(await conversation.recordPlatformPin({ ...chat, userId: '12', messageId })).toBe(true);
    expect((await store.pinnedAnswers(chat, 5))[0]!.pin.pinnedBy).toBe('12');
  });
});

describe('syncPins', () => {
  it('records answers the platform lists as pinned (by the platform\'s name) and unpins those it no longer lists', async () => {
    const { conversation, store, chat, messageId, answerId } = await answered('41');
    expect(await conversation.syncPins({ ...chat, readPins: async () => ({ pins: [{ messageId, pinnedAt: 5 }, { messageId: 'other', pinnedAt: 6 }], complete: true }) }))
      .toEqual({ pinned: 1, unpinned: 0 });
    expect((await store.pinnedAnswers(chat, 5))[0]!.pin).toMatchObject({ answerId, pinnedBy: 'telegram', pinnedAt: 5 });
    expect(await conversation.syncPins({ ...chat, readPins: async () => ({ pins: [], complete: false }) })).toEqual({ pinned: 0, unpinned: 0 });
    expect(await conversation.syncPins({ ...chat, readPins: async () => ({ pins: [], complete: true }) })).toEqual({ pinned: 0, unpinned: 1 });
  });

  it('asks the platform nothing when it says no pins are left and none are stored; says which step failed', async () => {
    const { conversation } = conversationOn();
    const readPins = vi.fn(async () => ({ pins: [], complete: true }));
    expect(await conversation.syncPins({ ...inNewChat(), noneLeft: true, readPins })).toEqual({ pinned: 0, unpinned: 0 });
    expect(readPins).not.toHaveBeenCalled();
    const refused = conversation.syncPins({ ...inNewChat(), readPins: () => Promise.reject(new Error('Missing Access')) });
    await expect(refused).rejects.toBeInstanceOf(PinSyncError);
    await expect(refused).rejects.toMatchObject({ step: 'reading the platform pins' });
    await expect(conversationOn(downStore()).conversation.syncPins({ ...inNewChat(), readPins })).rejects.toMatchObject({ step: 'reading the stored pins' });
  });
});

describe('pinned and digest', () => {
  it('lists the chat\'s pinned answers newest first, linked, and says so when there are none', async () => {
    const { conversation, store, chat, answerId, messageId } = await answered();
    expect(replyText(await conversation.pinned(chat))).toContain('No answers are pinned here yet');
    await store.recordPin({ ...chat, answerId, messageId, pinnedBy: '11', pinnedAt: Date.UTC(2026, 0, 2) });
    const list = await conversation.pinned(chat);
    expect(replyText(list)).toContain(`1. ${QUESTION} — January 2, 2026`);
    expect(JSON.stringify(list)).toContain(chat.messageLink!(messageId)!);
  });

  it('gives moderators the digest, refuses others, explains a bad period, and asks to try later when the store is down', async () => {
    const { conversation, chat } = await answered();
    await conversation.ask({ ...chat, question: 'Best pizza recipe in Naples?' });
    await conversation.ask({ ...chat, question: 'best pizza recipe in naples' });
    expect(replyText(await conversation.digest({ ...chat, moderator: false }))).toContain('for moderators only');
    expect(replyText(await conversation.digest({ ...chat, moderator: true, days: 400 }))).toContain('1 to 365');
    const digest = replyText(await conversation.digest({ ...chat, moderator: true, days: 30 }));
    expect(digest).toContain('The last 30 days');
    expect(digest).toMatch(/2× best pizza recipe in naples — \w+ \d+, \d{4}/);
    expect(digest).toContain('No answer got a 👎.');
    const down = conversationOn(downStore()).conversation;
    expect((await down.digest({ ...chat, moderator: true })).tone).toBe('refusal');
    expect(replyText(await down.pinned(chat))).toContain('try again');
  });
});

describe('suggest', () => {
  const headlines = () => conversationOn().conversation;

  it('offers recent questions of the scope first, then examples, then headlines, matching every typed word', async () => {
    const store = memoryStore();
    const { conversation } = conversationOn(store);
    await store.rememberQuestion({ platform: 'discord', scopeId: 'g', question: 'What happened at Almaty airport, really?', questionKey: 'k', askedAt: 1 });
    const request = { ...inNewChat({ platform: 'discord' }), scopeId: 'g', limit: 25, maxChars: 100 };
    const all = await conversation.suggest({ ...request, typed: '' });
    expect(all[0]).toBe('What happened at Almaty airport, really?');
    expect(await conversation.suggest({ ...request, typed: 'ALMATY' })).toContain('What happened at Almaty airport?');
    expect(await conversation.suggest({ ...request, typed: 'الارهابيين رئيس' })).toEqual(['رئيس كازاخستان يتعهد باتخاذ تدابير حاسمة ضد الإرهابيين']);
    expect(await headlines().suggest({ ...request, typed: 'nothing like this at all' })).toEqual([]);
  });

  it('returns at most `limit` unique one-line suggestions within maxChars, even from hostile text', async () => {
    const store = memoryStore();
    for (let i = 0; i < 60; i++) await store.rememberQuestion({ platform: 'discord', scopeId: 'g', question: `question\n${i % 40} ${'x'.repeat(200)}\u202E`, questionKey: String(i), askedAt: i });
    const choices = await conversationOn(store).conversation.suggest({ ...inNewChat({ platform: 'discord' }), scopeId: 'g', typed: '', limit: 25, maxChars: 100 });
    expect(choices).toHaveLength(25);
    expect(new Set(choices).size).toBe(25);
    // eslint-disable-next-line no-control-regex -- checking that control characters are gone
    for (const c of choices) expect(c).toMatch(/^[^\n\u0000-\u001F\u202A-\u202E]{1,100}$/);
  });
});

describe('preview', () => {
  it('offers the answer, then each passage as an answer of its own, with nothing to record', () => {
    const { conversation } = conversationOn();
    const previews = conversation.preview({ ...inNewChat(), question: 'Which armed forces make up the peacekeeping contingent?' });
    expect(previews.length).toBeGreaterThan(1);
    expect(previews[0]!.title.startsWith('💬 ')).toBe(true);
    expect(previews[0]!.description).toMatch(/^\[1\] /);
    for (const p of previews) expect(p.reply.actions).toEqual([]);
    expect(replyText(previews[1]!.reply)).toContain('[1]');
  });

  it('offers a clear "not found", and the examples with their answers for an empty query or a greeting', () => {
    const { conversation } = conversationOn();
    expect(conversation.preview({ ...inNewChat(), question: 'How do I reset my password?' }).map((p) => p.title)).toEqual(['🔎 The documents do not answer this question.']);
    const examples = conversation.preview({ ...inNewChat({ userLanguage: 'ru' }), question: ' ' });
    expect(examples.map((p) => p.question)).toEqual(conversation.examples(inNewChat({ userLanguage: 'ru' })));
    const greeted = conversation.preview({ ...inNewChat({ userLanguage: 'ru' }), question: 'привет' });
    expect(greeted.map((p) => p.question)).toEqual(conversation.examples(inNewChat({ userLanguage: 'ru' })));
  });
});
