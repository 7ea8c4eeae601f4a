import { documentsReply } from '../reply/documents-reply.js';
import { helpReply } from '../reply/help-reply.js';
import { notice, text, type Reply } from '../reply/reply.js';
import { WORDING, type Wording } from '../reply/wording.js';
import type { Platform, QuestionScope, RateLimit, RateVerdict } from '../store/store.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { ask, type AskOutcome, type AskRequest } from './ask.js';
import { castVote, type VoteOutcome, type VoteRequest } from './cast-vote.js';
import { rateChecker } from './check-rate.js';
import { eventClaims, type EventClaims } from './claim-events.js';
import { createListenSettings } from './chat-settings.js';
import type { ChatRequest, ConversationDeps } from './conversation-deps.js';
import type { ListenMode, ListenPlace } from './listen-mode.js';
import { changeListenMode, showListenSettings, type ListenSettingsRequest } from './listen-settings.js';
import { dismissDigestItem, giveReason, reasonPrompt, type DismissRequest, type ReasonRequest } from './feedback.js';
import { createChatNotes, type ChatNotes } from './chat-notes.js';
import { documentUseCases, type DocumentUseCases } from './documents-use-cases.js';
import { listPinned } from './list-pinned.js';
import { moreSources, type MoreSourcesRequest } from './more-sources.js';
import { pinAnswer, recordPlatformPin, type PinRequest, type PinResult } from './pin-answer.js';
import { previewAnswers, previewExamples, type Preview } from './preview-answers.js';
import { replyLanguage } from './reply-language.js';
import { showDigest, type DigestRequest } from './show-digest.js';
import { showPassage, type PassageRequest } from './show-passage.js';
import { suggestQuestions, type SuggestRequest } from './suggest-questions.js';
import { surviveStoreOutage } from './survive-store-outage.js';
import { syncPins, type SyncPinsRequest, type SyncPinsResult } from './sync-pins.js';

/** The short notices a platform may need, by their key in the wording. */
export type NoticeKey = 'askUsage' | 'pinUsage' | 'unpinUsage' | 'unknownCommand' | 'textOnly' | 'buttonExpired' | 'noPassages' | 'unknownAction' | 'apology';

/**
 * The use cases, once for every platform. Each takes plain values and returns a neutral Reply (src/reply) that the
 * adapter renders; none takes a platform object. Store calls follow the store-outage policy (surviveStoreOutage).
 */
export interface Conversation {
  /** A question: the pinned answer of a similar question first, else the documents. */
  ask(request: AskRequest): Promise<AskOutcome>;
  /** ➕: the passages an answer did not show. */
  moreSources(request: MoreSourcesRequest): Promise<Reply>;
  /** 📄: a passage in full. */
  passage(request: PassageRequest): Promise<Reply>;
  /** 👍/👎. */
  vote(request: VoteRequest): Promise<VoteOutcome>;
  /** 📌, /pin, /unpin. */
  pin(request: PinRequest): Promise<PinResult>;
  /** A pin made with the platform's own menu by a known user. */
  recordPlatformPin(request: ChatRequest & { messageId: string; pinnedAt?: number }): Promise<boolean>;
  /** Brings the store's pins of a chat in step with the platform's. */
  syncPins(request: SyncPinsRequest): Promise<SyncPinsResult>;
  /** The chat's pinned answers. */
  pinned(request: ChatRequest): Promise<Reply>;
  /** The moderators' digest. */
  digest(request: DigestRequest): Promise<Reply>;
  /** How to use the bot here, with examples; `botName` is Telegram's @username. */
  help(request: ChatRequest, botName?: string): Reply;
  /** The documents the bot answers from. */
  sources(request: ChatRequest): Reply;
  /** A short notice, optionally with example lines under it (such as "/ask question"). */
  notice(request: ChatRequest, key: NoticeKey, lines?: readonly string[]): Reply;
  /** The reply to someone asking too often. */
  rateLimited(request: ChatRequest & { question?: string }, retryAfterSeconds: number): Reply;
  /** Suggestions while typing a question. */
  suggest(request: SuggestRequest): Promise<string[]>;
  /** Ready answers for a question (inline mode), or the examples with theirs for an empty one. */
  preview(request: ChatRequest & { question: string }): Preview[];
  /** Example questions in the user's language. */
  examples(request: ChatRequest): string[];
  /** Stores the id of the message that carries an answer (pins and links find it by message). */
  attachMessage(answerId: number, messageId: string): Promise<void>;
  /** A short stored key for a value too long for a button (undefined when the store is down). */
  keyFor(value: string): Promise<string | undefined>;
  /** The value behind a stored key. */
  valueOf(key: string): Promise<string | undefined>;
  /** Remembers a question answered publicly in a scope (an import of older records). */
  rememberQuestion(scope: QuestionScope, question: string, askedAt: number): Promise<void>;
  /** Moves a chat's records to its new id (a Telegram group that became a supergroup). */
  migrateChat(platform: Platform, fromChatId: string, toChatId: string): Promise<void>;
  /** Claims on incoming events, so that each is answered once across instances and restarts. */
  readonly claims: EventClaims;
  /** Counts one attempt against a limit (questions per user, per chat), shared by every instance on PostgreSQL. */
  checkRate(limit: RateLimit, key: string): Promise<RateVerdict>;
  /** Where the bot listens in a chat (read through a short cache: see LISTEN_CACHE_MS). */
  listenMode(chat: Pick<ChatRequest, 'platform' | 'chatId'>, place: ListenPlace): Promise<ListenMode>;
  /** /settings: where the bot listens, each choice a button, for moderators; members are refused. */
  listenSettings(request: ListenSettingsRequest): Promise<Reply>;
  /** A moderator's choice of where the bot listens. */
  setListenMode(request: ListenSettingsRequest & { mode: string }): Promise<Reply>;
  /** Why a 👎: records the reason picked under the private prompt. */
  giveReason(request: ReasonRequest): Promise<Reply>;
  /** The private prompt with the reasons for a 👎 on a stored answer (undefined: the answer is gone). */
  reasonPrompt(request: ChatRequest & { answerId: number }): Promise<Reply | undefined>;
  /** A moderator takes an item off the digest for good. */
  dismissDigestItem(request: DismissRequest): Promise<Reply>;
  /** Maintainers add documents (upload or link → preview → ✅ / ✖ / corrections) and remove them; everyone lists them. */
  readonly documents: DocumentUseCases;
  /** Notes to other chats (a removed document's dropped pins), sent by whichever bot of this process runs their platform. */
  readonly chatNotes: ChatNotes;
}

