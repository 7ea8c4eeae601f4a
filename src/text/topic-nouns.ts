/**
 * Nouns of what a question asks the content of, by family (normalised):
 * - an issue or topic: «ما القضية التي عُرضت على المجلس؟»، ما الملف…، what was on the agenda…, какой вопрос…;
 * - tasks or a mandate: «ما المهام الموكلة…؟»، ما الصلاحيات…، what is their mandate…, какие задачи…
 * A passage answers such a question by saying what the issue or the tasks were, under any noun of the same family
 * («كانت القضية المعروضة على المجلس هي…»، «يشمل تفويض قوات حفظ السلام حماية…»، «ستتمثل المهام الرئيسية… في…»).
 */
export const TOPIC_FAMILIES = ['issue', 'tasks'] as const;
export type TopicFamily = (typeof TOPIC_FAMILIES)[number];

const ISSUE = /^(?:[وفبل]?(?:ال)?(?:قضيه|موضوع|ملف|مساله|محور)|agenda|topic|issue|subject|matter|вопрос[а-я]*|тем[аеуы]|темой|повестк[а-я]*)$/;
const TASKS = /^(?:[وفبل]?(?:ال)?(?:مهام|مهامها|صلاحيات|تفويض|واجبات|دور)|tasks?|mandate|role|duties|powers|задач[а-я]*|полномочи[а-я]*|мандат[а-я]*|рол[ьи])$/;

/** The family of a topic noun (see TopicFamily), or undefined for any other word. */
export function topicFamilyOf(word: string): TopicFamily | undefined {
  return ISSUE.test(word) ? 'issue' : TASKS.test(word) ? 'tasks' : undefined;
}
