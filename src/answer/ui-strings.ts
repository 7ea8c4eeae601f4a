/** Languages the bot's own wording is written in. Quoted document text stays in its own language. */
export type UiLanguage = 'ar' | 'en' | 'ru';

/** Every sentence the bot says in its own words, per language. */
export interface UiStrings {
  sources: string;
  answerHeading: string;
  passagesHeading: string;
  quotedFooter: string;
  notFound: string;
  notFoundHint: string;
  empty: string;
  noWords: string;
  tooLong: (maxChars: number) => string;
  outletUnknown: string;
  examplesHeading: string;
}

/** The bot's wording in Arabic, English and Russian. */
export const UI_STRINGS: Record<UiLanguage, UiStrings> = {
  ar: {
    sources: 'المصادر',
    answerHeading: 'الجواب من الوثائق',
    passagesHeading: 'مقاطع داعمة',
    quotedFooter: 'النص منقول حرفيًا من الوثائق المذكورة.',
    notFound: 'لم أجد في الوثائق ما يجيب عن هذا السؤال.',
    notFoundHint: 'جرّب كلمات أخرى أو اسأل عن أحد المواضيع التالية:',
    empty: 'السؤال فارغ. اكتب سؤالك عن الوثائق، مثلًا:',
    noWords: 'لم أجد كلمات في السؤال. اكتب سؤالك بكلمات، مثلًا:',
    tooLong: (n) => `السؤال طويل جدًا (الحد ${n} حرف). اختصره وأعد المحاولة.`,
    outletUnknown: 'مصدر غير مذكور',
    examplesHeading: 'أمثلة:',
  },
  en: {
    sources: 'Sources',
    answerHeading: 'Answer from the documents',
    passagesHeading: 'Supporting passages',
    quotedFooter: 'Text quoted word for word from the documents cited.',
    notFound: 'The documents do not answer this question.',
    notFoundHint: 'Try other words, or ask about one of these:',
    empty: 'The question is empty. Ask something about the documents, for example:',
    noWords: 'I found no words in the question. Ask in words, for example:',
    tooLong: (n) => `The question is too long (limit ${n} characters). Please shorten it.`,
    outletUnknown: 'outlet not stated',
    examplesHeading: 'Examples:',
  },
  ru: {
    sources: 'Источники',
    answerHeading: 'Ответ из документов',
    passagesHeading: 'Подтверждающие фрагменты',
    quotedFooter: 'Текст дословно процитирован из указанных документов.',
    notFound: 'В документах нет ответа на этот вопрос.',
    notFoundHint: 'Попробуйте другие слова или задайте один из этих вопросов:',
    empty: 'Вопрос пустой. Спросите что-нибудь о документах, например:',
    noWords: 'В вопросе нет слов. Спросите словами, например:',
    tooLong: (n) => `Вопрос слишком длинный (не больше ${n} символов). Сократите его.`,
    outletUnknown: 'издание не указано',
    examplesHeading: 'Примеры:',
  },
};

/** Picks the reply language from the question's letters: Arabic unless Cyrillic or Latin letters dominate. */
export function detectUiLanguage(text: string, fallback: UiLanguage = 'ar'): UiLanguage {
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  // One pass over the UTF-16 units: this runs on every line of every reply.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (arabic === 0 && cyrillic === 0 && latin === 0) return fallback;
  if (arabic >= cyrillic && arabic >= latin) return 'ar';
  return cyrillic >= latin ? 'ru' : 'en';
}
