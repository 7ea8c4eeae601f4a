import type { AnalyzedToken } from './analyze.js';
import { inWordList } from './bare-word-forms.js';
import { normalizeArabic } from './normalize-arabic.js';
import { statesDemand, TOPIC_FAMILIES, topicFamilyNumber } from './topic-nouns.js';

// Words that announce the kind of thing a question asks for, so the sentence that holds it can be quoted first.
// General Arabic (and English/Russian) news vocabulary, written as in a grammar or style guide; normalised at load.

/**
 * Nouns that head a place name (مدينة نور سلطان، منطقة مانغيستاو), the compass points (غرب البلاد), and the buildings and
 * sites an event strikes (مراكز الشرطة، القواعد العسكرية، المطارات): "where did they attack?" and «ما المواقع التي
 * استهدفتها الهجمات؟» are answered by «هجمات… على المؤسسات الإدارية ومراكز الشرطة والقواعد العسكرية» (tuned probes +2,
 * every other set the same).
 */
const PLACE_HEADS = `مدينة مدينتي مدن منطقة مناطق إقليم أقاليم ولاية ولايات محافظة محافظات قرية قرى بلدة عاصمة العاصمة
  حي شارع ميدان ساحة مطار ميناء جزيرة جزر دولة دول بلد بلاد مقاطعة مركز حدود شمال جنوب شرق غرب وسط شمالي جنوبي
  شرقي غربي مطارات موانئ مراكز مبنى مباني مقر مقار مقرات قاعدة قواعد منشأة منشآت مؤسسات airport airports buildings
  headquarters city town region province capital village district north south east west городе городах области районе
  столице регионе севере юге востоке западе`;

/**
 * Titles and nouns that head a person's or organisation's name (الرئيس، وزير الخارجية، منظمة، وكالة), in the plural too:
 * «وكالات إنفاذ القانون» answers "who bears the burden: the CSTO or the Kazakh agencies?" as «منظمة…» would (our probes
 * +2 quotes tuned, +1 held out; every other set and ARCD the same).
 */
const AGENT_HEADS = `رئيس الرئيس رؤساء وزير وزيرة وزراء وزارة الوزارة وزارات الأمين متحدث المتحدث الناطق سفير السفير ملك الملك أمير
  الأمير شيخ الشيخ جنرال لواء اللواء عقيد العقيد قائد القائد زعيم الزعيم مدير المدير مسؤول المسؤول نائب النائب
  مندوب المندوب منظمة المنظمة هيئة الهيئة لجنة اللجنة مجلس المجلس حزب الحزب شركة الشركة وكالة الوكالة جامعة اتحاد
  جهاز قوات القوات جيش الجيش الشرطة حكومة الحكومة البرلمان الأمانة السلطات مصدر المصدر وكالات أجهزة هيئات منظمات لجان
  مجالس أحزاب شركات حكومات جيوش president minister ministry
  spokesman agency organization organisation council committee government army police officials президент министр
  министерство агентство организация совет комитет правительство армия полиция`;

/**
 * Groups of people named by what they are (طلاب الأكاديمية، سكان ألماتي، residents, студенты): who did something or had
 * it done to them, as a title or an organisation is («إنهم يقاتلون مع طلاب الأكاديمية» for "who were they fighting?").
 * Our probes +3 quotes −1 (+2 held out), ARCD +1 quote, every other set the same. Groups and gangs too («استغلت الجماعات
 * الإرهابية…» for "who hijacked the protests?"): probes +3 quotes tuned, +6 held out, every other set and ARCD the same.
 */
const PEOPLE_GROUPS = `طلاب الطلاب سكان السكان مواطنون مواطنو مواطني المواطنين المواطنون جنود الجنود ضباط الضباط مظليين المظليين
  المظليون عمال العمال متظاهرون المتظاهرون المتظاهرين متظاهرين محتجون المحتجون المحتجين محتجين residents students citizens
  soldiers officers paratroopers protesters workers жители жителей студенты студентов граждане граждан солдаты офицеры
  десантники протестующие рабочие جماعة الجماعة جماعات الجماعات مجموعة المجموعة مجموعات المجموعات عصابة العصابة عصابات
  العصابات group groups gang gangs группа группы группировка группировки банда банды`;

