import { describe, expect, it } from 'vitest';
import { amountVerbIndex, asksWhoHeads, asksForClockTime, asksForCreation, topicNounIndex, isNamedByVerb, asksWhichCountry, existentialHappenedIndex, isAttributedSource, verbBeforeInfinitiveIndex, askedTimeNounIndex, asksForList, attributionClauseIndexes, asksForDuration, asksForMedium, asksForRecipient, asksForMeans, asksHowTo, happenedToIndex, isExpectationMarker, asksForRatio, asksForEndDate, asksForPast, asksForStartDate, beginWordIndex, countryListNounIndex, countedWordIndex, memberBesideCountryNounIndex, nameAskedLastIndex, frameNounIndex, isWhoIsTitle, lastingVerbIndex, namingVerbIndex, officialAccountIndexes, placeListNounIndex, questionForm, roleWordIndexes, sayingVerbIndex, suddenWordIndexes, topicPrepositionIndex } from '../../src/search/question-form.js';
import { analyze } from '../../src/text/analyze.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

const formOf = (question: string) => questionForm(analyze(question));
/** Whether the question asks for the holder of a title (isWhoIsTitle over its analysed words). */
const asksHolder = (question: string) => isWhoIsTitle(analyze(question).map((t) => t.normalized));

describe('questionForm', () => {
  it('reads "when" questions as time', () => {
    expect(formOf('متى ولد جمال خاشقجي؟')).toBe('time');
    expect(formOf('ومتى غادر السعودية؟')).toBe('time');
    expect(formOf('When did the protests start?')).toBe('time');
    expect(formOf('How long did the protests last?')).toBe('time');
    expect(formOf('Как долго продлится ЧП?')).toBe('time');
    expect(formOf('Сколько ещё будет длиться ЧП?')).toBe('time');
    expect(formOf('Когда начались протесты?')).toBe('time');
  });

  it('reads a yes-no question followed by "how many?" as asking for the count', () => {
    expect(formOf('هل قتل أحد من الشرطة؟ وكم عددهم؟')).toBe('quantity');
    expect(formOf('did the tenge fall? by how much?')).toBe('quantity');
    expect(formOf('Были ли раненые? Сколько?')).toBe('quantity');
    expect(formOf('هل قتل أحد من الشرطة؟')).toBe('yesno');
  });

  it('reads a yes-no question closed by "when?", "where?" or "why?" as asking that', () => {
    expect(formOf('هل ستغادر قوات حفظ السلام كازاخستان؟ ومتى؟')).toBe('time');
    expect(formOf('did the protests spread to other cities? where?')).toBe('place');
    expect(formOf('هل قطعوا الانترنت؟ ليش؟')).toBe('reason');
    // "When" earlier in it is the conjunction of a clause.
    expect(formOf('did the protests go on when the government resigned?')).toBe('yesno');
  });

  it('reads an interrogative joined to its preposition as what it asks: ممن/عمن/بمن/فيمن who, حتامَ when', () => {
    expect(formOf('ممن طلب توكاييف المساعدة؟')).toBe('agent');
    expect(formOf('عمّن تحدث البيان؟')).toBe('agent');
    expect(formOf('حتامَ تستمر حالة الطوارئ؟')).toBe('time');
  });

  it('reads a dialect\'s "how many" after a noun of a date as "which day": يوم كام، بتاريخ كم', () => {
    expect(formOf('توكايف امر بعمليه مكافحة الارهب يوم كام؟')).toBe('time');
    expect(formOf('المظاهرات بلشت بتاريخ كم؟')).toBe('time');
    expect(formOf('الطوارئ لحد يوم كام؟')).toBe('time');
    // Before the noun it counts them, and an hour is no date the documents give.
    expect(formOf('كام يوم استمرت الطوارئ؟')).toBe('quantity');
    expect(formOf('حظر التجول كان بيبدأ الساعة كام؟')).toBe('quantity');
  });

  it('reads "in which year/day" and "what is the date" questions as time', () => {
    expect(formOf('في أي عام أسست إمارة شرق الأردن؟')).toBe('time');
    expect(formOf('ما هو تاريخ ميلاد دونالد ترامب؟')).toBe('time');
    expect(formOf('ما موعد انتهاء حالة الطوارئ؟')).toBe('time');
  });

  it('reads "how many" and "what is the number/share/area" questions as quantity', () => {
    expect(formOf('كم عدد سكان الصين؟')).toBe('quantity');
    expect(formOf('في كم دولة تمتد العائلة؟')).toBe('quantity');
    expect(formOf('ما عدد سكان الصين؟')).toBe('quantity');
    expect(formOf('ما هي نسبة المصابين؟')).toBe('quantity');
    expect(formOf('How many soldiers were sent?')).toBe('quantity');
    // "What price" asks for an amount, as «ما سعر…؟» does.
    expect(formOf('What price was gas lowered to?')).toBe('quantity');
    expect(formOf('До какой цены снизили газ?')).toBe('quantity');
    expect(formOf('ما ثمن لتر الغاز بعد الزيادة؟')).toBe('quantity');
    expect(formOf('ما تكلفة إصلاح المباني؟')).toBe('quantity');
    expect(formOf('Сколько миротворцев?')).toBe('quantity');
    expect(formOf('What was the total number of troops?')).toBe('quantity');
    expect(formOf('What is the population of Kazakhstan?')).toBe('quantity');
    expect(formOf('Каково количество миротворцев?')).toBe('quantity');
    // "How many" where the number goes, as chats put it; after a preposition كم is "a few".
    expect(formOf('الناس اللي اتصابو كم واحد؟')).toBe('quantity');
    expect(formOf('القتلى كانوا كم؟')).toBe('quantity');
  });

  it('reads "how much time" and "how much will they stay" as "how long", a time question; "how many days" as a count', () => {
    for (const question of ['كم من الوقت ستبقى القوات في كازاخستان؟', 'قديش رح تضل القوات؟', 'how much time will the peacekeepers stay?', 'Сколько времени пробудут миротворцы?']) {
      expect(formOf(question), question).toBe('time');
      expect(asksForEndDate(analyze(question)), question).toBe(true);
    }
    expect(formOf('كم يوم ستبقى القوات؟')).toBe('quantity');
    expect(formOf('how many days will the state of emergency last?')).toBe('quantity');
    // How long something lasted, which the documents may not tell, is asked as a count still.
    expect(formOf('كم دامت مدة انقطاع الإنترنت؟')).toBe('quantity');
  });

  it('reads "what/who is X" questions as definitions', () => {
    expect(formOf('ما هو السل؟')).toBe('definition');
    expect(formOf('من هي شاكيرا؟')).toBe('definition');
    expect(formOf('من هم الدروز؟')).toBe('definition');
    expect(formOf('ماهو الجرب؟')).toBe('definition');
    expect(formOf('ما تعريف العلوية؟')).toBe('definition');
    expect(formOf('What is the CSTO?')).toBe('definition');
    expect(formOf('Что такое ОДКБ?')).toBe('definition');
  });

  it('reads "tell me about X" as asking what X is', () => {
    expect(formOf('tell me about the csto')).toBe('definition');
    expect(formOf('Расскажи про ОДКБ')).toBe('definition');
    expect(formOf('احكيلي عن منظمة معاهدة الأمن الجماعي')).toBe('definition');
    expect(formOf('tell me when it started')).not.toBe('definition');
  });

  it('reads "who was at…", "who is behind…" and "who was responsible" as asking who, not as definitions', () => {
    expect(formOf('who was at the security council meeting on jan 6?')).toBe('agent');
    expect(formOf('who is behind the attacks')).toBe('agent');
    // …typed as chats do, "is" run on: whos, wheres, hows.
    expect(formOf('whos behind the attacks')).toBe('agent');
    expect(formOf('wheres the csto hq')).toBe('place');
    expect(formOf('hows the situation in almaty')).toBe('manner');
    expect(formOf('who was responsible for the riots?')).toBe('agent');
    expect(formOf('who is the secretary general?')).not.toBe('other');
    expect(formOf('who was tokayev before he became president?')).toBe('definition');
  });

  it('reads "who was doing…" and "what is happening…" as asking who did it or what happens, not as definitions', () => {
    expect(formOf('who was commanding the CSTO force on the ground?')).toBe('agent');
    expect(formOf('who is doing most of the fighting?')).toBe('agent');
    expect(formOf('whats going on in almaty')).toBe('other');
    expect(formOf('who was nazarbayev?')).toBe('definition');
    expect(formOf('what is the thing they seized?')).toBe('definition');
  });

  it('reads a chat\'s "what\'s X say…?" as "what does X say", not as a definition', () => {
    expect(formOf("what's tokayev say his duty is?")).toBe('other');
    expect(formOf('whats the foreign ministry say about the protesters')).toBe('other');
    expect(formOf("what's the csto?")).toBe('definition');
  });

  it('reads «من هم ال… الذين…؟» as asking who they were, and «من هو X؟» still as asking what X is', () => {
    expect(formOf('من هم المسؤولون الذين حضروا الاجتماع؟')).toBe('agent');
    expect(formOf('مين هم الوزراء اللي شاركوا في الجلسة؟')).toBe('agent');
    expect(formOf('من هو باشينيان؟')).toBe('definition');
    expect(formOf('من هم الإرهابيون؟')).toBe('definition');
  });

  it('reads "what is <organisation> <name>" as a definition, and "what is the organisation that…" as agent', () => {
    expect(formOf('ما هي منظمة معاهدة الأمن الجماعي؟')).toBe('definition');
    expect(formOf('ما هي وكالة سبوتنيك؟')).toBe('definition');
    expect(formOf('ما هي المنظمة التي أرسلت القوات؟')).toBe('agent');
    // A place noun asks which place: the capital of Iran.
    expect(formOf('ما هي عاصمة إيران؟')).toBe('place');
    // A title after "what is" stays a (clumsy) "who".
    expect(formOf('ما هو رئيس كازاخستان؟')).toBe('agent');
  });

  it('reads a dialect "what" as MSA ما: with a copula a definition, with a frame noun what the noun asks', () => {
    expect(formOf('شو هي منظمة الأمن الجماعي؟')).toBe('definition');
    expect(formOf('ايش هو الغاز المسال')).toBe('definition');
    expect(formOf('شو سبب الاحتجاجات')).toBe('reason');
    expect(formOf('ايش عدد القتلى')).toBe('quantity');
  });

  it('reads an English or Russian interrogative left at the end of a chat question', () => {
    expect(formOf('the emergency lasts until when')).toBe('time');
    expect(formOf('protests started where?')).toBe('place');
    expect(formOf('протесты начались когда?')).toBe('time');
    expect(formOf('internet was cut why')).toBe('reason');
    // "how" at the end is no question of manner ("and how"), nor is a lone word.
    expect(formOf('they did it and how')).toBe('other');
    expect(formOf('when')).toBe('time');
  });

  it('reads a Russian interrogative that chat puts after the subject, wherever it stands', () => {
    expect(formOf('режим чп до какого числа')).toBe('time');
    // «какое число» is "what date", in any place: the date is asked, not a number.
    expect(formOf('день траура на какое число объявили')).toBe('time');
    expect(formOf('На какое число объявили день траура?')).toBe('time');
    expect(formOf('а в каком городе у них там всё началось')).toBe('place');
    expect(formOf('а протесты из-за чего начались')).toBe('reason');
    expect(formOf('а силовиков в итоге сколько погибло')).toBe('quantity');
    expect(formOf('ну а миротворцы одкб в итоге когда уйдут')).toBe('time');
    // когда as the conjunction "when", in a question "what" opens, asks no date.
    expect(formOf('что было в алматы когда захватили аэропорт')).not.toBe('time');
    // After "which" later in the question too; "and when" still asks a second thing, the date.
    expect(formOf('На какую статью договора сослался Пашинян, когда объявил о вводе миротворцев?')).not.toBe('time');
    expect(formOf('а какие войска вошли и когда?')).toBe('time');
  });

  it('reads the literary لِمَ as why, not the negation لم before an imperfect', () => {
    expect(formOf('لِمَ قطعت السلطات الإنترنت؟')).toBe('reason');
    expect(formOf('لم استقالت الحكومة؟')).toBe('reason');
    expect(formOf('لم يتم قطع الإنترنت؟')).not.toBe('reason');
  });

  it('reads "who are the CSTO members?" as asking for the member countries, as "who are the members of the CSTO?"', () => {
    expect(formOf('who are the CSTO members?')).toBe('place');
    expect(formOf('what are the collective security treaty members?')).toBe('place');
    expect(formOf('were the protest members arrested?')).toBe('yesno');
  });

  it('reads Egyptian and Gulf ليه as why where it opens or closes the question, and as "to him" inside a clause', () => {
    expect(formOf('ليه روسيا بعتت جيش؟')).toBe('reason');
    expect(formOf('هو ليه النت اتقطع؟')).toBe('reason');
    expect(formOf('هو ماسيموف اتقبض عليه ليه؟')).toBe('reason');
    expect(formOf('شحال من واحد من البوليس قطعو ليه الراس؟')).toBe('quantity');
    expect(formOf('هو نزارباييف لسه ليه دور ولا لأ؟')).not.toBe('reason');
  });

  it('reads the colloquial Russian "why" (нафига, на кой, пошто) as why', () => {
    expect(formOf('нафига интернет отрубили')).toBe('reason');
    expect(formOf('накой им миротворцы')).toBe('reason');
    expect(formOf('а интернет нафига отрубили')).toBe('reason');
  });

  it('reads the chat spellings of Russian interrogatives as the words they spell', () => {
    expect(formOf('скока миротворцев отправили?')).toBe('quantity');
    expect(formOf('скок миротворцев одкб отправили в казахстан')).toBe('quantity');
    expect(formOf('скоко людей погибло')).toBe('quantity');
    expect(formOf('када ввели чрезвычайное положение')).toBe('time');
    expect(formOf('шо такое ОДКБ')).toBe('definition');
    expect(formOf('чё такое ОДКБ')).toBe('definition');
  });

  it('reads "where" and "in which city/country" questions as place', () => {
    expect(formOf('أين تقع النمسا؟')).toBe('place');
    expect(formOf('في أي مدينة اجتمع مجلس الأمن؟')).toBe('place');
    expect(formOf('Where did the protests begin?')).toBe('place');
    expect(formOf('Где начались протесты?')).toBe('place');
    expect(formOf('В каком городе захватили аэропорт?')).toBe('place');
    // The plural: in which cities, regions.
    expect(formOf('В каких городах начались протесты?')).toBe('place');
    expect(formOf('In which cities did the protests start?')).toBe('place');
    // Other nouns of places, literary (حاضرة "metropolis") and of divisions (province, провинция).
    expect(formOf('في أي حاضرة اجتمع المجلس؟')).toBe('place');
    expect(formOf('in which province did the protests begin?')).toBe('place');
    expect(formOf('В какой провинции начались протесты?')).toBe('place');
    expect(formOf('في أي الحواضر اندلعت الاحتجاجات؟')).toBe('place');
    expect(formOf('أي المدن شهدت المواجهات؟')).toBe('place');
    expect(formOf('في أي المناطق انتشرت الاحتجاجات؟')).toBe('place');
  });

  it('reads "who" and "which agency/organisation" questions as agent', () => {
    expect(formOf('من حضر اجتماع مجلس الأمن؟')).toBe('agent');
    expect(formOf('لأي وكالة أنباء تحدث المصدر؟')).toBe('agent');
    // «الجهة» in news is the party or body («ما الجهة التي تبنت الهجوم؟»), not a direction.
    expect(formOf('ما الجهة التي أعلنت الخبر؟')).toBe('agent');
    expect(formOf('Who sent the troops?')).toBe('agent');
    expect(formOf('Кто отправил войска?')).toBe('agent');
    expect(formOf('Чьи войска уже прибыли?')).toBe('agent');
  });

  it('reads "who is the <title> of…" as asking for the person who holds it, and "who is <name>" as a definition', () => {
    expect(formOf('Who is the president of Kazakhstan?')).toBe('agent');
    expect(formOf('من هو رئيس وزراء أرمينيا؟')).toBe('agent');
    expect(formOf('Who is Tokayev?')).toBe('definition');
    expect(formOf('من هو توكاييف؟')).toBe('definition');
    // An adjective before the title, and "what is the name of the <title>".
    expect(formOf('who is the new prime minister of kazakhstan')).toBe('agent');
    expect(formOf('ما اسم وزير الدفاع الكازاخستاني؟')).toBe('agent');
    expect(formOf('What is the name of the defence minister?')).toBe('agent');
    // "What's the <title>'s name?", and the dialect "who is the name of…" (مين اسم…؟).
    expect(formOf("what's the defence minister's name")).toBe('agent');
    expect(formOf('مين اسم وزير الدفاع؟')).toBe('agent');
    expect(formOf('как зовут постпреда в ООН')).toBe('agent');
  });

  it('asks for the holder of a title after a dialect "who", a past copula or "whats the name of"', () => {
    expect(asksHolder('هو مين كان وزير الداخلية؟')).toBe(true);
    expect(asksHolder('شكون هو المدعي العام ديال كازاخستان؟')).toBe(true);
    expect(asksHolder('منو وزير الدفاع؟')).toBe(true);
    expect(asksHolder('whats the name of the kazakh defense minister')).toBe(true);
    expect(asksHolder('من كان يرأس مجلس الأمن؟')).toBe(true);
    // The chair and the director, as Arabic's رئيس and مدير.
    expect(asksHolder("who's the chair of the CSTO council?")).toBe(true);
    expect(asksHolder('who is the director of the investigation?')).toBe(true);
    // …in the progressive: Levantine «عم», the dialects' present with its ب, English "-ing".
    expect(asksHolder('مين كان عم يقود القوات الروسية هونيك؟')).toBe(true);
    expect(asksHolder('مين كان بيقود القوات الروسية؟')).toBe(true);
    expect(asksHolder('شكون كيقود العملية دابا؟')).toBe(true);
    expect(asksHolder('منو قاعد يقود القوات؟')).toBe(true);
    expect(asksHolder('who was commanding the CSTO force on the ground?')).toBe(true);
    // Russian «сейчас», «теперь» (now) between «кто» and the verb.
    expect(asksHolder('кто сейчас возглавляет правительство?')).toBe(true);
    expect(asksHolder('кто теперь руководит КНБ?')).toBe(true);
    expect(asksHolder('مين كان عم يحكي؟')).toBe(false);
    expect(asksHolder('ما اسم المندوب الدائم لكازاخستان لدى الأمم المتحدة؟')).toBe(true);
    // Russian puts the title's adjective first: «постоянного представителя», «официального представителя».
    expect(asksHolder('как зовут постоянного представителя казахстана в оон')).toBe(true);
    // In the past tense too: «как звали…» asks who held the title then.
    expect(asksHolder('Как звали премьер-министра, чьё правительство ушло в отставку?')).toBe(true);
    expect(asksHolder('кто официальный представитель мид')).toBe(true);
    expect(asksHolder('как зовут постоянно этих людей')).toBe(false);
    // A who-question about what someone did asks no title's holder.
    expect(asksHolder('مين كان في الاجتماع؟')).toBe(false);
    expect(asksHolder('whats the name of the operation')).toBe(false);
  });

  it('tells a "who headed X?" by its verb from a "who is the head of X?" by its noun', () => {
    const headsByVerb = (question: string) => asksWhoHeads(analyze(question));
    expect(headsByVerb('who headed the security council meeting?')).toBe(true);
    expect(headsByVerb('кто сейчас возглавляет правительство?')).toBe(true);
    expect(headsByVerb('مين كان عم يقود القوات الروسية هونيك؟')).toBe(true);
    expect(headsByVerb('who is the head of the security council?')).toBe(false);
    expect(headsByVerb('من هو رئيس مجلس الأمن؟')).toBe(false);
  });

  it('asks for the holder of a post named as one ("who holds the post of…?"), in each language', () => {
    expect(asksHolder('من يشغل منصب وزير الدفاع؟')).toBe(true);
    expect(asksHolder('من يتولى منصب رئيس مجلس الأمن؟')).toBe(true);
    expect(asksHolder('who holds the post of defense minister of kazakhstan?')).toBe(true);
    expect(asksHolder('кто занимает пост министра обороны?')).toBe(true);
    expect(asksHolder('кто занимает должность главы МИД?')).toBe(true);
    // A post without a title after it asks nothing of a holder.
    expect(asksHolder('من يشغل منصبا في الحكومة؟')).toBe(false);
  });

  it('asks for the holder of an office taken (appointed, became) and of a general\'s command, in each language', () => {
    expect(asksHolder('Кто был назначен новым премьер-министром Казахстана после отставки правительства?')).toBe(true);
    expect(asksHolder('من عُيّن رئيسا للوزراء بعد استقالة الحكومة؟')).toBe(true);
    expect(asksHolder('من أصبح رئيس الحكومة الجديد؟')).toBe(true);
    expect(asksHolder('من الذي عين رئيسا جديدا للحكومة؟')).toBe(true);
    // Kazakhstan's regional governor, by his title («аким»).
    expect(asksHolder('whats the name of the almaty akim?')).toBe(true);
    expect(asksHolder('кто аким Алматы?')).toBe(true);
    // …in Arabic too, with the mayor (العمدة) and the Maghrebi governor (الوالي) beside it, as English has "mayor".
    expect(asksHolder('من هو أكيم ألماتي؟')).toBe(true);
    expect(asksHolder('شكون هو العمدة ديال ألماتي فهاد الوقت؟')).toBe(true);
    expect(asksHolder('شكون هو الوالي ديال ألماتي؟')).toBe(true);
    // «во главе» ("at the head of") asks for the head.
    expect(asksHolder('кто во главе антитеррористического штаба?')).toBe(true);
    // …and «кто стоит во главе…» (who stands at the head of), as «من تولى رئاسة…؟» and «من يتولى قيادة…؟» (who took
    // the chair, the command of).
    expect(asksHolder('кто стоит во главе КНБ?')).toBe(true);
    expect(asksHolder('من تولى رئاسة مجلس الأمن؟')).toBe(true);
    expect(asksHolder('من الذي يتولى قيادة العملية؟')).toBe(true);
    expect(asksHolder('من تولى التحقيق؟')).toBe(false);
    expect(asksHolder('مين اللي صار رئيس الحكومة؟')).toBe(true);
    expect(asksHolder('من الذي حضر الاجتماع مع الرئيس؟')).toBe(false);
    expect(asksHolder('who was the general in command of the csto mission')).toBe(true);
    expect(asksHolder('кто был там?')).toBe(false);
    expect(asksHolder('من عين الحكومة؟')).toBe(false);
  });

  it('asks for the holder of an office when the question names who appointed them, in a chat\'s order too', () => {
    expect(asksHolder('من عين توكاييف رئيسا جديدا للجنة الأمن القومي؟')).toBe(true);
    expect(asksHolder('هو توكاييف عيّن مين رئيس جديد للجنة الأمن القومي؟')).toBe(true);
    expect(asksHolder('Кого Токаев назначил новым главой КНБ?')).toBe(true);
    expect(asksHolder('кого назначили новым премьером Казахстана')).toBe(true);
    // Whom someone appointed with no office named, or whom someone met, asks for no holder.
    expect(asksHolder('من عين توكاييف؟')).toBe(false);
    expect(asksHolder('توكاييف عين مين؟')).toBe(false);
    expect(asksHolder('Кого Токаев встретил в Алматы?')).toBe(false);
  });

  it('asks for the holder of an English title misspelt by a slip, as chats type it; not of a short word a slip from a title', () => {
    expect(asksHolder('wat was the name of the kazakh ambasador to the UN?')).toBe(true);
    expect(asksHolder('who is the secratary of the csto?')).toBe(true);
    expect(asksHolder('whos the govenor of almaty')).toBe(true);
    // "head" and "king" are a slip from "read" and "kind": short titles are matched as written only.
    expect(asksHolder('who is the read of the article')).toBe(false);
    expect(asksHolder('whats the name of the kind of protest')).toBe(false);
  });

  it('asks for a person by name after «من الشخصية/الشخص…» ("who is the figure that…?")', () => {
    expect(asksHolder('من الشخصية التي كلفت بتشكيل الحكومة؟')).toBe(true);
    expect(asksHolder('من الشخص الذي أعلن القرار؟')).toBe(true);
    expect(asksHolder('من الذي أعلن القرار؟')).toBe(false);
  });

  it('finds the word a "how many/much" counts, past a noun of number', () => {
    const counted = (question: string) => {
      const tokens = analyze(question);
      const at = countedWordIndex(tokens);
      return at < 0 ? '' : tokens[at]!.normalized;
    };
    expect(counted('how much compensation did they pay')).toBe('compensation');
    // An English compound counts its head, which comes last; a plural is the head itself.
    expect(counted('how many police stations got attacked')).toBe('stations');
    expect(counted('how many securty officers got hurt?')).toBe('officers');
    expect(counted('how many troops russia sent?')).toBe('troops');
    expect(counted('сколько миротворцев отправили')).toBe('миротворцев');
    expect(counted('كم عدد القتلى؟')).toBe('القتلي');
    expect(counted('كم من يوم؟')).toBe('يوم');
    // A function word between: "how many in all/exactly".
    expect(counted('сколько всего мирных жителей погибло?')).toBe('мирных');
    expect(counted('сколько именно российских военных отправили?')).toBe('российских');
    // A dialect's future particle is not what is counted (قديش رح…).
    expect(counted('قديش رح يبعتوا جنود؟')).toBe('يبعتوا');
    // Chat's "how many of…" (كم واحد من…): the counted are after من.
    expect(counted('كم واحد من المسلحين انقتل؟')).toBe('المسلحين');
    expect(counted('what did tokayev say')).toBe('');
    // The verb of amounting and "total" stand between: «كم بلغ إجمالي عدد المدنيين…» counts civilians, not «بلغ».
    expect(counted('كم بلغ إجمالي عدد المدنيين الذين قتلوا؟')).toBe('المدنيين');
    expect(counted('كم بلغ عدد القتلى؟')).toBe('القتلي');
    // "What is the (total) number of X?" counts X, or the group after "among".
    expect(counted('what was the total number of civilians killed?')).toBe('civilians');
    expect(counted('Каково общее число погибших среди мирных жителей?')).toBe('мирных');
    expect(counted('каково число погибших?')).toBe('погибших');
  });

  it('reads "why" and "what is the reason/aim" questions as reason', () => {
    expect(formOf('لماذا خرج الرسول؟')).toBe('reason');
    expect(formOf('ما سبب الاحتجاجات؟')).toBe('reason');
    expect(formOf('ما الهدف من قطع الإنترنت؟')).toBe('reason');
    expect(formOf('Why was the internet cut?')).toBe('reason');
    expect(formOf('Почему отключили интернет?')).toBe('reason');
  });

  it('reads "what did X want?" as asking for an aim, and leaves "what" questions with no verb of wanting', () => {
    for (const question of ['ماذا أراد المتظاهرون؟', 'شو كان بدهم المحتجين؟', 'شو كانوا بدهن؟', 'الناس دول كانوا عايزين ايه؟', 'What did the rioters want?', 'Чего добивались погромщики?']) {
      expect(formOf(question), question).toBe('reason');
    }
    expect(formOf('ماذا قال الرئيس؟')).not.toBe('reason');
  });

  it('reads "what did X strive for?" as reason, not a verb in a relative clause on the noun asked for', () => {
    for (const question of ['ما الذي كان يسعى إليه المحتجون؟', 'إلامَ سعى المحتجون؟', 'К чему стремились погромщики?', 'What did the rioters seek?', 'what were the rioters aiming at']) {
      expect(formOf(question), question).toBe('reason');
    }
    expect(formOf('ما الغايات التي تسعى المنظمة إلى تحقيقها؟')).not.toBe('reason');
  });

  it('reads "what caused …?" as reason', () => {
    expect(formOf('ما الذي أدى إلى الاحتجاجات؟')).toBe('reason');
    expect(formOf('ما الذي أشعل فتيل الأزمة؟')).toBe('reason');
    expect(formOf('What sparked the protests?')).toBe('reason');
    expect(formOf('Что вызвало протесты?')).toBe('reason');
    expect(formOf('ما الذي حدث في ألماتي؟')).toBe('other');
    // A dialect's "what" and its اللي, the Egyptian verb of lighting, and an English verb made one by its particle.
    expect(formOf('شو اللي أشعل الاحتجاجات؟')).toBe('reason');
    expect(formOf('ايه اللي ولّع المظاهرات؟')).toBe('reason');
    expect(formOf('what set off the protests?')).toBe('reason');
    expect(formOf('what kicked off the unrest?')).toBe('reason');
    expect(formOf('what set the date of the meeting?')).not.toBe('reason');
  });

  it('reads "what explains …?" and "to what was … put down?" as reason, the verb framing the question', () => {
    for (const question of ['ما الذي يفسر ظهور الجماعات الإرهابية؟', 'بمَ فسّرت السلطات الهجمات؟', 'كيف فسرت الحكومة اندلاع العنف؟', 'إلامَ عُزيت الفوضى؟', 'بمَ علّل الوزير الانسحاب؟', 'How did officials explain the violence?', 'Чем власти объяснили беспорядки?']) {
      expect(formOf(question), question).toBe('reason');
    }
    expect(wordFound(frameNounIndex, 'ما الذي يفسر ظهور الجماعات؟')).toBe('يفسر');
    expect(formOf('كيف ردت الحكومة على المحتجين؟')).toBe('manner');
    expect(formOf('Can you explain what happened in Almaty?')).not.toBe('reason');
  });

  it('reads English and Russian "what is the cause/number/date of …" by its noun, not as a definition', () => {
    expect(formOf('What was the cause of the protests?')).toBe('reason');
    expect(formOf('what is the main reason for the unrest')).toBe('reason');
    expect(formOf("what's the reason for the protests")).toBe('reason');
    expect(formOf('whats the reason for the protests')).toBe('reason');
    expect(formOf('Какова причина протестов?')).toBe('reason');
    expect(formOf('В чём причина беспорядков?')).toBe('reason');
    expect(formOf('Что стало причиной протестов?')).toBe('reason');
    expect(formOf('По какой причине отключили интернет?')).toBe('reason');
    expect(formOf('Из-за чего начались протесты?')).toBe('reason');
    expect(formOf('What is the number of peacekeepers?')).toBe('quantity');
    expect(formOf('What was the date of the attack?')).toBe('time');
    // Nor does any other "what …": "what happened on the day…" asks for no date.
    expect(formOf('what happened on the day the airport was seized')).toBe('other');
    // Without such a noun, "what is X" still asks what X is.
    expect(formOf('What is the CSTO?')).toBe('definition');
    expect(formOf('Что такое ОДКБ?')).toBe('definition');
  });

  it('reads "how" as manner and "did/is …?" or هل as yes/no', () => {
    expect(formOf('كيف واجهت الشرطة المحتجين؟')).toBe('manner');
    expect(formOf('How did the police respond?')).toBe('manner');
    expect(formOf('هل استقالت الحكومة؟')).toBe('yesno');
    expect(formOf('Did the government resign?')).toBe('yesno');
  });

  it('reads "how come…?" and "what for…?" as why', () => {
    expect(formOf('how come they cut the internet?')).toBe('reason');
    expect(formOf('what for did they cut the internet?')).toBe('reason');
  });

  it('reads a contracted "is" after an English interrogative ("what\'s", "whats", "who\'s") as "is"', () => {
    expect(formOf("what's the csto?")).toBe('definition');
    expect(formOf('whats the csto?')).toBe('definition');
    expect(formOf("who's pashinyan?")).toBe('definition');
    expect(formOf("what did kazakhstan's mfa say?")).toBe('other');
  });

  it('reads the question past a chat opener ("so", "well", «ну», «так»)', () => {
    expect(formOf("so were the protesters' demands actually met or not?")).toBe('yesno');
    expect(formOf('well how many troops came?')).toBe('quantity');
    expect(formOf('ну когда начались протесты?')).toBe('time');
    expect(formOf('so what?')).toBe('other');
  });

  it('reads other questions as other', () => {
    expect(formOf('ماذا قال الرئيس؟')).toBe('other');
    expect(formOf('what did tokayev say?')).toBe('other');
    expect(formOf('باشينيان فيسبوك')).toBe('other');
  });

  it('reads "which date" late in a question as asking when ("…is until which date?", «…لغاية أي تاريخ؟»)', () => {
    expect(formOf('state of emergency in kazakhstan is until which date')).toBe('time');
    expect(formOf('حالة الطوارئ مستمرة لغاية أي تاريخ؟')).toBe('time');
  });

  it('reads متى، أين، لماذا after a fronted subject of any length, as the dialects\' interrogatives are read', () => {
    expect(formOf('حالة الطوارئ المعلنة في البلاد متى تنتهي؟')).toBe('time');
    expect(formOf('منظمة معاهدة الأمن الجماعي متى تأسست؟')).toBe('time');
    expect(formOf('مجلس الأمن الكازاخستاني أين اجتمع؟')).toBe('place');
    expect(formOf('الحكومة الكازاخستانية لماذا استقالت؟')).toBe('reason');
    // ما and من later in a question are "not" and "from".
    expect(formOf('الناس اللي خرجوا من المدن الكبرى')).toBe('other');
  });

  it('reads a كم in a span of time as "a few", not "how many"', () => {
    expect(formOf('شو صار بألماتي من كم يوم؟')).not.toBe('quantity');
    expect(formOf('حصل النادي الأهلي على كم بطولة؟')).toBe('quantity');
  });

  it('never throws on hostile strings or an empty question', () => {
    expect(questionForm([])).toBe('other');
    const forms = ['time', 'quantity', 'place', 'agent', 'reason', 'manner', 'yesno', 'definition', 'other'];
    for (const text of Object.values(HOSTILE_STRINGS)) expect(forms).toContain(formOf(text));
  });
});

