import { discordChat } from './chat-ref.js';
import { DIGEST_DAYS_DEFAULT, DIGEST_DAYS_MAX } from './commands.js';
import type { HandlerContext, Reply } from './handler-context.js';
import { DISCORD_CHANNEL_PINS_MAX } from './limits.js';
import { MODERATION_STRINGS } from './moderation-strings.js';
import { hasPinRight } from './pin.js';
import { renderDigest } from './render-digest.js';
import { renderPinnedList } from './render-pinned.js';
import { pickLanguage } from './strings.js';

/** Lines of each digest list. */
export const DIGEST_LIST_MAX = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a list was asked for, as plain values. */
export interface ListRequest {
  channelId: string;
  guildId: string | null;
  locale?: string | null;
}

/** `/kz pinned`: the answers pinned in this channel, newest first, linked; for the asker alone. */
export async function listPinned(ctx: HandlerContext, request: ListRequest): Promise<Reply> {
  // A channel holds at most 250 pins: fetching that many makes "and N more" exact.
  const pinned = await ctx.store.pinnedAnswers(discordChat(request.channelId), DISCORD_CHANNEL_PINS_MAX);
  return { ...renderPinnedList(pinned, request.guildId, pickLanguage(request.locale)), ephemeral: true };
}

/** A `/kz unanswered` request: the period and the asker's rights, as plain values. */
export interface DigestRequest extends ListRequest {
  /** Days back; default DIGEST_DAYS_DEFAULT, clamped to 1–365. */
  days?: number | null;
  /** The asker's permissions in the channel (interaction.memberPermissions), null outside servers. */
  memberPermissions: bigint | null;
}

/**
 * `/kz unanswered`: for moderators (the rights that may pin), the channel's most asked unanswered questions and its
 * most disliked answers over the period, so maintainers know which documents to add. Refused plainly to others.
 */
export async function showDigest(ctx: HandlerContext, request: DigestRequest): Promise<Reply> {
  const language = pickLanguage(request.locale);
  if (!hasPinRight(request.memberPermissions)) return { content: MODERATION_STRINGS[language].digestRefused, ephemeral: true };
  const days = Math.min(DIGEST_DAYS_MAX, Math.max(1, Math.trunc(request.days ?? DIGEST_DAYS_DEFAULT)));
  const digest = await ctx.store.digest({ ...discordChat(request.channelId), since: ctx.now() - days * DAY_MS, limit: DIGEST_LIST_MAX });
  return { ...renderDigest(digest, { days, guildId: request.guildId, channelId: request.channelId, language }), ephemeral: true };
}
