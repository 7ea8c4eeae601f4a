import { once } from 'node:events';
import { join } from 'node:path';
import {
  ApplicationFlags, Client, Events, GatewayDispatchEvents, GatewayIntentBits, REST, Routes, type GatewayChannelPinsUpdateDispatchData,
  type GatewayMessageCreateDispatchData, type GatewayThreadCreateDispatchData, type Interaction,
} from 'discord.js';
import { ConfigError, createQuestionLimiter, importRecentQuestions, RECENT_QUESTIONS_FILE, type Config, type Conversation, type Logger, type PlatformMetrics } from '../../src/index.js';
import { errorFields } from './error-fields.js';
import { fetchChannelPins } from './fetch-channel-pins.js';
import { observeRest } from './observe-rest.js';
import { isUpdatingMessage, NO_MENTIONS, requestOf, routeInteraction, toEditBody, toReplyBody } from './handlers.js';
import { createChannelDirectory } from './channel-directory.js';
import { discordNoteSender } from './documents.js';
import { createMessageListener } from './listen.js';
import { createPinSync, PIN_SYNC_DELAY_MS } from './pin-sync.js';

/** A running Discord bot. */
export interface DiscordBot {
  /** Whether the gateway connection is up; for GET /readyz. */
  connected(): boolean;
  /** Disconnects from Discord. Safe to call twice; the conversation's store is its opener's to close. */
  stop(reason?: string): Promise<void>;
  /** Rejects with a DiscordFatalError when the bot cannot go on (never resolves otherwise). */
  failed: Promise<never>;
}

/** Options of startDiscord. */
export interface StartDiscordOptions {
  /** Wait after a channel's first pins event before re-reading its pins, in milliseconds. Default PIN_SYNC_DELAY_MS. */
  pinSyncDelayMs?: number;
  /** How long a lost gateway may keep failing to come back before the bot gives up, in ms. Default GATEWAY_GIVE_UP_MS. */
  gatewayGiveUpMs?: number;
  /** Sending latency and 429s for the operator's metrics. Default: not counted. */
  metrics?: PlatformMetrics;
}

/** How long a lost gateway may keep reconnecting without success before the bot gives up (a fatal error). */
export const GATEWAY_GIVE_UP_MS = 5 * 60_000;
/** Longest wait for an interaction's claim: Discord wants a first response within 3 s. */
const CLAIM_DEADLINE_MS = 1_000;

/** Discord refused the bot for good (a revoked token, a gateway that does not come back): the process should end non-zero. */
export class DiscordFatalError extends Error {
  override name = 'DiscordFatalError';
}

/**
 * The apology every failed interaction still gets, for the user alone; a public deferred answer is withdrawn first,
 * but never the answer a button press was updating (its @original).
 */
async function apologize(interaction: Interaction, conversation: Conversation): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const reply = conversation.notice(requestOf(interaction), 'apology');
  if (isUpdatingMessage(interaction)) await interaction.followUp(toReplyBody(reply, true));
  else if (interaction.deferred && interaction.ephemeral) await interaction.editReply(toEditBody(reply));
  else if (interaction.deferred || interaction.replied) {
    if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(toReplyBody(reply, true));
  } else await interaction.reply(toReplyBody(reply, true));
}

/** The application flags that say the Message Content intent is enabled in the developer portal. */
const MESSAGE_CONTENT_FLAGS = ApplicationFlags.GatewayMessageContent | ApplicationFlags.GatewayMessageContentLimited;

/**
 * Whether the bot may read messages: the Message Content intent (privileged) is enabled for the application in the
 * developer portal, as GET /applications/@me's flags say. Asking the gateway for an intent that is not enabled would
 * close the connection (4014) and stop the bot, so it is asked for only when enabled; otherwise, or when the flags
 * cannot be read, the bot says so once and works with slash commands only.
 */
