import { normalizeArabic } from './normalize-arabic.js';
import { RUSSIAN_COLLOQUIAL_WHY } from './question-words.js';

// Function words only: particles, pronouns, demonstratives, relatives, question words and auxiliaries.
// Content words a news bot needs (عام، مليون، اليوم، ثلاثة، أسماء الأشهر) are deliberately absent.
const ARABIC = `
من في على الى إلى عن مع ب ل ك و ف ال
هذا هذه هذان هاتان هذين هاتين هؤلاء ذلك تلك ذلكم أولئك هنا هناك هنالك
هو هي هما هم هن أنا نحن أنت أنتم أنتما أنتن إياه إياها إياهم إياهما إياك إياكم إياي إيانا كلاهما كلتاهما كليهما كلتيهما
الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي اللائي
ما ماذا متى أين كيف لماذا هل كم أي أيّ علام عم مم لم لن لا لما ليس ليست بم فيم إلام حتام ممن عمن بمن فيمن
قد كان كانت كانوا يكون تكون يكونون أصبح أصبحت أضحى ظل ظلت مازال ما زال زالت زالوا مازالت يزال تزال يزالون تزالون لايزال لاتزال لازال لازالت
أن إن أنه إنه أنها إنها أنهم إنهم لأن لكن لكنه لكنها لكنهم لكنهما لكنني لكننا بل أو أم ثم حتى إذا إذ إذن كي لكي
كل بعض غير سوى عند عندما بين حيث منذ خلال لدى لدي إلا إلي
وقد فقد وهو وهي وهم وفي ومن وما ولا وإن وأن فإن بأن بما فيما مما عما كما وكما لقد
ذو ذا ذات ذي يا أيها أيضا كذلك وكذلك هكذا جدا فقط مجرد
`;

// Semi-prepositions (nouns used as prepositions: Ryding, A Reference Grammar of Modern Standard Arabic, 2005, §16.3)
// and the prepositional phrases built on them, as the English list drops against, during, through, above, below
// (بالنسبة of «بالنسبة ل/إلى», "as for", "to": «شو هي ألماتي بالنسبة للبلد؟» asks what Almaty is).
// A question's تجاه or بحسب is no subject of its own: the documents lacking it made it the question's weightiest
// missing word. Left out: those that are also everyday nouns or names once normalised (أمام = إمام، خلف، وسط، نحو،
// حول، دون), and قبل/بعد, which time questions lean on. In: «بصدد» (about to, as to), whose «أنه بصدد تأسيسه» (he is about
// to set it up) met «في هذا الصدد» (in this regard); «داخل» (inside), whose «ما الهيئة داخل المنظمة…؟» met «الداخلي»
// (internal) as the question's rarest word. Not «خارج» (outside): a question's «خارج البلاد» asks about «الخارج»
// (abroad), which the documents say.
const ARABIC_SEMI_PREPOSITIONS = `
تجاه حيال إزاء ضد عبر وفق وفقا طبقا حسب بحسب جراء إثر عقب قبيل إبان أثناء طوال طيلة بشأن بخصوص حوالي ضمن لأجل
رغم برغم بسبب فوق تحت وراء بالنسبة بصدد داخل
`;

// With the Snowball English list (snowballstem.org, BSD): against, during, through, whom, yourself… The tokenizer cuts
// words at an apostrophe, so the list's contractions come as two words: their heads (isn, weren, didn) and their tails
// with the possessive's (s, t, d, ll, re, ve, m: weren't, what's, Kazakhstan's, we'll). As content words the tails
// were a question's rarest, and missing from every passage. Not "won": the tokenizer reads "won't" as "will", and "won"
// is "who won the election?"'s verb. "Get" in its forms too: in a chat question it is a light
// verb ("get bigger", "got killed", "get there"), and its dictionary sense "obtain" (حصول) met «للحصول على المساعدة».
// "Supposed" as in "supposed to": a modal, whose "believe" (اعتقد) the documents lack and count against the answer.
// Chats run an interrogative and "is" together without the apostrophe ("whats the cause", "hows it going"): the same
// two stop words, as one; so too a pronoun and its verb, and a negated auxiliary ("hes", "theyre", "didnt", "cant").
// Indefinite pronouns too (anything, someone, smth, stuff): "did X say anything about Y?" asks about Y, and their
// translation (أشياء) was met by a passage on something else; so was "whatever"'s (مهما: «المهام», tasks). "Still", as
// Russian «ещё» and Arabic «لا يزال»: its translation (استمر) met «استمرت الاحتجاجات» for "is the emergency still
// in force?". "Among", a preposition as "between" is.
const ENGLISH = `
a an the and or but if then of in on at to for from by with about as into over after before under between
against during through above below until while because ours yours hers theirs itself myself yourself himself herself
ourselves themselves yourselves whom am isn aren wasn weren hasn haven hadn doesn don didn wouldn shouldn couldn
mustn let ought s t d ll re ve m
is are was were be been being am do does did has have had will would shall should can could may might must
i you he she it we they me him her us them my your his its our their this that these those there here
what which who whom whose when where why how not no nor so than too very just also any some each all
whats whos wheres whens whys hows thats theres
hes shes theyre youre im ive dont didnt doesnt cant wont isnt wasnt arent werent havent hasnt hadnt wouldnt couldnt shouldnt
many much more most other such only own same both few out up down off again once
get gets got gotten getting supposed
anything something anyone someone anybody somebody smth stuff whatever whoever whichever wherever whenever
else per vs kind w n r nah acc rn still among personally
`;

