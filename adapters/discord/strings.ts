import type { UiLanguage } from '../../src/answer/ui-strings.js';

/** What the Discord bot says in its own words beyond the shared UI_STRINGS, per language. */
export interface DiscordStrings {
  passageButton: (n: number) => string;
  moreSources: string;
  pin: string;
  moreTitle: string;
  sourcesTitle: string;
  sourcesMore: (n: number) => string;
  passageTitle: string;
  helpTitle: string;
  helpUsage: string[];
  pinned: string;
  pinRefused: string;
  pinBotLacks: string;
  pinListFull: (max: number) => string;
  pinOutsideServer: string;
  pinGone: string;
  expired: string;
  passageGone: string;
  unknownAction: string;
  apology: string;
}

/** The Discord-only wording in Arabic, English and Russian. */
export const DISCORD_STRINGS: Record<UiLanguage, DiscordStrings> = {
  ar: {
    passageButton: (n) => `المقطع ${n}`,
    moreSources: 'مصادر أخرى',
    pin: 'تثبيت',
    moreTitle: 'مقاطع ومصادر أخرى',
    sourcesTitle: 'الوثائق',
    sourcesMore: (n) => `و${n} وثائق أخرى.`,
    passageTitle: 'المقطع كاملًا',
    helpTitle: 'سند: أسئلة عن الوثائق',
    helpUsage: [
      '`/kz ask question:` سؤالك — الجواب منقول من الوثائق مع مصادره. أضف `private:True` ليراه أنت وحدك.',
      '`/kz sources` — قائمة الوثائق.',
      '`/kz help` — هذه المساعدة.',
      'قائمة الرسالة ← Apps ← **Ask sanad**: يجيب عن نص رسالة.',
      '📌 يثبّت الجواب (أو يلغي تثبيته)، لمن يملك صلاحية تثبيت الرسائل؛ الأسئلة المشابهة تتلقى الجواب المثبّت أولًا.',
      '`/kz pinned` — الأجوبة المثبّتة في هذه القناة. 👍/👎 تحت كل جواب تخبر المشرفين بما أفاد.',
      '`/kz unanswered` — للمشرفين: الأسئلة التي لم تُجب عنها الوثائق والأجوبة الأكثر 👎.',
    ],
    pinned: '📌 ثُبّت الجواب في هذه القناة؛ الأسئلة المشابهة هنا تتلقاه أولًا.',
    pinRefused: 'التثبيت للمشرفين فقط: يلزم إذن «Pin Messages» (أو «Manage Messages») في هذه القناة.',
    pinBotLacks: 'لا أملك إذن التثبيت هنا. امنحني إذن «Pin Messages» (مع «View Channel» و«Read Message History») في هذه القناة.',
    pinListFull: (max) => `قائمة المثبّتات في هذه القناة ممتلئة (${max} رسالة). ألغِ تثبيت رسالة قديمة ثم أعد المحاولة.`,
    pinOutsideServer: 'التثبيت متاح في قنوات الخوادم فقط.',
    pinGone: 'لم تعد الرسالة موجودة.',
    expired: 'هذا الجواب قديم ولم يعد محفوظًا. اسأل مجددًا بـ /kz ask.',
    passageGone: 'هذا المقطع لم يعد في الوثائق.',
    unknownAction: 'لا أعرف هذا الزر. اسأل مجددًا بـ /kz ask.',
    apology: 'عذرًا، حدث خطأ أثناء الإجابة. حاول مرة أخرى بعد قليل.',
  },
  en: {
    passageButton: (n) => `Passage ${n}`,
    moreSources: 'More sources',
    pin: 'Pin',
    moreTitle: 'More passages and sources',
    sourcesTitle: 'The documents',
    sourcesMore: (n) => `and ${n} more.`,
    passageTitle: 'Full passage',
    helpTitle: 'sanad: questions about the documents',
    helpUsage: [
      '`/kz ask question:` your question — the answer is quoted from the documents, with its sources. Add `private:True` to see it alone.',
      '`/kz sources` — the list of documents.',
      '`/kz help` — this help.',
      'Message menu → Apps → **Ask sanad**: answers a message\'s text.',
      '📌 pins an answer (or unpins it), for members who may pin messages; similar questions then get the pinned answer first.',
      '`/kz pinned` — the answers pinned in this channel. 👍/👎 under each answer tell the moderators what helped.',
      '`/kz unanswered` — for moderators: questions the documents did not answer, and the answers with most 👎.',
    ],
    pinned: '📌 Pinned the answer in this channel; similar questions here now get it first.',
    pinRefused: 'Only moderators can pin answers: it takes the Pin Messages (or Manage Messages) permission in this channel.',
    pinBotLacks: 'I may not pin here. Give me the Pin Messages permission (with View Channel and Read Message History) in this channel.',
    pinListFull: (max) => `This channel's pin list is full (${max} messages). Unpin an older message, then try again.`,
    pinOutsideServer: 'Pinning works in server channels only.',
    pinGone: 'That message no longer exists.',
    expired: 'This answer is too old to expand. Ask again with /kz ask.',
    passageGone: 'This passage is no longer in the documents.',
    unknownAction: 'I do not know this button. Ask again with /kz ask.',
    apology: 'Sorry, something went wrong while answering. Please try again in a moment.',
  },
  ru: {
    passageButton: (n) => `Фрагмент ${n}`,
    moreSources: 'Ещё источники',
    pin: 'Закрепить',
    moreTitle: 'Ещё фрагменты и источники',
    sourcesTitle: 'Документы',
    sourcesMore: (n) => `и ещё ${n}.`,
    passageTitle: 'Фрагмент целиком',
    helpTitle: 'sanad: вопросы по документам',
    helpUsage: [
      '`/kz ask question:` ваш вопрос — ответ цитируется из документов, с источниками. `private:True` — увидите только вы.',
      '`/kz sources` — список документов.',
      '`/kz help` — эта справка.',
      'Меню сообщения → Apps → **Ask sanad**: ответ на текст сообщения.',
      '📌 закрепляет ответ (или открепляет) — для тех, кто может закреплять сообщения; на похожие вопросы закреплённый ответ идёт первым.',
      '`/kz pinned` — закреплённые ответы этого канала. 👍/👎 под ответом подскажут модераторам, что помогло.',
      '`/kz unanswered` — для модераторов: вопросы без ответа в документах и ответы с наибольшим числом 👎.',
    ],
    pinned: '📌 Ответ закреплён в этом канале; на похожие вопросы здесь он теперь идёт первым.',
    pinRefused: 'Закреплять ответы могут только модераторы: нужно право «Закреплять сообщения» (или «Управлять сообщениями») в этом канале.',
    pinBotLacks: 'У меня нет права закреплять здесь. Дайте мне право «Закреплять сообщения» (и «Просматривать канал», «Читать историю сообщений») в этом канале.',
    pinListFull: (max) => `В этом канале уже ${max} закреплённых сообщений — это предел. Открепите старое и попробуйте снова.`,
    pinOutsideServer: 'Закреплять можно только в каналах серверов.',
    pinGone: 'Этого сообщения больше нет.',
    expired: 'Этот ответ слишком старый. Спросите снова через /kz ask.',
    passageGone: 'Этого фрагмента больше нет в документах.',
    unknownAction: 'Я не знаю эту кнопку. Спросите снова через /kz ask.',
    apology: 'Извините, при ответе что-то пошло не так. Попробуйте ещё раз чуть позже.',
  },
};

/** The language a Discord locale (`ru`, `en-US`, `en-GB` …) names, if the bot speaks it. */
export function languageOfLocale(locale: string | null | undefined): UiLanguage | undefined {
  const base = (locale ?? '').toLowerCase().split('-')[0];
  return base === 'ar' || base === 'en' || base === 'ru' ? base : undefined;
}

/**
 * Picks the reply language: the user's Discord locale, else the question's language, else English. Discord has no
 * Arabic locale (https://discord.com/developers/docs/reference#locales), so an Arabic question is answered in Arabic.
 */
export function pickLanguage(locale: string | null | undefined, questionLanguage?: UiLanguage): UiLanguage {
  if (questionLanguage === 'ar') return 'ar';
  return languageOfLocale(locale) ?? questionLanguage ?? 'en';
}
