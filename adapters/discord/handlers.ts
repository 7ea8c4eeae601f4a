import {
  MessageFlags, Routes, type APIMessageTopLevelComponent, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction,
  type Interaction, type InteractionEditReplyOptions, type InteractionReplyOptions, type MessageComponentInteraction,
  type MessageContextMenuCommandInteraction, type REST, type RepliableInteraction,
} from 'discord.js';
import { languageOfTag, questionOfKey, refusesAtOnce, type ChatRequest, type Conversation, type Logger, type QuestionLimiter, type Reply } from '../../src/index.js';
import { isTextChannel, type ChannelDirectory } from './channel-directory.js';
import * as C from './commands.js';
import { decodeCustomId } from './custom-id.js';
import { routeCorrectionForm, routeDocumentButton, routeDocumentsCommand } from './documents.js';
import { DISCORD_AUTOCOMPLETE_CHOICES_MAX, DISCORD_CHANNEL_PINS_MAX, DISCORD_CHOICE_MAX_CHARS } from './limits.js';
import { hasPinRight, pinRightsOf, runPinChange } from './pin.js';
import { startThread } from './listen.js';
import { renderReply, votedAnswerId, withoutButton, withPinState, withVoteCounts, type ButtonContext } from './render.js';
import { chooseSetting, showSettings } from './settings.js';

/** What handling needs besides the interaction: the conversation and the REST client (for pins). */
export interface DiscordDeps {
  conversation: Conversation;
  rest: REST;
  /** Where the bot listens: the channels it looked up, and whether it can read messages (the Message Content intent). */
  listening?: { channels: ChannelDirectory; readsMessages: boolean; log: Pick<Logger, 'warn'> };
  /** Questions per user and per channel (slash commands and messages alike). Default: not limited. */
  questions?: QuestionLimiter;
  /** Where handlers log what the user is not told (notes that could not be posted). Default: not logged. */
  log?: (what: object, message: string) => void;
}

/** Mentions nothing, whatever the text says: `@everyone`, roles and users in questions and documents stay inert. */
export const NO_MENTIONS = { parse: [] as [] };

/** The body of an edit: the rendered reply with mentions off. */
export function toEditBody(reply: Reply, buttons: ButtonContext = {}): InteractionEditReplyOptions {
  const { content, embeds, components } = renderReply(reply, buttons);
  return { content, embeds, components, allowedMentions: NO_MENTIONS };
}

