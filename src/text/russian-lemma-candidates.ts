// Dictionaries list a Russian verb by its infinitive and a noun by its nominative, while questions use past tense
// (отключили), participles (убиты, задержаны, протестующие) and cases with a fleeting vowel (миротворцев). Snowball
// stems do not always meet the headword's (убить → уб, убиты → убит), so these rules guess the headword itself.

const ADJECTIVE = '(?:ие|их|ий|ая|ее|ое|его|ому|ему|им|ими|ую|ые|ый|ых|ого|ыми)';

/**
 * Ending → the dictionary endings it may come from ($1: letters the ending keeps). Every rule that applies adds its
 * candidates, verbs before adjectives before nouns: the likelier reading of an ambiguous ending comes first.
 */
const RULES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  // Past tense, reflexive first: собрались → собраться; отключили, отправила → отключить, отправить; погибли → погибнуть.
  [/(?:лись|лся|лась|лось)$/, ['ться']],
  [/(?:ли|ла|ло|л)$/, ['ть', 'нуть']],
  // The verbs of leading and carrying lose their с or з in the past: ввели → ввести, привезли → привезти.
  [/е(?:ли|ла|ло|л)$/, ['ести']],
  [/ез(?:ли|ла|ло)$/, ['езти']],
  // And so do the verbs in -сти of carrying and shaking (унесли → унести, трясли → трясти); расти (to grow) and its
  // prefixed verbs turn о to а: выросли → вырасти, перерос → перерасти.
  [/ес(?:ли|ла|ло)$/, ['ести']],
  [/рос(?:ли|ла|ло)?$/, ['расти']],
  // Past of the verbs in -асть: напал → напасть, попали → попасть, украли → украсть.
  [/а(?:ли|ла|ло|л)$/, ['асть']],
  // Present and future of the verbs in -овать/-евать, whose stem changes to -у-/-ю-: атакуют → атаковать, требует →
  // требовать, воюют → воевать.
  [/(?:ую|уешь|ует|уем|уете|уют)$/, ['овать']],
  // Their reflexive, and the reflexive present of the verbs in -аться, -яться and -иться: стабилизируется →
  // стабилизироваться, начинается → начинаться, продлится → продлиться.
  [/(?:уюсь|уешься|уется|уемся|уетесь|уются)$/, ['оваться', 'овать']],
  [/([ая])(?:юсь|ешься|ется|емся|етесь|ются)$/, ['$1ться', '$1ть']],
  [/(?:юсь|ишься|ится|имся|итесь|ятся)$/, ['иться', 'ить']],
  [/(?:юю|юешь|юет|юем|юете|юют)$/, ['евать']],
  // дать and its prefixed verbs in the future: передадут → передать, сдаст → сдать.
  [/(?:дам|дашь|даст|дадим|дадите|дадут)$/, ['дать']],
  // A masculine past without its л: погиб → погибнуть, исчез → исчезнуть, спас → спасти, помог → помочь.
  [/([бзпсх])$/, ['$1нуть', '$1ти']],
  [/([гк])$/, ['$1нуть', 'чь']],
  // Present participles: протестующие → протестовать; нарушающих → нарушать; стоящие → стоять, говорящие → говорить.
  [new RegExp(`ующ${ADJECTIVE}$`), ['овать']],
  [new RegExp(`([ая])ющ${ADJECTIVE}$`), ['$1ть']],
  [new RegExp(`([ая])щ${ADJECTIVE}$`), ['$1ть', 'ить']],
  // Passive participles, short and full: убиты, убитые → убить; задержаны → задержать; ранены, отключены → ранить.
  [new RegExp(`т(?:ы|а|о|${ADJECTIVE})?$`), ['ть']],
  [new RegExp(`([ая])нн?(?:ы|а|о|${ADJECTIVE})?$`), ['$1ть']],
  [new RegExp(`енн?(?:ы|а|о|${ADJECTIVE})?$`), ['ить', 'еть']],
  // A verb in -ить changes its last consonant in the passive participle: захвачены → захватить, освобождены →
  // освободить, поражены → поразить, запущены → запустить, прекращены → прекратить, брошены → бросить, and puts an
  // л after a labial: направлены → направить, остановлены → остановить. The verbs of leading keep their д: введены → ввести.
  [new RegExp(`ченн?(?:ы|а|о|${ADJECTIVE})?$`), ['тить']],
  [new RegExp(`жденн?(?:ы|а|о|${ADJECTIVE})?$`), ['дить']],
  [new RegExp(`([^д])женн?(?:ы|а|о|${ADJECTIVE})?$`), ['$1зить', '$1дить']],
  [new RegExp(`щенн?(?:ы|а|о|${ADJECTIVE})?$`), ['стить', 'тить']],
  [new RegExp(`шенн?(?:ы|а|о|${ADJECTIVE})?$`), ['сить']],
  [new RegExp(`([бвпмф])ленн?(?:ы|а|о|${ADJECTIVE})?$`), ['$1ить']],
  [new RegExp(`еденн?(?:ы|а|о|${ADJECTIVE})?$`), ['ести']],
  // Adjectives back to the masculine: чрезвычайное, чрезвычайного → чрезвычайный; раненые → раненый.
  [new RegExp(`${ADJECTIVE}$`), ['ый', 'ий', 'ой']],
  // Nouns back to the nominative singular: цены → цена; протестов → протест; аэропорту → аэропорт; России → россия.
  [/(?:ии|ию|ией|иям|иями|иях)$/, ['ия', 'ие']],
  [/(?:ы|и)$/, ['а', 'я', '', 'о', 'ь']],
  [/(?:ов|ев|ей)$/, ['', 'ь', 'а', 'я']],
  [/(?:ами|ями|ам|ям|ах|ях)$/, ['', 'а', 'я', 'о', 'ь']],
  [/(?:ом|ем|ой|ей|ою|ью)$/, ['', 'а', 'я', 'о', 'ь']],
  [/(?:у|ю|е)$/, ['', 'а', 'я', 'о', 'ь']],
  [/(?:а|я)$/, ['', 'о', 'ь']],
];

