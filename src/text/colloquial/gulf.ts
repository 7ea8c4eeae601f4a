import { GULF_IRAQI_TEENS } from './gulf-iraqi-teens.js';
import { PHONE_AND_INTERNET } from './loanwords.js';
import { cite, fn, means, question, SOURCES as S, wordList, type WordList } from './word-list.js';

/**
 * Gulf Arabic: Kuwait, Bahrain, Qatar, the Emirates, Oman and eastern and central Saudi Arabia (Holes 1990;
 * Qafisheh 1977 and his dictionary), spellings after the Gulf CODA (Khalifa et al. 2016). چ and گ, which Gulf
 * writers use for the affricate k and the g of ق, are folded by the reader (read-colloquial.ts), so چذي and گال
 * are listed as كذي / قال spell them.
 */
export const GULF: readonly WordList[] = [
  wordList('gulf', 'interrogative', cite(S.holes1990, S.qafisheh, S.codaGulf),
    question('what', 'إيش وش ويش وشو شنو شنهو شنهي شو', 'ماذا ما'),
    question('what', 'ماهو ماهي', 'ما_هو', 'function'), // also "is not" (ماهو بعيد)
    question('why', 'ليش', 'لماذا'),
    question('why', 'ليه', 'لماذا', 'function'), // also "to him",
    question('where', 'وين وينه وينها', 'أين'),
    question('where', 'لوين', 'إلى_أين'),
    question('where', 'منين', 'من_أين'),
    question('when', 'متى شمتى', 'متى'),
    question('how-many', 'كم', 'كم'),
    question('how-many', 'بكم', 'كم', 'function'), // also MSA "with you"
    question('how-many', 'جم', 'كم', 'content'), // Kuwaiti (چم); جمّ is also MSA "abundant"
    question('how-many', 'شكثر', 'كم'),
    question('who', 'منو مين', 'من'),
    question('how', 'شلون وشلون كيف', 'كيف'),
    question('which', 'أي', 'أي', 'function'),
    question('which', 'انهو انهي', 'أي'),
  ),
  wordList('gulf', 'pronoun', cite(S.holes1990, S.qafisheh),
    fn('إحنا حنا', 'نحن'),
    fn('إنت', 'أنت'),
    fn('إنتي', 'أنت'),
    fn('إنتو إنتم', 'أنتم'),
    fn('همه', 'هم'),
  ),
  wordList('gulf', 'demonstrative', cite(S.holes1990, S.qafisheh, S.codaGulf),
    fn('هذا هاذا ذا', 'هذا'),
    fn('هذي هاذي', 'هذه'),
    fn('هذول هذولا هذولي هاذول ذول ذولا هذيل', 'هؤلاء'),
    fn('ذاك هذاك هاذاك', 'ذلك'),
    fn('ذيك هذيك هاذيك', 'تلك'),
    fn('ذولاك هذوليك', 'أولئك'),
    fn('هالشي', 'هذا'), // هالـ + شي, "this thing"
  ),
  wordList('gulf', 'relative', cite(S.holes1990, S.codaGulf),
    fn('اللي الي', 'الذي التي الذين'),
  ),
  wordList('gulf', 'negation', cite(S.holes1990, S.qafisheh, S.brustad),
    fn('مب موب مهب مهوب', 'ليس'), // مب: Emirati; مهب / مهوب: Saudi
    fn('مو', 'ليس'), // Kuwaiti, Bahraini
    fn('محد ماحد', 'لا_أحد'),
  ),
  wordList('gulf', 'existential', cite(S.holes1990, S.brustad),
    fn('فيه في', 'يوجد هناك'),
    fn('مافي مافيه', 'لا_يوجد'),
    fn('أكو', 'يوجد'), // Kuwaiti, as in Iraq
    fn('ماكو', 'لا_يوجد'),
  ),
  wordList('gulf', 'aspect', cite(S.holes1990, S.qafisheh),
    // قاعد / جالس + imperfect: progressive; بـ + imperfect: future (joined: بيروح "he will go"); راح: future.
    fn('قاعد قاعدة قاعدين', 'ما_زال'),
    fn('جالس جالسة جالسين', 'ما_زال', 'content'), // جالس is also MSA "sitting"
    fn('راح رح', 'سوف ذهب'),
  ),
  wordList('gulf', 'conjunction', cite(S.holes1990, S.qafisheh, S.qafishehDictionary),
    fn('عشان علشان', 'لأن من_أجل'),
    fn('لأنه', 'لأن'),
    fn('بس', 'لكن فقط'),
    fn('يعني', 'أي'),
    fn('يلا', ''),
    fn('طيب', 'حسنا', 'content'),
    fn('خلاص', 'انتهى'),
    fn('ولا', 'أم أو'),
    fn('لين', 'حتى'),
    fn('عقب', 'بعد'),
    fn('ترى', '', 'content'), // the particle ترى "mind you"; also "you see"
    fn('عاد', '', 'content'), // the particle عاد "then, so"; also "he returned"
    fn('زي', 'مثل'),
    fn('والله', ''),
  ),
  wordList('gulf', 'preposition', cite(S.holes1990, S.qafisheh),
    fn('ويا وياه وياها وياهم وياي ويانا وياك وياكم', 'مع'),
    fn('حق حقت حقه حقها حقهم حقي', 'ل', 'content'), // حق is also "right"
    fn('عندج', 'عندك'),
    fn('عندي عنده عندها عندنا عندكم عندهم', 'لدى'),
    fn('جدام', 'أمام'),
    fn('ورا', 'وراء'),
    fn('جوا', 'تحت'),
    means('بره', 'خارج'), // as Egyptian بره: MSA's خارج is a content word too
  ),
  wordList('gulf', 'adverb', cite(S.holes1990, S.qafisheh, S.qafishehDictionary),
    means('الحين', 'الآن', 'content'), // MSA's الحين is "the time" (منذ ذلك الحين)
    means('الحينه ذحين ذالحين هالحين', 'الآن'),
    fn('توه توها توهم', 'للتو'),
    fn('هني هنيه هنيا', 'هنا'),
    fn('هناك هناكه هنياك', 'هناك'),
    fn('وايد واجد', 'كثيرا جدا'),
    fn('حيل', 'جدا', 'content'), // حيل is also "tricks"
    fn('مرة', 'جدا', 'content'), // مرة is also "once"
    fn('بعد', 'أيضا لا_يزال'),
    fn('كذا كذي جذي جذيه كذيه', 'هكذا'),
    fn('يمكن', 'ربما'),
    fn('يجوز', 'ربما', 'content'),
    fn('للحين', 'حتى_الآن'),
    fn('بعده', 'لا_يزال'),
    fn('دوم', 'دائما'),
    fn('بروحه بروحها بروحهم', 'وحده'),
    fn('أكيد', 'بالتأكيد'),
  ),
  wordList('gulf', 'quantity', cite(S.holes1990, S.qafishehDictionary),
    fn('شوي شوية', 'قليل'),
    fn('شي', 'شيء'),
    fn('كلهم كله', 'كل'),
  ),
  wordList('gulf', 'time', cite(S.qafishehDictionary),
    means('باجر باكر', 'غدا'),
    means('البارحة', 'أمس'),
  ),
  wordList('gulf', 'number', cite(S.holes1990, S.qafisheh),
    means('ثنين', 'اثنان اثنين'),
    means('ثنعش', 'اثنا_عشر'),
    [...GULF_IRAQI_TEENS],
    means('ميتين', 'مئتين'),
    means('نص', 'نصف'),
  ),
  wordList('gulf', 'verb', cite(S.holes1990, S.qafishehDictionary),
    means('أبغى أبي أبا', 'أريد'),
    means('يبغى يبي يبا', 'يريد'),
    means('تبغى تبي تبا', 'تريد'),
    means('نبغى نبي', 'نريد'),
    means('بغى', 'أراد'),
    means('ودي', 'أود أريد'),
    means('جا جات', 'جاء أتى'),
    means('ييي', 'يأتي'), // Emirati and Kuwaiti y for j
    means('شاف', 'رأى شاهد'),
    means('يشوف', 'يرى يشاهد'),
    means('شايف شايفة شايفين', 'يرى يعتبر'), // the participle: «هو شايف إن…», he thinks that…
    means('دز', 'أرسل'),
    means('يدز', 'يرسل'),
    means('طرش', 'أرسل'),
    means('صار', 'حدث أصبح'),
    means('يصير', 'يحدث يصبح'),
    means('سوى', 'فعل'),
    means('يسوي', 'يفعل'),
    means('خذ', 'أخذ'),
    means('عطى', 'أعطى'),
    means('جاب', 'أحضر جلب'),
    means('يجيب', 'يحضر يجلب'),
    means('قعد', 'بقي ظل'),
    means('درى', 'عرف علم'),
    means('يدري', 'يعرف'),
    means('كال', 'قال'),
    means('حصل', 'وجد حدث'), // "found" in the Gulf, "happened" in Egypt
    means('لقى', 'وجد'),
    means('طلع', 'خرج صعد غادر'), // also "left" (طلعوا من البلد)
    means('يطلع', 'يخرج يصعد يغادر'),
    means('بدت', 'بدأت', 'content'), // "she started" without the hamza; MSA بدت "seemed"
    means('سولف', 'تحدث'),
    means('يسولف', 'يتحدث'),
    means('يقدر', 'يستطيع'),
    means('انقتل', 'قتل'),
    means('انطر', 'انتظر'),
    means('شرى', 'اشترى'),
    // Verbs of the news: power cuts, arrests, prices, entering and fleeing, fights.
    means('طفى', 'أطفأ'),
    means('يطفي', 'يطفئ'),
    means('يطرش', 'يرسل'),
    means('مسك', 'اعتقل أمسك قبض', 'content'), // MSA مسك is also "musk"
    means('يمسك', 'يعتقل', 'content'), // MSA يمسك "holds"
    // The reader does not strip object pronouns: "they arrested him / them" is listed as typed.
    means('مسكوه مسكوهم لزموه لزموهم', 'اعتقل أمسك قبض'), // لزم "catch": its bare forms are MSA "be necessary"
    means('غلا', 'ارتفع'), // of prices: غلت الأسعار
    means('نزل', 'انخفض تراجع', 'content'), // of prices; MSA نزل "went down, stayed"
    means('ينزل', 'ينخفض يتراجع', 'content'),
    means('رخص', 'انخفض', 'content'), // "became cheap"; MSA رخص is also "licences"
    means('طاح', 'سقط وقع'),
    means('يطيح', 'يسقط', 'content'), // MSA يطيح "topples"
    means('دش', 'دخل'),
    means('يدش', 'يدخل'),
    means('انحاش', 'هرب فر'),
    means('يتهاوش', 'يتشاجر يشتبك يقاتل'),
    means('تهاوش', 'تشاجر اشتبك قاتل'), // as Egyptian اتخانق: a fight is also a battle's (يقاتلون)
    means('هجم', 'هاجم'),
    // "Came to blows": MSA تضارب is "contradicted, clashed (of interests)".
    means('تضارب', 'تشاجر اشتبك قاتل', 'content'),
    means('يتضارب', 'يتشاجر يشتبك يقاتل', 'content'),
    means('طق', 'ضرب'), // "hit, shot" (طقوه)
    means('يطق', 'يضرب'),
  ),
  wordList('gulf', 'noun', cite(S.qafishehDictionary, S.holes1990, S.madar),
    means('بيزات بيسات', 'أموال'),
    means('فلوس', 'أموال مال'),
    means('معاش', 'راتب', 'content'), // "salary"; MSA معاش "pension"
    means('شغل', 'عمل'),
    means('عيال', 'أطفال أولاد'),
    means('بزران', 'أطفال'),
    means('رياييل', 'رجال'), // the singular ريال "man" is left out: it is also the currency
    means('عساكر', 'جنود'), // the singular عسكري is left out: it is MSA "military"
    // Daily life.
    means('موتر', 'سيارة'),
    means('موترات', 'سيارات'),
    means('باص', 'حافلة'),
    means('بيت', 'منزل'),
    means('بيوت', 'منازل'),
    means('فريج', 'حي'),
    means('فرجان', 'أحياء'),
    means('كهربا', 'كهرباء'),
    means('زحمة', 'ازدحام'),
    // Fights and thieves.
    means('هوشة', 'شجار اشتباك'),
    means('عركة', 'شجار اشتباك'),
    means('حرامي', 'لص سارق'),
    [...PHONE_AND_INTERNET],
  ),
];
