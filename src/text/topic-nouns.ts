import type { AnalyzedToken } from './analyze.js';

/**
 * Nouns of what a question asks the content of, by family (normalised):
 * - an issue or topic: «ما القضية التي عُرضت على المجلس؟»، ما الملف…، what was on the agenda…, какой вопрос…;
 * - tasks or a mandate: «ما المهام الموكلة…؟»، ما الصلاحيات…، what is their mandate…, какие задачи…;
 * - demands: «ما هي مطالب المتظاهرين؟»، شو كانت مطالب…، what were the demands…, какие требования…
 * A passage answers such a question by saying what the issue, the tasks or the demands were, under any noun of the
 * same family («كانت القضية المعروضة على المجلس هي…»، «يشمل تفويض قوات حفظ السلام حماية…»، «ستتمثل المهام الرئيسية…
 * في…»), or, for demands, with the verb of demanding and what was demanded («وطالب المتظاهرون بتخفيضها…»: statesDemand).
 */
export const TOPIC_FAMILIES = ['issue', 'tasks', 'demands'] as const;
export type TopicFamily = (typeof TOPIC_FAMILIES)[number];

const ISSUE = /^(?:[وفبل]?(?:ال)?(?:قضيه|موضوع|ملف|مساله|محور)|agenda|topic|issue|subject|matter|вопрос[а-я]*|тем[аеуы]|темой|повестк[а-я]*)$/;
const TASKS = /^(?:[وفبل]?(?:ال)?(?:مهام|مهامها|صلاحيات|تفويض|واجبات|دور)|tasks?|mandate|role|duties|powers|задач[а-я]*|полномочи[а-я]*|мандат[а-я]*|рол[ьи])$/;

const DEMANDS = /^(?:[وفبل]?(?:ال)?(?:مطالب|مطالبهم|مطلب|طلبات|طلباتهم)|demands?|требовани[а-я]*)$/;

/** The family of a topic noun (see TopicFamily), or undefined for any other word. */
export function topicFamilyOf(word: string): TopicFamily | undefined {
  return ISSUE.test(word) ? 'issue' : TASKS.test(word) ? 'tasks' : DEMANDS.test(word) ? 'demands' : undefined;
}

/**
 * The family of a question's word at i as a topic noun: its own (topicFamilyOf), or an issue for the "table" of "on
 * the table" ("what was on the table at the meeting?" asks what the issue was, as "on the agenda" does).
 */
export function topicFamilyAt(tokens: readonly AnalyzedToken[], i: number): TopicFamily | undefined {
  const word = tokens[i]!.normalized;
  if (word === 'table' && tokens[i - 1]?.normalized === 'the' && tokens[i - 2]?.normalized === 'on') return 'issue';
  return topicFamilyOf(word);
}

/** The number of a question's topic noun's family (see topicFamilyAt), as topicFamilyNumber gives it. */
export function topicFamilyNumberAt(tokens: readonly AnalyzedToken[], i: number): number {
  return numberOf(topicFamilyAt(tokens, i));
}

/** The number of a topic noun's family, as the passages' marks hold it (1 + its index in TOPIC_FAMILIES), or 0. */
export function topicFamilyNumber(word: string): number {
  return numberOf(topicFamilyOf(word));
}

const numberOf = (family: TopicFamily | undefined): number => (family ? TOPIC_FAMILIES.indexOf(family) + 1 : 0);

/**
 * A verb of demanding (normalised) with what was demanded after it: «طالب المتظاهرون بخفض…», «يطالبون بـ…», "demanded
 * a cut", «требовали снизить»: the passage says what the demands were as «القضية… هي» says what the issue was.
 */
const DEMANDING_VERB = /^(?:[وف]?(?:طالب|طالبوا|طالبت|يطالب|يطالبون|تطالب)|demanded|demanding|требовал[аи]?|требуют)$/;
/** How far after the verb what was demanded may begin, past a subject of a word or two. */
const DEMANDED_REACH = 3;

/** Whether the token at `at` is a verb of demanding with what was demanded after it (see DEMANDING_VERB). */
export function statesDemand(tokens: readonly AnalyzedToken[], at: number): boolean {
  const { normalized, script } = tokens[at]!;
  if (!DEMANDING_VERB.test(normalized)) return false;
  if (script !== 'arabic') return at + 1 < tokens.length;
  for (let k = at + 1; k <= Math.min(tokens.length - 1, at + DEMANDED_REACH); k++) if (/^ب[\u0621-\u064A]{2,}/.test(tokens[k]!.normalized)) return true;
  return false;
}
