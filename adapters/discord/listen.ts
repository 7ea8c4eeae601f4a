import { MessageFlags, MessageType, Routes, type GatewayMessageCreateDispatchData, type REST, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import {
  isMessageForBot, isSmallTalk, languageOfTag, stripInvisible, truncateText, type AskRequest, type ChatRequest, type Conversation,
  type ListenedMessage, type Logger, type QuestionLimiter, type Reply,
} from '../../src/index.js';
import { isForum, isThread, type ChannelDirectory, type RawChannel } from './channel-directory.js';
import { errorFields } from './error-fields.js';
import { DISCORD_THREAD_ARCHIVE_MINUTES, DISCORD_THREAD_NAME_MAX_CHARS } from './limits.js';
import { renderReply, type ButtonContext } from './render.js';

/** Mentions nothing, whatever the text says (the same rule as the interaction replies). */
const NO_MENTIONS = { parse: [] as [] };

/** A thread's name from a question: visible characters, one line, cut to Discord's 100 (never empty). */
export function threadNameOf(question: string): string {
  const name = stripInvisible(question).replace(/\s+/g, ' ').trim();
  return truncateText(name || '❓', DISCORD_THREAD_NAME_MAX_CHARS);
}

/**
 * Starts a public thread on a message (POST /channels/{channel}/messages/{message}/threads; the thread takes the
 * message's id). Resolves to the thread, or undefined when Discord refused (no Create Public Threads permission, a
 * thread already there): the answer stands without it.
 */
export async function startThread(rest: REST, channelId: string, messageId: string, question: string, log: Pick<Logger, 'warn'>): Promise<RawChannel | undefined> {
  try {
    return (await rest.post(Routes.threads(channelId, messageId), {
      body: { name: threadNameOf(question), auto_archive_duration: DISCORD_THREAD_ARCHIVE_MINUTES },
    })) as RawChannel;
  } catch (error) {
    log.warn({ ...errorFields(error), channelId, messageId }, 'thread not started');
    return undefined;
  }
}

/** Sends a reply as a message of a channel (or thread), under `replyTo` when given; resolves to the message id. */
async function post(rest: REST, channelId: string, reply: Reply, buttons: ButtonContext, replyTo?: string): Promise<string> {
  const { content, embeds, components } = renderReply(reply, buttons);
  const body: RESTPostAPIChannelMessageJSONBody = {
    ...(content ? { content } : {}), embeds, components, allowed_mentions: NO_MENTIONS,
    ...(replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {}),
  };
  const sent = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
  return sent.id;
}

/** What the message listener works with. */
export interface MessageListenerDeps {
  conversation: Conversation;
  rest: REST;
  channels: ChannelDirectory;
  /** Questions per user and per channel, shared with the slash commands. */
  questions: QuestionLimiter;
  /** The bot's own user id (undefined before the gateway is ready). */
  botUserId: () => string | undefined;
  log: Pick<Logger, 'warn' | 'debug'>;
}

/** Message types that are someone writing (not a join, a pin notice, a thread created …). */
const WRITTEN = new Set<number>([MessageType.Default, MessageType.Reply]);

/**
 * Messages never answered: bots (this one included), webhooks, system messages, anything but a written message,
 * messages that ping @everyone or @here, and messages without text (no Message Content intent, or only an attachment).
 */
function isIgnored(message: GatewayMessageCreateDispatchData, botUserId: string | undefined): boolean {
  const { author } = message;
  if (author.bot || author.system || message.webhook_id || author.id === botUserId) return true;
  if (!WRITTEN.has(message.type) || (message.flags ?? 0) & MessageFlags.Ephemeral) return true;
  if (message.mention_everyone || /@(everyone|here)\b/.test(message.content)) return true;
  return !message.guild_id || !stripInvisible(message.content).trim();
}

/** Where a message was posted, as the core's isMessageForBot reads it, and which channel's mode applies. */
async function placeOf(deps: MessageListenerDeps, message: GatewayMessageCreateDispatchData): Promise<{ place: NonNullable<ListenedMessage['place']>; modeChannel: string; forum: boolean; parentId?: string } | undefined> {
  const channel = await deps.channels.get(message.channel_id);
  if (!channel) return undefined;
  if (!isThread(channel.type)) return { place: 'channel', modeChannel: channel.id, forum: isForum(channel.type) };
  if (channel.ownerId !== undefined && channel.ownerId === deps.botUserId()) return { place: 'bot-thread', modeChannel: channel.id, forum: false, ...(channel.parentId ? { parentId: channel.parentId } : {}) };
  const parent = channel.parentId ? await deps.channels.get(channel.parentId) : undefined;
  if (!parent) return undefined;
  // A forum post's first message has the post's (the thread's) id.
  const forumPost = isForum(parent.type) && message.id === channel.id;
  return { place: forumPost ? 'forum-post' : 'thread', modeChannel: parent.id, forum: isForum(parent.type) };
}

/**
 * Answers the messages a channel's listening mode takes (MESSAGE_CREATE, which needs the Message Content intent):
 * in an ask channel, in a new thread on the message (as Onyx's and Slack-style bots do: the channel stays a list of
 * questions, each with its own conversation); in a thread the bot started, in that thread, as a follow-up of its
 * answer there; a forum post, in its own thread. Each message is claimed once across instances.
 */
export function createMessageListener(deps: MessageListenerDeps): (message: GatewayMessageCreateDispatchData) => Promise<void> {
  const { conversation, rest } = deps;
  const limiter = deps.questions;
  return async (message) => {
    if (isIgnored(message, deps.botUserId())) return;
    const where = await placeOf(deps, message);
    if (!where) return;
    const text = stripInvisible(message.content).trim();
    const mode = where.place === 'bot-thread' ? 'thread' : await conversation.listenMode({ platform: 'discord', chatId: where.modeChannel }, where.forum ? 'forum' : 'text');
    if (!isMessageForBot(mode, { addressed: 'none', text, place: where.place })) return;
    if ((await conversation.claims.claim('discord', `message:${message.id}`)) === 'seen') return;
    try {
      await answerMessage(message, where.place, text, where.parentId);
    } catch (error) {
      // Never silence: the asker hears that it failed (under the question), and the caller logs why.
      const apology = conversation.notice({ platform: 'discord', chatId: message.channel_id }, 'apology');
      await post(rest, message.channel_id, apology, {}, message.id).catch(() => undefined);
      throw error;
    } finally {
      await conversation.claims.finish('discord', `message:${message.id}`);
    }
  };

  async function answerMessage(message: GatewayMessageCreateDispatchData, place: NonNullable<ListenedMessage['place']>, question: string, parentId?: string): Promise<void> {
    // An ask channel's question gets its own thread (its "thanks!" is answered under it); a thread (the bot's, a forum
    // post) is answered where it is.
    const thread = place === 'channel' && !isSmallTalk(question) ? await startThread(rest, message.channel_id, message.id, question, deps.log) : undefined;
    if (thread) deps.channels.remember(thread);
    const chatId = thread?.id ?? message.channel_id;
    const language = languageOfTag(message.author.locale);
    const request: ChatRequest = {
      platform: 'discord', chatId, userId: message.author.id, ...(language ? { userLanguage: language } : {}),
      messageLink: (id) => `https://discord.com/channels/${message.guild_id}/${chatId}/${id}`,
    };
    // Under the question when it stays in view: in the thread the bot just started, the question is its first message.
    const replyTo = thread ? undefined : message.id;
    const verdict = await limiter.check(message.author.id, chatId);
    if (!verdict.allowed) {
      if (verdict.notify) await post(rest, chatId, conversation.rateLimited({ ...request, question }, verdict.retryAfterSeconds), {}, replyTo);
      return;
    }
    const ask: AskRequest = {
      ...request, question, pinnable: true, scopeId: message.guild_id!,
      // A thread started on an answer has the answer's id: its first message follows up that answer.
      ...(place === 'bot-thread' ? { followUp: { kind: 'same-thread' as const, ...(parentId ? { startedOn: { chatId: parentId, messageId: message.channel_id } } : {}) } } : {}),
    };
    const outcome = await conversation.ask(ask);
    const answerId = await outcome.record?.();
    const sent = await post(rest, chatId, outcome.reply, { answerId }, replyTo);
    if (answerId !== undefined) await conversation.attachMessage(answerId, sent);
    deps.log.debug({ channelId: chatId, place, messageId: message.id }, 'message answered');
  }
}
