import { describe, expect, it } from 'vitest';
import { routeMessage, type IncomingMessage } from '../../../adapters/telegram/route.js';

const ME = { id: 4242, username: 'sanad_test_bot' };
const PRIVATE = { id: 7, type: 'private' } as const;
const GROUP = { id: -1007, type: 'supergroup' } as const;
const cmd = (text: string) => [{ type: 'bot_command' as const, offset: 0, length: text.match(/^\/\S+/)![0].length }];
const msg = (extra: Partial<IncomingMessage>): IncomingMessage => ({ message_id: 1, chat: GROUP, from: { id: 7 }, ...extra });

describe('routeMessage', () => {
  it('takes any text in a private chat as a question', () => {
    expect(routeMessage(msg({ chat: PRIVATE, text: 'ما مهمة قوات حفظ السلام؟' }), ME)).toEqual({ kind: 'question', text: 'ما مهمة قوات حفظ السلام؟' });
  });

  it('answers /ask and /ask@bot in groups, with usage when empty', () => {
    expect(routeMessage(msg({ text: '/ask Why?', entities: cmd('/ask') }), ME)).toEqual({ kind: 'question', text: 'Why?' });
    expect(routeMessage(msg({ text: '/ask@Sanad_Test_Bot  Why?', entities: cmd('/ask@Sanad_Test_Bot') }), ME)).toEqual({ kind: 'question', text: 'Why?' });
    expect(routeMessage(msg({ text: '/ask', entities: cmd('/ask') }), ME)).toEqual({ kind: 'ask_usage' });
    expect(routeMessage(msg({ text: '/ask@other_bot Why?', entities: cmd('/ask@other_bot') }), ME).kind).toBe('ignore');
  });

  it('ignores ordinary group messages, also when the bot is an admin and sees them all', () => {
    expect(routeMessage(msg({ text: 'hello everyone' }), ME)).toEqual({ kind: 'ignore', reason: 'not_addressed' });
    expect(routeMessage(msg({ text: '/unknown', entities: cmd('/unknown') }), ME).kind).toBe('ignore');
  });

  it('answers replies to the bot and mentions of it, without the mention', () => {
    expect(routeMessage(msg({ text: 'and then?', reply_to_message: { message_id: 3, from: { id: ME.id } } }), ME)).toEqual({ kind: 'question', text: 'and then?' });
    const text = '@sanad_test_bot what happened in Almaty?';
    expect(routeMessage(msg({ text, entities: [{ type: 'mention', offset: 0, length: 15 }] }), ME)).toEqual({ kind: 'question', text: 'what happened in Almaty?' });
  });

  it('does not take the forum topic root for a reply to the bot', () => {
    const inTopic = msg({ text: 'hi', is_topic_message: true, message_thread_id: 9, reply_to_message: { message_id: 9, from: { id: ME.id }, forum_topic_created: {} } });
    expect(routeMessage(inTopic, ME).kind).toBe('ignore');
  });

  it('ignores the linked channel, automatic forwards, other bots, its own inline results and service messages', () => {
    expect(routeMessage(msg({ text: '/ask x', entities: cmd('/ask'), from: { id: 777000 } }), ME).kind).toBe('ignore');
    expect(routeMessage(msg({ text: '@sanad_test_bot x', is_automatic_forward: true }), ME).kind).toBe('ignore');
    expect(routeMessage(msg({ text: '/ask x', entities: cmd('/ask'), from: { id: 99, is_bot: true } }), ME).kind).toBe('ignore');
    expect(routeMessage(msg({ chat: PRIVATE, text: 'answer', via_bot: { id: ME.id } }), ME).kind).toBe('ignore');
    expect(routeMessage({ ...msg({}), pinned_message: { message_id: 3 } } as IncomingMessage, ME)).toEqual({ kind: 'ignore', reason: 'service' });
  });

  it('reads a group becoming a supergroup from either service message', () => {
    const group = msg({});
    expect(routeMessage({ ...group, migrate_to_chat_id: -100123 }, ME)).toEqual({ kind: 'migrated', fromChatId: group.chat.id, toChatId: -100123 });
    const superGroup = msg({ chat: { id: -100123, type: 'supergroup' } });
    expect(routeMessage({ ...superGroup, migrate_from_chat_id: group.chat.id }, ME)).toEqual({ kind: 'migrated', fromChatId: group.chat.id, toChatId: -100123 });
  });

  it.each([
    ['', 7], ['30', 30], ['1', 1], ['365', 365], ['30d', 30], ['14 days', 14], ['30 يوم', 30], ['10 дней', 10],
    ['0', undefined], ['366', undefined], ['-3', undefined], ['week', undefined], ['1e3', undefined],
  ])('reads /unanswered %j as %s days', (arg, days) => {
    expect(routeMessage(msg({ text: `/unanswered ${arg}`.trim(), entities: cmd('/unanswered') }), ME)).toEqual({ kind: 'unanswered', days });
  });

  it('lets anonymous admins (GroupAnonymousBot writing as the group) ask and pin', () => {
    const anon = { from: { id: 1087968824, is_bot: true }, sender_chat: { id: GROUP.id } };
    expect(routeMessage(msg({ ...anon, text: '/ask x', entities: cmd('/ask') }), ME)).toEqual({ kind: 'question', text: 'x' });
    expect(routeMessage(msg({ ...anon, text: '/pin', entities: cmd('/pin'), reply_to_message: { message_id: 5, from: { id: ME.id } } }), ME))
      .toEqual({ kind: 'pin', unpin: false, targetMessageId: 5 });
  });

  it('asks for text on stickers and photos in private chats, ignores them in groups', () => {
    expect(routeMessage({ ...msg({ chat: PRIVATE }), sticker: {} } as IncomingMessage, ME)).toEqual({ kind: 'text_only' });
    expect(routeMessage({ ...msg({ chat: PRIVATE, caption: '@sanad_test_bot why?' }), photo: [] } as IncomingMessage, ME)).toEqual({ kind: 'text_only' });
    expect(routeMessage({ ...msg({ caption: '@sanad_test_bot why?' }), photo: [] } as IncomingMessage, ME).kind).toBe('ignore');
  });

  it('reports unknown commands in private chats', () => {
    expect(routeMessage(msg({ chat: PRIVATE, text: '/frobnicate', entities: cmd('/frobnicate') }), ME)).toEqual({ kind: 'unknown_command' });
    expect(routeMessage(msg({ chat: PRIVATE, text: '/start q_abc', entities: cmd('/start') }), ME)).toEqual({ kind: 'start', payload: 'q_abc' });
  });
});
