// Other forms of an Arabic word, from its light stem alone: what the light stemmer keeps apart (the feminine past's ت,
// the future's س and the present's persons, a dropped hamza) or what another pattern of its root says (a participle's
// verb, an adjective's elative). Each gives stems to look up in the documents; none looks them up itself.

/**
 * The past-tense verb a participle's stem comes from, by its pattern: فاعل → فعل (الحاضرون → حضر، القاتل → قتل) and
 * مفاعل → فاعل (المشاركون → شارك، المهاجمون → هاجم), and the passive مفعول → فعل (مفروضة → فرض). The documents often
 * tell with the verb («وحضر الاجتماع…»، «وأعلن فرض حالة الطوارئ») what a question asks of the doers («من الحاضرون؟») or
 * of what was done («هل حالة الطوارئ مفروضة في كل البلاد؟»). The root field already links them, far more weakly.
 */
export function verbsOfParticiple(stem: string): string[] {
  if (stem.length === 4 && stem[1] === 'ا') return [stem[0]! + stem.slice(2)];
  if (stem.length === 5 && stem[0] === 'م' && stem[2] === 'ا') return [stem.slice(1)];
  if (stem.length === 5 && stem[0] === 'م' && stem[3] === 'و') return [stem[1]! + stem[2]! + stem[4]!];
  return [];
}

/**
 * The same past-tense verb with the feminine ending ت taken off or added (زادت ↔ زاد, أرسل ↔ أرسلت), or '' for a stem
 * too short or too long to be one.
 */
export function pastTenseTwin(stem: string): string {
  if (stem.endsWith('ت')) return stem.length >= 4 && stem.length <= 7 && !stem.endsWith('ات') ? stem.slice(0, -1) : '';
  return stem.length >= 3 && stem.length <= 6 ? `${stem}ت` : '';
}

/**
 * The future forms of a verb (ستغادر، سيغادر، سنغادر) from its present (يغادر، تغادر) or, with `fromBase`, its dictionary
 * form (غادر), or none for a stem too short or too long to be one: the light stemmer keeps the future's س and the
 * present's prefix on the word, so "when will the troops leave?" (يغادر) did not meet «وستغادر البلاد». A past verb
 * (غادرت) has none: "when did they leave?" is not answered by "they will leave after…".
 */
export function futureForms(stem: string, fromBase = false): string[] {
  let base = stem;
  if (/^[يتن]/.test(stem) && stem.length >= 4) base = stem.slice(1);
  else if (!fromBase) return [];
  else if (base !== presentBase(base)) return withPrefixes(presentBase(base), FUTURE_PREFIXES);
  if (base.startsWith('س')) return [];
  return withPrefixes(base, FUTURE_PREFIXES);
}

/**
 * The present forms (third person masculine and feminine) of a verb's dictionary form: قاتل → يقاتل، تقاتل; انتصر →
 * ينتصر، تنتصر. None for a stem too short or too long to be one.
 */
export function presentForms(stem: string): string[] {
  return withPrefixes(presentBase(stem), PRESENT_PREFIXES);
}

/**
 * A dictionary form as its present writes it after the prefix: a derived form opens on an alef its present drops
 * (انتصر → ينتصر، استخدم → يستخدم، أرسل → يرسل).
 */
function presentBase(stem: string): string {
  return stem.startsWith('ا') && stem.length >= 4 ? stem.slice(1) : stem;
}

/** The future's prefixes (third person, second, first plural) and the present's (third person, both genders). */
const FUTURE_PREFIXES = ['ست', 'سي', 'سن'];
const PRESENT_PREFIXES = ['ي', 'ت'];
/** The present's prefixes of the third person, the second and the first plural. */
const PERSON_PREFIXES = ['ي', 'ت', 'ن'];

/** A present base with each prefix, or none for a base too short or too long to be a verb's. */
function withPrefixes(base: string, prefixes: readonly string[]): string[] {
  return base.length < 3 || base.length > 5 ? [] : prefixes.map((prefix) => prefix + base);
}