/** The body of a first response (or a follow-up): the edit body plus the ephemeral flag. */
export function toReplyBody(reply: Reply, ephemeral: boolean): InteractionReplyOptions {
  const { content, embeds, components, allowedMentions } = toEditBody(reply);
  return { ...(content ? { content } : {}), embeds, components, allowedMentions, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

/** Sends a reply as the first response, or as the edit of a deferred one. */
async function send(interaction: RepliableInteraction, reply: Reply, ephemeral: boolean): Promise<void> {
  if (interaction.deferred || interaction.replied) await interaction.editReply(toEditBody(reply));
  else await interaction.reply(toReplyBody(reply, ephemeral));
}

/** Work that calls the store or Discord first defers (within the 3 seconds), then edits in the result. */
async function deferThen(interaction: RepliableInteraction, ephemeral: boolean, work: () => Promise<Reply>): Promise<void> {
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  await interaction.editReply(toEditBody(await work()));
}

/** Presses acknowledged as an update of their own message: their @original is that message, never to be withdrawn. */
const updatingMessage = new WeakSet<object>();

/** Acknowledges a button press as an update of the message it is on (no new message; its buttons change later). */
async function deferUpdate(interaction: MessageComponentInteraction): Promise<void> {
  await interaction.deferUpdate();
  updatingMessage.add(interaction);
}

/** Whether deferUpdate acknowledged this interaction (the error boundary must then not delete @original). */
export const isUpdatingMessage = (interaction: object): boolean => updatingMessage.has(interaction);

const componentsOf = (interaction: MessageComponentInteraction): APIMessageTopLevelComponent[] => interaction.message.components.map((c) => c.toJSON());
const editComponents = (interaction: MessageComponentInteraction, components: APIMessageTopLevelComponent[]) =>
  interaction.editReply({ components, allowedMentions: NO_MENTIONS });
const followUpAlone = (interaction: RepliableInteraction, reply: Reply) => interaction.followUp(toReplyBody(reply, true));

/** The interaction's channel and user as the conversation's plain request; messages link within the server. */
export function requestOf(interaction: Interaction): ChatRequest {
  const { guildId, channelId } = interaction;
  if (!channelId) throw new Error('interaction without a channel');
  const language = languageOfTag(interaction.locale);
  return {
    platform: 'discord', chatId: channelId, userId: interaction.user.id, ...(language ? { userLanguage: language } : {}),
    messageLink: (messageId) => (guildId ? `https://discord.com/channels/${guildId}/${channelId}/${messageId}` : undefined),
  };
}

/**
 * After a deferral: answers, and records a public answer before sending it (its 👍/👎 and ➕ carry the stored id),
 * then its message id (pins and the digest link to it). Ephemeral messages cannot be pinned or linked to.
 */
async function answer(interaction: RepliableInteraction, deps: DiscordDeps, question: string, ephemeral: boolean, fresh = false): Promise<string> {
  const inServer = Boolean(interaction.guildId);
  const outcome = await deps.conversation.ask({
    ...requestOf(interaction), question, fresh, pinnable: inServer && !ephemeral, ...(inServer && !ephemeral ? { scopeId: interaction.guildId! } : {}),
  });
  const answerId = await outcome.record?.();
  const message = await interaction.editReply(toEditBody(outcome.reply, { answerId }));
  if (answerId !== undefined && !ephemeral) await deps.conversation.attachMessage(answerId, message.id);
  return message.id;
}

/**
 * In a text channel whose mode is "answer in a new thread" (the default), a public answer gets a thread started on
 * it, named after the question; the bot answers the messages posted there. Only when the bot can read them (the
 * Message Content intent): a thread it could not follow would mislead.
 */
async function threadOnAnswer(interaction: RepliableInteraction, deps: DiscordDeps, question: string, answerMessageId: string): Promise<void> {
  const { listening } = deps;
  if (!listening?.readsMessages || !interaction.guildId || !interaction.channelId) return;
  const channel = await listening.channels.get(interaction.channelId);
  if (!channel || !isTextChannel(channel.type)) return;
  if ((await deps.conversation.listenMode({ platform: 'discord', chatId: channel.id }, 'text')) !== 'thread') return;
  const thread = await startThread(deps.rest, channel.id, answerMessageId, question, listening.log);
  if (thread) listening.channels.remember(thread);
}

/** `/kz ask` and "Ask sanad": defers (publicly, or for the asker alone: Discord keeps that for the edit), then answers. */
async function ask(interaction: RepliableInteraction, deps: DiscordDeps, question: string, ephemeral: boolean): Promise<void> {
  const verdict = await deps.questions?.check(interaction.user.id, interaction.channelId ?? interaction.user.id);
  // Over the limit: told to the asker alone (every interaction needs a reply, or Discord shows it failed).
  if (verdict && !verdict.allowed) return send(interaction, deps.conversation.rateLimited({ ...requestOf(interaction), question }, verdict.retryAfterSeconds), true);
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const messageId = await answer(interaction, deps, question, ephemeral);
  if (!ephemeral) await threadOnAnswer(interaction, deps, question, messageId);
}

async function routeChatInput(interaction: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void> {
  if (interaction.commandName === C.KZ_COMMAND && interaction.options.getSubcommandGroup(false) === C.DOCUMENTS_GROUP) return routeDocumentsCommand(interaction, deps);
  const sub = interaction.commandName === C.KZ_COMMAND ? interaction.options.getSubcommand(false) : null;
  const { conversation } = deps;
  const request = requestOf(interaction);
  switch (sub) {
    case C.ASK_SUBCOMMAND: return ask(interaction, deps, interaction.options.getString(C.QUESTION_OPTION) ?? '', interaction.options.getBoolean(C.PRIVATE_OPTION) ?? false);
    case C.SOURCES_SUBCOMMAND: return send(interaction, conversation.sources(request), false);
    case C.HELP_SUBCOMMAND: return send(interaction, conversation.help(request), true);
    case C.PINNED_SUBCOMMAND: return deferThen(interaction, true, () => conversation.pinned(request));
    case C.UNANSWERED_SUBCOMMAND: {
      const moderator = hasPinRight(interaction.memberPermissions?.bitfield);
      const days = interaction.options.getInteger(C.DAYS_OPTION) ?? undefined;
      return deferThen(interaction, true, () => conversation.digest({ ...request, moderator, ...(days === undefined ? {} : { days }) }));
    }
    case C.SETTINGS_SUBCOMMAND: return showSettings(interaction, deps, request);
    default: return send(interaction, conversation.notice(request, 'unknownAction'), true);
  }
}

/** The text "Ask sanad" asks: the message's content, else its first embed's text. */
function messageText(interaction: MessageContextMenuCommandInteraction): string {
  const message = interaction.targetMessage;
  return message.content || message.embeds.map((e) => e.description ?? e.title ?? '').find(Boolean) || '';
}

/** Autocomplete of the question: what the conversation suggests, within Discord's 25 choices of 100 characters. */
async function routeAutocomplete(interaction: AutocompleteInteraction, deps: DiscordDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name !== C.QUESTION_OPTION) return void (await interaction.respond([]));
  const suggestions = await deps.conversation.suggest({
    ...requestOf(interaction), typed: String(focused.value), ...(interaction.guildId ? { scopeId: interaction.guildId } : {}),
    limit: DISCORD_AUTOCOMPLETE_CHOICES_MAX, maxChars: DISCORD_CHOICE_MAX_CHARS,
  });
  await interaction.respond(suggestions.map((text) => ({ name: text, value: text })));
}

/**
 * 📌: a moderator's press pins the answer, or unpins it when pinned; the button then reads "Unpin" or "Pin" again
 * and the presser alone is told what happened. Others are refused before Discord is called.
 */
async function routePin(interaction: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const { message, user } = interaction;
  const rights = pinRightsOf({ inGuild: interaction.inGuild(), memberPermissions: interaction.memberPermissions?.bitfield ?? null, appPermissions: interaction.appPermissions.bitfield });
  const unpin = message.pinned === true;
  const route = Routes.channelMessagesPin(message.channelId, message.id);
  const reason = `${unpin ? 'Unpinned' : 'Pinned'} for ${user.username} (${user.id}) via sanad`;
  const refused = refusesAtOnce(rights);
  if (!refused) await deferUpdate(interaction);
  const result = await deps.conversation.pin({
    ...requestOf(interaction), messageId: message.id, answerId: votedAnswerId(componentsOf(interaction)), unpin, rights, pinsMax: DISCORD_CHANNEL_PINS_MAX,
    pinOnPlatform: () => runPinChange(() => (unpin ? deps.rest.delete(route, { reason }) : deps.rest.put(route, { reason }))),
  });
  if (refused) return send(interaction, result.reply, true);
  if (result.outcome === 'done') await editComponents(interaction, withPinState(componentsOf(interaction), result.answerLanguage ?? result.reply.language, !unpin));
  await followUpAlone(interaction, result.reply);
}

/** Turns a button press into its use case; a custom_id this bot did not write gets a plain "unknown button". */
async function routeButton(interaction: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const { conversation } = deps;
  const action = decodeCustomId(interaction.customId);
  const request = requestOf(interaction);
  switch (action?.kind) {
    case 'passage': return send(interaction, await conversation.passage({ ...request, passageId: action.passageId, answerLanguage: action.language }), true);
    case 'passages': return deferThen(interaction, true, async () => conversation.passage({ ...request, answerId: action.answerId, answerLanguage: action.language }));
    case 'more':
    case 'more_key': return deferThen(interaction, true, async () => conversation.moreSources(action.kind === 'more'
      ? { ...request, answerId: action.answerId, answerLanguage: action.language }
      : { ...request, question: await questionOfKey(conversation, action.key) }));
    case 'pin': return routePin(interaction, deps);
    case 'vote': {
      await deferUpdate(interaction);
      const outcome = await conversation.vote({ ...request, userId: interaction.user.id, answerId: action.answerId, value: action.value });
      if (outcome.tally) await editComponents(interaction, withVoteCounts(componentsOf(interaction), action.answerId, outcome.tally));
      // After a 👎 the thanks come with the optional reasons, for the voter alone.
      const reasons = outcome.reasons?.reply;
      return void (await followUpAlone(interaction, reasons ? { ...reasons, blocks: [...outcome.reply.blocks, ...reasons.blocks] } : outcome.reply));
    }
    case 'reason': return send(interaction, await conversation.giveReason({ ...request, userId: interaction.user.id, answerId: action.answerId, reason: action.reason }), true);
    case 'dismiss': {
      const moderator = hasPinRight(interaction.memberPermissions?.bitfield);
      if (!moderator) return send(interaction, await conversation.dismissDigestItem({ ...request, userId: interaction.user.id, moderator, item: action.item }), true);
      await deferUpdate(interaction);
      const reply = await conversation.dismissDigestItem({ ...request, userId: interaction.user.id, moderator, item: action.item });
      if (reply.tone === 'notice') await editComponents(interaction, withoutButton(componentsOf(interaction), interaction.customId));
      return void (await followUpAlone(interaction, reply));
    }
    case 'fresh': {
      // Searched afresh and shown as the pinned answer was: publicly, or for the asker alone.
      const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      const question = await conversation.valueOf(action.key);
      if (question === undefined) return void (await interaction.editReply(toEditBody(conversation.notice(request, 'buttonExpired'))));
      return void (await answer(interaction, deps, question, ephemeral, true));
    }
    case 'listen': return chooseSetting(interaction, deps, request, action);
    case 'document': return routeDocumentButton(interaction, deps, action, (what, message) => deps.log?.(what, message));
    default: return send(interaction, conversation.notice(request, 'unknownAction'), true);
  }
}

/** Turns one interaction into plain values, calls the conversation and sends the rendered reply. Errors go to the caller's boundary. */
export async function routeInteraction(interaction: Interaction, deps: DiscordDeps): Promise<void> {
  if (interaction.isAutocomplete()) return routeAutocomplete(interaction, deps);
  if (interaction.isChatInputCommand()) return routeChatInput(interaction, deps);
  if (interaction.isMessageContextMenuCommand() && interaction.commandName === C.ASK_MESSAGE_COMMAND) return ask(interaction, deps, messageText(interaction), false);
  if (interaction.isButton()) return routeButton(interaction, deps);
  if (interaction.isModalSubmit() && (await routeCorrectionForm(interaction, deps))) return;
  if (interaction.isRepliable()) return send(interaction, deps.conversation.notice(requestOf(interaction), 'unknownAction'), true);
}
