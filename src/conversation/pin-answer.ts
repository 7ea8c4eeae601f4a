import { notice, type Reply } from '../reply/reply.js';
import { WORDING } from '../reply/wording.js';
import type { SentAnswer } from '../store/store.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { chatOf, type ChatRequest, type ConversationDeps } from './conversation-deps.js';
import { replyLanguage } from './reply-language.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/** How the platform's pin call ended. */
export type PlatformPinOutcome = 'done' | 'bot_lacks_right' | 'list_full' | 'gone' | 'failed';

/** How a pin request ended, refusals before the platform was asked included. */
export type PinOutcome = PlatformPinOutcome | 'not_moderator' | 'outside_place';

/** What the platform says about pinning here, as plain values. */
export interface PinRights {
  /** Pins are possible here at all (Discord: in server channels only). */
  pinnable: boolean;
  /** The user moderates this chat (may pin). */
  moderator: boolean;
  /** Whether the bot may pin: false when it surely may not; undefined when the platform would not say (then it tries). */
  botMayPin?: boolean;
}

/** Whether pinAnswer refuses these rights before the platform is asked (so a platform can reply at once). */
export const refusesAtOnce = (rights: PinRights): boolean => !rights.pinnable || !rights.moderator || rights.botMayPin === false;

/** A request to pin or unpin an answer's message. */
export interface PinRequest extends ChatRequest {
  messageId: string;
  /** The stored answer's id when the message's buttons carry it (found even before the message id is stored). */
  answerId?: number;
  unpin: boolean;
  rights: PinRights;
  /** Pins or unpins the message on the platform; called only when the rights allow. */
  pinOnPlatform: () => Promise<PlatformPinOutcome>;
  /** Most pins the platform keeps in one chat, for the reply when the list is full. */
  pinsMax?: number;
}

/** What a pin request did, what the presser is told, and the stored answer's language (its buttons are worded in it). */
export interface PinResult {
  outcome: PinOutcome;
  reply: Reply;
  answerLanguage?: UiLanguage;
}

async function answerOfMessage(deps: ConversationDeps, request: Pick<PinRequest, 'platform' | 'chatId' | 'messageId' | 'answerId'>): Promise<SentAnswer | undefined> {
  return surviveStoreOutage(deps, 'answer of the message', async () =>
    (await deps.store.answerByMessage(chatOf(request), request.messageId))
    ?? (request.answerId === undefined ? undefined : await deps.store.answerById(request.answerId)), undefined);
}

/**
 * 📌, /pin and /unpin: refused plainly where pins are impossible, to non-moderators, and when the bot may not pin;
 * otherwise the platform pins, and the store records it so that the pinned answer becomes the chat's curated answer.
 * The platform is the truth: when the store fails, the pin stands and the failure is logged. A message deleted
 * meanwhile is unpinned in the store too.
 */
export async function pinAnswer(deps: ConversationDeps, request: PinRequest): Promise<PinResult> {
  const language = replyLanguage({ userLanguage: request.userLanguage });
  const w = WORDING[language];
  const refuse = (outcome: PinOutcome, words: string): PinResult => ({ outcome, reply: notice(language, words, 'refusal') });
  if (!request.rights.pinnable) return refuse('outside_place', w.pinOutsideServer);
  if (!request.rights.moderator) return refuse('not_moderator', w.pinNotModerator[request.platform]);
  if (request.rights.botMayPin === false) return refuse('bot_lacks_right', w.pinBotLacksRight[request.platform]);
  const answer = await answerOfMessage(deps, request);
  const outcome = await request.pinOnPlatform();
  const chat = chatOf(request);
  if (request.unpin && (outcome === 'done' || outcome === 'gone')) {
    await surviveStoreOutage(deps, 'recordUnpin', () => deps.store.recordUnpin(chat, request.messageId, deps.now()), false);
  } else if (outcome === 'done' && answer) {
    const pin = { ...chat, answerId: answer.id, messageId: request.messageId, pinnedBy: request.userId ?? request.platform, pinnedAt: deps.now() };
    await surviveStoreOutage(deps, 'recordPin', () => deps.store.recordPin(pin), undefined);
  }
  if (outcome === 'done') return { outcome, reply: notice(language, request.unpin ? w.unpinned : w.pinned), answerLanguage: answer?.answer.language };
  const words = {
    bot_lacks_right: w.pinBotLacksRight[request.platform], list_full: w.pinListFull(request.pinsMax ?? 0), gone: w.pinGone, failed: w.pinFailed,
  }[outcome];
  return { ...refuse(outcome, words), answerLanguage: answer?.answer.language };
}

/**
 * A pin made with the platform's own menu on one of the bot's messages, by a user the platform names: recorded like
 * a 📌 when the message is a stored answer (a pin of any other message is not a curated answer). True when recorded.
 */
export async function recordPlatformPin(deps: ConversationDeps, request: ChatRequest & { messageId: string; pinnedAt?: number }): Promise<boolean> {
  const chat = chatOf(request);
  return surviveStoreOutage(deps, 'record a pin made by hand', async () => {
    const answer = await deps.store.answerByMessage(chat, request.messageId);
    if (!answer) return false;
    const pinnedBy = request.userId ?? request.platform;
    await deps.store.recordPin({ ...chat, answerId: answer.id, messageId: request.messageId, pinnedBy, pinnedAt: request.pinnedAt ?? deps.now() });
    return true;
  }, false);
}
