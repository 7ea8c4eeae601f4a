import type { PinnedAnswer } from '../store/store.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { truncateText } from '../text/truncate-text.js';
import { dateSpan } from './citation-spans.js';
import { bold, link, text, type Reply, type Span } from './reply.js';
import { WORDING } from './wording.js';

/** Pinned answers listed at most (one message or embed holds them); the list then says how many more there are. */
export const PINNED_LIST_SHOWN = 15;
/** Longest question shown in a list line; its link opens the whole answer. */
export const LIST_QUESTION_MAX_CHARS = 120;

/** Links a message of the chat, where the platform has such links (undefined where it has none). */
export type MessageLink = (messageId: string) => string | undefined;

/** A question as a list shows it: shortened, linked to its message when there is a link, else as `unlinked` makes it. */
export function listedQuestion(question: string, url: string | undefined, unlinked: (shown: string) => Span = bold): Span {
  const shown = truncateText(question, LIST_QUESTION_MAX_CHARS);
  return url ? link(shown, url) : unlinked(shown);
}

/** The chat's pinned answers, newest first: each question linked to its message, with the day it was pinned. */
export function pinnedReply(pinned: readonly PinnedAnswer[], language: UiLanguage, messageLink: MessageLink): Reply {
  const w = WORDING[language];
  if (!pinned.length) return { language, tone: 'notice', blocks: [{ kind: 'paragraph', spans: [text(w.pinnedEmpty)] }], actions: [] };
  const items = pinned.slice(0, PINNED_LIST_SHOWN).map(({ pin, answer }, i): Span[] => [
    text(`${i + 1}. `), listedQuestion(answer.question, messageLink(pin.messageId)), text(' — '), dateSpan(pin.pinnedAt, language),
  ]);
  const more = pinned.length - items.length;
  if (more > 0) items.push([text(w.andMore(more))]);
  return { language, tone: 'notice', blocks: [{ kind: 'heading', spans: [text(w.pinnedHeading)] }, { kind: 'list', items, ...(more > 0 ? { more } : {}) }], actions: [] };
}