/** The normalised word of the question a finder points at, or undefined when it finds none. */
function wordFound(find: (tokens: ReturnType<typeof analyze>) => number, question: string): string | undefined {
  const tokens = analyze(question);
  const i = find(tokens);
  return i < 0 ? undefined : tokens[i]!.normalized;
}

describe('frameNounIndex', () => {
  const frameOf = (question: string) => wordFound(frameNounIndex, question);

  it('finds the noun that only says what a "what is the …" question asks for', () => {
    expect(frameOf('ما سبب الاحتجاجات؟')).toBe('سبب');
    expect(frameOf('وما هو عدد القتلى؟')).toBe('عدد');
    expect(frameOf('ماهي أسباب الأزمة؟')).toBe('اسباب');
    expect(frameOf('ما تاريخ إعلان الطوارئ؟')).toBe('تاريخ');
    expect(frameOf('ما الذي أشعل فتيل الاحتجاجات؟')).toBe('اشعل');
    expect(frameOf('شو سبب الاحتجاجات؟')).toBe('سبب');
    expect(frameOf('كم عدد الجرحى؟')).toBe('عدد');
    // "What means/tools…": the documents name the means (الغاز والقنابل الصوتية), not the word.
    expect(frameOf('ما الوسائل التي استخدمتها الشرطة؟')).toBe('الوساءل');
    // "What body/structure/step…": the documents name it (مقر لمكافحة الإرهاب), seldom by the category.
    expect(frameOf('شو الهيكل الجديد اللي قال الرئيس إنه بينشئه؟')).toBe('الهيكل');
    expect(frameOf('ما الخطوة التي أعلنها الرئيس؟')).toBe('الخطوه');
    // Past a verb of amounting, which frames the count too.
    expect(frameOf('كم بلغ تعداد القوات؟')).toBe('تعداد');
    expect(frameOf('ما يبلغ إجمالي القتلى؟')).toBe('اجمالي');
    expect(wordFound(amountVerbIndex, 'كم بلغ عدد القتلى؟')).toBe('بلغ');
    expect(amountVerbIndex(analyze('متى بلغ الخبر الرئيس؟'))).toBe(-1);
  });

  it('reads "what is X doing?" as what X does, not as what X is', () => {
    expect(formOf('what are the peacekeepers doing')).not.toBe('definition');
    expect(formOf('what are the peacekeepers')).toBe('definition');
    expect(frameOf('ما الأماكن التي هوجمت؟')).toBe('الاماكن');
    expect(frameOf('what triggered the unrest?')).toBe('triggered');
    expect(frameOf('What was the cause of the protests?')).toBe('cause');
    expect(frameOf('Что стало причиной протестов?')).toBe('причиной');
  });

  it('finds the verb of "what happened to X?": the question asks what X went through, told in other verbs', () => {
    expect(frameOf('what happened to the internet?')).toBe('happened');
    expect(frameOf("what's happening in Almaty")).toBe('happening');
    expect(frameOf('Что случилось с интернетом?')).toBe('случилось');
    expect(frameOf('ماذا حدث للحكومة؟')).toBe('حدث');
    expect(frameOf('شو عم يصير بألماتي؟')).toBe('يصير');
    expect(frameOf('ايه اللي حصل في المطار')).toBe('حصل');
    // Not where it says what happened when or where: "when did it happen?" asks a date.
    expect(frameOf('when did it happen?')).toBeUndefined();
  });

  it('leaves content nouns that also set a form, and the same nouns elsewhere in a question', () => {
    expect(frameOf('ما سعر الغاز؟')).toBeUndefined();
    expect(frameOf('ما مساحة كازاخستان؟')).toBeUndefined();
    expect(frameOf('كيف وصف توكاييف الأحداث في تاريخ البلاد؟')).toBeUndefined();
    expect(frameOf('لماذا ارتفع عدد القتلى؟')).toBeUndefined();
  });

  it('never throws on hostile strings or an empty question', () => {
    expect(frameNounIndex([])).toBe(-1);
    for (const text of Object.values(HOSTILE_STRINGS)) expect(frameNounIndex(analyze(text))).toBeGreaterThanOrEqual(-1);
  });
});

