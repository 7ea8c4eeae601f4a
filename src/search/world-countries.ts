import { createRequire } from 'node:module';
import { stemWord, type AnalyzedToken } from '../text/analyze.js';
import type { Script } from '../text/detect-script.js';
import { hasArabicArticle } from '../text/bare-word-forms.js';
import { memoizeWord } from '../text/memoize-word.js';
import { Gazetteer, type EntityMatch, type GazetteerEntry } from './gazetteer.js';

const require = createRequire(import.meta.url);

type CountryNames = Record<string, string | string[]>;

/** Country names by ISO code in one language, from i18n-iso-countries (MIT), short and official forms. */
function namesIn(language: 'ar' | 'en' | 'ru'): CountryNames {
  return (require(`i18n-iso-countries/langs/${language}.json`) as { countries: CountryNames }).countries;
}

const listOf = (names: string | string[] | undefined): string[] => (names === undefined ? [] : Array.isArray(names) ? names : [names]);

let world: Gazetteer | undefined;

/**
 * The world's countries in Arabic, English and Russian as a gazetteer (kind place). A question about a country the
 * documents never name ("ما موقف الصين؟", "what did the US say?") asks about something else: abstention uses it.
 * Built on first use.
 */
export function worldCountries(): Gazetteer {
  if (world) return world;
  const [ar, en, ru] = [namesIn('ar'), namesIn('en'), namesIn('ru')];
  const entries: GazetteerEntry[] = Object.keys(en).map((code) => ({
    id: `country:${code}`,
    kind: 'place',
    ar: listOf(ar[code]),
    en: listOf(en[code]),
    ru: listOf(ru[code]),
  }));
  for (const extra of [...OTHER_NAMES, ...SEATS_OF_GOVERNMENT, ...DEMONYMS.map(withArabicArticle)]) {
    const entry = entries.find((e) => e.id === extra.id);
    if (entry) for (const language of ['ar', 'en', 'ru'] as const) entry[language] = [...(entry[language] ?? []), ...(extra[language] ?? [])];
    else entries.push(extra);
  }
  return (world = new Gazetteer(entries));
}

/**
 * Names the ISO list lacks: the short forms news and chat use (أمريكا، بريطانيا، الإمارات; Britain; Америка) and the
 * blocs asked about like countries (the European Union, NATO, the Gulf states, the Arab League, the SCO). "US" is
 * matched apart (countryMentions): it is "us".
 */
