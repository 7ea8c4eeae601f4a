import type { APIApplicationCommandOptionChoice } from 'discord.js';
import { detectUiLanguage } from '../../src/answer/ui-strings.js';
import { MAX_TOP } from '../../src/sanad.js';
import { suggestQuestions } from './autocomplete.js';
import type { HandlerContext, Reply } from './handler-context.js';
import { DISCORD_CHANNEL_PINS_MAX } from './limits.js';
import { MODERATION_STRINGS } from './moderation-strings.js';
import type { PinOutcome } from './pin.js';
import { renderHelp, renderPassage, renderSources } from './render-documents.js';
import { renderAnswer } from './render.js';
import { DISCORD_STRINGS, pickLanguage } from './strings.js';

export type { HandlerContext, Reply } from './handler-context.js';
export { answerQuestion, type AnswerReply, type AskRequest } from './answer-question.js';
export { castVote } from './cast-vote.js';
export { listPinned, showDigest } from './moderation-handlers.js';
export { togglePin } from './toggle-pin.js';

/**
 * The "more sources" button: the question asked again with every passage it can show, for the presser alone. The
 * key is the store's (buttons made before the store existed carry a recent-questions key, still read).
 */
export async function showMoreSources(ctx: HandlerContext, key: string, locale?: string | null): Promise<Reply> {
  const question = (await ctx.store.getKey(key)) ?? ctx.recent.get(key)?.question;
  if (!question) return expired(locale);
  const language = pickLanguage(locale, detectUiLanguage(question, 'en'));
  const answer = ctx.sanad.ask(question, { language, top: MAX_TOP });
  const heading = `${DISCORD_STRINGS[language].moreTitle}: ${question}`;
  return { ...renderAnswer(answer, { heading, passageChars: 400, examples: ctx.sanad.exampleQuestions(language) }), ephemeral: true };
}

/** The 📄 button: one passage in full, for the presser alone. */
export function showPassage(ctx: HandlerContext, passageId: string, locale?: string | null): Reply {
  const passage = ctx.sanad.passage(passageId);
  const language = pickLanguage(locale);
  if (!passage) return { content: DISCORD_STRINGS[language].passageGone, ephemeral: true };
  return { ...renderPassage(passage, ctx.sanad.document(passage.docId), language), ephemeral: true };
}

/** `/kz sources`. */
export function listSources(ctx: HandlerContext, locale?: string | null): Reply {
  return { ...renderSources(ctx.sanad.documents, pickLanguage(locale)), ephemeral: false };
}

/** `/kz help`. */
export function showHelp(ctx: HandlerContext, locale?: string | null): Reply {
  const language = pickLanguage(locale);
  return { ...renderHelp(language, ctx.sanad.exampleQuestions(language)), ephemeral: true };
}

/** Autocomplete of the question option: recent questions of this server, examples, headlines. */
export function suggest(ctx: HandlerContext, typed: string, locale?: string | null, guildId?: string | null): APIApplicationCommandOptionChoice<string>[] {
  return suggestQuestions(typed, {
    recent: ctx.recent.inGuild(guildId),
    examples: ctx.sanad.exampleQuestions(pickLanguage(locale, detectUiLanguage(typed, 'en'))),
    headlines: ctx.sanad.documents.map((d) => d.title),
  });
}

/** What the presser of 📌 is told (always ephemeral). */
export function pinReply(outcome: PinOutcome, locale?: string | null): Reply {
  const language = pickLanguage(locale);
  const s = DISCORD_STRINGS[language];
  const content = {
    pinned: s.pinned,
    unpinned: MODERATION_STRINGS[language].unpinned,
    refused: s.pinRefused,
    bot_lacks: s.pinBotLacks,
    list_full: s.pinListFull(DISCORD_CHANNEL_PINS_MAX),
    outside_server: s.pinOutsideServer,
    gone: s.pinGone,
  }[outcome];
  return { content, ephemeral: true };
}

/** A reply for a button this bot did not make (or no longer knows). */
export function unknownAction(locale?: string | null): Reply {
  return { content: DISCORD_STRINGS[pickLanguage(locale)].unknownAction, ephemeral: true };
}

/** The error boundary's apology. */
export function apology(locale?: string | null): Reply {
  return { content: DISCORD_STRINGS[pickLanguage(locale)].apology, ephemeral: true };
}

/** A button whose question or answer the bot no longer keeps. */
export function expired(locale?: string | null): Reply {
  return { content: DISCORD_STRINGS[pickLanguage(locale)].expired, ephemeral: true };
}
