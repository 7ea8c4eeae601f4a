import type { BotCommand, BotCommandScope } from 'telegraf/types';
import { WORDING, type UiLanguage } from '../../src/index.js';
import type { CallApi } from './call-api.js';

/** The commands the bot understands. */
export type CommandName = 'start' | 'help' | 'sources' | 'ask' | 'pin' | 'unpin' | 'pinned' | 'unanswered' | 'settings' | 'documents';

/** Which commands each scope lists: everyone sees the first; group administrators also see /pin, /unpin, /unanswered and /settings. */
export const COMMAND_SCOPES: readonly { scope: BotCommandScope; commands: readonly CommandName[] }[] = [
  { scope: { type: 'default' }, commands: ['start', 'help', 'ask', 'sources', 'pinned', 'documents'] },
  { scope: { type: 'all_chat_administrators' }, commands: ['ask', 'help', 'sources', 'pinned', 'pin', 'unpin', 'unanswered', 'settings', 'documents'] },
];

/** Languages the command lists are registered in; `undefined` is the default for every other language (English). */
export const COMMAND_LANGUAGES: readonly (UiLanguage | undefined)[] = ['ar', 'en', 'ru', undefined];

/** A command's description in a language (/settings's lives with the rest of the listening wording). */
const describeCommand = (command: CommandName, language: UiLanguage) => (command === 'settings' ? WORDING[language].listen.command : WORDING[language].commands[command]);

/** One setMyCommands call. */
export interface CommandRegistration {
  commands: BotCommand[];
  scope: BotCommandScope;
  language_code?: string;
}

/** Every setMyCommands call the bot makes: each scope in each language, plus the default language. */
export function commandRegistrations(): CommandRegistration[] {
  return COMMAND_SCOPES.flatMap(({ scope, commands }) => COMMAND_LANGUAGES.map((language) => ({
    // Descriptions: 1–256 characters (https://core.telegram.org/bots/api#botcommand).
    commands: commands.map((command) => ({ command, description: describeCommand(command, language ?? 'en') })),
    scope,
    ...(language ? { language_code: language } : {}),
  })));
}

/** Registers the command lists (https://core.telegram.org/bots/api#setmycommands). Failures are reported, not thrown. */
export async function registerCommands(api: CallApi, onError: (error: unknown) => void): Promise<number> {
  let registered = 0;
  for (const registration of commandRegistrations()) {
    try {
      await api('setMyCommands', registration);
      registered += 1;
    } catch (error) {
      onError(error);
    }
  }
  return registered;
}