// With the Snowball Russian list (snowballstem.org, BSD): вот, ну, вдруг, нибудь, опять, ведь, там, потом, тут,
// чтобы, даже…, but not its numbers (один, два, три); every case of the possessive, demonstrative and
// determiner pronouns the list gives in one form (своём, нашего, этих), the chat spellings of the interrogatives
// (скока for сколько, чё/чо/шо for что, када for когда), and the prepositions the list lacks (среди, кроме,
// согласно…); every form of the modal мочь (могут, могли), as English "can, could" (the list has может); the
// colloquial "why" of the question words (нафига, накой, пошто); and the ending of an ordinal written after a hyphen
// (6-го, 19-ое), which the tokenizer splits from its number. «другой» (other) and «иной» in every case, as English
// "other": Snowball stems «другие» to «друг», which the dictionary reads as "friend". Every case of «что» and «кто»
// (чему and чём too: Snowball stems «чему» to «чем», a content word then).
// The past of «стать» as a copula («кто стал председателем…?», who became): Snowball's «стат» is «статья»'s too, read
// as المادة (article); not the infinitive, which says more («может стать больше», may grow).
const RUSSIAN = `
и в во не на с со к ко по о об от до из за у для при без над под про через между а но или ли же бы
вот ну вдруг если уж нибудь опять ведь там потом себе себя ничего может тут надо ней нее них ним нам вас вам тебе
чтоб будто чего чем раз ж тогда того потому этого этом этой эту эти тем том совсем здесь почти мой моя мои свою
сейчас куда никогда можно наконец хоть после больше всего какая много разве впрочем хорошо перед иногда лучше чуть
нельзя более всегда конечно всю вообще именно ещё нет да ты вы он она оно они мы я
это этот эта эти тот та те то как что кто где когда почему зачем какой какая какие каков чем откуда отчего насколько
я ты он она оно мы вы они его ее их ему ей им нам вам мне меня тебя себя был была было были быть есть
какого какому каким каком какую какое каких какими сколько который которая которое которые которого которой
котором которых такой такая такое такие такого так весь вся все всё всех всем свой своя своё свои самый самая
самое самые будет будут еще уже очень только тоже также
своего своей своему своим своими своих своём моего моей моему моим моими моих моём
наш наша наше наши нашего нашей нашему нашим нашими наших нашем ваш ваша ваше ваши вашего вашей вашему вашим вашими
ваших вашем этим этими этих этому тех тому всей всему всеми сам сама само сами самого самой самому самим самими самих
самом
кого кому кем ком чему чём чей чья чьё чье чьи чьего чьей чьему чьим чьими чьих чьём чьем какова каково каковы
скока скоко скок чё че чо шо када кагда
среди вокруг кроме вместо около возле внутри вне ради насчет согласно
могу можешь можем можете могут мог могла могло могли
чтобы даже ни теперь него нас пока лишь просто судя составе
другой другая другое другие другого другому другим другими других другую иной иная иное иные иного иных
го ого ое
лично самолично
стал стала стало стали
`;

