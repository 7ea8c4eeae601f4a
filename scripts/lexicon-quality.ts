// A quality check of the lexicon, not a test: for common news words in English and Russian (chosen from general
// news vocabulary, not from any evaluation question), the share whose top 3 Arabic translations hold at least one
// right one. "Right" is written down beside each word before looking at the output: normalised Arabic fragments of
// which any one must appear inside a translation (normalizeArabic, so hamza and ة spellings do not matter).
// After the first run two lists were widened by forms wrongly left out: عواصم (capitals) and بلاد (country).
// Usage: npx tsx scripts/lexicon-quality.ts [--all]
import { parseArgs } from 'node:util';
import { loadLexicon } from '../src/text/lexicon.js';
import { normalizeArabic } from '../src/text/normalize-arabic.js';

const { values } = parseArgs({ options: { all: { type: 'boolean' } } });

const ENGLISH: Record<string, string[]> = {
  protest: ['احتجاج', 'احتج', 'مظاهر', 'تظاهر'], protesters: ['محتج', 'متظاهر'], government: ['حكوم'],
  resign: ['استقال', 'استقل', 'تنحي', 'تنحى'], resigned: ['استقال', 'استقل', 'مستقيل'], arrest: ['اعتقال', 'اعتقل', 'قبض', 'توقيف', 'احتجاز'],
  arrested: ['اعتقل', 'قبض', 'احتجز', 'موقوف', 'معتقل'], kill: ['قتل'], killed: ['قتل', 'مقتول', 'قتيل'],
  wounded: ['جرح', 'جريح', 'مصاب', 'اصاب'], attack: ['هجوم', 'هاجم', 'اعتداء'], army: ['جيش'], soldier: ['جندي'],
  soldiers: ['جنود', 'جندي'], police: ['شرطه', 'شرطي'], border: ['حدود', 'حد'], election: ['انتخاب'],
  president: ['رئيس'], minister: ['وزير'], price: ['سعر', 'ثمن'], prices: ['سعر', 'اسعار', 'ثمن'], fuel: ['وقود'],
  gas: ['غاز'], oil: ['نفط', 'بترول'], airport: ['مطار'], internet: ['انترنت'], emergency: ['طوارئ', 'طارئ'],
  curfew: ['حظر التجول', 'منع التجول'], treaty: ['معاهده', 'اتفاق'], organization: ['منظم', 'منظمه'],
  statement: ['بيان', 'تصريح'], foreign: ['اجنبي', 'خارجي'], capital: ['عاصم', 'عواصم'], city: ['مدين'], region: ['منطق', 'اقليم'],
  country: ['بلد', 'بلاد', 'دوله', 'قطر', 'وطن'], troops: ['قوات', 'جنود', 'جيش'], weapons: ['اسلح', 'سلاح'],
  investigation: ['تحقيق'], court: ['محكم'], law: ['قانون'], economy: ['اقتصاد'], investment: ['استثمار'],
  company: ['شرك'], media: ['اعلام', 'وسائل'], parliament: ['برلمان'], constitution: ['دستور'], riot: ['شغب'],
  violence: ['عنف'], security: ['امن'], war: ['حرب'], dead: ['ميت', 'موتى', 'قتلى', 'متوفى', 'اموات'],
  injured: ['جرح', 'جريح', 'مصاب'], hospital: ['مستشفى', 'مستشفي'], journalist: ['صحف', 'صحاف'],
  terrorist: ['ارهاب'], explosion: ['انفجار'], agreement: ['اتفاق'], negotiations: ['مفاوض'], sanctions: ['عقوب'],
  crisis: ['ازم'], leader: ['زعيم', 'قائد'], opposition: ['معارض'], demonstration: ['مظاهر', 'تظاهر'],
};