/**
 * Words that give a cause or purpose (بسبب، لأن، بهدف، لمنع، احتجاجا على، على خلفية، the purpose ل of لتحقيق، للحصول,
 * and the verbs of aiming: كانوا يهدفون إلى…، سعوا إلى…).
 */
const CAUSE_WORDS = `بسبب لأن لان لأنه لانه لأنها لأنهم نتيجة نتيجه بهدف هدفها هدفه الهدف بغية لمنع لمنعه أجل لأجل احتجاجا
  احتجاجًا خلفية إثر اثر جراء بفعل نظرا نظرًا بداعي بحجة بذريعة لكي كي أدى أدت مما سبب أسباب دوافع دافع للحد للتصدي
  لضمان لحماية للسيطرة للرد بسببه لتحقيق للحصول لمساعدة لمواجهة لتعزيز لدعم لإعادة لمكافحة لاستعادة لوقف
  يهدف يهدفون تهدف يهدفان هدفوا سعى سعوا يسعى يسعون تسعى سعت aimed aiming sought стремились добивались
  because due cause reason purpose prevent
  потому поскольку чтобы причина цель
  ضد اعتراضا رفضا تنديدا للمطالبة مطالبين طالب طالبوا against demanding protesting против требуя`;

/** Days of the week: "يوم الإثنين" answers "when" in news text, which gives days more often than dates. */
// Arabic only with the article: أحد is also "one", اثنين "two", جمعة a name.
const WEEKDAYS = `السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة monday tuesday wednesday thursday friday saturday sunday понедельник вторник среда четверг пятница суббота
  воскресенье`;

/**
 * Words that tell a multiple (مضاعفة، ضعفين، doubled, вдвое): the answer to "by how many times…?" («во сколько раз
 * подорожал газ?»), which a price's doubling answers with no number written.
 */
const MULTIPLIERS = `ضعف ضعفا ضعفين أضعاف مضاعفة مضاعف تضاعف تضاعفت تضاعفا يتضاعف تتضاعف ضاعف ضاعفت double doubled doubling twice
  triple tripled twofold threefold вдвое втрое вчетверо впятеро вдесятеро удвоение удвоились удвоилась удвоился удвоить
  удвоили утроение утроились`;

/**
 * Where something is said or published: social networks and their pages, statements, interviews, speeches, press
 * conferences, broadcasters, agencies and papers (على فيسبوك، في بيان، في مقابلة مع…، عبر قناته). The answer to "where
 * did X announce it?" («كتب باشينيان على فيسبوك»), which names no place.
 */
const MEDIA = `فيسبوك الفيسبوك فيس بوك تويتر التويتر تغريدة تغريدات إكس تلغرام تليغرام تيليجرام التلغرام إنستغرام انستغرام
  انستجرام يوتيوب منصة منصات المنصة صفحة صفحته صفحتها حساب حسابه حسابها قناة القناة قناته قناتها بيان البيان بيانه بيانها
  مقابلة مقابلته حوار خطاب خطابه كلمة كلمته مؤتمر المؤتمر تلفزيون التلفزيون إذاعة الإذاعة وكالة الوكالة صحيفة الصحيفة
  جريدة الجريدة موقع موقعه facebook twitter tweet telegram instagram youtube platform page account channel statement
  interview speech address conference tv television radio agency newspaper website фейсбук фейсбуке твиттер твиттере
  телеграм телеграме телеграм-канале канале странице аккаунте заявлении интервью выступлении обращении пресс-конференции
  телевидению радио агентству газете сайте`;

function listOf(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map((w) => normalizeArabic(w).toLowerCase()));
}

/**
 * Words saying something lasts a while, not for good (مؤقتا، على أساس مؤقت، لفترة محدودة، temporarily, временно): how
 * the documents answer "how long will they stay?" when they give no count.
 */
const TEMPORARY = `مؤقت مؤقتا مؤقتة محدودة محدود temporary temporarily временно временный временная ограниченный ограниченное`;

const PLACE_HEAD_SET = listOf(PLACE_HEADS);
const TEMPORARY_SET = listOf(TEMPORARY);
const AGENT_HEAD_SET = listOf(`${AGENT_HEADS} ${PEOPLE_GROUPS}`);
const MEDIA_SET = listOf(MEDIA);
const CAUSE_SET = listOf(CAUSE_WORDS);
const WEEKDAY_SET = listOf(WEEKDAYS);
const MULTIPLIER_SET = listOf(MULTIPLIERS);

