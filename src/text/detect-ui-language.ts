/** Languages the bot's own wording is written in. Quoted document text stays in its own language. */
export type UiLanguage = 'ar' | 'en' | 'ru';

/** Every UiLanguage, Arabic first (the documents' language). */
export const UI_LANGUAGES: readonly UiLanguage[] = ['ar', 'en', 'ru'];

/** Picks the reply language from a text's letters: Arabic unless Cyrillic or Latin letters dominate; `fallback` without letters. */
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