describe('placeListNounIndex', () => {
  const listNoun = (question: string) => {
    const tokens = analyze(question);
    const i = placeListNounIndex(tokens, questionForm(tokens));
    return i >= 0 ? tokens[i]!.normalized : '';
  };

  it('finds the plural place noun of a question asking for several places, in each language', () => {
    expect(listNoun('в каких городах начались протесты')).toBe('городах');
    expect(listNoun('في أي مدن بدأت الاحتجاجات؟')).toBe('مدن');
    expect(listNoun('which cities did the protests start in')).toBe('cities');
  });

  it('finds none where the question asks for something else', () => {
    expect(listNoun('how many cities had protests')).toBe('');
    expect(listNoun('what happened in the cities')).toBe('');
  });
});

describe('countryListNounIndex', () => {
  const asksForCountries = (question: string) => countryListNounIndex(analyze(question)) >= 0;

  it('finds a question asking for a list of countries, and reads it as asking for places', () => {
    for (const question of ['ما الدول الأعضاء في المنظمة؟', 'مين الدول اللي بعتت عساكر؟', 'Which countries sent troops?', 'Какие страны входят в ОДКБ?']) {
      expect(asksForCountries(question), question).toBe(true);
      expect(formOf(question), question).toBe('place');
    }
  });

  it('finds the noun typed with a slip ("contries"), not a word two slips away', () => {
    expect(asksForCountries('which contries have units in the peacekeeping force?')).toBe(true);
    expect(asksForCountries('which countires sent troops?')).toBe(true);
    expect(asksForCountries('which courts tried them?')).toBe(false);
  });

  it('reads Egyptian «إيه» after a noun of a kind as "which" (دول إيه، سنة إيه), after another noun as "what"', () => {
    for (const question of ['منظمة معاهدة الأمن الجماعي فيها دول إيه؟', 'القوات جت من دول إيه؟']) {
      expect(asksForCountries(question), question).toBe(true);
      expect(formOf(question), question).toBe('place');
    }
    expect(formOf('الاحتجاجات بدأت سنة إيه؟')).toBe('time');
    expect(formOf('هو توكاييف اعتبر الهجوم على البلد إيه بالظبط؟')).not.toBe('place');
    expect(formOf('توكاييف شايف الهجوم ده على بلده ايه؟')).not.toBe('place');
  });

  it('leaves «الدول» after a preposition inside the question, which tells of the countries and asks something else', () => {
    expect(asksForCountries('ما المهام الموكلة إلى القوات القادمة من الدول الأعضاء؟')).toBe(false);
    expect(asksForCountries('ماذا قال الوزير عن الدول المجاورة؟')).toBe(false);
    // The question's first word is its interrogative: «من الدول التي…؟» asks who they are.
    expect(asksForCountries('من الدول التي أرسلت جنودا؟')).toBe(true);
    // Nor «دول» without the article after a preposition «من» ("from"), which is no "who" inside the question.
    expect(asksForCountries('متى تعود القوات القادمة من دول الحلف إلى بلدانها؟')).toBe(false);
    expect(asksForCountries('من دول الحلف؟')).toBe(true);
    // Nor with the preposition attached: «للدول الأعضاء» (for the member states), «بالدول المجاورة».
    expect(asksForCountries('ما الذي تضمنه المعاهدة للدول الأعضاء؟')).toBe(false);
    expect(asksForCountries('ماذا يتعلق بالدول المجاورة في البيان؟')).toBe(false);
  });

  it('finds "which countries" without the article (أي دول، انهي بلدان), but not "which country" nor "is a country…"', () => {
    for (const question of ['أي دول أرسلت جنودا؟', 'انهي بلدان بعتت عساكر؟']) expect(asksForCountries(question), question).toBe(true);
    for (const question of ['أي دولة هي أكبر دولة في المنطقة؟', 'هل دول الخليج أرسلت جنودا؟']) expect(asksForCountries(question), question).toBe(false);
  });

  it('leaves "the United States", "the country\'s president" and Egyptian دول ("these")', () => {
    for (const question of ['What did the United States say?', 'What did the United Nations say?', 'Что сказал президент страны?', 'الارهابيين دول خدوا ايه؟']) {
      expect(asksForCountries(question), question).toBe(false);
    }
  });

  it('leaves الدول inside a name (the Arab League, the CIS), and keeps it after a verb when a relative follows', () => {
    for (const question of ['متى عادت مصر إلى جامعة الدول العربية؟', 'متى انضمت أذربيجان إلى رابطة الدول المستقلة؟']) {
      expect(asksForCountries(question), question).toBe(false);
    }
    for (const question of ['ابغى اعرف الدول اللي في الحلف', 'ماهي الدول التي تحد النمسا؟']) expect(asksForCountries(question), question).toBe(true);
  });

  it('finds "how many countries…", which stays a count (a number or the list answers it)', () => {
    for (const question of ['كم دولة في منظمة معاهدة الأمن الجماعي؟', 'قديش دولة بعتت جنود؟', 'How many countries are in the CSTO?', 'Сколько стран входит в ОДКБ?']) {
      expect(asksForCountries(question), question).toBe(true);
      expect(formOf(question), question).toBe('quantity');
    }
  });

  it('reads "who are the members of…" as asking for the member countries, and not "members" elsewhere', () => {
    for (const question of ['من هم أعضاء منظمة معاهدة الأمن الجماعي؟', 'مين اعضاء الحلف؟', 'Who are the members of the CSTO?', 'Кто члены ОДКБ?']) {
      expect(asksForCountries(question), question).toBe(true);
    }
    for (const question of ['بماذا صوت أعضاء الأمم المتحدة؟', 'What did the members of parliament say?']) expect(asksForCountries(question), question).toBe(false);
  });

  it('reads "who belongs to…" (кто входит в…) as asking for the members, and not "who is in charge" or "who entered"', () => {
    for (const question of ['кто вообще входит в одкб', 'Кто входит в ОДКБ?', 'who belongs to the CSTO?']) expect(asksForCountries(question), question).toBe(true);
    for (const question of ['who is in charge of the operation?', 'кто входил в здание акимата?', 'кто первым вошёл в город?']) {
      expect(asksForCountries(question), question).toBe(false);
    }
  });
});