async function readsMessages(config: Config, token: string, log: Logger): Promise<boolean> {
  const rest = new REST({ api: config.DISCORD_API_ROOT }).setToken(token);
  try {
    const app = (await rest.get(Routes.currentApplication())) as { flags?: number };
    if (((app.flags ?? 0) & MESSAGE_CONTENT_FLAGS) !== 0) return true;
    log.warn('Discord: the Message Content intent is off in the developer portal (Bot → Privileged Gateway Intents); ask channels, forum posts and answer threads are off, slash commands work');
  } catch (error) {
    log.warn({ ...errorFields(error) }, 'Discord: could not read the application flags; ask channels, forum posts and answer threads are off, slash commands work');
  }
  return false;
}

/**
 * Connects the bot to Discord (the Guilds intent for slash commands and pins events; GuildMessages and MessageContent
 * too when the developer portal enables the latter, for ask channels, forum posts and answer threads) and answers its
 * interactions and those messages through the conversation, whose store the caller opened. Every interaction gets a
 * reply, even when handling fails; the token is never logged. Pins made or removed with Discord's own menu are
 * followed into the store. Resolves once ready.
 */
export async function startDiscord(config: Config, conversation: Conversation, logger: Logger, options: StartDiscordOptions = {}): Promise<DiscordBot> {
  if (!config.DISCORD_TOKEN) throw new ConfigError(['DISCORD_TOKEN: required to start the Discord bot']);
  const log = logger.child({ adapter: 'discord' });
  await importRecentQuestions(join(config.SANAD_DATA_DIR, RECENT_QUESTIONS_FILE), conversation, log);
  const reading = await readsMessages(config, config.DISCORD_TOKEN, log);
  // Messages (ask channels, forum posts, answer threads) need GuildMessages and the privileged MessageContent.
  const intents = reading ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] : [GatewayIntentBits.Guilds];
  const client = new Client({ intents, rest: { api: config.DISCORD_API_ROOT }, allowedMentions: NO_MENTIONS });
  const channels = createChannelDirectory(client.rest);
  // One budget per user and per channel for every way of asking (/kz ask, Ask sanad, messages).
  const questions = createQuestionLimiter(conversation.checkRate, {
    prefix: 'dc', userPerMinute: config.DISCORD_USER_QUESTIONS_PER_MINUTE, chatPerMinute: config.DISCORD_CHANNEL_QUESTIONS_PER_MINUTE,
  });
  const deps = {
    conversation, rest: client.rest, questions, listening: { channels, readsMessages: reading, log }, log: (what: object, message: string) => log.info(what, message),
  };
  if (options.metrics) observeRest(client.rest, options.metrics);

  // Interactions being answered: stopping waits for them, so an answer under way is still sent.
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction) => {
    const started = Date.now();
    const handling = (async () => {
      // Claimed before any answer (autocomplete aside: it changes nothing): a redelivered interaction, or one another
      // process connected to the same shard also got, is skipped here. The store down: answered anyway.
      if (!interaction.isAutocomplete() && (await conversation.claims.claim('discord', interaction.id, undefined, { deadlineMs: CLAIM_DEADLINE_MS })) === 'seen') return;
      await routeInteraction(interaction, deps);
      log.debug({ interactionId: interaction.id, type: interaction.type, ms: Date.now() - started }, 'interaction answered');
    })()
      .catch(async (error: unknown) => {
        log.error({ ...errorFields(error), interactionId: interaction.id, type: interaction.type }, 'interaction failed');
        await apologize(interaction, conversation).catch((e: unknown) => log.warn({ ...errorFields(e), interactionId: interaction.id }, 'apology failed'));
      })
      .finally(() => inFlight.delete(handling));
    inFlight.add(handling);
  });
  const pinSync = createPinSync(
    { conversation, fetchPins: (channelId) => fetchChannelPins(client.rest, channelId), botUserId: () => client.user?.id, log },
    options.pinSyncDelayMs ?? PIN_SYNC_DELAY_MS,
  );
  // The raw dispatch rather than Events.ChannelPinsUpdate: discord.js emits that only for channels in its cache.
  client.ws.on(GatewayDispatchEvents.ChannelPinsUpdate, (data: GatewayChannelPinsUpdateDispatchData) =>
    pinSync.notify({ channelId: data.channel_id, guildId: data.guild_id, lastPinTimestamp: data.last_pin_timestamp }));
  // Raw dispatches, as for pins: discord.js emits its own events only for channels in its cache.
  const onMessage = createMessageListener({ conversation, rest: client.rest, channels, questions, botUserId: () => client.user?.id, log });
  client.ws.on(GatewayDispatchEvents.ThreadCreate, (data: GatewayThreadCreateDispatchData) => channels.remember(data));
  client.ws.on(GatewayDispatchEvents.MessageCreate, (data: GatewayMessageCreateDispatchData) => {
    const handling = onMessage(data)
      .catch((error: unknown) => log.error({ ...errorFields(error), messageId: data.id, channelId: data.channel_id }, 'message answer failed'))
      .finally(() => inFlight.delete(handling));
    inFlight.add(handling);
  });
  client.on(Events.Error, (error) => log.error(errorFields(error), 'discord client error'));
  client.on(Events.Warn, (message) => log.warn(message));
  const fatal = watchGateway(client, log, options.gatewayGiveUpMs ?? GATEWAY_GIVE_UP_MS);

  const ready = once(client, Events.ClientReady);
  ready.catch(() => undefined); // a failed login is reported below, not as an unhandled rejection
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    fatal.stop();
    await pinSync.stop();
    await client.destroy();
    throw new Error(`Discord login failed: ${(error as Error).message}`, { cause: error });
  }
  log.info({ user: client.user?.tag, shards: client.shard?.ids ?? [0] }, 'discord bot ready');

  // Notes to Discord channels from any bot of this process (a document removed on Telegram that Discord pins cited).
  const unregisterNotes = conversation.chatNotes.register('discord', discordNoteSender(client.rest));
  let stopping: Promise<void> | undefined;
  return {
    failed: fatal.failed,
    connected: () => stopping === undefined && client.isReady(),
    stop(reason = 'stop') {
      stopping ??= (async () => {
        fatal.stop();
        await unregisterNotes();
        log.info({ reason, answering: inFlight.size }, 'discord bot stopping');
        await Promise.allSettled([...inFlight]);
        await pinSync.stop(); // before the client: a running re-read still has its REST client
        await client.destroy();
      })();
      return stopping;
    },
  };
}

