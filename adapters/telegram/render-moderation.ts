import type { Answer } from '../../src/answer/answer.js';
import type { UiLanguage } from '../../src/answer/ui-strings.js';
import type { Digest, PinnedAnswer } from '../../src/store/store.js';
import { truncateText } from './limits.js';
import { answerBlocks, renderBlocks } from './render.js';
import { bold, italic, link, plain, type Block, type Span } from './rich-text.js';
import { TELEGRAM_STRINGS } from './strings.js';

/** Longest question shown in a list line. */
const LIST_QUESTION_MAX_CHARS = 120;

/**
 * A link to a message, where Telegram has one: supergroups and channels (`-100…` ids) have t.me/c links that open
 * for members; basic groups and private chats have none.
 */
export function messageLink(chatId: number | string, messageId: number | string | undefined): string | undefined {
  const id = String(chatId);
  if (messageId === undefined || !id.startsWith('-100')) return undefined;
  return `https://t.me/c/${id.slice(4)}/${messageId}`;
}

/** The date of a record, as YYYY-MM-DD (UTC). */
function day(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** A pinned answer given back for a matching question: marked as the moderators', linked to the pinned message. */
export function renderCurated(answer: Answer, pinnedLink: string | undefined, language: UiLanguage): string[] {
  const t = TELEGRAM_STRINGS[language];
  const heading: Span[] = [bold(t.curatedHeading)];
  if (pinnedLink) heading.push(plain(' · '), link(t.curatedLink, pinnedLink));
  return renderBlocks([{ spans: heading }, ...answerBlocks(answer, [])], language);
}

/** /pinned: the chat's pinned answers, newest first, each with its date and a link to the message when there is one. */
export function renderPinnedList(pinned: readonly PinnedAnswer[], chatId: number, language: UiLanguage): string[] {
  const t = TELEGRAM_STRINGS[language];
  if (!pinned.length) return renderBlocks([{ spans: [plain(t.pinnedEmpty)] }], language);
  const lines: Block[] = pinned.map(({ pin, answer }, i) => {
    const question = truncateText(answer.question, LIST_QUESTION_MAX_CHARS);
    const href = messageLink(chatId, pin.messageId);
    return { spans: [plain(`${i + 1}. `), href ? link(question, href) : bold(question), italic(` — ${day(pin.pinnedAt)}`)] };
  });
  return renderBlocks([{ spans: [bold(t.pinnedHeading)] }, ...lines], language);
}

/** /unanswered: the most frequent unanswered questions and the most disliked answers over the period. */
export function renderDigest(digest: Digest, days: number, chatId: number, language: UiLanguage): string[] {
  const t = TELEGRAM_STRINGS[language];
  const blocks: Block[] = [{ spans: [bold(t.digestHeading(days))] }];
  if (!digest.unanswered.length && !digest.disliked.length) blocks.push({ spans: [plain(t.digestEmpty)] });
  if (digest.unanswered.length) {
    blocks.push({ spans: [bold(t.digestUnanswered)] });
    blocks.push({
      spans: digest.unanswered.flatMap((u, i) => [
        plain(`${i ? '\n' : ''}${u.count}× `), plain(truncateText(u.question, LIST_QUESTION_MAX_CHARS)), italic(` — ${day(u.lastAskedAt)}`),
      ]),
    });
  }
  if (digest.disliked.length) {
    blocks.push({ spans: [bold(t.digestDisliked)] });
    blocks.push({
      spans: digest.disliked.flatMap((d, i) => {
        const question = truncateText(d.question, LIST_QUESTION_MAX_CHARS);
        const href = messageLink(chatId, d.messageId);
        return [plain(`${i ? '\n' : ''}👎 ${d.down} · 👍 ${d.up} — `), href ? link(question, href) : plain(question)];
      }),
    });
  }
  return renderBlocks(blocks, language);
}
