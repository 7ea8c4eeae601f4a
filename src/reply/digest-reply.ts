import { VOTE_REASONS, type Digest, type DislikedAnswer } from '../store/store.js';
import { truncateText } from '../text/truncate-text.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { dateSpan } from './citation-spans.js';
import { listedQuestion, type MessageLink } from './pinned-reply.js';
import { bold, text, type Block, type Reply, type ReplyAction, type Span } from './reply.js';
import { WORDING } from './wording.js';

/** One list of the digest under its heading: its lines, or the line that says it is empty. */
function section(heading: string, items: Span[][], empty: string): Block[] {
  return [{ kind: 'heading', spans: [text(heading)] }, items.length ? { kind: 'list', items } : { kind: 'paragraph', spans: [text(empty)] }];
}

/** Characters of a question in its dismiss button's label. */
export const DISMISS_LABEL_QUESTION_MAX_CHARS = 24;

/** The reasons given with an answer's 👎, most given first: " (why: wrong passage 2, outdated 1)". */
function reasonsSpan(reasons: DislikedAnswer['reasons'], language: UiLanguage): Span[] {
  const w = WORDING[language];
  const counts = VOTE_REASONS.map((r) => [r, reasons?.[r] ?? 0] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (!counts.length) return [];
  return [text(` (${w.digestReasons}: ${counts.map(([r, n]) => `${w.reasonLabels[r]} ${n}`).join(', ')})`)];
}

/**
 * The moderators' digest: the most asked unanswered questions and the most disliked answers (linked, with the reasons
 * given for their 👎) over `days`, and a dismiss button per item (unanswered questions need their stored key: `keys`,
 * by question key; one without gets no button).
 */
export function digestReply(
  digest: Digest, days: number, language: UiLanguage, messageLink: MessageLink, keys: ReadonlyMap<string, string> = new Map(),
): Reply {
  const w = WORDING[language];
  const label = (question: string) => `${w.buttonDismiss}: ${truncateText(question, DISMISS_LABEL_QUESTION_MAX_CHARS)}`;
  const actions: ReplyAction[] = [
    ...digest.unanswered.flatMap((u): ReplyAction[] => {
      const key = keys.get(u.questionKey);
      return key === undefined ? [] : [{ kind: 'dismiss', item: { kind: 'unanswered', key }, label: label(u.question) }];
    }),
    ...digest.disliked.map((d): ReplyAction => ({ kind: 'dismiss', item: { kind: 'disliked', answerId: d.answerId }, label: label(d.question) })),
  ];
  const unanswered = digest.unanswered.map((u): Span[] => [
    bold(`${u.count}×`), text(' '), listedQuestion(u.question, undefined, text), text(' — '), dateSpan(u.lastAskedAt, language),
  ]);
  const disliked = digest.disliked.map((d): Span[] => [
    text(`👎 ${d.down} · 👍 ${d.up} — `), listedQuestion(d.question, d.messageId === undefined ? undefined : messageLink(d.messageId), text),
    ...reasonsSpan(d.reasons, language),
  ]);
  const blocks: Block[] = [
    { kind: 'heading', spans: [text(w.digestHeading(days))] },
    ...section(w.digestUnanswered, unanswered, w.digestNoUnanswered),
    ...section(w.digestDisliked, disliked, w.digestNoDisliked),
    { kind: 'paragraph', spans: [text(w.digestFooter)] },
  ];
  return { language, tone: 'notice', blocks, actions };
}