describe('nameAskedLastIndex', () => {
  it.each([
    ['رئيس الوزراء ده اسمه إيه؟', 'اسمه'],
    // An opening conjunction the question's words drop still counts among its tokens.
    ['و رئيس الوزراء ده اسمه إيه؟', 'اسمه'],
    ['القائد شو اسمو؟', 'اسمو'],
  ])('finds the "his name" of «%s» asked last', (text, word) => {
    const tokens = analyze(text);
    expect(tokens[nameAskedLastIndex(tokens)]?.normalized).toBe(word);
  });

  it('finds none where the name is asked first or not at all', () => {
    expect(nameAskedLastIndex(analyze('ما اسم رئيس الوزراء؟'))).toBe(-1);
    expect(nameAskedLastIndex(analyze('اسمه مذكور في الخبر؟'))).toBe(-1);
  });
});

describe('memberBesideCountryNounIndex', () => {
  it.each([
    ['مين الدول الأعضاء في المنظمة؟', 'الاعضاء'],
    ['What are the member states of the CSTO?', 'member'],
  ])('finds the member word beside the list noun of «%s»', (text, word) => {
    const tokens = analyze(text);
    expect(tokens[memberBesideCountryNounIndex(tokens, countryListNounIndex(tokens))]?.normalized).toBe(word);
  });

  it('finds none without a list noun', () => {
    const tokens = analyze('كم عدد أعضاء المنظمة؟');
    expect(memberBesideCountryNounIndex(tokens, countryListNounIndex(tokens))).toBe(-1);
  });
});

