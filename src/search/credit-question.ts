// Whether a question asks who holds a post on a news site's masthead ("who is the editor-in-chief of Sada El Balad?",
// «من المشرف العام على موقع صدى البلد؟», «кто главный редактор RT?»). Its answer is the masthead the document's page
// carried (DocumentMeta.credits), which no passage holds.
import type { MastheadRole } from '../documents/masthead-credits.js';
import type { AnalyzedToken } from '../text/analyze.js';

/** A phrase naming a post: one pattern a word, matched by consecutive words of the question (normalised). */
type PostPhrase = readonly RegExp[];

/** Arabic «ال» with a clitic before it (و، ف، ب، ل), or none. */
const AL = '(?:[وفبل]?(?:ال|لل)|[وفبل])?';
const ar = (pattern: string) => new RegExp(`^${AL}${pattern}$`);

/**
 * The phrases naming each post, longest first where one holds another (a deputy editor-in-chief before the
 * editor-in-chief). Arabic in the construct and with the article (رئيس تحرير، رئيس التحرير), English and Russian in
 * their usual wordings (главного редактора, главред).
 */
const POST_PHRASES: ReadonlyArray<readonly [MastheadRole, PostPhrase]> = [
  ['deputy-editor-in-chief', [ar('ناءب(?:ه)?'), ar('رءيس'), ar('تحرير')]],
  ['deputy-editor-in-chief', [/^deputy$/, /^editors?$/]],
  ['deputy-editor-in-chief', [/^заместител[а-я]*$/, /^главн[а-я]*$/, /^редактор[а-я]*$/]],
  ['deputy-editor-in-chief', [/^замглавред[а-я]*$/]],
  ['chairman', [ar('رءيس(?:ه)?'), ar('مجلس'), ar('اداره')]],
  ['chairman', [/^(?:chairman|chairwoman|chairperson)$/]],
  ['chairman', [/^председател[а-я]*$/, /^совета$/, /^директоров$/]],
  ['editor-in-chief', [ar('رءيس(?:ه)?'), ar('تحرير')]],
  ['editor-in-chief', [/^editors?$/, /^in$/, /^chief$/]],
  ['editor-in-chief', [/^chief$/, /^editors?$/]],
  ['editor-in-chief', [/^editor-in-chief$/]],
  // A site's editor, asked bare, is its editor-in-chief ("who is the editor of Sada El Balad?").
  ['editor-in-chief', [/^editors?$/]],
  ['editor-in-chief', [/^главн[а-я]*$/, /^редактор[а-я]*$/]],
  ['editor-in-chief', [/^главред[а-я]*$/]],
  ['managing-editor', [ar('مدير(?:ه)?'), ar('تحرير')]],
  ['managing-editor', [/^managing$/, /^editors?$/]],
  ['managing-editor', [/^выпускающ[а-я]*$/, /^редактор[а-я]*$/]],
  ['managing-editor', [/^шеф$/, /^редактор[а-я]*$/]],
  ['general-supervisor', [ar('(?:اشراف|مشرف|مشرفه)'), ar('عام(?:ه)?')]],
  ['general-supervisor', [/^general$/, /^supervisor$/]],
  ['general-manager', [ar('مدير(?:ه)?'), ar('عام(?:ه)?')]],
  ['general-manager', [/^general$/, /^manager$/]],
  ['general-manager', [/^генеральн[а-я]*$/, /^директор[а-я]*$/]],
  ['general-manager', [/^гендиректор[а-я]*$/]],
  // Not «المؤسسة», an institution.
  ['founder', [ar('مءسس')]],
  ['founder', [/^founders?$/]],
  ['founder', [/^(?:основател|учредител)[а-я]*$/]],
  ['publisher', [ar('ناشر')]],
  ['publisher', [/^publishers?$/]],
  ['publisher', [/^издател[а-я]*$/]],
];

/** Any phrase's first word: most questions have none, and are read no further (one test a word). */
const FIRST_WORD = new RegExp(POST_PHRASES.map(([, phrase]) => phrase[0]!.source).join('|'));

/** The post a question names and the indexes of its words, or undefined. */
export function askedMastheadPost(tokens: readonly AnalyzedToken[]): { role: MastheadRole; words: number[] } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!FIRST_WORD.test(tokens[i]!.normalized)) continue;
    for (const [role, phrase] of POST_PHRASES) {
      if (phrase.every((word, k) => word.test(tokens[i + k]?.normalized ?? ''))) return { role, words: phrase.map((_, k) => i + k) };
    }
  }
  return undefined;
}

/**
 * Nouns of a news site, which a question about its masthead may name instead of the site's name ("the site", «الموقع»,
 * «сайт»): normalised, the Arabic with the article or a clitic.
 */
const SITE_NOUN = new RegExp(`^(?:${AL}(?:موقع|صحيفه|جريده|بوابه)|sites?|websites?|newspapers?|paper|portal|outlet|сайт[а-я]*|газет[а-я]*|издани[а-я]*|портал[а-я]*)$`);

/** The indexes of the question's words naming a news site by its noun (see SITE_NOUN). */
export function siteNounIndexes(tokens: readonly AnalyzedToken[]): number[] {
  return tokens.flatMap((t, i) => (SITE_NOUN.test(t.normalized) ? [i] : []));
}

/**
 * Words of holding a post («يشغل منصب»، «يتولى», "holds the position", «занимает должность»): normalised, the Arabic
 * with the article or a clitic. They say what is asked of the site, not which report: «تولى… منصب رئيس مجلس الأمن» in
 * another report is no clue to it (tuned probes +1, every other set the same).
 */
const POST_HOLDING = new RegExp(`^(?:${AL}(?:منصب|وظيفه)|[يت]?شغل|[يت]?تولي|تولي|holds?|holding|position|post|job|занима[а-я]*|должност[а-я]*)$`);

/** The indexes of the question's words of holding a post (see POST_HOLDING). */
export function postHoldingIndexes(tokens: readonly AnalyzedToken[]): number[] {
  return tokens.flatMap((t, i) => (POST_HOLDING.test(t.normalized) ? [i] : []));
}
