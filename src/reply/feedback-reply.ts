import type { UiLanguage } from '../text/detect-ui-language.js';
import { truncateText } from '../text/truncate-text.js';
import { VOTE_REASONS } from '../store/store.js';
import { LIST_QUESTION_MAX_CHARS } from './pinned-reply.js';
import { text, type Reply } from './reply.js';
import { WORDING } from './wording.js';

/** The private prompt after a 👎: what was wrong with the answer to this question, one button per reason (optional). */
export function feedbackPrompt(answerId: number, question: string, language: UiLanguage): Reply {
  const w = WORDING[language];
  return {
    language, tone: 'notice',
    blocks: [{ kind: 'paragraph', spans: [text(w.reasonPrompt(truncateText(question, LIST_QUESTION_MAX_CHARS)))] }],
    actions: VOTE_REASONS.map((reason) => ({ kind: 'reason' as const, answerId, reason, label: w.reasonLabels[reason] })),
  };
}