describe('askedTimeNounIndex', () => {
  const nounOf = (question: string) => wordFound(askedTimeNounIndex, question);

  it('finds the time noun a question asks for after "which" or "what (is)", in each language', () => {
    expect(nounOf('حتى أي تاريخ تسري حالة الطوارئ؟')).toBe('تاريخ');
    expect(nounOf('في أي يوم أعلن الحداد؟')).toBe('يوم');
    expect(nounOf('ما هو تاريخ تأسيس المنظمة؟')).toBe('تاريخ');
    expect(nounOf('what date was the emergency declared?')).toBe('date');
    expect(nounOf('с какого числа начались протесты?')).toBe('числа');
  });

  it('finds none where the time noun is a word of the subject', () => {
    expect(nounOf('متى أعلن يوم الحداد؟')).toBeUndefined();
    expect(nounOf('ماذا حدث يوم الخميس؟')).toBeUndefined();
    expect(nounOf('what happened on the day of the attack?')).toBeUndefined();
  });
});

describe('asksForEndDate', () => {
  it('finds "until when" in Arabic, its dialects, English and Russian', () => {
    for (const question of [
      'إلى متى تستمر حالة الطوارئ؟', 'حتى متى؟', 'لامتى الطوارئ؟', 'How long will it last?', 'Until when?', 'До какого числа действует режим?',
      // "When does it end?", in its verbs.
      'متى انتهت حالة الطوارئ؟', 'امتى بتخلص الطوارئ؟', 'When does the state of emergency end?', 'Когда закончится режим ЧП?',
      // A noun of ending behind a preposition (لانتهاء), and «сколько продлится».
      'ما الموعد المحدد لانتهاء حالة الطوارئ؟', 'Сколько продлится режим ЧП?',
      // "Until which date/day".
      'لغاية أي يوم تسري حالة الطوارئ؟', 'until what date is the curfew',
      // And a dialect's date noun before its "how many" (لحد يوم كام).
      'الطوارئ لحد يوم كام؟', 'الطوارئ لغاية يوم كم؟',
      // A dialect's "until" before "when": Gulf لين، Egyptian لحد.
      'الطوارئ في كازاخستان لين متى؟', 'حالة الطوارئ لحد امتى؟',
      // "Until what term" (إلى أي أجل): أجل is a time's end.
      'إلى أي أجل مددت حالة الطوارئ؟',
      // حتامَ: حتى + ما in one word.
      'حتامَ تستمر حالة الطوارئ؟',
    ]) {
      expect(asksForEndDate(analyze(question)), question).toBe(true);
    }
  });

  it('leaves questions about when something began or happened', () => {
    for (const question of ['متى بدأت الاحتجاجات؟', 'When did it start?', 'Когда ввели режим ЧП?', 'How many were killed?', 'متى رفعت الحكومة الأسعار؟', 'في أي يوم بدأت الاحتجاجات؟', 'من أجل ماذا تظاهر الناس؟', 'الاحتجاجات بدأت يوم كام؟']) {
      expect(asksForEndDate(analyze(question)), question).toBe(false);
    }
  });
});


describe('asksForPast', () => {
  it('finds "when did…?" in the past tense, in Arabic, English and Russian', () => {
    for (const question of ['متى انسحبت القوات؟', 'امتى مشيوا؟', 'متى حصلت الهجمات؟', 'امتى سقطت الحكومة؟', 'When did the troops leave?', 'when was the internet restored?', 'when were the troops pulled out?', 'Когда миротворцы покинули страну?', 'Когда ушли войска?']) {
      expect(asksForPast(analyze(question)), question).toBe(true);
    }
  });

  it('finds the past verb a few words after «когда», and after «في أي يوم/تاريخ»', () => {
    for (const question of ['Когда миротворцы ОДКБ окончательно ушли из Казахстана?', 'когда миротворцы одкб в итоге ушли', 'في أي يوم غادرت القوات البلاد؟', 'في أي تاريخ انسحبت القوات؟']) {
      expect(asksForPast(analyze(question)), question).toBe(true);
    }
    expect(asksForPast(analyze('في أي يوم ستغادر القوات؟'))).toBe(false);
    expect(asksForPast(analyze('when is the internet coming back?'))).toBe(false);
  });

  it('reads "on which day" in English and Russian as Arabic\'s «في أي يوم», by the tense of the verb after it', () => {
    for (const question of ['в какой день миротворцы покинули Казахстан?', 'on which day did the peacekeepers leave?']) {
      expect(asksForPast(analyze(question)), question).toBe(true);
    }
    for (const question of ['в какой день миротворцы покинут Казахстан?', 'on which day will the peacekeepers leave?']) {
      expect(asksForPast(analyze(question)), question).toBe(false);
    }
  });

  it('reads a masculine past after متى by its shape, not a noun or an imperfect', () => {
    for (const question of ['متى غادر آخر جندي؟', 'متى اكتمل انسحاب القوات؟', 'متى انسحب الجنود؟']) {
      expect(asksForPast(analyze(question)), question).toBe(true);
    }
    for (const question of ['متى موعد الانسحاب؟', 'متى بداية الاحتجاجات؟', 'متى الانسحاب؟', 'متى يغادر الجنود؟', 'متى نهاية الطوارئ؟', 'امتى غادي يمشيو العساكر؟']) {
      expect(asksForPast(analyze(question)), question).toBe(false);
    }
  });

  it('does not take a plural noun in -ات after متى for a past verb: «امتى قوات حفظ السلام هترجع؟» asks of the future', () => {
    for (const question of ['امتى قوات حفظ السلام هترجع بلادها؟', 'متى المظاهرات هتخلص؟']) expect(asksForPast(analyze(question)), question).toBe(false);
    expect(asksForPast(analyze('امتى انسحبت القوات؟'))).toBe(true);
  });

  it('leaves the present and the future, and an imperfect that opens on ت', () => {
    for (const question of ['متى ستغادر القوات؟', 'امتى هيمشوا؟', 'امتى بيمشوا؟', 'متى تنسحب القوات؟', 'When will the troops leave?', 'Когда будет вывод войск?']) {
      expect(asksForPast(analyze(question)), question).toBe(false);
    }
  });
});

describe('asksForStartDate', () => {
  it('finds "when did it start" in Arabic, its dialects, English and Russian, and "since when"', () => {
    for (const question of ['متى بدأت الاحتجاجات؟', 'امتى اندلعت المظاهرات؟', 'متى بدت المظاهرات', 'امتى بلشت؟', 'When did it start?', 'When did the protests begin?', 'Когда начались протесты?', 'منذ متى؟']) {
      expect(asksForStartDate(analyze(question)), question).toBe(true);
    }
  });

  it('leaves questions about when something ended or happened', () => {
    for (const question of ['إلى متى تستمر حالة الطوارئ؟', 'متى استقالت الحكومة؟', 'When was the CSTO founded?', 'Когда ввели режим ЧП?']) {
      expect(asksForStartDate(analyze(question)), question).toBe(false);
    }
  });
});

