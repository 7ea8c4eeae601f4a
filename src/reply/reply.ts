import type { Highlight } from '../answer/answer.js';
import type { ListenMode, ListenPlace } from '../conversation/listen-mode.js';
import type { VoteReason, VoteTally } from '../store/store.js';
import type { UiLanguage } from '../text/detect-ui-language.js';

/** A run of text in a block. Spans carry no markup: every renderer escapes every span for its platform. */
export type Span =
  /** Text; `whole` marks a unit (a date) that reads in its own direction and never turns its line around. */
  | { type: 'text'; text: string; whole?: boolean }
  /** Emphasis the bot adds (a heading, a count). */
  | { type: 'bold'; text: string }
  /** Words quoted from a document, those that matched the question highlighted; renderers may shorten it around them. */
  | { type: 'quote'; text: string; highlights: readonly Highlight[] }
  /** Citation marks such as "[1][2]", numbering the sources they point to. */
  | { type: 'citation'; text: string; numbers: readonly number[] }
  /** A link; renderers link http(s) only and show anything else as text. */
  | { type: 'link'; text: string; url: string };

/** A part of a reply, by what it is (each platform lays the kinds out its own way, never its own words). */
export type Block =
  /** The question the reply answers, echoed. */
  | { kind: 'question'; text: string }
  /** A line above the reply saying what it is (a pinned answer given again). */
  | { kind: 'banner'; spans: Span[] }
  | { kind: 'heading'; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[] }
  /** The quoted answer. */
  | { kind: 'quote'; spans: Span[] }
  /** A supporting passage: its label (rank mark and citations), then its text. */
  | { kind: 'passage'; label: Span[]; spans: Span[] }
  /** One item a line; `more`: the last item says that many more were left out (a renderer that cuts adds to it). */
  | { kind: 'list'; items: Span[][]; more?: number }
  /** The numbered sources and the note that the text above is quoted from them; no heading in a short answer. */
  | { kind: 'sources'; heading?: string; lines: Span[][]; note: string };

/** A button under a reply: what it does, labelled in the reply's language. */
export type ReplyAction =
  /** 📄 One passage in full. */
  | { kind: 'passage'; passageId: string; label: string }
  /** 📄 The answer's supporting passages (never its quote again); answerId undefined: the answer being sent. */
  | { kind: 'passages'; answerId?: number; label: string }
  /** ➕ The passages this answer did not show; answerId undefined: the answer being sent. */
  | { kind: 'more'; answerId?: number; label: string }
  /** 🔎 Search the documents instead of giving the moderators' pinned answer; `key` is the question's stored key. */
  | { kind: 'fresh'; key: string; label: string }
  /** 📌 Pin (or unpin, when pinned) the answer. */
  | { kind: 'pin'; pinned: boolean; label: string }
  /** 👍/👎 with the votes so far; answerId undefined: the answer being sent. */
  | { kind: 'vote'; answerId?: number; tally: VoteTally }
  /** ❓ Ask this example question. */
  | { kind: 'ask'; question: string }
  /** ⚙️ Where the bot listens in `chatId`, a chat of kind `place`: choose `mode` (`chosen`: the current one, marked ✓). */
  | { kind: 'listen'; mode: ListenMode; chosen: boolean; label: string; chatId: string; place: ListenPlace }
  /** One reason for a 👎 on a stored answer, offered privately after the 👎 (issue 14 §5). */
  | { kind: 'reason'; answerId: number; reason: VoteReason; label: string }
  /** Takes an item off the moderators' digest: an unanswered question by its stored key, or a disliked answer. */
  | { kind: 'dismiss'; item: DismissTarget; label: string }
  /** A maintainer's button on a document preview (`ref`: its stored key) or in the list (`ref`: the document id). */
  | { kind: 'document'; op: DocumentActionOp; ref: string; label: string };

/** What a digest's dismiss button points to: an unanswered question (the stored key of its question key) or an answer. */
export type DismissTarget = { kind: 'unanswered'; key: string } | { kind: 'disliked'; answerId: number };

/**
 * What a document button does: on a preview ✅ add, ✖ cancel, ✏️ correct; in the list ✖ remove (asks first);
 * on that question ✅ confirm-remove or keep.
 */
export type DocumentActionOp = 'add' | 'cancel' | 'correct' | 'remove' | 'confirm-remove' | 'keep';

/** What a reply is: platforms choose colours and alerts by it. */
export type ReplyTone = 'answer' | 'not_found' | 'notice' | 'refusal';

/** The platform-neutral reply every use case returns and every adapter renders. */
export interface Reply {
  language: UiLanguage;
  tone: ReplyTone;
  blocks: Block[];
  actions: ReplyAction[];
}

/** A plain span. */
export const text = (value: string): Span => ({ type: 'text', text: value });
/** A bold span. */
export const bold = (value: string): Span => ({ type: 'bold', text: value });
/** A link span. */
export const link = (value: string, url: string): Span => ({ type: 'link', text: value, url });

/** A reply of one paragraph: a confirmation (notice) or a refusal the user can act on. */
export function notice(language: UiLanguage, words: string, tone: 'notice' | 'refusal' = 'notice', extra: Block[] = []): Reply {
  return { language, tone, blocks: [{ kind: 'paragraph', spans: [text(words)] }, ...extra], actions: [] };
}

/** A reply's words as plain text, one block a paragraph (toasts, alerts, and the error boundary's log). */
export function replyText(reply: Pick<Reply, 'blocks'>): string {
  const spans = (list: readonly Span[]) => list.map((s) => s.text).join('');
  return reply.blocks.map((b) => {
    switch (b.kind) {
      case 'question': return b.text;
      case 'passage': return `${spans(b.label)} ${spans(b.spans)}`;
      case 'list': return b.items.map(spans).join('\n');
      case 'sources': return [...(b.heading ? [b.heading] : []), ...b.lines.map(spans), b.note].join('\n');
      default: return spans(b.spans);
    }
  }).join('\n\n');
}
