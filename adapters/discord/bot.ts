import { once } from 'node:events';
import { join } from 'node:path';
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, type GatewayChannelPinsUpdateDispatchData, type Interaction } from 'discord.js';
import { ConfigError, type Config, type Conversation, type Logger, type PlatformMetrics } from '../../src/index.js';
import { errorFields } from './error-fields.js';
import { fetchChannelPins } from './fetch-channel-pins.js';
import { observeRest } from './observe-rest.js';
import { isUpdatingMessage, NO_MENTIONS, requestOf, routeInteraction, toEditBody, toReplyBody } from './handlers.js';
import { importRecentQuestions, RECENT_QUESTIONS_FILE } from './import-recent-questions.js';
import { createPinSync, PIN_SYNC_DELAY_MS } from './pin-sync.js';

/** A running Discord bot. */
export interface DiscordBot {
  /** Whether the gateway connection is up; for GET /readyz. */
  connected(): boolean;
  /** Disconnects from Discord. Safe to call twice; the conversation's store is its opener's to close. */
  stop(reason?: string): Promise<void>;
}

/** Options of startDiscord. */
export interface StartDiscordOptions {
  /** Wait after a channel's first pins event before re-reading its pins, in milliseconds. Default PIN_SYNC_DELAY_MS. */
  pinSyncDelayMs?: number;
  /** Sending latency and 429s for the operator's metrics. Default: not counted. */
  metrics?: PlatformMetrics;
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

/**
 * Connects the bot to Discord (Guilds intent only: slash commands and pins events need nothing more) and answers its
 * interactions through the conversation, whose store the caller opened. Every interaction gets a reply, even when
 * handling fails; the token is never logged. Pins made or removed with Discord's own menu are followed into the
 * store. Resolves once ready.
 */
export async function startDiscord(config: Config, conversation: Conversation, logger: Logger, options: StartDiscordOptions = {}): Promise<DiscordBot> {
  if (!config.DISCORD_TOKEN) throw new ConfigError(['DISCORD_TOKEN: required to start the Discord bot']);
  const log = logger.child({ adapter: 'discord' });
  await importRecentQuestions(join(config.SANAD_DATA_DIR, RECENT_QUESTIONS_FILE), conversation, log);
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: config.DISCORD_API_ROOT }, allowedMentions: NO_MENTIONS });
  const deps = { conversation, rest: client.rest };
  if (options.metrics) observeRest(client.rest, options.metrics);

  // Interactions being answered: stopping waits for them, so an answer under way is still sent.
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction) => {
    const started = Date.now();
    const handling = routeInteraction(interaction, deps)
      .then(() => log.debug({ interactionId: interaction.id, type: interaction.type, ms: Date.now() - started }, 'interaction answered'))
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
  client.on(Events.Error, (error) => log.error(errorFields(error), 'discord client error'));
  client.on(Events.Warn, (message) => log.warn(message));

  const ready = once(client, Events.ClientReady);
  ready.catch(() => undefined); // a failed login is reported below, not as an unhandled rejection
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    await pinSync.stop();
    await client.destroy();
    throw new Error(`Discord login failed: ${(error as Error).message}`, { cause: error });
  }
  log.info({ user: client.user?.tag, shards: client.shard?.ids ?? [0] }, 'discord bot ready');

  let stopping: Promise<void> | undefined;
  return {
    connected: () => stopping === undefined && client.isReady(),
    stop(reason = 'stop') {
      stopping ??= (async () => {
        log.info({ reason, answering: inFlight.size }, 'discord bot stopping');
        await Promise.allSettled([...inFlight]);
        await pinSync.stop(); // before the client: a running re-read still has its REST client
        await client.destroy();
      })();
      return stopping;
    },
  };
}
