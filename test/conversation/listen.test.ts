import { describe, expect, it } from 'vitest';
import { createConversation, isMessageForBot, replyText, type ListenedMessage } from '../../src/index.js';
import { realSanad } from './harness.js';
import { downStore, memoryStore } from './memory-store.js';

const msg = (over: Partial<ListenedMessage>): ListenedMessage => ({ addressed: 'none', text: '', ...over });

describe('isMessageForBot', () => {
  it('commands only: takes commands, not mentions, replies or questions', () => {
    expect(isMessageForBot('commands', msg({ addressed: 'command', text: 'x' }))).toBe(true);
    expect(isMessageForBot('commands', msg({ addressed: 'mention', text: 'what happened?' }))).toBe(false);
    expect(isMessageForBot('commands', msg({ addressed: 'reply', text: 'why?' }))).toBe(false);
  });

  it('mentions and replies (the default): also mentions and replies, not plain questions', () => {
    expect(isMessageForBot('mentions', msg({ addressed: 'mention', text: 'hello' }))).toBe(true);
    expect(isMessageForBot('mentions', msg({ addressed: 'reply', text: 'hello' }))).toBe(true);
    expect(isMessageForBot('mentions', msg({ text: 'what happened?' }))).toBe(false);
  });

  it('every question: also questions nobody was asked, but not a question put to another person', () => {
    expect(isMessageForBot('questions', msg({ text: 'ماذا حدث في ألماتي' }))).toBe(true);
    expect(isMessageForBot('questions', msg({ text: 'thanks, good answer' }))).toBe(false);
    expect(isMessageForBot('questions', msg({ text: 'did you see it?', repliesToOther: true }))).toBe(false);
    // A greeting asked of the group is its members' to answer.
    expect(isMessageForBot('questions', msg({ text: 'السلام عليكم؟' }))).toBe(false);
    expect(isMessageForBot('questions', msg({ text: 'hello?' }))).toBe(false);
    expect(isMessageForBot('questions', msg({ addressed: 'mention', text: 'hello' }))).toBe(true);
  });

  it('Discord: the ask channel takes its own messages, a forum its posts, and a bot thread everything', () => {
    expect(isMessageForBot('ask-channel', msg({ text: 'hi', place: 'channel' }))).toBe(true);
    expect(isMessageForBot('ask-channel', msg({ text: 'hi', place: 'thread' }))).toBe(false);
    expect(isMessageForBot('forum', msg({ text: 'hi', place: 'forum-post' }))).toBe(true);
    expect(isMessageForBot('forum', msg({ text: 'hi', place: 'thread' }))).toBe(false);
    expect(isMessageForBot('thread', msg({ text: 'hi', place: 'channel' }))).toBe(false);
    for (const mode of ['thread', 'commands', 'ask-channel', 'forum'] as const) expect(isMessageForBot(mode, msg({ text: 'and then', place: 'bot-thread' }))).toBe(true);
  });
});

describe('Conversation listen settings', () => {
  const group = { platform: 'telegram' as const, chatId: '-100500', userId: '11', userLanguage: 'ar' as const };

  it('shows moderators the choices with the default marked, and refuses members in their language', async () => {
    const conversation = createConversation({ sanad: realSanad(), store: memoryStore(), log: console, now: Date.now });
    const shown = await conversation.listenSettings({ ...group, userLanguage: 'en', place: 'group', moderator: true });
    expect(shown.actions.map((a) => a.kind === 'listen' && `${a.mode}${a.chosen ? '✓' : ''}`)).toEqual(['mentions✓', 'commands', 'questions']);
    const refused = await conversation.listenSettings({ ...group, place: 'group', moderator: false });
    expect(refused.tone).toBe('refusal');
    expect(refused.language).toBe('ar');
    expect(replyText(refused)).toContain('المشرفون');
    expect(refused.actions).toEqual([]);
  });

  it('keeps a moderator’s choice, refuses a member’s and a choice the chat does not offer', async () => {
    const store = memoryStore();
    const conversation = createConversation({ sanad: realSanad(), store, log: console, now: Date.now });
    const changed = await conversation.setListenMode({ ...group, place: 'group', moderator: true, mode: 'questions' });
    expect(changed.tone).toBe('notice');
    expect(changed.actions.find((a) => a.kind === 'listen' && a.chosen)).toMatchObject({ mode: 'questions' });
    expect((await conversation.setListenMode({ ...group, place: 'group', moderator: false, mode: 'commands' })).tone).toBe('refusal');
    expect((await conversation.setListenMode({ ...group, place: 'group', moderator: true, mode: 'forum' })).tone).toBe('refusal');
    expect(await conversation.listenMode(group, 'group')).toBe('questions');
    expect(await store.chatSetting(group, 'listen')).toBe('questions');
  });

  it('another instance on the same store sees a change once its cache time has passed', async () => {
    let now = 1_000_000;
    const store = memoryStore();
    const a = createConversation({ sanad: realSanad(), store, log: console, now: () => now, listenCacheMs: 5_000 });
    const b = createConversation({ sanad: realSanad(), store, log: console, now: () => now, listenCacheMs: 5_000 });
    expect(await b.listenMode(group, 'group')).toBe('mentions');
    await a.setListenMode({ ...group, place: 'group', moderator: true, mode: 'commands' });
    expect(await a.listenMode(group, 'group')).toBe('commands');
    expect(await b.listenMode(group, 'group')).toBe('mentions');
    now += 5_000;
    expect(await b.listenMode(group, 'group')).toBe('commands');
  });

  it('with the store down: the default mode, and a change refused with a request to try again', async () => {
    const warnings: unknown[] = [];
    const log = { warn: (...args: unknown[]) => void warnings.push(args), info: () => {}, debug: () => {} };
    const conversation = createConversation({ sanad: realSanad(), store: downStore(), log, now: Date.now });
    expect(await conversation.listenMode({ platform: 'discord', chatId: '1' }, 'text')).toBe('thread');
    const refused = await conversation.setListenMode({ ...group, userLanguage: 'en', place: 'group', moderator: true, mode: 'commands' });
    expect(refused.tone).toBe('refusal');
    expect(replyText(refused)).toContain('try again');
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('in a private chat explains that settings are for groups', async () => {
    const conversation = createConversation({ sanad: realSanad(), store: memoryStore(), log: console, now: Date.now });
    const reply = await conversation.listenSettings({ ...group, userLanguage: 'ru', place: 'private', moderator: true });
    expect(replyText(reply)).toContain('/settings');
    expect(reply.actions).toEqual([]);
  });
});
