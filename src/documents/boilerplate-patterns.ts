// Lines that news sites wrap around an article: comment forms, share/follow buttons, cookie notices, "read also"
// teasers, image labels, masthead credits. Matched against a whole line after whitespace is folded. Arabic, English
// and Russian. Keep each pattern anchored so that an article sentence that merely mentions these words survives.

/** Whole lines that are site chrome, never article text. */
export const BOILERPLATE_LINE_PATTERNS: readonly RegExp[] = [
  // comment forms
  /^اترك (تعليق|تعليقا|تعليقاً|ردا|رداً)/,
  /^لن يتم نشر عنوان بريدك الإلكتروني/,
  /الحقول الإلزامية مشار إليها/,
  /^(عزيزي القارئ|عزيزتي القارئة)$/,
  /^(لقد )?قمنا بتحديث نظام التعليقات/,
  /^لكتابة التعليقات/,
  /^(Leave a (comment|reply)|Your email address will not be published|Required fields are marked)/i,
  /^(Оставьте комментарий|Ваш адрес email не будет опубликован)/i,
  /^(التعليقات|تعليقات|Comments|Комментарии)(\s*\(\d+\))?$/i,
  // cookie notices and consent buttons
  // (an article may report on cookies: only the site's own notice, in the words sites use, is chrome)
  /^(هذا الموقع يستخدم|يستخدم هذا الموقع|يستخدم موقعنا|موقعنا يستخدم|نستخدم|نحن نستخدم) (ملفات تعريف الارتباط|ملفات الكوكيز|الكوكيز)/,
  /^(this (web)?site uses cookies|we use cookies|by (continuing|using) .{0,80}cookies|cookie policy$|cookie settings$)/i,
  /^(этот сайт использует (файлы )?cookie|мы используем (файлы )?cookie)/i,
  /^(موافق|أوافق|قبول|OK|Accept|Agree|Согласен|Принять)$/i,
  // navigation, sharing, tags
  /^زر الذهاب إلى الأعلى$/,
  /^(مشاركة|شارك|شارك الخبر|طباعة|الكلمات الدالة|الكلمات المفتاحية|كلمات دالة|وسوم|تابعنا|تابعونا)( على .*)?$/,
  /^(Share|Print|Tags|Follow us|Back to top)( on .*)?$/i,
  /^(Поделиться|Теги|Подписывайтесь)( .*)?$/i,
  // "read also" teasers
  /^(اقرأ|إقرأ|اقرا) (أيضا|أيضًا|ايضا|أيضاً|ايضًا|المزيد)\s*[:：]/,
  /^(شاهد|طالع) (أيضا|أيضًا|ايضا|أيضاً)\s*[:：]/,
  /^(Read (also|more)|See also|Related)\s*[:：]/i,
  /^(Читайте также|Смотрите также)\s*[:：]?/i,
  // link-copy widgets and bare links
  /^(انسخ الرابط|نسخ الرابط|Copy link|Скопировать ссылку)/i,
  /^https?:\/\/\S+$/,
  // image labels
  /^(صورة أرشيفية|صورة ارشيفية|صورة تعبيرية|صورة|أرشيفية|Photo|Image|File photo|Фото)(\s*[:：].*)?$/i,
  // masthead credits
  /^(الإشراف العام|رئيس التحرير|رئيس مجلس الإدارة|مدير التحرير|Editor[- ]in[- ]Chief|Главный редактор)$/i,
];

/** A credited source line ("المصدر: نوفوستي"): not a passage, but the name is kept as the document's `via`. */
export const SOURCE_CREDIT_PATTERN = /^(المصدر|Source|Источник)\s*[:：]\s*(.{2,60})$/i;

/** A link the page offers for copying or sharing, kept as the document's `url` when the text states no other. */
export const STATED_LINK_PATTERN = /(?:انسخ الرابط|نسخ الرابط|Copy link|Скопировать ссылку)\s*[:：]?\s*(https?:\/\/\S+)/i;
