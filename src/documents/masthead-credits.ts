// A news site's masthead: the lines naming who runs it («الإشراف العام» then «إلهام أبو الفتح», «رئيس التحرير» then
// «أحمد صبري»), which pages copy above every article. Cleaning drops them as page chrome; they are kept as the
// document's metadata (DocumentMeta.credits), so "who is the editor-in-chief of Sada El Balad?" has the masthead's
// own answer.
import { lineWords } from './line-key.js';

/** The posts a masthead names. */
export const MASTHEAD_ROLES = [
  'general-supervisor', 'editor-in-chief', 'deputy-editor-in-chief', 'managing-editor', 'chairman', 'general-manager', 'founder', 'publisher',
] as const;
export type MastheadRole = (typeof MASTHEAD_ROLES)[number];

/** One line of a masthead: the post as the page labels it, and the name under it. */
export interface MastheadCredit {
  role: MastheadRole;
  /** The post as the masthead writes it («رئيس التحرير», "Editor-in-chief"). */
  label: string;
  name: string;
}

/**
 * The labels of each post in the mastheads of Arabic, English and Russian news sites, written as a page heads the
 * name below (general usage, not taken from any site). A label is the whole line, so a sentence naming the post is
 * never read as one.
 */
const LABELS: Record<MastheadRole, readonly string[]> = {
  'general-supervisor': ['الإشراف العام', 'المشرف العام', 'المشرفة العامة', 'general supervisor', 'supervisor general'],
  'editor-in-chief': ['رئيس التحرير', 'رئيسة التحرير', 'editor-in-chief', 'editor in chief', 'chief editor', 'главный редактор', 'главный редактор сайта'],
  'deputy-editor-in-chief': ['نائب رئيس التحرير', 'نائبة رئيس التحرير', 'deputy editor-in-chief', 'deputy editor', 'заместитель главного редактора'],
  'managing-editor': ['مدير التحرير', 'مديرة التحرير', 'managing editor', 'выпускающий редактор', 'шеф-редактор'],
  'chairman': ['رئيس مجلس الإدارة', 'رئيسة مجلس الإدارة', 'chairman', 'chairman of the board', 'председатель совета директоров'],
  'general-manager': ['المدير العام', 'المديرة العامة', 'general manager', 'генеральный директор'],
  'founder': ['المؤسس', 'المؤسسة', 'founder', 'основатель', 'учредитель'],
  'publisher': ['الناشر', 'publisher', 'издатель'],
};

/** Each label's words, as lineWords reads a line, to its post. */
const ROLE_OF_LABEL: ReadonlyMap<string, MastheadRole> = new Map(
  MASTHEAD_ROLES.flatMap((role) => LABELS[role].map((label) => [lineWords(label).join(' '), role] as const)),
);

/**
 * Longest a masthead's line runs, label or "label: name" (characters): every longer line, the article's own, is passed
 * over unread, as cleaning asks of each line of every document at start-up.
 */
const MASTHEAD_LINE_MAX = Math.max(...Object.values(LABELS).flat().map((label) => label.length)) + 40;

/** Most words a masthead's name line has («إلهام أبو الفتح»: three). */
const NAME_MAX_WORDS = 5;
/** A name line has no digits, no sentence punctuation and no link. */
const NOT_A_NAME = /[\d.!?؟…؛"”»@/]|https?:/;

/** The post a whole line labels («رئيس التحرير», "Editor-in-chief:"), or undefined. */
export function mastheadRoleOf(line: string): MastheadRole | undefined {
  return line.length > MASTHEAD_LINE_MAX ? undefined : ROLE_OF_LABEL.get(lineWords(line).join(' '));
}

/**
 * The line as a masthead's name (tatweel, which only stretches letters, taken out: «أحمــد صبـري» is «أحمد صبري»), or
 * undefined when it cannot be one: too long, or holding digits or sentence punctuation.
 */
export function mastheadNameOf(line: string): string | undefined {
  if (line.length > MASTHEAD_LINE_MAX) return undefined;
  const name = line.replace(/\u0640/g, '').replace(/\s+/g, ' ').trim();
  const words = lineWords(name);
  if (words.length === 0 || words.length > NAME_MAX_WORDS || NOT_A_NAME.test(name) || mastheadRoleOf(name)) return undefined;
  return name;
}

/** A line holding a post and its name at once («رئيس التحرير: أحمد صبري»), or undefined. */
export function mastheadCreditOf(line: string): MastheadCredit | undefined {
  if (line.length > MASTHEAD_LINE_MAX) return undefined;
  const colon = line.search(/[:：]/);
  if (colon <= 0) return undefined;
  const label = line.slice(0, colon).trim();
  const role = mastheadRoleOf(label);
  const name = role && mastheadNameOf(line.slice(colon + 1));
  return role && name ? { role, label, name } : undefined;
}