describe('asksForRatio', () => {
  it('finds "by how many times" in Russian, Arabic and English', () => {
    for (const question of ['Во сколько раз подорожал газ?', 'во скока раз подняли цены', 'كم ضعفا ارتفع السعر؟', 'بكم ضعف زادت الأسعار؟', 'How many times higher is the price?']) {
      expect(asksForRatio(analyze(question)), question).toBe(true);
    }
  });

  it('finds "by how much did it rise or fall", whose answer may be a multiple, in Arabic, its dialects, English and Russian', () => {
    for (const question of ['قديش ارتفعت اسعار الغاز؟', 'كم زادت الأسعار؟', 'بكام غلي الغاز؟', 'قديش عم بترتفع الأسعار؟', 'How much did gas prices rise?', 'На сколько подорожал газ?', 'Насколько выросли цены?']) {
      expect(asksForRatio(analyze(question)), question).toBe(true);
    }
  });

  it('finds it with an English verb of going "up", a dialect plural or reading, and not with a noun of rising', () => {
    for (const question of ['how much did gas prices go up?', 'gas prices went up how much?', 'شحال تزادو أسعار الغاز؟', 'قديش زادو الأسعار؟', 'شحال غلات الأسعار؟']) {
      expect(asksForRatio(analyze(question)), question).toBe(true);
    }
    for (const question of ['how much did LPG cost before the hike?', 'how much did they go to the airport?']) {
      expect(asksForRatio(analyze(question)), question).toBe(false);
    }
  });

  it('reads «насколько» with a verb of raising as "by how much", and the verbs that raise a price', () => {
    for (const question of ['Насколько выросли цены?', 'насколько подняли цены на газ?', 'how much did they raise gas prices?', 'قديش رفعوا سعر الغاز؟']) {
      expect(questionForm(analyze(question)), question).toBe('quantity');
      expect(asksForRatio(analyze(question)), question).toBe(true);
    }
  });

  it('leaves "how often" and plain counts', () => {
    for (const question of ['Сколько раз выступал Токаев?', 'how many times did he speak?', 'كم مرة تحدث الرئيس؟', 'Сколько погибло?', 'كم جندي وصل؟',
      'How many people died after prices rose?', 'Сколько человек погибло, когда выросли цены?', 'كم شخصا قتل بعد ارتفاع الأسعار؟']) {
      expect(asksForRatio(analyze(question)), question).toBe(false);
    }
  });
});

describe('verbBeforeInfinitiveIndex', () => {
  it('finds a Russian verb of proposing or intending before the infinitive it governs', () => {
    expect(verbBeforeInfinitiveIndex(analyze('Как Токаев предложил квалифицировать нападение?'))).toBe(2);
    expect(verbBeforeInfinitiveIndex(analyze('когда миротворцы собираются уйти'))).toBe(2);
  });

  it('leaves a verb without an infinitive, and one of deciding, which the documents tell as a decision', () => {
    expect(verbBeforeInfinitiveIndex(analyze('что предложил Токаев?'))).toBe(-1);
    expect(verbBeforeInfinitiveIndex(analyze('по какой статье решили отправить войска?'))).toBe(-1);
  });
});

describe('beginWordIndex', () => {
  it('finds the verb of "when did it start?", and none outside a time question', () => {
    const at = (question: string) => beginWordIndex(analyze(question));
    expect(at('متى بدت المظاهرات؟')).toBe(1);
    expect(at('When did the protests start?')).toBe(4);
    expect(at('Why did the protests start?')).toBe(-1);
  });

  it('finds the word of "since when has X existed?": it began at its founding', () => {
    const at = (question: string) => beginWordIndex(analyze(question));
    expect(at('منذ متى وُجدت المنظمة؟')).toBe(2);
    expect(at('منذ متى والحلف قائم؟')).toBe(3);
    expect(at('Since when has the CSTO existed?')).toBe(5);
    expect(at('С каких пор существует ОДКБ?')).toBe(3);
  });
});

describe('asksForDuration', () => {
  const asksHowLong = (question: string) => asksForDuration(analyze(question));

  it('reads "how many days/weeks…" as asking how long something lasts, in Arabic, its dialects, English and Russian', () => {
    for (const question of [
      'كم يوم الطوارئ؟', 'قديش يوم رح تضل حالة الطوارئ؟', 'شحال من شهر بقاو تما؟', 'شحال من نهار غادي تبقى حالة الطوارئ؟',
      'How many days will it last?', 'Сколько дней продлится режим ЧП?', 'Скока суток продлится режим ЧП?',
      // A verb of lasting after "how many": how long it lasted.
      'كم دامت فترة حكمه؟', 'كم استمرت الاحتجاجات؟',
      // A verb of staying after "how much", past a dialect's future particle: how long they will stay.
      'قديش رح تضل القوات بالبلد؟', 'كم ستبقى القوات؟',
    ]) {
      expect(asksHowLong(question), question).toBe(true);
    }
  });

  it('reads "what is the duration of…" (ما مدة…؟، ما هي مدة…؟) as a count of time, not as asking what a duration is', () => {
    for (const question of ['ما مدة حالة الطوارئ؟', 'ما هي مدة بقاء القوات؟']) {
      expect(formOf(question), question).toBe('quantity');
      expect(asksHowLong(question), question).toBe(true);
    }
  });

  it('leaves counts of other things, and a Russian question about someone\'s age', () => {
    for (const question of ['كم عدد الجنود؟', 'كم جندي وصل؟', 'How many soldiers were sent?', 'Сколько лет Токаеву?', 'متى انتهت الطوارئ؟']) {
      expect(asksHowLong(question), question).toBe(false);
    }
  });
});

describe('roleWordIndexes', () => {
  const roleWords = (question: string) => {
    const tokens = analyze(question);
    return roleWordIndexes(tokens).map((i) => tokens[i]!.normalized);
  };

  it('finds the role noun and the verb "play" of a question asking what part someone had', () => {
    expect(roleWords('What role did Belarus play?')).toEqual(['role', 'play']);
    expect(roleWords("What was Russia's role?")).toEqual(['role']);
    expect(roleWords('ما دور روسيا في الأحداث؟')).toEqual(['دور']);
    expect(roleWords('شو علاقة بيلاروسيا بالموضوع')).toEqual(['علاقه']);
    expect(roleWords('Какую роль сыграла Россия?')).toEqual(['роль', 'сыграла']);
  });

  it('leaves "role" and "play" that do not frame a question', () => {
    expect(roleWords('The role of the police in the unrest')).toEqual([]);
    expect(roleWords('did they play music at the rally')).toEqual([]);
  });
});

describe('lastingVerbIndex', () => {
  const lastingVerb = (question: string) => wordFound(lastingVerbIndex, question);

  it('finds the verb of lasting in a question asking how long something lasts, in Arabic, English and Russian', () => {
    expect(lastingVerb('Сколько дней продлится режим ЧП?')).toBe('продлится');
    expect(lastingVerb('how many days will the state of emergency last?')).toBe('last');
    expect(lastingVerb('كم يوما ستستمر حالة الطوارئ؟')).toBe('ستستمر');
  });

  it('finds none where the question does not ask how long', () => {
    expect(lastingVerb('when did the protests last flare up?')).toBeUndefined();
    expect(lastingVerb('Протесты продолжаются?')).toBeUndefined();
  });
});

describe('asksForMedium', () => {
  it('finds "where did X post/write/announce it?" and "on which platform?" in Arabic, its dialects, English and Russian', () => {
    for (const question of ['وين نشر باشينيان القرار؟', 'أين أعلن الرئيس ذلك؟', 'على أي منصة كتب؟', 'where did he post it?', 'Где он это написал?', 'где объявили о решении?']) {
      expect(asksForMedium(analyze(question)), question).toBe(true);
    }
  });

  it('leaves questions about where something happened', () => {
    for (const question of ['أين بدأت الاحتجاجات؟', 'where did the protests start?', 'Где стреляли?', 'وين صار الاشتباك؟']) {
      expect(asksForMedium(analyze(question)), question).toBe(false);
    }
  });
});

describe('asksForRecipient', () => {
  it('finds "to whom?" in Arabic, its dialects, English and Russian, and reads it as a "who" question', () => {
    for (const question of ['لمن وجّه الرئيس النداء؟', 'هو توكاييف بعت لمين بالظبط؟', 'إلى من ستُرفع نتائج التحقيق؟', 'الى مين بعتوا المذكرة؟', 'Кому разослали записку?', 'К кому обратился Токаев?', 'the memo was sent to whom?', 'who was the memo sent to?', 'who did tokayev turn to for help?']) {
      expect(asksForRecipient(analyze(question)), question).toBe(true);
      expect(questionForm(analyze(question)), question).toBe('agent');
    }
  });

  it('leaves "for those who", the indefinite "to someone" and "who sent it to…?"', () => {
    for (const question of ['هل ستتعرض الملاحقة لمن عبّروا عن آرائهم؟', 'результаты покажут кому-то?', 'who sent the memo to the members?', 'who is going to lead the force?', 'من أرسل المذكرة؟']) {
      expect(asksForRecipient(analyze(question)), question).toBe(false);
    }
  });
});

describe('asksForClockTime', () => {
  it('finds "what time?" in Arabic, English and Russian, and reads it as a time question', () => {
    for (const question of ['في أي ساعة بدأ حظر التجول؟', 'ما ساعات حظر التجول؟', 'what time did the curfew start?', 'at what time did the shops close?', 'в какое время начинается комендантский час?']) {
      expect(asksForClockTime(analyze(question)), question).toBe(true);
      expect(questionForm(analyze(question)), question).toBe('time');
    }
  });

  it('leaves questions asking for a day or a date, and "how many hours"', () => {
    for (const question of ['what day did the protests start?', 'when did the curfew start?', 'في أي يوم بدأت الاحتجاجات؟', 'how many hours did the curfew last?', 'Во сколько раз подняли цены?']) {
      expect(asksForClockTime(analyze(question)), question).toBe(false);
    }
  });
});

describe('topicNounIndex', () => {
  it('finds the noun of the topic a question asks what it was, in Arabic, English and Russian', () => {
    for (const [question, noun] of [['ما القضية التي عرضت على المجلس؟', 'القضية'], ['ما الملف الذي ناقشه المجلس؟', 'الملف'], ['what was on the agenda of the meeting?', 'agenda'], ['Какой вопрос обсуждал Совбез?', 'вопрос'], ['ما الصلاحيات الموكلة إلى القوات؟', 'الصلاحيات']] as const) {
      const tokens = analyze(question);
      expect(tokens[topicNounIndex(tokens)]?.normalized, question).toBe(analyze(noun)[0]!.normalized);
    }
  });

  it('leaves questions with no topic noun among their first words', () => {
    for (const question of ['ماذا قال الرئيس عن القضية؟', 'who attended the meeting?']) expect(topicNounIndex(analyze(question)), question).toBe(-1);
  });
});

