import { PHONE_AND_INTERNET } from './loanwords.js';
import { cite, fn, means, question, SOURCES as S, wordList, type WordList } from './word-list.js';

/**
 * Maghrebi Arabic: Moroccan (Harrell 1962, 1966; Caubet 1993), Algerian (Marçais 1977; the Algerian CODA) and
 * Tunisian (Singer 1984; the Tunisian CODA). Comments name the country where a form is not shared: MA, DZ, TN.
 */
export const MAGHREBI: readonly WordList[] = [
  wordList('maghrebi', 'interrogative', cite(S.harrell, S.caubet, S.marcais, S.singer, S.codaTunisian, S.codaAlgerian),
    question('what', 'أشنو آش شنو شنوا شنية شنيا شنوة', 'ماذا ما'), // أشنو MA; شنوا / شنية TN
    question('what', 'واش', 'ماذا', 'function'), // "what" in DZ, the yes-no particle in MA
    question('what', 'شبيك شبيهم', 'ماذا'), // TN "what is the matter with…" (شبيه is left out: MSA "similar")
    question('why', 'علاش لاش علاه', 'لماذا'),
    question('where', 'فين فاين وين', 'أين'), // فاين MA, DZ
    question('where', 'منين', 'من_أين'),
    question('where', 'لفين', 'إلى_أين'),
    question('when', 'إيمتا إمتا فوقاش وقتاش وقتاه', 'متى'), // إيمتا, فوقاش MA; وقتاش DZ, TN
    question('how-many', 'شحال بشحال قداش بقداش', 'كم'), // شحال MA, DZ; قداش TN, DZ
    question('who', 'شكون', 'من'),
    question('how', 'كيفاش', 'كيف'),
    question('how', 'كيفاه', 'كيف'), // DZ
    question('how', 'كيف', 'كيف'),
    question('which', 'أشمن واشمن أنهو أناهو أنهي إينا', 'أي'), // أشمن MA, واشمن DZ, أناهو TN, إينا MA
    question('which', 'شمن', 'أي'), // MA, أشمن as chats write it, without its alef
  ),
  wordList('maghrebi', 'pronoun', cite(S.harrell, S.marcais, S.singer),
    fn('آنا', 'أنا'),
    fn('حنا احنا', 'نحن'),
    fn('نتا نتي نتيا', 'أنت'),
    fn('نتوما انتوما', 'أنتم'),
    fn('هوا هوة', 'هو'),
    fn('هيا', 'هي'),
    fn('هوما هومة', 'هم'),
  ),
  wordList('maghrebi', 'demonstrative', cite(S.harrell, S.marcais, S.singer),
    fn('هاد هادا هذا', 'هذا'),
    fn('هادشي', 'هذا'), // MA, "this (thing)": هاد + شي
    fn('داكشي', 'ذلك'), // MA, "that (thing)": داك + شي
    fn('هادي هاذي', 'هذه'),
    fn('هادو هاذوما هادوما', 'هؤلاء'),
    fn('داك هاداك هاذاكا', 'ذلك'),
    fn('هاديك هاذيكا', 'تلك'),
    fn('ديك', 'تلك', 'content'), // also "rooster",
    fn('دوك هادوك', 'أولئك'),
    fn('هاكا هاكي هاكوما', 'ذلك'), // TN
    // With the prepositions ل and ف (in) joined, as MA and DZ write them: «لهاد الهجمات», «فهاد الوقت».
    fn('لهاد لهادا لهادي', 'لهذا'),
    fn('فهاد فهادا فهادي', 'في_هذا'),
  ),
  wordList('maghrebi', 'relative', cite(S.harrell, S.singer),
    fn('اللي لي', 'الذي التي الذين'),
  ),
  wordList('maghrebi', 'negation', cite(S.harrell, S.caubet, S.marcais, S.singer),
    fn('ماشي', 'ليس', 'content'), // MA; also "walking", "all right"
    fn('موش مش', 'ليس'), // TN
    fn('مانيش منيش', 'لست'),
    fn('ماش', 'لن'), // DZ, before a future
    fn('ماهوش ماهيش', 'ليس ليست'),
    fn('ماكش', 'لست'),
    fn('والو', 'لا_شيء'),
  ),
  wordList('maghrebi', 'existential', cite(S.harrell, S.marcais, S.singer, S.brustad),
    fn('كاين كاينة كاينين كاينا كين', 'يوجد'), // MA, DZ
    fn('ماكاينش مكاينش ماكانش', 'لا_يوجد'),
    fn('فما فمة', 'يوجد'), // TN
    fn('مافماش ماثماش', 'لا_يوجد'),
  ),
  wordList('maghrebi', 'aspect', cite(S.harrell, S.caubet, S.marcais, S.singer),
    // كا / تا + imperfect: present (MA, joined: كيقول); غادي / غا + imperfect: future (MA); باش: future (TN);
    // راه / راني…: the presentative "he is (now)" (DZ, MA); قاعد: progressive (TN).
    fn('غادي غادية غاديين غا', 'سوف'), // TN غادي is "there"
    fn('باش بش', 'سوف لكي'),
    fn('راه راهي راني راك راكي رانا راكم راهم', ''),
    fn('قاعد قاعدة', 'ما_زال'),
  ),
  wordList('maghrebi', 'conjunction', cite(S.harrell, S.harrellDictionary, S.marcais, S.singer),
    fn('حيت حيث', 'لأن'), // MA
    fn('خاطر خاطرش علاخاطر', 'لأن', 'content'), // TN; خاطر is also "mind"
    fn('علاحقاش', 'لأن'), // DZ
    fn('بصح', 'لكن'), // DZ
    fn('ولاكين', 'لكن'),
    fn('غير', 'فقط'),
    fn('برك', 'فقط'), // TN, DZ
    fn('ياك', ''),
    fn('واخا', 'حسنا'),
    fn('إيوا', 'إذن'),
    fn('زعما زعمة', 'ربما'),
    fn('ولا', 'أم أو'),
    fn('بحال', 'مثل'),
    fn('كيما', 'مثل'),
    fn('ملي', 'عندما'), // MA
    // "Must": خاص + the person (MA خاصهم يمشيو "they must go"); the bare خاص is also MSA "special, private".
    fn('خاص', 'يجب', 'content'),
    fn('خاصو خاصها خاصهم خاصني خاصنا خاصك خاصكم', 'يجب'),
    fn('بلي باللي', 'أن'), // DZ, MA: «قال بلي…» "he said that…"
  ),
  wordList('maghrebi', 'preposition', cite(S.harrell, S.marcais, S.singer),
    fn('ديال ديالي ديالك ديالو ديالها ديالنا ديالكم ديالهم', 'ل'), // MA
    fn('نتاع تاع متاع متاعي متاعو متاعها متاعهم', 'ل'), // DZ, TN
    fn('عندو عندهوم', 'لدى'),
    fn('معاه معاها معاهم', 'مع'),
    fn('فيه', 'في'),
  ),
  wordList('maghrebi', 'adverb', cite(S.harrell, S.harrellDictionary, S.marcais, S.singer),
    means('دابا دبا', 'الآن'), // MA
    means('درك', 'الآن', 'content'), // DZ; MSA's درك is the gendarmerie
    means('دروك ضرك دوكا', 'الآن'), // DZ
    means('توا', 'الآن'), // TN
    fn('توة', 'الآن'), // TN; spelt as the Gulf's توه ("just"), which is a function word
    fn('هنا هنايا هني هوني', 'هنا'),
    fn('تما لهيه لهيك', 'هناك'),
    fn('بزاف', 'كثيرا جدا'), // MA, DZ
    fn('برشا برشة', 'كثيرا جدا'), // TN
    fn('ياسر ياسرة', 'كثيرا جدا', 'content'), // TN, DZ; ياسر is also a name
    fn('زادة زادا', 'أيضا'), // TN
    fn('تاني', 'أيضا'), // DZ
    fn('ثاني', 'أيضا', 'content'), // DZ; also MSA "second"
    fn('هكا هكاك هكاكة هكدا', 'هكذا'),
    fn('يمكن', 'ربما'),
    fn('بالاك', 'ربما'), // DZ
    fn('عاود عاوتاني', 'مرة_أخرى'), // MA
    fn('مازال مزال', 'لا_يزال'),
    fn('باقي', 'لا_يزال', 'content'),
    fn('ديجا', 'سابقا'),
    fn('ديما', 'دائما'), // MA, DZ, TN
  ),
  wordList('maghrebi', 'quantity', cite(S.harrellDictionary, S.singer),
    fn('شوية شويا', 'قليل'),
    fn('شي', 'شيء'),
    // With the prepositions joined, as MA and DZ write them: «فشي مدن» (in some cities), «لشي واحد», «بشي طريقة».
    fn('فشي', 'في_شيء'),
    fn('لشي', 'لشيء'),
    fn('بشي', 'بشيء'),
    fn('حاجة', 'شيء', 'content'),
    fn('كلشي', 'كل_شيء'),
  ),
  wordList('maghrebi', 'time', cite(S.harrellDictionary, S.singer),
    means('البارح', 'أمس'),
    means('غدوة', 'غدا'), // TN, DZ
    means('الليوم', 'اليوم'),
    means('نهار', 'يوم', 'content'), // "day" (نهار الخميس "on Thursday"); MSA نهار is daytime
  ),
  wordList('maghrebi', 'number', cite(S.harrell, S.marcais, S.singer),
    means('اللول لول', 'الأول'), // MA, "the first" (luwwel)
    means('اللولة اللولى لولة', 'الأولى'),
    means('اللولين لولين', 'الأوائل الأولى'), // "the first ones"
    means('جوج', 'اثنان اثنين'), // MA
    means('زوز', 'اثنان اثنين'), // TN
    means('زوج', 'اثنان اثنين'), // DZ; also MSA "husband, pair"
    means('تلاتة', 'ثلاثة'),
    means('ربعة', 'أربعة'),
    means('تمنية', 'ثمانية'),
    means('حضاش', 'أحد_عشر'),
    means('طناش', 'اثنا_عشر'),
    means('تلطاش', 'ثلاثة_عشر'),
    means('ربعطاش', 'أربعة_عشر'),
    means('خمسطاش', 'خمسة_عشر'),
    means('سطاش', 'ستة_عشر'),
    means('سبعطاش', 'سبعة_عشر'),
    means('تمنطاش', 'ثمانية_عشر'),
    means('تسعطاش', 'تسعة_عشر'),
    means('ميا', 'مئة'),
    means('نص', 'نصف'),
  ),
  wordList('maghrebi', 'verb', cite(S.harrellDictionary, S.caubet, S.marcais, S.singer),
    means('بغا', 'أراد'),
    means('بغيت', 'أريد'),
    means('يبغي', 'يريد'),
    means('باغي باغية باغيين', 'يريد أراد'), // MA: the participle, «شنو باغي؟» (what do you want?)
    means('حاب حابة حابين', 'يريد'), // DZ
    means('يحب', 'يريد'), // TN
    means('مشا', 'ذهب غادر'),
    means('يمشي', 'يذهب يغادر'), // also "leaves", as Egyptian مشي
    means('جا', 'جاء أتى'),
    means('يجي', 'يأتي'),
    means('شاف', 'رأى شاهد'),
    means('يشوف', 'يرى يشاهد'),
    means('صيفط سيفط', 'أرسل'), // MA
    means('يصيفط يسيفط', 'يرسل'),
    means('وقع', 'حدث'), // MA
    means('صرا', 'حدث'), // DZ
    means('ولى', 'أصبح'),
    means('دار', 'فعل'),
    means('يدير', 'يفعل'),
    means('خدا', 'أخذ'),
    means('ياخد', 'يأخذ'),
    means('عطا', 'أعطى'),
    means('جاب', 'أحضر جلب'),
    means('يجيب', 'يحضر يجلب'),
    means('بقا', 'بقي ظل'),
    means('لقا', 'وجد'),
    means('صاب', 'وجد'), // DZ, TN
    means('هضر هدر', 'تحدث'), // MA
    means('يهضر يهدر', 'يتحدث'),
    means('يقدر', 'يستطيع'),
    means('تقتل', 'قتل'), // MA passive
    means('تشد', 'اعتقل'), // MA "was arrested"
    means('شرا', 'اشترى'),
    means('شرد', 'هرب'),
    means('خدم', 'عمل'),
    means('يخدم', 'يعمل'),
    // Verbs of the news: power cuts, arrests, prices, staying, helping, attacks.
    means('طفا', 'أطفأ', 'content'), // MSA طفا "floated"
    means('يطفي', 'يطفئ'),
    means('شد', 'اعتقل', 'content'), // MA شدّوه: they arrested him; MSA شدّ "pulled" (يشد is left out: أشد "more")
    // The reader does not strip object pronouns: "they arrested him / them" is listed as typed.
    means('شدوه شدوها شدوهم', 'اعتقل'),
    means('غلا', 'ارتفع'), // of prices
    means('طلع', 'ارتفع صعد خرج'),
    means('رخص', 'انخفض', 'content'), // "became cheap"; MSA رخص is also "licences"
    means('طاح', 'سقط وقع'),
    means('يطيح', 'يسقط', 'content'), // MSA يطيح "topples"
    means('قعد', 'بقي ظل'), // TN, DZ
    means('واجدة واجدين', 'مستعدة مستعدين'), // MA "ready" (Harrell & Sobelman: wažed; the singular واجد is the Gulf's "a lot")
    means('عاون', 'ساعد'), // its imperfect يعاون is left out: تعاون "cooperation" would be read as it
    means('هجم', 'هاجم'),
  ),
  wordList('maghrebi', 'noun', cite(S.harrellDictionary, S.singer, S.marcais, S.madar),
    means('دراري', 'أطفال أولاد'),
    means('فلوس', 'أموال مال'),
    means('دراهم', 'أموال مال', 'content'), // MA, DZ "money"; MSA دراهم "dirhams"
    means('سومة', 'سعر ثمن'), // MA
    means('سوم', 'سعر ثمن'), // TN
    means('خدمة', 'عمل'),
    means('شوماج', 'بطالة'),
    means('بلاصة', 'مكان'),
    means('بلايص', 'أماكن'), // the plural
    means('عباد', 'ناس', 'content'), // "people"; MSA عباد "worshippers"
    // The state and its forces.
    means('مخزن', 'سلطات دولة', 'content'), // MA المخزن: the state, the authorities; MSA مخزن "warehouse"
    means('رايس', 'رئيس'), // TN, DZ
    means('بوليس لابوليس', 'شرطة'),
    means('بوليسي', 'شرطي', 'content'), // MA "policeman"; MSA بوليسي "detective (story)"
    means('بوليسية', 'شرطة شرطيين'), // MA "policemen"
    means('كوميسارية كوميساريا', 'مركز_الشرطة مفوضية_الشرطة'),
    means('جدارمية جادارمية', 'درك'), // MA, DZ
    means('عسكر', 'جيش جنود'),
    // Daily life and prices.
    means('ماكلة', 'طعام غذاء'),
    means('ليصانص ليسانص', 'بنزين وقود'), // "essence"; ليسانس "licence (degree)" is left out
    means('مازوط', 'ديزل وقود'), // MA
    means('غازوال', 'ديزل وقود'), // TN
    means('بوطا', 'غاز'), // MA "butane bottle"
    means('ضو', 'كهرباء ضوء'),
    means('الما', 'الماء المياه'),
    means('كرهبة', 'سيارة'), // TN
    means('كراهب', 'سيارات'), // TN
    means('طوموبيل طونوبيل', 'سيارة'), // MA
    means('طوبيس', 'حافلة'),
    means('تران', 'قطار'),
    means('زنقة', 'شارع'), // MA
    means('زناقي زنقات', 'شوارع'), // its plurals (MA, DZ)
    means('ديور', 'منازل'), // the singular دار is listed as the verb "did"
    means('دوار', 'قرية', 'content'), // MA "village"; MSA دوار "roundabout, dizziness"
    means('سبيطار', 'مستشفى'),
    means('خبار', 'أخبار'),
    means('بورطابل', 'هاتف جوال محمول'),
    means('تيليفون', 'هاتف'),
    means('كونيكسيون', 'إنترنت اتصال'),
    [...PHONE_AND_INTERNET],
    // Foreigners, migrants, fights and disorder.
    means('براني', 'أجنبي غريب'), // MA, DZ
    means('برانيين', 'أجانب غرباء'),
    means('قاوري كاوري', 'أجنبي أوروبي'), // MA گاوري, as typed with ق or ك
    means('حراقة', 'مهاجرين هجرة_سرية'), // "those who burn (the border)": irregular migrants
    means('سيبة', 'فوضى'), // MA
    means('عركة', 'شجار اشتباك'), // TN
  ),
];
