import { once } from 'node:events';
import { join } from 'node:path';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import { ConfigError, type Config } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { Sanad } from '../../src/sanad.js';
import { apology } from './handlers.js';
import { RecentQuestions } from './recent-questions.js';
import { NO_MENTIONS, routeInteraction, toEditBody, toReplyBody, type RouteContext } from './route-interaction.js';

/** File under SANAD_DATA_DIR that keeps recently answered questions (autocomplete, "more sources" after a restart). */
export const RECENT_QUESTIONS_FILE = 'discord-recent-questions.json';

/** A running Discord bot. */
export interface DiscordBot {
  /** Disconnects from Discord and finishes writing the recent questions. Safe to call twice. */
  stop(reason?: string): Promise<void>;
}

/** Log fields of an error that never carry a token (DiscordAPIError.url holds the interaction token). */
function errorFields(error: unknown): Record<string, unknown> {
  const e = error as { code?: unknown; status?: unknown; method?: unknown };
  return { err: error, code: e?.code, status: e?.status, method: e?.method };
}

/** The apology every failed interaction still gets, ephemeral; a public deferred answer is withdrawn first. */
async function apologize(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const reply = apology(interaction.locale);
  if (interaction.deferred && interaction.ephemeral) await interaction.editReply(toEditBody(reply));
  else if (interaction.deferred || interaction.replied) {
    if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(toReplyBody(reply));
  } else await interaction.reply(toReplyBody(reply));
}

/**
 * Connects the bot to Discord (Guilds intent only: slash commands need nothing more) and answers its interactions.
 * Every interaction gets a reply, even when handling fails; the token is never logged. Resolves once ready.
 */
export async function startDiscord(config: Config, sanad: Sanad, logger: Logger): Promise<DiscordBot> {
  if (!config.DISCORD_TOKEN) throw new ConfigError(['DISCORD_TOKEN: required to start the Discord bot']);
  const log = logger.child({ adapter: 'discord' });
  const recent = RecentQuestions.load({
    file: join(config.SANAD_DATA_DIR, RECENT_QUESTIONS_FILE),
    onError: (error) => log.warn({ err: error }, 'recent questions file could not be read or written; keeping them in memory'),
  });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.DISCORD_API_ROOT },
    allowedMentions: NO_MENTIONS,
  });
  const ctx: RouteContext = { sanad, recent, rest: client.rest };

  client.on(Events.InteractionCreate, (interaction) => {
    const started = Date.now();
    routeInteraction(interaction, ctx)
      .then(() => log.debug({ interactionId: interaction.id, type: interaction.type, ms: Date.now() - started }, 'interaction answered'))
      .catch(async (error: unknown) => {
        log.error({ ...errorFields(error), interactionId: interaction.id, type: interaction.type }, 'interaction failed');
        await apologize(interaction).catch((e: unknown) => log.warn({ ...errorFields(e), interactionId: interaction.id }, 'apology failed'));
      });
  });
  client.on(Events.Error, (error) => log.error(errorFields(error), 'discord client error'));
  client.on(Events.Warn, (message) => log.warn(message));

  const ready = once(client, Events.ClientReady);
  ready.catch(() => undefined); // a failed login is reported below, not as an unhandled rejection
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    await client.destroy();
    throw new Error(`Discord login failed: ${(error as Error).message}`, { cause: error });
  }
  log.info({ user: client.user?.tag, shards: client.shard?.ids ?? [0] }, 'discord bot ready');

  let stopping: Promise<void> | undefined;
  return {
    stop(reason = 'stop') {
      stopping ??= (async () => {
        log.info({ reason }, 'discord bot stopping');
        await client.destroy();
        await recent.flush();
      })();
      return stopping;
    },
  };
}