/**
 * Watches the gateway for the end of the bot: a shard disconnected for good (discord.js's shardDisconnect: an
 * unrecoverable close code such as 4004, the token revoked), or reconnecting without success for `giveUpMs`
 * (transient losses are retried by discord.js meanwhile). Either rejects `failed`, once.
 */
function watchGateway(client: Client, log: Logger, giveUpMs: number): { failed: Promise<never>; stop(): void } {
  let fail!: (error: DiscordFatalError) => void;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined); // stop() still works for a caller that never listens
  const lost = new Map<number, NodeJS.Timeout>();
  const back = (shardId: number) => {
    clearTimeout(lost.get(shardId));
    lost.delete(shardId);
  };
  const give = (message: string) => {
    log.fatal(message);
    fail(new DiscordFatalError(message));
  };
  const onDisconnect = (event: { code: number }, shardId: number) => give(`Discord bot stopped: shard ${shardId} closed for good (gateway close code ${event.code}; a revoked token is 4004)`);
  const onReconnecting = (shardId: number) => {
    if (lost.has(shardId)) return;
    lost.set(shardId, setTimeout(() => give(`Discord bot stopped: the gateway of shard ${shardId} did not come back within ${Math.round(giveUpMs / 1000)} s`), giveUpMs));
  };
  client.on(Events.ShardDisconnect, onDisconnect);
  client.on(Events.ShardReconnecting, onReconnecting);
  client.on(Events.ShardReady, back);
  client.on(Events.ShardResume, back);
  return {
    failed,
    stop() {
      for (const timer of lost.values()) clearTimeout(timer);
      lost.clear();
      client.off(Events.ShardDisconnect, onDisconnect);
      client.off(Events.ShardReconnecting, onReconnecting);
    },
  };
}