/**
 * The verbs of going (идти and its prefixed forms: выйти, уйти, прийти, найти…) change their stem: past вышли, ушла,
 * future выйдут, уйдет, придут. The endings after the prefix are a closed set; the prefix is kept: вы-шли → вы-йти.
 * "При" drops the й of its future (придут); the bare verb is идти (шли, идут).
 */
const GOING_PAST = /^(.*?)(?:шел|шла|шло|шли|шедший|шедшие)$/;
const GOING_FUTURE = /^(.*?)(?:йду|йдешь|йдет|йдем|йдете|йдут)$/;
const ARRIVING_FUTURE = /^при(?:ду|дешь|дет|дем|дете|дут)$/;
const GOING_PRESENT = /^(?:иду|идешь|идет|идем|идете|идут)$/;
/** The verb prefixes a verb of going takes (в-, вы-, при-, у-…), with their о before a cluster (подо-, ото-). */
const GOING_PREFIX = /^(?:в|во|вы|вз|взо|до|за|из|изо|на|об|обо|от|ото|пере|по|под|подо|при|про|раз|разо|с|со|у)$/;

/** The infinitive of a verb of going in another form (вышли → выйти, придут → прийти, шли → идти), if it is one. */
function goingVerb(word: string): string | undefined {
  if (ARRIVING_FUTURE.test(word)) return 'прийти';
  if (GOING_PRESENT.test(word)) return 'идти';
  const match = GOING_PAST.exec(word) ?? GOING_FUTURE.exec(word);
  if (!match) return undefined;
  const prefix = match[1]!;
  // Only a verb prefix stands before («вышли»), not any letters that happen to end the same way.
  if (prefix === '') return 'идти';
  return GOING_PREFIX.test(prefix) ? `${prefix}йти` : undefined;
}

/**
 * The verbs of taking and fighting, carrying and burning change their stem in the present (берут → брать, везет →
 * везти, несут → нести) and in the past (жгли → жечь); a prefix stays on (привезут → привезти). Not вести (ведут),
 * whose first sense in the dictionary is "head": «ведёт работу» became the president.
 */
const STEM_CHANGING: ReadonlyArray<readonly [RegExp, string]> = [
  // The verbs in -рать put a vowel back in the present: берут → брать, соберутся → собраться, дерутся → драться.
  [/([бд])ер(?:у|ешь|ет|ем|ете|ут)$/, '$1рать'],
  [/([бд])ер(?:у|ешь|ет|ем|ете|ут)ся$/, '$1раться'],
  [/вез(?:у|ешь|ет|ем|ете|ут)$/, 'везти'],
  [/нес(?:у|ешь|ет|ем|ете|ут)$/, 'нести'],
  [/(?:жег|жгли|жгла|жгло|жгу|жжешь|жжет|жгут)$/, 'жечь'],
];

/**
 * The cardinal numbers in their other cases (двух, трем, пятью → два, три, пять), by their declension in the grammars:
 * dictionaries list the nominative only. Not семью, more often «семья» (family) than «семь».
 */
const NUMERALS: ReadonlyMap<string, string> = new Map([
  ...['двух', 'двум', 'двумя'].map((w) => [w, 'два'] as const),
  ...['трех', 'трем', 'тремя'].map((w) => [w, 'три'] as const),
  ...['четырех', 'четырем', 'четырьмя'].map((w) => [w, 'четыре'] as const),
  ...['пяти', 'пятью'].map((w) => [w, 'пять'] as const),
  ...['шести', 'шестью'].map((w) => [w, 'шесть'] as const),
  ['семи', 'семь'],
  ...['восьми', 'восемью', 'восьмью'].map((w) => [w, 'восемь'] as const),
  ...['девяти', 'девятью'].map((w) => [w, 'девять'] as const),
  ...['десяти', 'десятью'].map((w) => [w, 'десять'] as const),
]);