/** The wording of the user's language (for what is not about a question or an answer). */
function wordingFor(request: ChatRequest): { language: UiLanguage; w: Wording } {
  const language = replyLanguage({ userLanguage: request.userLanguage });
  return { language, w: WORDING[language] };
}

/** The use cases over one core and one store, for every adapter. */
export function createConversation(deps: ConversationDeps): Conversation {
  const { sanad, store } = deps;
  const survive = <T>(what: string, call: () => Promise<T>, fallback: T) => surviveStoreOutage(deps, what, call, fallback);
  const listening = createListenSettings(deps, deps.listenCacheMs === undefined ? {} : { cacheMs: deps.listenCacheMs });
  const claims = eventClaims(deps);
  return {
    ask: (request) => ask(deps, request),
    moreSources: (request) => moreSources(deps, request),
    passage: (request) => showPassage(deps, request),
    vote: (request) => castVote(deps, request),
    pin: (request) => pinAnswer(deps, request),
    recordPlatformPin: (request) => recordPlatformPin(deps, request),
    syncPins: (request) => syncPins(deps, request),
    pinned: (request) => listPinned(deps, request),
    digest: (request) => showDigest(deps, request),
    help(request, botName) {
      const { language } = wordingFor(request);
      return helpReply(request.platform, language, sanad.exampleQuestions(language), botName);
    },
    sources: (request) => documentsReply(sanad.documents, wordingFor(request).language),
    notice(request, key, lines = []) {
      const { language, w } = wordingFor(request);
      const tone = key === 'askUsage' || key === 'pinUsage' || key === 'unpinUsage' ? 'notice' : 'refusal';
      return notice(language, w[key], tone, lines.length ? [{ kind: 'list', items: lines.map((l) => [text(l)]) }] : []);
    },
    rateLimited(request, seconds) {
      const language = replyLanguage({ question: request.question, userLanguage: request.userLanguage });
      return notice(language, WORDING[language].rateLimited(seconds), 'refusal');
    },
    suggest: (request) => suggestQuestions(deps, request),
    preview: (request) => (request.question.trim() ? previewAnswers(deps, request) : previewExamples(deps, request)),
    examples: (request) => sanad.exampleQuestions(wordingFor(request).language),
    attachMessage: (answerId, messageId) => survive('setAnswerMessage', () => store.setAnswerMessage(answerId, messageId), undefined),
    keyFor: (value) => survive('putKey', () => store.putKey(value), undefined),
    valueOf: (key) => survive('getKey', () => store.getKey(key), undefined),
    async rememberQuestion(scope, question, askedAt) {
      await survive('rememberQuestion', () => store.rememberQuestion({ ...scope, question, questionKey: sanad.questionKey(question), askedAt }), undefined);
    },
    async migrateChat(platform, fromChatId, toChatId) {
      await survive('migrateChat', () => store.migrateChat(platform, fromChatId, toChatId), undefined);
      deps.log.info({ platform, from: fromChatId, to: toChatId }, 'chat moved to a new id; records moved');
    },
    claims,
    checkRate: rateChecker(deps),
    listenMode: (chat, place) => listening.modeOf({ platform: chat.platform, chatId: chat.chatId }, place),
    listenSettings: (request) => showListenSettings(listening, request),
    setListenMode: (request) => changeListenMode(listening, request),
    giveReason: (request) => giveReason(deps, request),
    reasonPrompt: (request) => reasonPrompt(deps, request),
    dismissDigestItem: (request) => dismissDigestItem(deps, request),
    documents: documentUseCases(deps, claims),
    chatNotes: createChatNotes({ store: deps.store, log: deps.log, now: deps.now }),
  };
}
