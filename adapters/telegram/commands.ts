import type { BotCommand, BotCommandScope } from 'telegraf/types';
import type { UiLanguage } from '../../src/index.js';
import type { CallApi } from './call-api.js';

/** The commands the bot understands. */
export type CommandName = 'start' | 'help' | 'sources' | 'ask' | 'pin' | 'unpin' | 'pinned' | 'unanswered';

/** Descriptions of every command per language (1–256 characters; https://core.telegram.org/bots/api#botcommand). */
export const COMMAND_DESCRIPTIONS: Record<UiLanguage, Record<CommandName, string>> = {
  ar: {
    start: 'البدء وطريقة السؤال',
    help: 'طريقة السؤال مع أمثلة',
    sources: 'الوثائق التي أجيب منها',
    ask: 'اطرح سؤالًا (في المجموعات)',
    pin: 'ثبّت إجابة (بالرد عليها)',
    unpin: 'ألغِ تثبيت إجابة (بالرد عليها)',
    pinned: 'الإجابات المثبّتة في هذه المحادثة',
    unanswered: 'ملخص الأسئلة بلا جواب (للمشرفين)',
  },
  en: {
    start: 'Start, and how to ask',
    help: 'How to ask, with examples',
    sources: 'The documents I answer from',
    ask: 'Ask a question (in groups)',
    pin: 'Pin an answer (reply to it)',
    unpin: 'Unpin an answer (reply to it)',
    pinned: 'Answers pinned in this chat',
    unanswered: 'Digest of unanswered questions (moderators)',
  },
  ru: {
    start: 'Начало и как спрашивать',
    help: 'Как спрашивать, с примерами',
    sources: 'Документы, по которым я отвечаю',
    ask: 'Задать вопрос (в группах)',
    pin: 'Закрепить ответ (ответом на него)',
    unpin: 'Открепить ответ (ответом на него)',
    pinned: 'Закреплённые ответы этого чата',
    unanswered: 'Сводка вопросов без ответа (для модераторов)',
  },
};

/** Which commands each scope lists: everyone sees the first; group administrators also see /pin, /unpin and /unanswered. */
export const COMMAND_SCOPES: readonly { scope: BotCommandScope; commands: readonly CommandName[] }[] = [
  { scope: { type: 'default' }, commands: ['start', 'help', 'ask', 'sources', 'pinned'] },
  { scope: { type: 'all_chat_administrators' }, commands: ['ask', 'help', 'sources', 'pinned', 'pin', 'unpin', 'unanswered'] },
];

/** Languages the command lists are registered in; `undefined` is the default for every other language (English). */
export const COMMAND_LANGUAGES: readonly (UiLanguage | undefined)[] = ['ar', 'en', 'ru', undefined];

/** One setMyCommands call. */
export interface CommandRegistration {
  commands: BotCommand[];
  scope: BotCommandScope;
  language_code?: string;
}

/** Every setMyCommands call the bot makes: each scope in each language, plus the default language. */
export function commandRegistrations(): CommandRegistration[] {
  return COMMAND_SCOPES.flatMap(({ scope, commands }) => COMMAND_LANGUAGES.map((language) => ({
    commands: commands.map((command) => ({ command, description: COMMAND_DESCRIPTIONS[language ?? 'en'][command] })),
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