/** Case endings of nouns, longest first, for the fleeting vowel (миротворцев → миротворец, бойцы → боец). */
const NOUN_ENDINGS = /(?:ами|ями|ах|ях|ам|ям|ов|ев|ом|ем|ей|ы|и|а|я|у|ю|е)$/;

/**
 * Dictionary forms a Russian word may be an inflection of, likeliest first, for looking it up in a word list
 * (most are not words: the caller keeps those its list has). Expects lower case with ё written е.
 */
export function russianLemmaCandidates(word: string): string[] {
  const candidates: string[] = [];
  const numeral = NUMERALS.get(word);
  if (numeral) candidates.push(numeral);
  // A reflexive one too: разошлись → разойтись.
  const reflexive = /(?:сь|ся)$/.test(word) ? goingVerb(word.slice(0, -2)) : undefined;
  const going = goingVerb(word) ?? (reflexive && `${reflexive}сь`);
  if (going) candidates.push(going);
  for (const [ending, infinitive] of STEM_CHANGING) if (ending.test(word)) candidates.push(word.replace(ending, infinitive));
  for (const [ending, replacements] of RULES) {
    const match = ending.exec(word);
    // Two letters at least before the ending: "ли", "быт" alone are no verbs to look up.
    if (!match || match.index < 2) continue;
    for (const replacement of replacements) candidates.push(word.replace(ending, replacement));
  }
  const noun = NOUN_ENDINGS.exec(word);
  if (noun) {
    const base = word.slice(0, noun.index);
    // A consonant cluster before ц, к or н lost its е or о: миротворц → миротворец; отц → отец.
    if (/[^аеиоуыэюя][цкн]$/.test(base) && base.length >= 3) {
      candidates.push(`${base.slice(0, -1)}е${base.slice(-1)}`, `${base.slice(0, -1)}о${base.slice(-1)}`);
    }
  }
  return [...new Set(candidates)].filter((c) => c !== word);
}

/**
 * Perfective infinitive → the imperfective infinitives it may pair with, by the regular ways Russian forms them:
 * -ить → -ать/-ять/-ивать with the last consonant changed (прекратить → прекращать, подтвердить → подтверждать,
 * выразить → выражать, пригласить → приглашать, отправить → отправлять), -ать → -ывать/-ивать (показать →
 * показывать), -нять → -нимать (снять → снимать), -ехать → -езжать (уехать → уезжать), -слать → -сылать (разослать →
 * рассылать); an -ивать partner turns the root's о into а (остановить → останавливать). Mueller's dictionary
 * translates English verbs by the imperfective, so a perfective a question uses («прекратились», «показали») is often
 * no headword, or only under a rare sense.
 */
const IMPERFECTIVE_RULES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/стить$/, ['щать']],
  [/тить$/, ['щать', 'чивать']],
  [/дить$/, ['ждать', 'живать']],
  [/зить$/, ['жать', 'живать']],
  [/сить$/, ['шать', 'шивать']],
  [/([бвпмф])ить$/, ['$1лять', '$1ливать']],
  [/ить$/, ['ать', 'ять', 'ивать']],
  [/ать$/, ['ывать', 'ивать']],
  [/ять$/, ['ивать']],
  [/нять$/, ['нимать']],
  [/ехать$/, ['езжать']],
  [/слать$/, ['сылать']],
  [/ослать$/, ['сылать']],
  [/нуть$/, ['ать']],
];

/** The imperfective partners a perfective infinitive may have (most are not words: the caller keeps those its list has). */
export function imperfectiveCandidates(infinitive: string): string[] {
  const found: string[] = [];
  for (const [ending, replacements] of IMPERFECTIVE_RULES) {
    const match = ending.exec(infinitive);
    // A letter at least before the ending: с-нять, у-ехать.
    if (!match || match.index < 1) continue;
    for (const replacement of replacements) {
      const partner = infinitive.replace(ending, replacement);
      // An -ивать/-ывать partner turns the root's last о into а (остановить → останавливать, спросить →
      // спрашивать, устроить → устраивать, заработать → зарабатывать).
      const forms = /[иы]вать$/.test(partner) ? [partner, partner.replace(/о([^аеиоуыэюя]*[иы]вать)$/, 'а$1')] : [partner];
      for (const form of forms) {
        found.push(form);
        // раз-/из-/воз- before a voiceless consonant are written рас-/ис-/вос- (разослать → рассылать).
        found.push(form.replace(/^(ра|и|во)з(?=[кпстфхцчшщ])/, '$1с'));
      }
    }
  }
  return [...new Set(found)].filter((c) => c !== infinitive);
}