// The prepositions with an attached pronoun, every person and number (Ryding, A Reference Grammar of Modern Standard
// Arabic, 2005, on pronouns suffixed to prepositions): عليهما and بينهم are as empty as عليه and بين, and as content
// words their stems (علي، بين) were a question's words the documents never index. لكن is listed as "but"; بكم is
// left out, chats' "for how much".
const PREPOSITION_BASES = ['ب', 'ل', 'في', 'من', 'عن', 'علي', 'إلي', 'مع', 'لدي', 'عند', 'بين'];
const ATTACHED_PRONOUNS = ['ه', 'ها', 'هما', 'هم', 'هن', 'ك', 'كما', 'كم', 'كن', 'ي', 'نا'];
/** Each preposition with a pronoun, and the preposition it is (both normalised): عليها → علي. */
const PREPOSITION_WITH_PRONOUN = new Map<string, string>(PREPOSITION_BASES.flatMap((base) => ATTACHED_PRONOUNS.map((pronoun): [string, string] => [
  // في، علي، إلي، لدي take the first person's ي into their own; من and عن write its ن once before نا (منا).
  normalizeArabic(pronoun === 'ي' && base.endsWith('ي') ? base : /^(?:من|عن)$/.test(base) && pronoun === 'نا' ? `${base[0]}نا` : base + pronoun),
  normalizeArabic(base),
])).filter(([word]) => word !== 'بكم'));
const PREPOSITIONS_WITH_PRONOUNS = [...PREPOSITION_WITH_PRONOUN.keys()].join(' ');
const BARE_PREPOSITIONS: ReadonlySet<string> = new Set(PREPOSITION_BASES.map(normalizeArabic));

/**
 * The preposition a normalised Arabic word is, alone or with an attached pronoun (عليها, عليه, على → علي), or
 * undefined: «سيطروا عليها» governs على as «سيطروا على» does.
 */
export function arabicPrepositionOf(normalized: string): string | undefined {
  return BARE_PREPOSITIONS.has(normalized) ? normalized : PREPOSITION_WITH_PRONOUN.get(normalized);
}

function wordsOf(list: string, fold: (w: string) => string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(fold));
}

// The emphatic reflexives, "himself" and "personally", as English himself and Russian сам already are (personally and
// лично joined their lists with these; the Gulf بروحه is read as وحده, one): «لماذا ترأس توكاييف مجلس الأمن بنفسه؟»
// asks why he chaired it, and as a content word بنفسه was the question's weightiest, found in no passage. Only with an
// attached pronoun: a bare نفس is "the same".
const ARABIC_REFLEXIVES = `
نفسه نفسها نفسهم نفسي نفسك نفسنا أنفسهم أنفسنا أنفسكم بنفسه بنفسها بنفسهم بنفسي بنفسك بنفسنا بأنفسهم بأنفسنا
ذاته ذاتها ذاتهم بذاته بذاتها شخصيا بشخصه
`;

/** Arabic stop words, stored normalised (see normalizeArabic) so that spelling variants match. */
export const ARABIC_STOP_WORDS: ReadonlySet<string> = wordsOf(
  `${ARABIC} ${ARABIC_SEMI_PREPOSITIONS} ${PREPOSITIONS_WITH_PRONOUNS} ${ARABIC_REFLEXIVES}`, normalizeArabic,
);
/** English stop words (lower case). */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = wordsOf(ENGLISH, (w) => w);
/** Russian stop words (lower case, ё folded to е). */
export const RUSSIAN_STOP_WORDS: ReadonlySet<string> = new Set([...wordsOf(RUSSIAN, (w) => w.replace(/ё/g, 'е')), ...RUSSIAN_COLLOQUIAL_WHY]);

/** True when the normalised token is a function word in any of the three languages. */
export function isStopWord(normalized: string): boolean {
  return ARABIC_STOP_WORDS.has(normalized) || ENGLISH_STOP_WORDS.has(normalized) || RUSSIAN_STOP_WORDS.has(normalized)
    // The plural's -ū as chats write it, without its alef: كانو is كانوا.
    || (normalized.endsWith('و') && ARABIC_STOP_WORDS.has(`${normalized}ا`));
}

/**
 * The semi-prepositions left out of the stop words because they are also everyday nouns or verbs once normalised (see
 * ARABIC_SEMI_PREPOSITIONS): a question may mean them as such, but a text uses them as prepositions far more often, so
 * a dictionary's synonym that is one of them (حوّل for نقل) is no evidence where the text has «حول الوضع», "about".
 */
export const ARABIC_PREPOSITION_NOUNS: ReadonlySet<string> = new Set(['أمام', 'خلف', 'وسط', 'نحو', 'حول', 'دون'].map(normalizeArabic));

/**
 * The passive's auxiliary (تم "was done": «هل تم اعتقال…؟»، «متى سيتم…؟»): no subject of a question, so it weighs
 * little in one (see QueryConcept.frame), but a passage using the same passive («يتم انتخاب…») is nearer. Dropped as a
 * stop word, ARCD lost a question.
 */
export const ARABIC_AUXILIARIES: ReadonlySet<string> = new Set(['تم', 'يتم', 'سيتم', 'وتم', 'ستتم', 'تمت', 'فتم'].map(normalizeArabic));