/**
 * The same imperfect verb in the other persons: سيتعرض، ستتعرض، تتعرض → يتعرض، تتعرض (and نتعرض), and a future in the
 * future's other persons too (ستواصل → سيواصل، سنواصل); none for a stem too short or too long to be one. The light
 * stemmer keeps these prefixes on the word, so "will the peaceful protesters be persecuted?" (سيتعرض) did not meet
 * «ألا يتعرض المتظاهرون السلميون للاضطهاد», nor «ما الذي ستواصله روسيا؟» Moscow's «سنواصل مشاوراتنا الوثيقة» (the
 * future: tuned probes +2 quotes, held out +1, every other set and ARCD the same).
 */
export function otherPersonForms(stem: string): string[] {
  const match = /^(س?)[يتن](.{3,5})$/.exec(stem);
  if (!match) return [];
  const prefixes = match[1] ? [...FUTURE_PREFIXES, ...PERSON_PREFIXES] : PERSON_PREFIXES;
  return prefixes.map((prefix) => prefix + match[2]!).filter((form) => form !== stem);
}

/**
 * A past verb whose last radical is a hamza, typed without it before the feminine ت (بدت for بدأت، قرت for قرأت, as
 * chat and Gulf spelling drop it): the stem with the hamza back, on its normalised alef seat; '' when the word is not
 * of that shape.
 */
export function hamzaRestored(stem: string): string {
  return stem.length >= 3 && stem.length <= 5 && stem.endsWith('ت') && !stem.endsWith('ات') ? `${stem.slice(0, -1)}ات` : '';
}

/**
 * The elative of an Arabic adjective of the pattern فعيل, as the light stemmer leaves it: أفعل (كبير → اكبر) and the
 * feminine فُعلى (كبرى, whose stem is كبر). Newspapers say «المدن الكبرى» and «أكبر» where people say «المدن الكبيرة»;
 * the comparative is the same adjective, graded. Doubled and hollow roots (قليل → أقل، طويل → أطول) follow other
 * patterns and are left out: the radicals must be three distinct letters, none of them و or ي.
 */
export function elativeStems(stem: string): string[] {
  const m = /^([^\sاويى])([^\sاويى])ي([^\sاويى])$/u.exec(stem);
  if (!m || m[2] === m[3]) return [];
  const radicals = m[1]! + m[2]! + m[3]!;
  return [`ا${radicals}`, radicals];
}

/**
 * The verbal nouns (masdars) of a derived form's past tense, by its pattern (Wright, A Grammar of the Arabic Language,
 * vol. 1 § 196; Ryding, A Reference Grammar of Modern Standard Arabic, ch. 18): فعّل (written as Form I) and تفعّل →
 * تفعيل (خرّب، تخرّبت → تخريب), أفعل → إفعال (أرسل → إرسال), افتعل and انفعل → افتعال and انفعال (اشتبك → اشتباك،
 * انسحب → انسحاب), استفعل → استفعال (استخدم → استخدام). News tell an event by its noun («التدمير والتخريب»، «إرسال
 * القوات») where people ask with the verb («تخربت؟»، «بعتوا قوات؟»). Only the sound patterns: a guess the caller keeps
 * where the documents hold it.
 */
export function verbalNounsOfPast(past: string): string[] {
  const n = past.length;
  if (n === 3) return [`ت${past.slice(0, 2)}ي${past[2]}`];
  if (n === 4 && past[0] === 'ت') return [`ت${past.slice(1, 3)}ي${past[3]}`];
  if (n === 4 && past[0] === 'ا') return [`${past.slice(0, 3)}ا${past[3]}`];
  if (n === 5 && past[0] === 'ا') return [`${past.slice(0, 4)}ا${past[4]}`];
  if (n === 6 && past.startsWith('است')) return [`${past.slice(0, 5)}ا${past[5]}`];
  return [];
}

/**
 * The past tense a verbal noun of the pattern فُعول belongs to, bare and with the feminine ت the documents narrate it
 * in (ظهور → ظهر، ظهرت; وصول → وصل، وصلت; سقوط → سقط، سقطت): a common pattern of Form I verbal nouns (Wright, vol. 1
 * § 195), which the light stemmer keeps apart from the verb. "How did the ministry explain the emergence (ظهور) of the
 * groups?" is answered by «ظهرت الجماعات الإرهابية بسبب…».
 */
export function verbsOfVerbalNoun(stem: string): string[] {
  if (stem.length !== 4 || stem[2] !== 'و') return [];
  const past = stem.slice(0, 2) + stem[3];
  return [past, pastTenseTwin(past)];
}
