/**
 * Times of day as news write them: 23:00, ٢٣:٠٠, «الساعة 11»، «11 مساء»، 7 a.m., 11 pm, "at 7 o'clock", «в 23 часа»,
 * and midnight or noon by name. The answer to "what time…?", which a date does not give.
 */
const CLOCK_TIME = new RegExp(
  [
    String.raw`(?<![\d٠-٩])[\d٠-٩]{1,2}[:٫][\d٠-٩]{2}(?![\d٠-٩])`,
    String.raw`الساعة\s*[\d٠-٩]`,
    String.raw`[\d٠-٩]{1,2}\s*(?:صباحا|صباحًا|مساء|مساءً|ظهرا|ليلا)`,
    String.raw`\d{1,2}\s*(?:a\.?m\b|p\.?m\b|o'?clock)`,
    String.raw`\d{1,2}\s*час`,
    String.raw`منتصف\s+الليل|منتصف\s+النهار|midnight|noon|полноч|полдень|полудн`,
  ].join('|'),
  'i',
);

/** Whether the text tells a time of day. */
export function holdsClockTime(text: string): boolean {
  return CLOCK_TIME.test(text);
}