/** Whether the token's normalised form, or a bare form of it (و، ال… off), is in the list. */
function isListed(token: AnalyzedToken, list: ReadonlySet<string>): boolean {
  return list.has(token.normalized) || (token.script === 'arabic' && inWordList(token.normalized, list));
}

/** Marks (1) the tokens whose normalised form, or a bare form of it, is in the list. */
function markListed(tokens: readonly AnalyzedToken[], list: ReadonlySet<string>): Float32Array {
  const marks = new Float32Array(tokens.length);
  tokens.forEach((token, i) => {
    if (isListed(token, list)) marks[i] = 1;
  });
  return marks;
}

/** Marks words that head a place name or give a direction (مدينة، منطقة، غرب). */
export function markPlaceHeads(tokens: readonly AnalyzedToken[]): Float32Array {
  return markListed(tokens, PLACE_HEAD_SET);
}

/** Marks titles and organisation nouns that head a person's or an organisation's name (الرئيس، وزارة، وكالة). */
export function markAgentHeads(tokens: readonly AnalyzedToken[]): Float32Array {
  return markListed(tokens, AGENT_HEAD_SET);
}

/** Marks words naming where something is said or published (فيسبوك، بيان، مقابلة: see MEDIA). */
export function markMedia(tokens: readonly AnalyzedToken[]): Float32Array {
  return markListed(tokens, MEDIA_SET);
}

/** Prepositions of direction whose object is a recipient: MSA إلى. */
const TO_PREPOSITIONS = listOf('إلى');

/**
 * Marks the word after each preposition of direction: «أرسل مذكرة إلى الدول الأعضاء» names whom it was sent to. Not a
 * function word after it: «تجدر الإشارة إلى أن…» ("it should be noted that") opens a clause.
 */
export function markRecipients(tokens: readonly AnalyzedToken[]): Float32Array {
  const marks = new Float32Array(tokens.length);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (TO_PREPOSITIONS.has(tokens[i]!.normalized) && !tokens[i + 1]!.stop) marks[i + 1] = 1;
    // A verb of addressing takes its addressee as its object, after the subject an Arabic verb puts first: «خاطب رئيس
    // مجلس الأمن مواطني الدولة». The words the question names (the speaker) are not counted as the answer.
    if (isListed(tokens[i]!, ADDRESSING_VERBS)) markContentWordsAfter(tokens, i, ADDRESSEE_REACH, marks);
  }
  return marks;
}

/** Marks (1) the first `reach` content words after the word at i: a verb's subject and object, as Arabic orders them. */
function markContentWordsAfter(tokens: readonly AnalyzedToken[], i: number, reach: number, marks: Float32Array): void {
  for (let j = i + 1, words = 0; j < tokens.length && words < reach; j++) if (!tokens[j]!.stop) { marks[j] = 1; words++; }
}

/** Marks (1) the first `reach` content words after each word of the list: what a verb of using or setting up governs. */
function markWordsAfterListed(tokens: readonly AnalyzedToken[], list: ReadonlySet<string>, reach: number): Float32Array {
  const marks = new Float32Array(tokens.length);
  for (let i = 0; i + 1 < tokens.length; i++) if (isListed(tokens[i]!, list)) markContentWordsAfter(tokens, i, reach, marks);
  return marks;
}

/**
 * Words that introduce the means something is done with: «باستخدام تشكيلات مسلحة» (using), «بواسطة» (by means of),
 * and the verb of using, whose object follows its subject (واستخدمت الشرطة الغاز).
 */
const MEANS_WORDS = listOf('باستخدام واستخدام استخدام بواسطة مستخدما مستخدمين مستخدمة باستعمال استعمال استخدمت استخدم واستخدمت واستخدم استعملت استعمل يستخدم تستخدم يستعمل تستعمل');
/** How many words after a word of using may name the means, past a subject of up to two words. */
const MEANS_REACH = 3;

/** Marks the words after a word of using (see MEANS_WORDS): the answer of "by what means?", "what did they use?". */
export function markMeans(tokens: readonly AnalyzedToken[]): Float32Array {
  return markWordsAfterListed(tokens, MEANS_WORDS, MEANS_REACH);
}

