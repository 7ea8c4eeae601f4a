import {
  ApplicationCommandOptionType,
  ChannelType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  Locale,
  type LocalizationMap,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { DIGEST_DEFAULT_DAYS, DIGEST_MAX_DAYS, MAX_QUESTION_CHARS, WORDING, type UiLanguage } from '../../src/index.js';
import { DISCORD_COMMAND_DESCRIPTION_MAX_CHARS } from './limits.js';

/** Longest link `/kz documents add link:` takes. */
export const DOCUMENT_LINK_MAX_CHARS = 2000;
/** Name of the slash command. */
export const KZ_COMMAND = 'kz';
/** Name of the message context-menu command. */
export const ASK_MESSAGE_COMMAND = 'Ask sanad';
/** Subcommand and option names, as interactions carry them (always the default, never a localised name). */
export const ASK_SUBCOMMAND = 'ask';
export const SOURCES_SUBCOMMAND = 'sources';
export const HELP_SUBCOMMAND = 'help';
export const QUESTION_OPTION = 'question';
export const PRIVATE_OPTION = 'private';
export const PINNED_SUBCOMMAND = 'pinned';
export const UNANSWERED_SUBCOMMAND = 'unanswered';
export const DAYS_OPTION = 'days';
export const SETTINGS_SUBCOMMAND = 'settings';
export const CHANNEL_OPTION = 'channel';
/** `/kz documents add|list|remove` and their options. */
export const DOCUMENTS_GROUP = 'documents';
export const DOCUMENTS_ADD_SUBCOMMAND = 'add';
export const DOCUMENTS_LIST_SUBCOMMAND = 'list';
export const DOCUMENTS_REMOVE_SUBCOMMAND = 'remove';
export const FILE_OPTION = 'file';
export const LINK_OPTION = 'link';
export const ID_OPTION = 'id';
export const PAGE_OPTION = 'page';

type Wording = Record<UiLanguage, string>;
type CommandWording = (typeof WORDING)['en']['commands'];

/** One wording of the bot's (src/reply/wording) in the three languages. */
const inAll = (pick: (w: (typeof WORDING)['en']) => string): Wording => ({ en: pick(WORDING.en), ar: pick(WORDING.ar), ru: pick(WORDING.ru) });
/** One wording of the command menus in the three languages. */
const inEach = (pick: (w: CommandWording) => string): Wording => inAll((w) => pick(w.commands));
const same = (name: string): Wording => ({ en: name, ar: name, ru: name });
/** A name: the English one is what interactions carry (the constants above); the others are localisations. */
const nameIn = (en: string, pick: (names: CommandWording['names'] & CommandWording['documentNames']) => string): Wording => ({ ...inEach((w) => pick({ ...w.names, ...w.documentNames })), en });

/** Every name and description, in the three languages. English is the default Discord shows. */
const TEXTS = {
  kz: { name: same(KZ_COMMAND), description: inEach((w) => w.topic) },
  ask: { name: nameIn(ASK_SUBCOMMAND, (n) => n.ask), description: inEach((w) => w.ask) },
  question: { name: nameIn(QUESTION_OPTION, (n) => n.question), description: inEach((w) => w.question) },
  private: { name: nameIn(PRIVATE_OPTION, (n) => n.private), description: inEach((w) => w.private) },
  sources: { name: nameIn(SOURCES_SUBCOMMAND, (n) => n.sources), description: inEach((w) => w.sources) },
  help: { name: nameIn(HELP_SUBCOMMAND, (n) => n.help), description: inEach((w) => w.help) },
  pinned: { name: nameIn(PINNED_SUBCOMMAND, (n) => n.pinned), description: inEach((w) => w.pinned) },
  unanswered: { name: nameIn(UNANSWERED_SUBCOMMAND, (n) => n.unanswered), description: inEach((w) => w.unanswered) },
  days: { name: nameIn(DAYS_OPTION, (n) => n.days), description: inEach((w) => w.days(DIGEST_DEFAULT_DAYS, DIGEST_MAX_DAYS)) },
  askMessage: { name: nameIn(ASK_MESSAGE_COMMAND, (n) => n.askMessage) },
  settings: { name: { ...inAll((w) => w.listen.names.settings), en: SETTINGS_SUBCOMMAND }, description: inAll((w) => w.listen.command) },
  channel: { name: { ...inAll((w) => w.listen.names.channel), en: CHANNEL_OPTION }, description: inAll((w) => w.listen.channelOption) },
  documents: { name: nameIn(DOCUMENTS_GROUP, (n) => n.documents), description: inEach((w) => w.documents) },
  documentsAdd: { name: nameIn(DOCUMENTS_ADD_SUBCOMMAND, (n) => n.add), description: inEach((w) => w.documentsAdd) },
  documentsList: { name: nameIn(DOCUMENTS_LIST_SUBCOMMAND, (n) => n.list), description: inEach((w) => w.documentsList) },
  documentsRemove: { name: nameIn(DOCUMENTS_REMOVE_SUBCOMMAND, (n) => n.remove), description: inEach((w) => w.documentsRemove) },
  file: { name: nameIn(FILE_OPTION, (n) => n.file), description: inEach((w) => w.documentFile) },
  link: { name: nameIn(LINK_OPTION, (n) => n.link), description: inEach((w) => w.documentLink) },
  id: { name: nameIn(ID_OPTION, (n) => n.id), description: inEach((w) => w.documentId) },
  page: { name: nameIn(PAGE_OPTION, (n) => n.page), description: inEach((w) => w.documentPage) },
} satisfies Record<string, { name: Wording; description?: Wording }>;

const DISCORD_LOCALES = new Set<string>(Object.values(Locale));

/**
 * A localisation map for Discord. Discord's locale list has no Arabic (https://discord.com/developers/docs/reference#locales)
 * and discord.js rejects unknown locales, so `ar` is sent only once discord.js knows it; until then the default
 * descriptions carry the Arabic wording after the English.
 */
export function localize(wording: Wording): LocalizationMap {
  const map: Record<string, string> = { [Locale.EnglishUS]: wording.en, [Locale.EnglishGB]: wording.en, [Locale.Russian]: wording.ru };
  if (DISCORD_LOCALES.has('ar')) map.ar = wording.ar;
  return map as LocalizationMap;
}

/** The default description: English, then Arabic when both fit Discord's 100 characters. */
function describe(wording: Wording): string {
  const both = `${wording.en} · ${wording.ar}`;
  return both.length <= DISCORD_COMMAND_DESCRIPTION_MAX_CHARS ? both : wording.en;
}

function named(key: keyof typeof TEXTS) {
  const w = TEXTS[key];
  return {
    name: w.name.en,
    name_localizations: localize(w.name),
    ...('description' in w ? { description: describe(w.description), description_localizations: localize(w.description) } : {}),
  };
}

/** Every command of the app, as Discord's bulk overwrite (PUT) takes them. */
export function buildCommands(): RESTPutAPIApplicationCommandsJSONBody {
  const common = {
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  };
  return [
    {
      ...named('kz'),
      description: describe(TEXTS.kz.description),
      type: ApplicationCommandType.ChatInput,
      ...common,
      options: [
        {
          ...named('ask'),
          description: describe(TEXTS.ask.description),
          type: ApplicationCommandOptionType.Subcommand,
          options: [
            { ...named('question'), description: describe(TEXTS.question.description), type: ApplicationCommandOptionType.String, required: true, autocomplete: true, max_length: MAX_QUESTION_CHARS },
            { ...named('private'), description: describe(TEXTS.private.description), type: ApplicationCommandOptionType.Boolean, required: false },
          ],
        },
        { ...named('sources'), description: describe(TEXTS.sources.description), type: ApplicationCommandOptionType.Subcommand },
        { ...named('help'), description: describe(TEXTS.help.description), type: ApplicationCommandOptionType.Subcommand },
        { ...named('pinned'), description: describe(TEXTS.pinned.description), type: ApplicationCommandOptionType.Subcommand },
        {
          // Visible to everyone (default_member_permissions would cover all of /kz): the handler checks the rights.
          ...named('unanswered'),
          description: describe(TEXTS.unanswered.description),
          type: ApplicationCommandOptionType.Subcommand,
          options: [
            { ...named('days'), description: describe(TEXTS.days.description), type: ApplicationCommandOptionType.Integer, required: false, min_value: 1, max_value: DIGEST_MAX_DAYS },
          ],
        },
        {
          // Where the bot listens, per channel; visible to everyone, the handler checks the rights.
          ...named('settings'),
          description: describe(TEXTS.settings.description),
          type: ApplicationCommandOptionType.Subcommand,
          options: [
            {
              ...named('channel'), description: describe(TEXTS.channel.description), type: ApplicationCommandOptionType.Channel, required: false,
              channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum, ChannelType.GuildMedia],
            },
          ],
        },
        {
          // Listing is for everyone; add and remove check SANAD_MAINTAINERS per use (Discord's permissions cannot name them).
          ...named('documents'),
          description: describe(TEXTS.documents.description),
          type: ApplicationCommandOptionType.SubcommandGroup,
          options: [
            {
              ...named('documentsAdd'),
              description: describe(TEXTS.documentsAdd.description),
              type: ApplicationCommandOptionType.Subcommand,
              options: [
                { ...named('file'), description: describe(TEXTS.file.description), type: ApplicationCommandOptionType.Attachment, required: false },
                { ...named('link'), description: describe(TEXTS.link.description), type: ApplicationCommandOptionType.String, required: false, max_length: DOCUMENT_LINK_MAX_CHARS },
              ],
            },
            {
              ...named('documentsList'),
              description: describe(TEXTS.documentsList.description),
              type: ApplicationCommandOptionType.Subcommand,
              options: [{ ...named('page'), description: describe(TEXTS.page.description), type: ApplicationCommandOptionType.Integer, required: false, min_value: 1, max_value: 9999 }],
            },
            {
              ...named('documentsRemove'),
              description: describe(TEXTS.documentsRemove.description),
              type: ApplicationCommandOptionType.Subcommand,
              options: [{ ...named('id'), description: describe(TEXTS.id.description), type: ApplicationCommandOptionType.String, required: true, max_length: 100 }],
            },
          ],
        },
      ],
    },
    { ...named('askMessage'), type: ApplicationCommandType.Message, ...common },
  ];
}