describe('asksForCreation', () => {
  it('finds "what did X set up?" in Arabic, English and Russian', () => {
    for (const question of ['ما الهيئة التي قال الرئيس إنه يؤسسها؟', 'ما الذي قرر توكاييف إنشاءه؟', 'what did tokayev say he was setting up?', 'Какой штаб создал Токаев?']) {
      expect(asksForCreation(analyze(question)), question).toBe(true);
    }
  });

  it('finds it in a dialect\'s present (كيأسسو، بينشئ) and with "what" last, as chat asks', () => {
    for (const question of ['شنو هاد الشي اللي قال توكاييف راه كيأسسو؟', 'توكايف قال انو بينشئ ايش فاجتماع مجلس الامن']) {
      expect(asksForCreation(analyze(question)), question).toBe(true);
    }
  });

  it('leaves "grew up" (نشأ) and questions that ask nothing of what was set up', () => {
    for (const question of ['في أي بيت نشأ الأمير؟', 'من أسس المنظمة', 'هل تم تشكيل الحكومة؟']) {
      expect(asksForCreation(analyze(question)), question).toBe(false);
    }
  });
});

describe('asksForMeans', () => {
  it('finds "by what means?" and "what did they use?" in Arabic, its dialects, English and Russian', () => {
    for (const question of ['بأي أداة جرت المحاولة؟', 'ما الوسائل التي لجأت إليها الشرطة؟', 'الشرطة استخدمت ايه مع المتظاهرين؟', 'what did the attackers use?', 'by what means did they do it?', 'С помощью чего это сделали?', 'с помощью кого это сделали?', 'какими силами это сделали?', 'что использовала полиция?', 'حاولو يزعزعو امن كزخستان باستخدام ايش؟']) {
      expect(asksForMeans(analyze(question)), question).toBe(true);
    }
  });

  it('leaves questions that only use or name a tool in passing', () => {
    for (const question of ['هل استخدمت الشرطة الغاز؟', 'who used the term terrorists?', 'ماذا قال توكاييف؟', 'Кто использовал газ?', 'what it means for kazakhstan?', 'ما هي وسائل الإعلام التي نقلت الخبر؟']) {
      expect(asksForMeans(analyze(question)), question).toBe(false);
    }
  });
});

describe('asksHowTo', () => {
  it('finds a request for instructions in English, Russian and Arabic', () => {
    for (const question of ['how do I make plov?', 'how to learn kazakh fast', 'Как приготовить бешбармак?', 'дайте рецепт баурсаков', 'ما أفضل طريقة لتعلم اللغة الكازاخية؟', 'best way to get to almaty from the airport?']) {
      expect(asksHowTo(analyze(question)), question).toBe(true);
    }
  });

  it('finds "how can I" in Arabic and its dialects, "как мне", and the Arabic recipe, as English "how can I" and "recipe"', () => {
    for (const question of ['كيف يمكنني تجديد جواز السفر عبر الإنترنت؟', 'كيفاش نقدر نسافر لألماتي؟', 'ازاي اقدر اتعلم الكازاخي؟', 'Как мне продлить визу?', 'شنو هي الوصفة ديال الكسكس بالخضرة؟']) {
      expect(asksHowTo(analyze(question)), question).toBe(true);
    }
    // "He described him" and the Maghrebi "she described" are no recipe; "how can it be described" asks no asker.
    for (const question of ['كيف وصفه توكاييف؟', 'كيفاش وصفات الخارجية داكشي؟', 'كيف يمكن وصف الوضع في ألماتي؟', 'Как мне сказали, протесты закончились?']) {
      expect(asksHowTo(analyze(question)), question).toBe(false);
    }
  });

  it('leaves questions about how something happened or was done', () => {
    for (const question of ['how did the protests start?', 'how many troops were sent?', 'Как Токаев описал ситуацию?', 'كيف وصفت الخارجية الوضع؟', 'what did the police use?', 'Как закончились протесты?']) {
      expect(asksHowTo(analyze(question)), question).toBe(false);
    }
  });
});

describe('namingVerbIndex', () => {
  const named = (question: string) => wordFound((tokens) => namingVerbIndex(tokens, questionForm(tokens)), question) ?? '';

  it('finds the verb of "how did X call (describe) the events?" in Arabic, English and Russian', () => {
    expect(named('كيف وصف الوزير الأحداث؟')).toBe('وصف');
    expect(named('كيف وصفت الخارجية الوضع في البلاد؟')).toBe('وصفت');
    expect(named('كيف يصف الرئيس ما يجري؟')).toBe('يصف');
    expect(named('how did the minister describe the situation?')).toBe('describe');
    expect(named('how did they call the events of that week?')).toBe('call');
    expect(named('Как министр назвал происходящее?')).toBe('назвал');
    expect(named('как МИД охарактеризовал ситуацию')).toBe('охарактеризовал');
  });

  it('leaves a thing of its own called something (the attack), other questions, and "how" without a verb of naming', () => {
    expect(named('Как министр назвал нападение?')).toBe('');
    expect(named('how did the minister describe the talks?')).toBe('');
    expect(named('من وصف الوضع بأنه خطير؟')).toBe('');
    expect(named('how did the protests start?')).toBe('');
    expect(named('Как закончились протесты?')).toBe('');
  });
});

describe('existentialHappenedIndex', () => {
  const verbOf = (question: string) => wordFound((tokens) => existentialHappenedIndex(tokens, questionForm(tokens)), question);

  it('finds the verb of "was there X?": a yes-no question, or the dialects\' «صار في…»', () => {
    expect(verbOf('هل صار في نهب؟')).toBe('صار');
    expect(verbOf('صار في نهب بألماتي؟')).toBe('صار');
    expect(verbOf('هل حدث اشتباك مع الشرطة؟')).toBe('حدث');
  });

  it('finds it after "where" and "when", whose question asks where or when the rest was', () => {
    expect(verbOf('وين صار أصعب وضع؟')).toBe('صار');
    expect(verbOf('امتى حصل الاشتباك؟')).toBe('حصل');
  });

  it('leaves a question that asks what happened to something, or has no verb of happening', () => {
    expect(verbOf('شو صار بالحكومة؟')).toBeUndefined();
    expect(verbOf('هل استقالت الحكومة؟')).toBeUndefined();
  });
});

describe('attributionClauseIndexes', () => {
  const framed = (question: string) => {
    const tokens = analyze(question);
    return attributionClauseIndexes(tokens).map((i) => tokens[i]!.normalized);
  };

  it('finds the opener and the verb of a clause that only says how the matter was reported', () => {
    expect(framed('مع من اشتبك المسلحون حسبما نقل عن الرئيس؟')).toEqual(['حسبما', 'نقل']);
    expect(framed('كم عدد الجنود وفق ما أوردته الخارجية؟')).toEqual(['اوردته']);
    expect(framed('ما المباني التي سقطت كما ورد في البيان؟')).toEqual(['ورد']);
    // Russian «если верить X» (if X is to be believed) says "according to X"; its source stays.
    expect(framed('Какие задачи у миротворцев, если верить МИДу?')).toEqual(['верить']);
    const tokens = analyze('Какие задачи у миротворцев, если верить МИДу?');
    expect(isAttributedSource(tokens, tokens.findIndex((t) => t.normalized === 'миду'))).toBe(true);
  });

  it('finds the noun of an account after an attributing word: «وفق رواية الخارجية», «بحسب كلام الرئيس»', () => {
    expect(framed('أين خرجت المسيرات وفق رواية الخارجية؟')).toEqual(['روايه']);
    expect(framed('من يقاتل في ألماتي بحسب كلام الرئيس؟')).toEqual(['كلام']);
    expect(framed('كم عدد القتلى وحسب تصريحات المسؤولين؟')).toEqual(['تصريحات']);
    // Not the account asked about: «ما الرواية التي…» has no attributing word before it.
    expect(framed('ما رواية الخارجية للأحداث؟')).toEqual([]);
  });

  it('leaves a question that names its source without a clause, or has none', () => {
    expect(framed('كم عدد الجنود بحسب الخارجية؟')).toEqual([]);
    expect(framed('ما الذي نقلته الطائرات؟')).toEqual([]);
  });
});

describe('officialAccountIndexes and suddenWordIndexes', () => {
  const framed = (find: (tokens: ReturnType<typeof analyze>) => number[], question: string) => {
    const tokens = analyze(question);
    return find(tokens).map((i) => tokens[i]!.normalized).sort();
  };

  it('finds "the official account" in Arabic, English and Russian', () => {
    expect(framed(officialAccountIndexes, 'ما هدف المسلحين وفق الرواية الرسمية؟')).toEqual(['الروايه', 'الرسميه'].sort());
    expect(framed(officialAccountIndexes, 'بمَ فسّر البيان الرسمي الهجمات؟')).toEqual(['البيان', 'الرسمي'].sort());
    expect(framed(officialAccountIndexes, 'what was the official version of events?')).toEqual(['official', 'version']);
    expect(framed(officialAccountIndexes, 'Сколько погибших по официальной версии?')).toEqual(['версии', 'официальной']);
  });

  it('leaves "official" on any other noun', () => {
    expect(framed(officialAccountIndexes, 'متى بدأت الزيارة الرسمية؟')).toEqual([]);
    expect(framed(officialAccountIndexes, 'who was the official in charge?')).toEqual([]);
  });

  it('finds "suddenly" with its noun of manner, and «على حين غرة»', () => {
    expect(framed(suddenWordIndexes, 'لماذا ظهرت الجماعات فجأة؟')).toEqual(['فجاه']);
    expect(framed(suddenWordIndexes, 'لماذا ظهرت الجماعات بشكل مفاجئ؟')).toEqual(['بشكل', 'مفاجء'].sort());
    expect(framed(suddenWordIndexes, 'إلامَ عُزي انبثاق الزمر على حين غرّة؟')).toEqual(['حين', 'غره'].sort());
    expect(framed(suddenWordIndexes, 'why did the groups suddenly appear?')).toEqual(['suddenly']);
    expect(framed(suddenWordIndexes, 'Почему боевики внезапно появились?')).toEqual(['внезапно']);
    expect(framed(suddenWordIndexes, 'في أي حين بدأت الاحتجاجات؟')).toEqual([]);
  });
});