/** Words that say what a thing is or holds (normalised): هي، هو، كانت، تتمثل، تكمن، يشمل; is, was, includes; это, был. */
const COPULA = /^(?:[وف]?(?:هي|هو|كانت|كان|تتمثل|يتمثل|ستتمثل|سيتمثل|تكمن|يكمن|يشمل|تشمل|سيشمل|ستشمل)|is|was|were|are|include|includes|это|был|была|было|были|включает|включают)$/;
/** How many words before and after a noun a copula may stand and say what it is («كانت القضية المعروضة على المجلس هي…»). */
const COPULA_BEFORE = 2;
const COPULA_AFTER = 5;

/** Whether a copula stands near the token at `at`: the passage says what that word's thing is. */
export function statesWhatItIs(tokens: readonly AnalyzedToken[], at: number): boolean {
  for (let k = Math.max(0, at - COPULA_BEFORE); k <= Math.min(tokens.length - 1, at + COPULA_AFTER); k++) if (k !== at && COPULA.test(tokens[k]!.normalized)) return true;
  return false;
}

/**
 * Marks each topic noun a copula stands by (statesWhatItIs) with its family (1 + its index in TOPIC_FAMILIES), 0
 * elsewhere: the passage says what the issue or the tasks were («كانت القضية المعروضة على المجلس هي…»).
 */
export function markStatedTopics(tokens: readonly AnalyzedToken[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  tokens.forEach((token, i) => {
    const family = topicFamilyNumber(token.normalized);
    if (family && statesWhatItIs(tokens, i)) marks[i] = family;
    else if (statesDemand(tokens, i)) marks[i] = TOPIC_FAMILIES.indexOf('demands') + 1;
  });
  return marks;
}

/**
 * Words of setting something up (normalised), whose object is what was set up: «أقوم بإنشاء مقر لمكافحة الإرهاب»،
 * «بتشكيل فريق تحقيق», "set up a headquarters", «создать штаб». Not «تشكيلات» (formations), a noun of its own.
 */
const CREATING_WORDS = listOf(`إنشاء بإنشاء وإنشاء أنشأ أنشأت ينشئ تنشئ تأسيس بتأسيس أسس أسست يؤسس تؤسس استحداث باستحداث استحدث
  تشكيل بتشكيل وتشكيل شكل شكلت يشكل تشكل establish established establishing create created creating formed forming
  создать создал создали создаю создан сформировать сформировал учредить учредил`);
/** How many words after a word of setting up may name what was set up, past a subject of up to two words. */
const CREATION_REACH = 3;

/** Whether the token is a word of setting up (see CREATING_WORDS). */
export function isCreatingWord(token: AnalyzedToken): boolean {
  return isListed(token, CREATING_WORDS);
}

/** Marks the words after a word of setting up (see CREATING_WORDS): the answer of "what body did X set up?". */
export function markCreations(tokens: readonly AnalyzedToken[]): Float32Array {
  return markWordsAfterListed(tokens, CREATING_WORDS, CREATION_REACH);
}

/** Verbs of addressing: خاطب، ناشد in their past and present. */
const ADDRESSING_VERBS = listOf('خاطب خاطبت يخاطب تخاطب ناشد ناشدت يناشد تناشد');
/** How many words after a verb of addressing may be its addressee, past a subject of up to three words. */
const ADDRESSEE_REACH = 4;

/** Marks words that give a cause or purpose (بسبب، لأن، بهدف، لمنع، على خلفية). */
export function markCauses(tokens: readonly AnalyzedToken[]): Float32Array {
  return markListed(tokens, CAUSE_SET);
}

/** Marks words that tell a multiple (مضاعفة، doubled, вдвое). */
export function markMultipliers(tokens: readonly AnalyzedToken[]): Float32Array {
  return markListed(tokens, MULTIPLIER_SET);
}

/** Marks days of the week (الإثنين، Monday, понедельник). */
export function markWeekdays(tokens: readonly AnalyzedToken[]): Float32Array {
  return markListed(tokens, WEEKDAY_SET);
}

/** Marks words saying something lasts a while (see TEMPORARY). */
export function markTemporary(tokens: readonly AnalyzedToken[]): Float32Array {
  return markListed(tokens, TEMPORARY_SET);
}
