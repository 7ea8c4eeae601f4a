import type { Platform } from '../store/store.js';
import { analyze } from '../text/analyze.js';
import { looksLikeQuestion } from '../text/question-words.js';
import { smallTalkOf } from '../text/small-talk.js';

/**
 * Where the bot listens in a chat, as its moderators chose (issue 14 §4).
 * - `commands`: commands only (Telegram: /ask; Discord: /kz ask, answered in the channel itself);
 * - `mentions`: commands, mentions of the bot and replies to its messages (Telegram groups' default);
 * - `questions`: that, plus every message that reads as a question (Telegram groups);
 * - `thread`: /kz ask answered with a new thread started on the answer, whose messages the bot answers (Discord text channels' default);
 * - `ask-channel`: every message in the channel is a question, answered in a thread on it (Discord);
 * - `forum`: each new post of a forum channel is answered in its own thread (Discord).
 */
export type ListenMode = 'commands' | 'mentions' | 'questions' | 'thread' | 'ask-channel' | 'forum';

/** Every mode, for validating what the store or a button holds. */
export const LISTEN_MODES: readonly ListenMode[] = ['commands', 'mentions', 'questions', 'thread', 'ask-channel', 'forum'];

/** The kind of chat a setting applies to: a Telegram group, a Discord text channel, a Discord forum channel. */
export type ListenPlace = 'group' | 'text' | 'forum';

/** The choices each kind of chat offers, its default first. */
const CHOICES: Record<ListenPlace, readonly ListenMode[]> = {
  group: ['mentions', 'commands', 'questions'],
  text: ['thread', 'commands', 'ask-channel'],
  // Forum posts are answered only when the moderators ask for it: answering every post unasked would surprise a forum.
  forum: ['commands', 'forum'],
};

/** The modes a moderator may choose for a kind of chat, the default first. */
export function listenChoices(place: ListenPlace): readonly ListenMode[] {
  return CHOICES[place];
}

/** The mode of a chat that has no setting (or a setting this kind of chat does not offer). */
export function defaultListenMode(place: ListenPlace): ListenMode {
  return CHOICES[place][0]!;
}

/** A stored value as a mode this kind of chat offers, else the default. */
export function listenModeOf(value: string | undefined, place: ListenPlace): ListenMode {
  const mode = LISTEN_MODES.find((m) => m === value);
  return mode && CHOICES[place].includes(mode) ? mode : defaultListenMode(place);
}

/** The kind of chat a platform's chat is, given what the platform says of it (a Discord channel's type). */
export function listenPlaceOf(platform: Platform, isForum = false): ListenPlace {
  return platform === 'discord' ? (isForum ? 'forum' : 'text') : 'group';
}

/** What a message says of itself that decides whether it is for the bot; plain values an adapter reads off it. */
export interface ListenedMessage {
  /** How it turns to the bot: a command to it, a mention of it, a reply to one of its messages, or not at all. */
  addressed: 'command' | 'mention' | 'reply' | 'none';
  /** Its text without the bot's mentions. */
  text: string;
  /** It replies to someone other than the bot: a question to that person, not to the bot. */
  repliesToOther?: boolean;
  /**
   * Where it was posted, on platforms with threads: the channel itself, a thread the bot started for an answer, the
   * first message of a forum post, or another thread.
   */
  place?: 'channel' | 'bot-thread' | 'forum-post' | 'thread';
}

/**
 * Whether a message only greets, thanks, takes leave or acknowledges (src/text/small-talk.ts): it is answered in
 * kind, and is no question to open a thread for (a Discord ask channel answers it under the message).
 */
export function isSmallTalk(text: string): boolean {
  return smallTalkOf(analyze(text)) !== undefined;
}

/**
 * Whether a message is for the bot under its chat's mode: the one decision every adapter asks before answering a
 * message that is not an explicit command. Messages in a thread the bot started for an answer are always for it
 * (the thread is that conversation), whatever the channel's mode is now.
 */
export function isMessageForBot(mode: ListenMode, message: ListenedMessage): boolean {
  if (message.place === 'bot-thread') return true;
  const addressed = message.addressed !== 'none';
  switch (mode) {
    case 'commands': return message.addressed === 'command';
    case 'mentions': return addressed;
    // "hello?", "ok?" to the group are for its members: small talk is answered only when addressed to the bot.
    case 'questions': return addressed || (!message.repliesToOther && looksLikeQuestion(message.text) && !isSmallTalk(message.text));
    case 'ask-channel': return message.place === 'channel';
    case 'forum': return message.place === 'forum-post';
    case 'thread': return false;
  }
}
