import type { UiLanguage } from '../../src/answer/ui-strings.js';
import type { PinnedAnswer, VoteTally } from '../../src/store/store.js';
import { messageLink } from './chat-ref.js';
import { line } from './format-source.js';
import { MODERATION_STRINGS } from './moderation-strings.js';
import { renderAnswer, type RenderedMessage } from './render.js';

/** Options of renderCurated. */
export interface RenderCuratedOptions {
  /** The server of the channel (for the link to the pinned message). */
  guildId: string;
  /** Language of the line that says the answer is pinned: the asker's. */
  language: UiLanguage;
  /** Votes on the pinned answer so far. */
  tally: VoteTally;
  /** Store key of the question asked, for "Fresh search"; no button without it. */
  freshKey?: string;
}

/**
 * A pinned answer given for a similar question: a line saying this channel's moderators pinned it, with a link to
 * the pinned message, then the answer as it was pinned (its own question as the title), 👍/👎 that count toward the
 * pinned answer, and "Fresh search" to search the documents instead. No 📌: it is pinned already.
 */
export function renderCurated(pinned: PinnedAnswer, options: RenderCuratedOptions): RenderedMessage & { content: string } {
  const link = messageLink(options.guildId, pinned.pin.chatId, pinned.pin.messageId);
  const content = line(MODERATION_STRINGS[options.language].curatedLead(link), options.language === 'ar');
  const rendered = renderAnswer(pinned.answer.answer, { votes: { answerId: pinned.answer.id, tally: options.tally }, freshKey: options.freshKey });
  return { content, ...rendered };
}
