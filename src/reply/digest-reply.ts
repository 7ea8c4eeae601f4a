import type { Digest } from '../store/store.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { dateSpan } from './citation-spans.js';
import { listedQuestion, type MessageLink } from './pinned-reply.js';
import { bold, text, type Block, type Reply, type Span } from './reply.js';
import { WORDING } from './wording.js';

/** One list of the digest under its heading: its lines, or the line that says it is empty. */
function section(heading: string, items: Span[][], empty: string): Block[] {
  return [{ kind: 'heading', spans: [text(heading)] }, items.length ? { kind: 'list', items } : { kind: 'paragraph', spans: [text(empty)] }];
}

/** The moderators' digest: the most asked unanswered questions and the most disliked answers (linked) over `days`. */
export function digestReply(digest: Digest, days: number, language: UiLanguage, messageLink: MessageLink): Reply {
  const w = WORDING[language];
  const unanswered = digest.unanswered.map((u): Span[] => [
    bold(`${u.count}×`), text(' '), listedQuestion(u.question, undefined, text), text(' — '), dateSpan(u.lastAskedAt, language),
  ]);
  const disliked = digest.disliked.map((d): Span[] => [
    text(`👎 ${d.down} · 👍 ${d.up} — `), listedQuestion(d.question, d.messageId === undefined ? undefined : messageLink(d.messageId), text),
  ]);
  const blocks: Block[] = [
    { kind: 'heading', spans: [text(w.digestHeading(days))] },
    ...section(w.digestUnanswered, unanswered, w.digestNoUnanswered),
    ...section(w.digestDisliked, disliked, w.digestNoDisliked),
    { kind: 'paragraph', spans: [text(w.digestFooter)] },
  ];
  return { language, tone: 'notice', blocks, actions: [] };
}
