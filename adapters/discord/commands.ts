import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  Locale,
  type LocalizationMap,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { DIGEST_DEFAULT_DAYS, DIGEST_MAX_DAYS, MAX_QUESTION_CHARS, type UiLanguage } from '../../src/index.js';

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

type Wording = Record<UiLanguage, string>;

/** Every name and description, in the three languages. English is the default Discord shows. */
const WORDING = {
  kz: { name: { en: 'kz', ar: 'kz', ru: 'kz' }, description: { en: 'Questions about the Kazakhstan news (January 2022)', ar: 'أسئلة عن أخبار كازاخستان (يناير 2022)', ru: 'Вопросы о документах: новости Казахстана (январь 2022)' } },
  ask: { name: { en: 'ask', ar: 'اسأل', ru: 'спросить' }, description: { en: 'Ask a question; the answer is quoted from the documents', ar: 'اطرح سؤالًا؛ الجواب منقول من الوثائق', ru: 'Задать вопрос; ответ цитируется из документов' } },
  question: { name: { en: 'question', ar: 'السؤال', ru: 'вопрос' }, description: { en: 'Your question, in Arabic, English or Russian', ar: 'سؤالك بالعربية أو الإنجليزية أو الروسية', ru: 'Ваш вопрос на арабском, английском или русском' } },
  private: { name: { en: 'private', ar: 'خاص', ru: 'лично' }, description: { en: 'Show the answer to you only', ar: 'أظهر الجواب لك وحدك', ru: 'Показать ответ только вам' } },
  sources: { name: { en: 'sources', ar: 'المصادر', ru: 'источники' }, description: { en: 'List the documents: outlet, headline, link', ar: 'قائمة الوثائق: المصدر والعنوان والرابط', ru: 'Список документов: издание, заголовок, ссылка' } },
  help: { name: { en: 'help', ar: 'مساعدة', ru: 'помощь' }, description: { en: 'How to use the bot, with examples', ar: 'طريقة استخدام البوت مع أمثلة', ru: 'Как пользоваться ботом, с примерами' } },
  pinned: { name: { en: 'pinned', ar: 'المثبتة', ru: 'закреплённые' }, description: { en: 'Answers the moderators pinned in this channel', ar: 'الأجوبة التي ثبّتها المشرفون في هذه القناة', ru: 'Ответы, закреплённые модераторами в этом канале' } },
  unanswered: { name: { en: 'unanswered', ar: 'بلا-جواب', ru: 'без-ответа' }, description: { en: 'Moderators: unanswered questions, disliked answers', ar: 'للمشرفين: أسئلة بلا جواب وأجوبة غير مفيدة', ru: 'Для модераторов: вопросы без ответа и неудачные ответы' } },
  days: { name: { en: 'days', ar: 'الأيام', ru: 'дней' }, description: { en: `Period in days, 1 to ${DIGEST_MAX_DAYS} (default ${DIGEST_DEFAULT_DAYS})`, ar: `المدة بالأيام من 1 إلى ${DIGEST_MAX_DAYS} (افتراضيًا ${DIGEST_DEFAULT_DAYS})`, ru: `Период в днях, от 1 до ${DIGEST_MAX_DAYS} (по умолчанию ${DIGEST_DEFAULT_DAYS})` } },
  askMessage: { name: { en: ASK_MESSAGE_COMMAND, ar: 'اسأل سند', ru: 'Спросить sanad' } },
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
  return both.length <= 100 ? both : wording.en;
}

function named(key: keyof typeof WORDING) {
  const w = WORDING[key];
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
      description: describe(WORDING.kz.description),
      type: ApplicationCommandType.ChatInput,
      ...common,
      options: [
        {
          ...named('ask'),
          description: describe(WORDING.ask.description),
          type: ApplicationCommandOptionType.Subcommand,
          options: [
            { ...named('question'), description: describe(WORDING.question.description), type: ApplicationCommandOptionType.String, required: true, autocomplete: true, max_length: MAX_QUESTION_CHARS },
            { ...named('private'), description: describe(WORDING.private.description), type: ApplicationCommandOptionType.Boolean, required: false },
          ],
        },
        { ...named('sources'), description: describe(WORDING.sources.description), type: ApplicationCommandOptionType.Subcommand },
        { ...named('help'), description: describe(WORDING.help.description), type: ApplicationCommandOptionType.Subcommand },
        { ...named('pinned'), description: describe(WORDING.pinned.description), type: ApplicationCommandOptionType.Subcommand },
        {
          // Visible to everyone (default_member_permissions would cover all of /kz): the handler checks the rights.
          ...named('unanswered'),
          description: describe(WORDING.unanswered.description),
          type: ApplicationCommandOptionType.Subcommand,
          options: [
            { ...named('days'), description: describe(WORDING.days.description), type: ApplicationCommandOptionType.Integer, required: false, min_value: 1, max_value: DIGEST_MAX_DAYS },
          ],
        },
      ],
    },
    { ...named('askMessage'), type: ApplicationCommandType.Message, ...common },
  ];
}
