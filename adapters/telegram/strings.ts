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
  buttonFresh: string;
  /** The mark above an answer the moderators pinned, given back for a matching question. */
  curatedHeading: string;
  /** Label of the link to the pinned message. */
  curatedLink: string;
  pinnedHeading: string;
  pinnedEmpty: string;
  /** Heading of the digest over the last `days` days. */
  digestHeading: (days: number) => string;
  digestUnanswered: string;
  digestDisliked: string;
  digestEmpty: string;
  digestNotModerator: string;
  digestUsage: string;
  /** The toast after a vote. */
  voted: (mark: string) => string;
}

/** The Telegram wording in Arabic, English and Russian. */
export const TELEGRAM_STRINGS: Record<UiLanguage, TelegramStrings> = {
  ar: {
    helpIntro: 'أجيب عن الأسئلة من مجموعة من الوثائق الإخبارية: أقتبس النص حرفيًا وأذكر مصدر كل اقتباس، ولا أؤلف شيئًا.',
    helpHowTo: (u) => `كيف تسأل:\n• هنا: اكتب سؤالك مباشرة\n• في المجموعات: /ask ثم السؤال، أو ردّ على إحدى رسائلي، أو اذكر @${u}\n• في أي محادثة: اكتب @${u} ثم سؤالك`,
    helpCommands: '/sources — قائمة الوثائق\n/help — هذه الرسالة',
    helpModerators: 'يستطيع المشرفون تثبيت الإجابة بزر 📌 أو بالرد عليها بـ /pin (و/unpin لإلغاء التثبيت)؛ وتُعرض الإجابة المثبّتة لمن يسأل سؤالًا مشابهًا. /pinned يعرض الإجابات المثبّتة، و/unanswered يعرض للمشرفين الأسئلة التي بقيت بلا جواب.',
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
    buttonFresh: '🔎 بحث جديد',
    curatedHeading: '📌 إجابة ثبّتها المشرفون لسؤال مشابه',
    curatedLink: 'الرسالة المثبّتة',
    pinnedHeading: '📌 الإجابات المثبّتة في هذه المحادثة (الأحدث أولًا):',
    pinnedEmpty: 'لا توجد إجابات مثبّتة هنا بعد. يستطيع المشرفون تثبيت إجابة بزر 📌.',
    digestHeading: (d) => `📊 ملخص آخر ${d} يومًا`,
    digestUnanswered: 'أكثر الأسئلة التي لم أجد لها جوابًا:',
    digestDisliked: 'الإجابات الأكثر تقييمًا بـ 👎:',
    digestEmpty: 'لا أسئلة بلا جواب ولا تقييمات سلبية في هذه الفترة.',
    digestNotModerator: 'هذا الملخص للمشرفين فقط.',
    digestUsage: 'اكتب عدد الأيام من 1 إلى 365، مثلًا: /unanswered 30',
    voted: (m) => `شكرًا! صوتك: ${m}`,
  },
  en: {
    helpIntro: 'I answer questions from a collection of news documents: I quote the documents word for word and cite the source of every quote. Nothing is made up.',
    helpHowTo: (u) => `How to ask:\n• here: just send your question\n• in groups: /ask and your question, a reply to one of my messages, or a mention of @${u}\n• in any chat: type @${u} and your question`,
    helpCommands: '/sources — the documents\n/help — this message',
    helpModerators: 'Moderators can pin an answer with its 📌 button or by replying /pin to it (/unpin undoes it); a pinned answer is given first to anyone asking a similar question. /pinned lists the pinned answers; /unanswered shows moderators the questions left unanswered.',
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
    buttonFresh: '🔎 Fresh search',
    curatedHeading: '📌 An answer the moderators pinned for a similar question',
    curatedLink: 'pinned message',
    pinnedHeading: '📌 Answers pinned in this chat (newest first):',
    pinnedEmpty: 'No answers are pinned here yet. Moderators can pin one with its 📌 button.',
    digestHeading: (d) => `📊 Digest of the last ${d} day${d === 1 ? '' : 's'}`,
    digestUnanswered: 'Questions I most often could not answer:',
    digestDisliked: 'Answers with the most 👎:',
    digestEmpty: 'No unanswered questions and no 👎 in this period.',
    digestNotModerator: 'This digest is for moderators only.',
    digestUsage: 'Give a number of days from 1 to 365, for example: /unanswered 30',
    voted: (m) => `Thanks! Your vote: ${m}`,
  },
  ru: {
    helpIntro: 'Я отвечаю на вопросы по собранию новостных документов: цитирую их дословно и указываю источник каждой цитаты. Ничего не придумываю.',
    helpHowTo: (u) => `Как спросить:\n• здесь: просто напишите вопрос\n• в группах: /ask и вопрос, ответ на моё сообщение или упоминание @${u}\n• в любом чате: наберите @${u} и вопрос`,
    helpCommands: '/sources — список документов\n/help — это сообщение',
    helpModerators: 'Модераторы могут закрепить ответ кнопкой 📌 или ответив на него /pin (/unpin — открепить); закреплённый ответ получит первым тот, кто задаст похожий вопрос. /pinned — закреплённые ответы; /unanswered — для модераторов: вопросы, оставшиеся без ответа.',
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
    buttonFresh: '🔎 Искать заново',
    curatedHeading: '📌 Ответ, закреплённый модераторами для похожего вопроса',
    curatedLink: 'закреплённое сообщение',
    pinnedHeading: '📌 Закреплённые ответы в этом чате (сначала новые):',
    pinnedEmpty: 'Здесь пока нет закреплённых ответов. Модераторы могут закрепить ответ кнопкой 📌.',
    digestHeading: (d) => `📊 Сводка за последние ${d} дн.`,
    digestUnanswered: 'Вопросы, на которые я чаще всего не нашёл ответа:',
    digestDisliked: 'Ответы с наибольшим числом 👎:',
    digestEmpty: 'За этот период нет вопросов без ответа и оценок 👎.',
    digestNotModerator: 'Эта сводка только для модераторов.',
    digestUsage: 'Укажите число дней от 1 до 365, например: /unanswered 30',
    voted: (m) => `Спасибо! Ваш голос: ${m}`,
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