const RUSSIAN: Record<string, string[]> = {
  протест: ['احتجاج', 'احتج'], протестующие: ['محتج', 'متظاهر', 'احتج'], правительство: ['حكوم'],
  отставка: ['استقال', 'استقل'], арест: ['اعتقال', 'قبض', 'توقيف', 'احتجاز'], задержаны: ['اعتقل', 'قبض', 'احتجز', 'حجز', 'موقوف', 'معتقل'],
  убиты: ['قتل', 'قتيل', 'مقتول'], ранены: ['جرح', 'جريح', 'مصاب'], нападение: ['هجوم', 'اعتداء'], армия: ['جيش'],
  солдаты: ['جنود', 'جندي'], полиция: ['شرطه'], граница: ['حدود', 'حد'], выборы: ['انتخاب'], президент: ['رئيس'],
  министр: ['وزير'], цены: ['سعر', 'اسعار', 'ثمن'], топливо: ['وقود'], газ: ['غاز'], нефть: ['نفط', 'بترول'],
  аэропорт: ['مطار'], интернет: ['انترنت'], миротворцы: ['سلام'], договор: ['معاهده', 'اتفاق'],
  организация: ['منظم', 'منظمه'], заявление: ['بيان', 'تصريح'], иностранный: ['اجنبي', 'خارجي'], столица: ['عاصم'],
  город: ['مدين'], регион: ['منطق', 'اقليم'], страна: ['بلد', 'بلاد', 'دوله', 'وطن'], войска: ['قوات', 'جيش', 'جنود'],
  оружие: ['اسلح', 'سلاح'], расследование: ['تحقيق'], суд: ['محكم'], закон: ['قانون'], экономика: ['اقتصاد'],
  инвестиции: ['استثمار'], компания: ['شرك'], журналисты: ['صحف', 'صحاف'], парламент: ['برلمان'],
  конституция: ['دستور'], беспорядки: ['شغب', 'اضطراب', 'فوضى'], насилие: ['عنف'], безопасность: ['امن'],
  война: ['حرب'], погибли: ['قتل', 'مات', 'موت', 'هلك', 'توفي', 'لقي حتف'], больница: ['مستشفى', 'مستشفي'],
  террористы: ['ارهاب'], взрыв: ['انفجار'], соглашение: ['اتفاق'], переговоры: ['مفاوض'], санкции: ['عقوب'],
  кризис: ['ازم'], лидер: ['زعيم', 'قائد'], оппозиция: ['معارض'], митинг: ['تجمع', 'مظاهر', 'اجتماع', 'مسير'],
  отключили: ['قطع', 'فصل', 'اطفا', 'عطل'], чрезвычайное: ['طوارئ', 'طارئ', 'استثنائي'],
  // Verbs of reported events in the past, as chat questions put them (perfective, plural).
  остановили: ['وقف', 'اوقف', 'توقف'], вернулись: ['عاد', 'رجع', 'عود'], ушли: ['غادر', 'ذهب', 'رحل', 'انسحب'],
  покинули: ['غادر', 'ترك', 'رحل'], разошлись: ['تفرق', 'انصرف', 'تشتت'], спросили: ['سال', 'سؤال'], объявили: ['اعلن'],
  ввели: ['فرض', 'ادخل', 'اعلن'], отправили: ['ارسل', 'بعث'], прекратили: ['وقف', 'اوقف', 'توقف', 'انهى'],
  потребовали: ['طالب', 'طلب'], захватили: ['استولى', 'استول', 'سيطر', 'احتل'], вывели: ['سحب', 'اخرج'],
  сняли: ['رفع', 'ازال', 'الغى', 'الغي'], подняли: ['رفع'], заявили: ['صرح', 'قال', 'اعلن'], вышли: ['خرج'],
  подожгли: ['احرق', 'اشعل'],
};

const lexicon = loadLexicon();
for (const [language, words] of [['English', ENGLISH], ['Russian', RUSSIAN]] as const) {
  let hits = 0;
  let firsts = 0;
  const rows: string[] = [];
  const right = (t: string, fragments: string[]) => fragments.some((r) => normalizeArabic(t).includes(normalizeArabic(r)));
  for (const [word, fragments] of Object.entries(words)) {
    const top = lexicon.arabicFor(word).slice(0, 3);
    const hit = top.some((t) => right(t, fragments));
    if (hit) hits++;
    if (top[0] !== undefined && right(top[0], fragments)) firsts++;
    if (values.all || !hit) rows.push(`| ${word} | ${top.join('، ') || '—'} | ${hit ? 'yes' : 'no'} |`);
  }
  const total = Object.keys(words).length;
  console.log(`\n${language}: ${hits} of ${total} (${((100 * hits) / total).toFixed(0)}%) have a right translation in the top 3, ${firsts} (${((100 * firsts) / total).toFixed(0)}%) first`);
  console.log(`| word | top 3 | right |\n| --- | --- | --- |\n${rows.join('\n')}`);
}
