import { DiscordAPIError, HTTPError, REST, Routes, type RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import { ConfigError, type Config } from '../../src/index.js';
import { buildCommands } from './commands.js';

/** Registering the commands failed (Discord refused, or could not be reached); one line, never the token. */
export class CommandRegistrationError extends Error {
  override name = 'CommandRegistrationError';
}

/** Options of registerCommands. */
export interface RegisterCommandsOptions {
  token: string;
  applicationId: string;
  /** Register in this server only (instant, for testing); default: globally. */
  guildId?: string;
  /** Discord's API root, such as https://discord.com/api (Config.DISCORD_API_ROOT). */
  apiRoot: string;
  /** The commands; default buildCommands(). */
  commands?: RESTPutAPIApplicationCommandsJSONBody;
}

/** What registerCommands did. */
export interface RegisterResult {
  scope: 'guild' | 'global';
  /** The API route written, such as /applications/1/guilds/2/commands. */
  route: string;
  /** Commands Discord now has. */
  count: number;
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, '; ').trim();

/** Explains a failed request in one line: refused by Discord (status, code, reason) or never reached it. */
export function describeDiscordFailure(error: unknown, apiRoot: string): string {
  if (error instanceof DiscordAPIError) return `Discord refused the request (HTTP ${error.status}, code ${error.code}): ${oneLine(error.message)}`;
  if (error instanceof HTTPError) return `Discord answered HTTP ${error.status}: ${oneLine(error.message)}`;
  const cause = (error as { cause?: { code?: unknown } }).cause?.code;
  return `Could not reach Discord at ${apiRoot}: ${oneLine((error as Error)?.message ?? String(error))}${cause ? ` (${String(cause)})` : ''}`;
}

/**
 * Registers the commands with one bulk overwrite (PUT), which replaces every command of the app: in one server
 * when guildId is given, else globally.
 * https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
export async function registerCommands(options: RegisterCommandsOptions): Promise<RegisterResult> {
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  const rest = new REST({ api: options.apiRoot, retries: 1 }).setToken(options.token);
  try {
    const saved = (await rest.put(route, { body: options.commands ?? buildCommands() })) as unknown[];
    return { scope: options.guildId ? 'guild' : 'global', route, count: Array.isArray(saved) ? saved.length : 0 };
  } catch (error) {
    throw new CommandRegistrationError(describeDiscordFailure(error, options.apiRoot), { cause: error });
  }
}

/** Registration options from the configuration; ConfigError (one line per missing setting) when it cannot register. */
export function registerOptionsFrom(config: Config): RegisterCommandsOptions {
  const problems = [
    ...(config.DISCORD_TOKEN ? [] : ['DISCORD_TOKEN: required to register the commands (the bot token from the Developer Portal)']),
    ...(config.DISCORD_APPLICATION_ID ? [] : ['DISCORD_APPLICATION_ID: required to register the commands (the numeric application id)']),
  ];
  if (problems.length) throw new ConfigError(problems);
  return { token: config.DISCORD_TOKEN!, applicationId: config.DISCORD_APPLICATION_ID!, guildId: config.DISCORD_GUILD_ID, apiRoot: config.DISCORD_API_ROOT };
}
