import type { UiLanguage } from '../../src/answer/ui-strings.js';

/** What the Telegram bot says in its own words, beyond the core's UI_STRINGS. */
export interface TelegramStrings {
  helpIntro: string;
  /** How to ask, given the bot's @username. */
  helpHowTo: (username: string) => string;
  helpCommands: string;
  helpModerators: string;
  askUsage: string;
  sourcesHeading: string;
  /** Label of the 📄 button of the passage marked `mark` (①, ②…). */
  buttonPassage: (mark: string) => string;
  buttonMore: string;
  buttonPin: string;
  buttonOpenInBot: string;
  moreHeading: string;
  pinned: string;
  unpinned: string;
  pinNotModerator: string;
  pinBotLacksRight: string;
  pinUsage: string;
  unpinUsage: string;
  pinFailed: string;
  rateLimited: (seconds: number) => string;
  buttonExpired: string;
  noMoreSources: string;
  unknownCommand: string;
  textOnly: string;
  inlineExample: string;
}

/** The Telegram wording in Arabic, English and Russian. */
export const TELEGRAM_STRINGS: Record<UiLanguage, TelegramStrings> = {
  ar: {
    helpIntro: 'أجيب عن الأسئلة من مجموعة من الوثائق الإخبارية: أقتبس النص حرفيًا وأذكر مصدر كل اقتباس، ولا أؤلف شيئًا.',
    helpHowTo: (u) => `كيف تسأل:\n• هنا: اكتب سؤالك مباشرة\n• في المجموعات: /ask ثم السؤال، أو ردّ على إحدى رسائلي، أو اذكر @${u}\n• في أي محادثة: اكتب @${u} ثم سؤالك`,
    helpCommands: '/sources — قائمة الوثائق\n/help — هذه الرسالة',
    helpModerators: 'يستطيع المشرفون تثبيت الإجابة بزر 📌 أو بالرد عليها بـ /pin (و/unpin لإلغاء التثبيت).',
    askUsage: 'اكتب السؤال بعد الأمر، مثلًا:',
    sourcesHeading: 'الوثائق التي أجيب منها:',
    buttonPassage: (m) => `📄 المقطع ${m}`,
    buttonMore: '➕ مصادر أخرى',
    buttonPin: '📌 تثبيت',
    buttonOpenInBot: '💬 افتح في محادثة البوت',
    moreHeading: 'مصادر أخرى',
    pinned: '📌 تم التثبيت.',
    unpinned: 'تم إلغاء التثبيت.',
    pinNotModerator: 'التثبيت للمشرفين فقط: منشئ المجموعة والمشرفون الذين لديهم صلاحية تثبيت الرسائل.',
    pinBotLacksRight: 'لا أستطيع التثبيت هنا. اجعلني مشرفًا وامنحني صلاحية «تثبيت الرسائل» (Pin messages).',
    pinUsage: 'ردّ بـ /pin على إحدى إجاباتي لتثبيتها.',
    unpinUsage: 'ردّ بـ /unpin على الإجابة المثبّتة لإلغاء تثبيتها.',
    pinFailed: 'لم يسمح تيليجرام بتثبيت هذه الرسالة.',
    rateLimited: (s) => `أسئلة كثيرة في وقت قصير. حاول مرة أخرى بعد ${s} ثانية.`,
    buttonExpired: 'انتهت صلاحية هذا الزر. اطرح السؤال من جديد.',
    noMoreSources: 'لا توجد مصادر أخرى لهذا السؤال.',
    unknownCommand: 'لا أعرف هذا الأمر. اكتب /help لمعرفة ما أستطيع فعله.',
    textOnly: 'أرسل سؤالك نصًّا مكتوبًا.',
    inlineExample: 'اضغط لإرسال الجواب مع مصادره',
  },
  en: {
    helpIntro: 'I answer questions from a collection of news documents: I quote the documents word for word and cite the source of every quote. Nothing is made up.',
    helpHowTo: (u) => `How to ask:\n• here: just send your question\n• in groups: /ask and your question, a reply to one of my messages, or a mention of @${u}\n• in any chat: type @${u} and your question`,
    helpCommands: '/sources — the documents\n/help — this message',
    helpModerators: 'Moderators can pin an answer with its 📌 button or by replying /pin to it (/unpin undoes it).',
    askUsage: 'Write the question after the command, for example:',
    sourcesHeading: 'The documents I answer from:',
    buttonPassage: (m) => `📄 Passage ${m}`,
    buttonMore: '➕ More sources',
    buttonPin: '📌 Pin',
    buttonOpenInBot: '💬 Open in a chat with the bot',
    moreHeading: 'More sources',
    pinned: '📌 Pinned.',
    unpinned: 'Unpinned.',
    pinNotModerator: 'Only moderators can pin answers: the group’s creator and admins allowed to pin messages.',
    pinBotLacksRight: 'I can’t pin here. Make me an administrator with the “Pin messages” right.',
    pinUsage: 'Reply /pin to one of my answers to pin it.',
    unpinUsage: 'Reply /unpin to the pinned answer to unpin it.',
    pinFailed: 'Telegram did not let me pin that message.',
    rateLimited: (s) => `That’s a lot of questions at once. Please try again in ${s} s.`,
    buttonExpired: 'This button has expired. Please ask the question again.',
    noMoreSources: 'There are no more sources for this question.',
    unknownCommand: 'I don’t know that command. /help lists what I can do.',
    textOnly: 'Please send your question as text.',
    inlineExample: 'Tap to send the answer with its sources',
  },
  ru: {
    helpIntro: 'Я отвечаю на вопросы по собранию новостных документов: цитирую их дословно и указываю источник каждой цитаты. Ничего не придумываю.',
    helpHowTo: (u) => `Как спросить:\n• здесь: просто напишите вопрос\n• в группах: /ask и вопрос, ответ на моё сообщение или упоминание @${u}\n• в любом чате: наберите @${u} и вопрос`,
    helpCommands: '/sources — список документов\n/help — это сообщение',
    helpModerators: 'Модераторы могут закрепить ответ кнопкой 📌 или ответив на него /pin (/unpin — открепить).',
    askUsage: 'Напишите вопрос после команды, например:',
    sourcesHeading: 'Документы, по которым я отвечаю:',
    buttonPassage: (m) => `📄 Фрагмент ${m}`,
    buttonMore: '➕ Другие источники',
    buttonPin: '📌 Закрепить',
    buttonOpenInBot: '💬 Открыть в чате с ботом',
    moreHeading: 'Другие источники',
    pinned: '📌 Закреплено.',
    unpinned: 'Откреплено.',
    pinNotModerator: 'Закреплять ответы могут только модераторы: создатель группы и администраторы с правом закреплять сообщения.',
    pinBotLacksRight: 'Я не могу закреплять здесь. Сделайте меня администратором с правом «Закрепление сообщений» (Pin messages).',
    pinUsage: 'Ответьте /pin на мой ответ, чтобы закрепить его.',
    unpinUsage: 'Ответьте /unpin на закреплённый ответ, чтобы открепить его.',
    pinFailed: 'Telegram не дал закрепить это сообщение.',
    rateLimited: (s) => `Слишком много вопросов подряд. Попробуйте снова через ${s} с.`,
    buttonExpired: 'Эта кнопка устарела. Задайте вопрос заново.',
    noMoreSources: 'Других источников по этому вопросу нет.',
    unknownCommand: 'Такой команды нет. /help покажет, что я умею.',
    textOnly: 'Пришлите вопрос текстом.',
    inlineExample: 'Нажмите, чтобы отправить ответ с источниками',
  },
};

/** Languages whose speakers more likely read Russian than English (Telegram sends IETF tags such as "kk" or "ru-RU"). */
const READS_RUSSIAN = new Set(['ru', 'uk', 'be', 'kk', 'ky', 'uz', 'tg', 'tt']);

/** The bot's language for a Telegram user's `language_code`: Arabic, Russian (and neighbours), else English. */
export function telegramLanguage(languageCode: string | undefined): UiLanguage {
  const base = (languageCode ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'ar') return 'ar';
  if (READS_RUSSIAN.has(base)) return 'ru';
  return 'en';
}