describe('sayingVerbIndex', () => {
  const said = (question: string) => wordFound((tokens) => sayingVerbIndex(tokens, questionForm(tokens)), question) ?? '';

  it('finds the verb of "what did X say…?" in Arabic, its dialects, English and Russian', () => {
    expect(said('ماذا قال الوزير عن المحادثات؟')).toBe('قال');
    expect(said('الوزير وش قال بالضبط؟')).toBe('قال');
    expect(said('what did the minister say he was planning?')).toBe('say');
    expect(said('what did the mayor tell people on monday?')).toBe('tell');
    expect(said('Что министр сказал про переговоры?')).toBe('сказал');
  });

  it('finds a verb of stating before the clause it reports, past the subject an Arabic verb puts first', () => {
    expect(said('ما الهيئة التي أعلن الرئيس أنه بصدد تشكيلها؟')).toBe('اعلن');
    expect(said('ما الذي صرح الرئيس بأنه سيؤسسه؟')).toBe('صرح');
    expect(said('what did the minister announce that he would do?')).toBe('announce');
    expect(said('Что министр заявил, что сделает?')).toBe('заявил');
    // Not a verb of stating without the clause: "what did the ministry announce?" asks what it announced.
    expect(said('ماذا أعلنت الحكومة؟')).toBe('');
  });

  it('finds it in "did X say…?", which asks whether X said it: the words after the verb are what to find', () => {
    expect(said('did the minister say he was setting up a new committee?')).toBe('say');
    expect(said('هل قال الوزير إن المحادثات فشلت؟')).toBe('قال');
    expect(said('Министр сказал, что переговоры провалились?')).toBe('сказал');
  });

  it('finds it in a "who" question that names who said it, not in "who said…?"', () => {
    expect(said('ما الجهة التي قال الوزير إنه سيشكلها؟')).toBe('قال');
    expect(said('the mayor said the victims were attacked by whom?')).toBe('said');
    expect(said('من قال إن المحادثات فشلت؟')).toBe('');
    expect(said('кто сказал, что переговоры провалились?')).toBe('');
  });

  it('leaves other forms of question, and what a text says in the Arabic present', () => {
    expect(said('متى قال الوزير ذلك؟')).toBe('');
    expect(said('who said the talks failed?')).toBe('');
    expect(said('ماذا تقول النظرية؟')).toBe('');
  });
});

describe('topicPrepositionIndex', () => {
  const about = (question: string) => wordFound((tokens) => topicPrepositionIndex(tokens, questionForm(tokens)), question) ?? '';

  it('finds the "about" after the verb of "what did X say about Y?" in Arabic, its dialects, English and Russian', () => {
    expect(about('ماذا قالت الوزارة عن المحادثات؟')).toBe('عن');
    expect(about('شو قال الوزير بشأن المحادثات؟')).toBe('بشان');
    expect(about('what did the mayor say about the strike?')).toBe('about');
    expect(about('что сказал министр о переговорах?')).toBe('о');
    expect(about('Что министр сказал про переговоры?')).toBe('про');
  });

  it('leaves an "about" before the verb, and questions with no verb of saying', () => {
    expect(about('что за ячейки, о которых говорил министр?')).toBe('');
    expect(about('what is the report about?')).toBe('');
    expect(about('ماذا نعرف عن المحادثات؟')).toBe('');
  });
});

describe('happenedToIndex', () => {
  it('finds what "what happened to X?" asks the fate of, in Arabic, its dialects, English and Russian', () => {
    const asked = (question: string) => {
      const tokens = analyze(question);
      return tokens[happenedToIndex(tokens)]?.normalized ?? '';
    };
    expect(asked('ماذا حدث للحكومة؟')).toBe('للحكومه');
    expect(asked('شو صار بالحكومة؟')).toBe('بالحكومه');
    // The literary «ماذا حلّ بـ…» ("what befell…").
    expect(asked('ماذا حلّ بالحكومة بعد الاحتجاجات؟')).toBe('بالحكومه');
    expect(asked('what happened to the government?')).toBe('government');
    expect(asked('Что случилось с правительством?')).toBe('правительством');
    // «Что стало с X?» ("what became of X"), also with an attribution between «что» and «стало».
    expect(asked('Что стало с правительством?')).toBe('правительством');
    expect(asked('Что, по словам Токаева, стало с Алматы?')).toBe('алматы');
    // A source between "what" and "happened", and Russian "what was done with X?".
    expect(asked('Что, по словам Токаева, произошло с Алматы?')).toBe('алматы');
    expect(asked('شو حسب الرئيس صار بالحكومة؟')).toBe('بالحكومه');
    expect(asked('Что сделали с Алматы?')).toBe('алматы');
    expect(asked('что сделали власти?')).toBe('');
    expect(asked('متى حدثت الاحتجاجات؟')).toBe('');
    // A verb of saying between them: "what did X say happened to Y?".
    expect(asked('what did tokayev say happened to almaty?')).toBe('almaty');
    expect(asked('شو قال توكاييف صار بألماتي؟')).toBe('بالماتي');
    // "What happened after…?" asks what came next, not anyone's fate.
    expect(asked('what happened after the government resigned?')).toBe('');
    expect(asked('شو صار بعد ما لبوا طلبات الناس؟')).toBe('');
    expect(asked('что случилось после отставки правительства?')).toBe('');
  });
});

describe('isExpectationMarker', () => {
  const markerIn = (text: string): string[] => {
    const tokens = analyze(text);
    return tokens.filter((_, i) => isExpectationMarker(tokens, i)).map((t) => t.normalized);
  };

  it('finds the word of expecting after "when" and in "expected to", in the three languages', () => {
    expect(markerIn('متى يرتقب رحيل الجنود؟')).toEqual(['يرتقب']);
    expect(markerIn('متى من المتوقع أن يغادر الجنود؟')).toEqual(['المتوقع']);
    expect(markerIn('When are the troops expected to leave?')).toEqual(['expected']);
    expect(markerIn('Когда ожидается уход миротворцев?')).toEqual(['ожидается']);
  });

  it('leaves expecting that is what the question asks about', () => {
    expect(markerIn('ماذا يتوقع الخبراء؟')).toEqual([]);
    expect(markerIn('What was expected?')).toEqual([]);
    expect(markerIn('Что ожидается от миротворцев?')).toEqual([]);
  });
});

describe('asksForList', () => {
  it('reads "which" or "what" before a plural as asking for several things, in the three languages', () => {
    for (const question of ['Какие министры были на заседании?', 'which buildings did they seize?', 'which government buildings did they seize?', 'ما المقار التي سيطر عليها المسلحون؟', 'ايش المباني اللي احتلوها؟', 'ما هي المباني التي احتلوها؟', 'من هم المسؤولون الذين حضروا؟']) {
      expect(asksForList(analyze(question)), question).toBe(true);
    }
  });

  it('leaves a singular and "what" questions that ask no kind', () => {
    for (const question of ['Какой космодром охраняют?', 'which building did they seize?', 'which government building did they seize?', 'ما المحطة التي نشرت الحصيلة؟', 'ما سبب الاحتجاجات؟', 'what is the CSTO?', 'ما الهيكل الذي أنشأه الرئيس؟']) {
      expect(asksForList(analyze(question)), question).toBe(false);
    }
  });

  it('leaves a noun that only frames the question: "what means…" asks how', () => {
    for (const question of ['ما الوسائل التي استخدمتها الشرطة؟', 'ما الأدوات التي لجأ إليها رجال الأمن؟']) {
      expect(asksForList(analyze(question)), question).toBe(false);
    }
  });
});

describe('asksWhichCountry', () => {
  it('reads "which country" and "which countries" asked, in Arabic, its dialects, English and Russian', () => {
    for (const question of [
      'الطائرات الأجنبية من أي دولة؟', 'الإرهابيين جايين من أنهي بلد؟', 'ما الدول التي أرسلت قوات؟', 'من أي جيوش تتكون القوة؟',
      'which country were the planes from?', 'which countries sent troops?', 'из какой страны самолёты?', 'военные каких стран прибыли?',
      'в каких странах служили миротворцы?', 'в каких конкретно странах учились боевики?', 'какие западные страны это осудили?',
    ]) expect(asksWhichCountry(analyze(question)), question).toBe(true);
  });

  it('leaves countries told of, not asked for, and members that are no countries', () => {
    for (const question of [
      'will the investigation results be shared with other countries?', 'مَن هم أعضاء الحكومة الذين شاركوا في الجلسة؟',
      'ما موقف الدول الغربية؟', 'что сказал Токаев?',
    ]) expect(asksWhichCountry(analyze(question)), question).toBe(false);
  });
});

describe('isNamedByVerb', () => {
  /** Whether the question's word is what its verb of naming names. */
  const named = (question: string, word: string) => {
    const tokens = analyze(question);
    return isNamedByVerb(tokens, tokens.findIndex((t) => t.normalized === word));
  };

  it('finds the country a verb of naming names, in Arabic, English and Russian', () => {
    expect(named('كيف وصفت الخارجية الروسية كازاخستان في بيانها؟', 'كازاخستان')).toBe(true);
    expect(named('what did russia call kazakhstan?', 'kazakhstan')).toBe(true);
    expect(named('Как МИД России описал Казахстан?', 'казахстан')).toBe(true);
  });

  it('reads "refer to", «أشار إلى» and «отозваться о» as verbs of naming', () => {
    expect(named('how did moscow refer to kazakhstan in its statement?', 'kazakhstan')).toBe(true);
    expect(named('بأي صفة أشارت الخارجية الروسية إلى كازاخستان؟', 'كازاخستان')).toBe(true);
    expect(named('Как МИД России отозвался о Казахстане?', 'казахстане')).toBe(true);
    expect(named('ماذا أشارت الخارجية عن الأحداث في كازاخستان؟', 'كازاخستان')).toBe(false);
  });

  it('finds it right after the verb when the dialect puts the subject before the interrogative', () => {
    expect(named('الخارجية الروسية شنو وصفت كازاخستان في بيانها؟', 'كازاخستان')).toBe(true);
    expect(named('بأي صفة وصفت موسكو كازاخستان؟', 'موسكو')).toBe(false);
  });

  it('leaves the events named, the subject an Arabic verb puts first, an adjective and a genitive', () => {
    expect(named('كيف وصفت روسيا الأحداث في كازاخستان؟', 'كازاخستان')).toBe(false);
    expect(named('بماذا وصفت كازاخستان الوضع في ندائها؟', 'كازاخستان')).toBe(false);
    expect(named('كيف وصفت الدبلوماسية الكازاخية تغطية الصحف الأجنبية؟', 'الكازاخيه')).toBe(false);
    expect(named('كيف وصفت وزارة خارجية كازاخستان ما نشرته الصحف؟', 'كازاخستان')).toBe(false);
    expect(named('what did russia say about kazakhstan?', 'kazakhstan')).toBe(false);
  });
});
