import { once } from 'node:events';
import { join } from 'node:path';
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, type GatewayChannelPinsUpdateDispatchData, type Interaction } from 'discord.js';
import { ConfigError, type Config } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { Sanad } from '../../src/sanad.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { errorFields } from './error-fields.js';
import { fetchChannelPins } from './fetch-channel-pins.js';
import { apology } from './handlers.js';
import { createPinSync, PIN_SYNC_DELAY_MS } from './pin-sync.js';
import { RecentQuestions } from './recent-questions.js';
import { isUpdatingMessage, NO_MENTIONS, toEditBody, toReplyBody, type RouteContext } from './reply-body.js';
import { routeInteraction } from './route-interaction.js';

/** File under SANAD_DATA_DIR that keeps recently answered questions (autocomplete, "more sources" after a restart). */
export const RECENT_QUESTIONS_FILE = 'discord-recent-questions.json';

/** A running Discord bot. */
export interface DiscordBot {
  /** Disconnects from Discord, finishes writing the recent questions and closes a store it opened. Safe to call twice. */
  stop(reason?: string): Promise<void>;
}

/** Options of startDiscord. */
export interface StartDiscordOptions {
  /**
   * The store of answers, pins, votes and unanswered questions, shared with the other adapters; the caller closes it.
   * Default: one opened from the configuration (SQLite under SANAD_DATA_DIR, or PostgreSQL at SANAD_DATABASE_URL)
   * and closed by stop().
   */
  store?: Store;
  /** Wait after a channel's first pins event before re-reading its pins, in milliseconds. Default PIN_SYNC_DELAY_MS. */
  pinSyncDelayMs?: number;
}

/**
 * The apology every failed interaction still gets, ephemeral; a public deferred answer is withdrawn first, but never
 * the answer a button press was updating (its @original).
 */
async function apologize(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const reply = apology(interaction.locale);
  // A press acknowledged as an update has the answer itself as @original: keep it, apologise beside it.
  if (isUpdatingMessage(interaction)) await interaction.followUp(toReplyBody(reply));
  else if (interaction.deferred && interaction.ephemeral) await interaction.editReply(toEditBody(reply));
  else if (interaction.deferred || interaction.replied) {
    if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(toReplyBody(reply));
  } else await interaction.reply(toReplyBody(reply));
}

/**
 * Connects the bot to Discord (Guilds intent only: slash commands and pins events need nothing more) and answers its
 * interactions. Every interaction gets a reply, even when handling fails; the token is never logged. Pins made or
 * removed with Discord's own menu are followed into the store. Resolves once ready.
 */
export async function startDiscord(config: Config, sanad: Sanad, logger: Logger, options: StartDiscordOptions = {}): Promise<DiscordBot> {
  if (!config.DISCORD_TOKEN) throw new ConfigError(['DISCORD_TOKEN: required to start the Discord bot']);
  const log = logger.child({ adapter: 'discord' });
  const ownStore = options.store === undefined;
  const store = options.store ?? (await openStore({ dataDir: config.SANAD_DATA_DIR, databaseUrl: config.SANAD_DATABASE_URL, logger: log }));
  const recent = RecentQuestions.load({
    file: join(config.SANAD_DATA_DIR, RECENT_QUESTIONS_FILE),
    onError: (error) => log.warn({ err: error }, 'recent questions file could not be read or written; keeping them in memory'),
  });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.DISCORD_API_ROOT },
    allowedMentions: NO_MENTIONS,
  });
  const ctx: RouteContext = { sanad, store, recent, rest: client.rest, log, now: Date.now };

  client.on(Events.InteractionCreate, (interaction) => {
    const started = Date.now();
    routeInteraction(interaction, ctx)
      .then(() => log.debug({ interactionId: interaction.id, type: interaction.type, ms: Date.now() - started }, 'interaction answered'))
      .catch(async (error: unknown) => {
        log.error({ ...errorFields(error), interactionId: interaction.id, type: interaction.type }, 'interaction failed');
        await apologize(interaction).catch((e: unknown) => log.warn({ ...errorFields(e), interactionId: interaction.id }, 'apology failed'));
      });
  });
  const pinSync = createPinSync(
    { store, fetchPins: (channelId) => fetchChannelPins(client.rest, channelId), botUserId: () => client.user?.id, log, now: Date.now },
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
    if (ownStore) await store.close();
    throw new Error(`Discord login failed: ${(error as Error).message}`, { cause: error });
  }
  log.info({ user: client.user?.tag, shards: client.shard?.ids ?? [0] }, 'discord bot ready');

  let stopping: Promise<void> | undefined;
  return {
    stop(reason = 'stop') {
      stopping ??= (async () => {
        log.info({ reason }, 'discord bot stopping');
        await pinSync.stop(); // before the client: a running re-read still has its REST client
        await client.destroy();
        await recent.flush();
        if (ownStore) await store.close();
      })();
      return stopping;
    },
  };
}