const OTHER_NAMES: GazetteerEntry[] = [
  { id: 'country:US', kind: 'place', ar: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'], en: ['America'], ru: ['Америка', 'Соединённые Штаты'] },
  { id: 'country:GB', kind: 'place', ar: ['بريطانيا', 'المملكة المتحدة'], en: ['Britain'], ru: ['Британия', 'Англия'] },
  { id: 'country:AE', kind: 'place', ar: ['الإمارات'], en: ['Emirates'], ru: ['Эмираты'] },
  { id: 'country:CN', kind: 'place', ar: [], en: [], ru: ['Китай'] },
  { id: 'bloc:EU', kind: 'place', ar: ['الاتحاد الأوروبي', 'الاتحاد الاوروبي'], en: ['European Union', 'EU'], ru: ['Евросоюз', 'Европейский союз', 'ЕС'] },
  { id: 'bloc:NATO', kind: 'place', ar: ['الناتو', 'حلف الناتو', 'حلف شمال الأطلسي'], en: ['NATO'], ru: ['НАТО'] },
  { id: 'bloc:GCC', kind: 'place', ar: ['دول الخليج', 'الخليج العربي', 'مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية', 'دول الخليج العربي'], en: ['Gulf states', 'Gulf countries', 'GCC', 'Gulf Cooperation Council'], ru: ['страны Персидского залива', 'страны Залива', 'ССАГПЗ'] },
  { id: 'bloc:ArabLeague', kind: 'place', ar: ['الجامعة العربية', 'جامعة الدول العربية'], en: ['Arab League'], ru: ['Лига арабских государств', 'ЛАГ'] },
  { id: 'bloc:AU', kind: 'place', ar: ['الاتحاد الأفريقي', 'الاتحاد الإفريقي'], en: ['African Union'], ru: ['Африканский союз'] },
  { id: 'bloc:OSCE', kind: 'place', ar: ['منظمة الأمن والتعاون في أوروبا'], en: ['OSCE'], ru: ['ОБСЕ'] },
  { id: 'bloc:SCO', kind: 'place', ar: ['منظمة شنغهاي للتعاون', 'منظمة شنغهاي'], en: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'], ru: ['ШОС', 'Шанхайская организация сотрудничества'] },
  { id: 'bloc:ASEAN', kind: 'place', ar: ['آسيان', 'رابطة دول جنوب شرق آسيا'], en: ['ASEAN'], ru: ['АСЕАН'] },
  { id: 'bloc:OIC', kind: 'place', ar: ['منظمة التعاون الإسلامي'], en: ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'OIC'], ru: ['Организация исламского сотрудничества', 'ОИС'] },
];

/**
 * Governments named by their seat, as news and chat name them («ما موقف واشنطن؟»، "what did Beijing say?", «что
 * говорит Пекин?»): the capitals of the countries asked about most, and the White House.
 */
const SEATS_OF_GOVERNMENT: GazetteerEntry[] = [
  { id: 'country:US', kind: 'place', ar: ['واشنطن', 'البيت الأبيض'], en: ['Washington', 'White House'], ru: ['Вашингтон', 'Белый дом'] },
  { id: 'country:CN', kind: 'place', ar: ['بكين'], en: ['Beijing', 'Peking'], ru: ['Пекин'] },
  { id: 'country:GB', kind: 'place', ar: ['لندن'], en: ['London'], ru: ['Лондон'] },
  { id: 'country:FR', kind: 'place', ar: ['باريس'], en: ['Paris'], ru: ['Париж'] },
  { id: 'country:DE', kind: 'place', ar: ['برلين'], en: ['Berlin'], ru: ['Берлин'] },
  { id: 'country:TR', kind: 'place', ar: ['أنقرة'], en: ['Ankara'], ru: ['Анкара'] },
  { id: 'country:IR', kind: 'place', ar: ['طهران'], en: ['Tehran'], ru: ['Тегеран'] },
  { id: 'country:JP', kind: 'place', ar: ['طوكيو'], en: ['Tokyo'], ru: ['Токио'] },
  { id: 'country:UA', kind: 'place', ar: ['كييف', 'كييڤ'], en: ['Kyiv', 'Kiev'], ru: ['Киев'] },
  { id: 'country:IN', kind: 'place', ar: ['نيودلهي'], en: ['New Delhi'], ru: ['Нью-Дели'] },
  { id: 'country:UZ', kind: 'place', ar: ['طشقند'], en: ['Tashkent'], ru: ['Ташкент'] },
  { id: 'bloc:EU', kind: 'place', ar: ['بروكسل'], en: ['Brussels'], ru: ['Брюссель'] },
  // The capitals of the Arab states, whose readers ask after their own countries («رحلات من القاهرة»، «السفارة في
  // الرياض»), and of the neighbours of Central Asia the ISO list names only by country.
  { id: 'country:EG', kind: 'place', ar: ['القاهرة'], en: ['Cairo'], ru: ['Каир'] },
  { id: 'country:SA', kind: 'place', ar: ['الرياض'], en: ['Riyadh'], ru: ['Эр-Рияд'] },
  { id: 'country:QA', kind: 'place', ar: ['الدوحة'], en: ['Doha'], ru: ['Доха'] },
  { id: 'country:AE', kind: 'place', ar: ['أبوظبي', 'أبو ظبي', 'دبي'], en: ['Abu Dhabi', 'Dubai'], ru: ['Абу-Даби', 'Дубай'] },
  { id: 'country:KW', kind: 'place', ar: [], en: ['Kuwait City'], ru: ['Эль-Кувейт'] },
  { id: 'country:BH', kind: 'place', ar: ['المنامة'], en: ['Manama'], ru: ['Манама'] },
  { id: 'country:OM', kind: 'place', ar: ['مسقط'], en: ['Muscat'], ru: ['Маскат'] },
  { id: 'country:YE', kind: 'place', ar: ['صنعاء'], en: ["Sana'a", 'Sanaa'], ru: ['Сана'] },
  { id: 'country:IQ', kind: 'place', ar: ['بغداد'], en: ['Baghdad'], ru: ['Багдад'] },
  { id: 'country:SY', kind: 'place', ar: ['دمشق'], en: ['Damascus'], ru: ['Дамаск'] },
  { id: 'country:LB', kind: 'place', ar: ['بيروت'], en: ['Beirut'], ru: ['Бейрут'] },
  { id: 'country:JO', kind: 'place', ar: ['عمّان'], en: ['Amman'], ru: ['Амман'] },
  { id: 'country:MA', kind: 'place', ar: ['الرباط', 'الدار البيضاء'], en: ['Rabat', 'Casablanca'], ru: ['Рабат', 'Касабланка'] },
  { id: 'country:DZ', kind: 'place', ar: [], en: ['Algiers'], ru: [] },
  { id: 'country:LY', kind: 'place', ar: ['طرابلس'], en: ['Tripoli'], ru: ['Триполи'] },
  { id: 'country:SD', kind: 'place', ar: ['الخرطوم'], en: ['Khartoum'], ru: ['Хартум'] },
  { id: 'country:TM', kind: 'place', ar: ['عشق آباد', 'عشق أباد'], en: ['Ashgabat'], ru: ['Ашхабад'] },
  { id: 'country:AZ', kind: 'place', ar: ['باكو'], en: ['Baku'], ru: ['Баку'] },
  { id: 'country:GE', kind: 'place', ar: ['تبليسي'], en: ['Tbilisi'], ru: ['Тбилиси'] },
  { id: 'country:AF', kind: 'place', ar: ['كابل', 'كابول'], en: ['Kabul'], ru: ['Кабул'] },
  { id: 'country:PK', kind: 'place', ar: ['إسلام آباد'], en: ['Islamabad'], ru: ['Исламабад'] },
];

/**
 * The peoples and adjectives of the countries asked about most (those of SEATS_OF_GOVERNMENT), as chat names a
 * government by them («ما موقف الأمريكان؟»، "what did the Chinese say?", «что сказали американцы?», Maghrebi
 * «ميريكان»). Arabic in each form (masculine, feminine, plurals), kept whole: a stem would meet other words. Not
 * Turkish in Arabic: «ترك» and «اترك» ("left", "leave") are تركي and أتراك with a long vowel left out, a slip the
 * gazetteer forgives. Nor "English", the language a reply is asked in. Russian by adjective and people.
 */
const DEMONYMS: GazetteerEntry[] = [
  {
    id: 'country:US', kind: 'place',
    ar: ['أمريكي', 'أمريكية', 'أمريكيون', 'أمريكيين', 'أمريكان', 'أميركي', 'أميركية', 'أميركيون', 'أميركيين', 'أميركان', 'ميريكان', 'مريكان'],
    en: ['American', 'Americans'], ru: ['американский', 'американская', 'американские', 'американцы', 'американец'],
  },
  { id: 'country:CN', kind: 'place', ar: ['صيني', 'صينية', 'صينيون', 'صينيين'], en: ['Chinese'], ru: ['китайский', 'китайская', 'китайские', 'китайцы'] },
  {
    id: 'country:GB', kind: 'place', ar: ['بريطاني', 'بريطانية', 'بريطانيون', 'بريطانيين', 'إنجليزي', 'انكليزي', 'انكليز'],
    en: ['British', 'Brits'], ru: ['британский', 'британская', 'британские', 'британцы', 'англичане'],
  },
  { id: 'country:FR', kind: 'place', ar: ['فرنسي', 'فرنسية', 'فرنسيون', 'فرنسيين'], en: ['French'], ru: ['французский', 'французская', 'французские', 'французы'] },
  // With the article only: the article-less ألمان and ألماني begin with «ال», which a word loses as its article
  // (كمان، "also", is ك + مان).
  { id: 'country:DE', kind: 'place', ar: ['الألماني', 'الألمانية', 'الألمان'], en: ['German', 'Germans'], ru: ['немецкий', 'немецкая', 'немецкие', 'немцы'] },
  { id: 'country:TR', kind: 'place', ar: [], en: ['Turkish', 'Turks'], ru: ['турецкий', 'турецкая', 'турецкие', 'турки'] },
  { id: 'country:IR', kind: 'place', ar: ['إيراني', 'إيرانية', 'إيرانيون', 'إيرانيين'], en: ['Iranian', 'Iranians'], ru: ['иранский', 'иранская', 'иранские', 'иранцы'] },
  { id: 'country:JP', kind: 'place', ar: ['ياباني', 'يابانية', 'يابانيون', 'يابانيين'], en: ['Japanese'], ru: ['японский', 'японская', 'японские', 'японцы'] },
  { id: 'country:UA', kind: 'place', ar: ['أوكراني', 'أوكرانية', 'أوكرانيون', 'أوكرانيين'], en: ['Ukrainian', 'Ukrainians'], ru: ['украинский', 'украинская', 'украинские', 'украинцы'] },
  { id: 'bloc:EU', kind: 'place', ar: ['أوروبي', 'أوروبية', 'أوروبيون', 'أوروبيين'], en: ['European', 'Europeans'], ru: ['европейский', 'европейская', 'европейские', 'европейцы'] },
  // The Arab peoples, whose readers ask after their own («واش كانو شي مغاربة عالقين؟»، «السفارة المصرية»).
  arabPeople('EG', 'مصري مصرية مصريون مصريين', 'Egyptian Egyptians', 'египетский египетская египетские египтяне'),
  arabPeople('SA', 'سعودي سعودية سعوديون سعوديين', 'Saudi Saudis', 'саудовский саудовская саудовские саудовцы'),
  arabPeople('AE', 'إماراتي إماراتية إماراتيون إماراتيين', 'Emirati Emiratis', 'эмиратский эмиратская'),
  arabPeople('KW', 'كويتي كويتية كويتيون كويتيين', 'Kuwaiti Kuwaitis', 'кувейтский кувейтская кувейтцы'),
  arabPeople('BH', 'بحريني بحرينية بحرينيون بحرينيين', 'Bahraini Bahrainis', 'бахрейнский бахрейнская'),
  arabPeople('IQ', 'عراقي عراقية عراقيون عراقيين', 'Iraqi Iraqis', 'иракский иракская иракские иракцы'),
  arabPeople('SY', 'سوري سورية سوريون سوريين', 'Syrian Syrians', 'сирийский сирийская сирийские сирийцы'),
  arabPeople('LB', 'لبناني لبنانية لبنانيون لبنانيين', 'Lebanese', 'ливанский ливанская ливанцы'),
  arabPeople('JO', 'أردني أردنية أردنيون أردنيين', 'Jordanian Jordanians', 'иорданский иорданская иорданцы'),
  arabPeople('PS', 'فلسطيني فلسطينية فلسطينيون فلسطينيين', 'Palestinian Palestinians', 'палестинский палестинская палестинцы'),
  arabPeople('MA', 'مغربي مغربية مغاربة مغربيين', 'Moroccan Moroccans', 'марокканский марокканская марокканцы'),
  arabPeople('DZ', 'جزائري جزائرية جزائريون جزائريين', 'Algerian Algerians', 'алжирский алжирская алжирцы'),
  arabPeople('TN', 'تونسي تونسية تونسيون تونسيين', 'Tunisian Tunisians', 'тунисский тунисская тунисцы'),
  arabPeople('LY', 'ليبي ليبية ليبيون ليبيين', 'Libyan Libyans', 'ливийский ливийская ливийцы'),
  arabPeople('SD', 'سوداني سودانية سودانيون سودانيين', 'Sudanese', 'суданский суданская суданцы'),
  arabPeople('YE', 'يمني يمنية يمنيون يمنيين', 'Yemeni Yemenis', 'йеменский йеменская йеменцы'),
  arabPeople('QA', 'قطري قطرية قطريون قطريين', 'Qatari Qataris', 'катарский катарская катарцы'),
  arabPeople('OM', 'عماني عمانية عمانيون عمانيين', 'Omani Omanis', 'оманский оманская оманцы'),
];

/** A people's entry: its Arabic forms and its English and Russian names, each list written space-separated. */
function arabPeople(code: string, ar: string, en: string, ru: string): GazetteerEntry {
  const words = (list: string) => list.split(' ').filter(Boolean);
  return { id: `country:${code}`, kind: 'place', ar: words(ar), en: words(en), ru: words(ru) };
}

/**
 * The entry with each Arabic name also written with the article, as an adjective mostly is (الإدارة الأمريكية):
 * countryMentions takes a word with the article for a country only where one of its names has it.
 */
function withArabicArticle(entry: GazetteerEntry): GazetteerEntry {
  return { ...entry, ar: (entry.ar ?? []).flatMap((name) => (name.startsWith('ال') ? [name] : [name, `ال${name}`])) };
}

/** "US" in capitals, with or without dots (US, U.S., USA), or with dots in any case (u.s.): not the pronoun "us". */
const US_ABBREVIATION = /^(?:U\.?S\.?A?\.?|[Uu]\.[Ss]\.(?:[Aa]\.?)?)$/;

/** The United States as chat writes it: an abbreviation (US_ABBREVIATION), or "us" after "the" ("the us gov"). */
function isUnitedStates(tokens: readonly AnalyzedToken[], i: number, text: string): boolean {
  return US_ABBREVIATION.test(text.slice(tokens[i]!.start, tokens[i]!.end)) || tokens[i - 1]?.normalized === 'the';
}

/** Whether the token is the "U" of "U.S." (or "u.s."), written with its dots. */
function isUsInitial(token: AnalyzedToken, text: string): boolean {
  return token.end - token.start === 1 && text.slice(token.end, token.end + 2).toLowerCase() === '.s';
}

/**
 * The countries a question's tokens name. The tokens are stemmed again with the countries' own protected names (the
 * question was analysed with the documents' gazetteer, which leaves other words whole), and "US" counts as
 * isUnitedStates reads it: otherwise "us" is the pronoun. `text` is the question the tokens' offsets point into.
 */
export function countryMentions(tokens: readonly AnalyzedToken[], text: string): EntityMatch[] {
  const countries = worldCountries();
  const restemmed = tokens.map((t, i) => {
    if (t.normalized === 'us' && isUnitedStates(tokens, i, text)) return { ...t, stop: false, stem: 'usa' };
    // "U.S." is read as its "U" (its "S" a stop word): chat's "u" ("thank u") is "you".
    if (t.normalized === 'u' && !isUsInitial(tokens[i]!, text)) return { ...t, stop: true, stem: '' };
    if (t.stop) return t;
    // Most words stem as they did (no country's name in them): the token itself, not a copy.
    const stem = countryStemmer(t.script)(t.normalized);
    return stem === t.stem ? t : { ...t, stem };
  });
  // A country named without the article is not a word with it: «النهج المالي» is the financial approach, not Mali's.
  return countries.match(restemmed).filter((m) => !(tokens[m.first]!.script === 'arabic' && m.first === m.last
    && hasArabicArticle(tokens[m.first]!.normalized) && !namedWithArticle().has(m.id)));
}

let withArticle: Set<string> | undefined;

/** The countries with an Arabic name that carries the article (الأردن، الصين), by id. */
function namedWithArticle(): ReadonlySet<string> {
  return (withArticle ??= new Set(worldCountries().entries.filter((e) => listOf(e.ar).some((name) => /^ال/.test(name))).map((e) => e.id)));
}

/** Per script, stemWord with the countries' protected names, remembered per word (every question is stemmed again). */
const countryStemmers = new Map<Script, (normalized: string) => string>();

function countryStemmer(script: Script): (normalized: string) => string {
  let stem = countryStemmers.get(script);
  if (!stem) {
    const options = { protectedWords: worldCountries().protectedWords };
    countryStemmers.set(script, (stem = memoizeWord((normalized) => stemWord(normalized, script, options))));
  }
  return stem;
}
