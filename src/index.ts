/*
 * The one module adapters import. Everything an adapter needs from the core is here: the conversation (the use
 * cases), the neutral reply it renders, the few text helpers renderers share, and the types of configuration and
 * logging. An adapter that needs more is doing the core's work.
 */
export type { Answer } from './answer/answer.js';
export { MAX_QUESTION_CHARS, MAX_TOP } from './answer/question-limits.js';
export { ConfigError, readConfig, type Config } from './config.js';
export type { AskOutcome, AskRequest } from './conversation/ask.js';
export type { VoteOutcome, VoteRequest } from './conversation/cast-vote.js';
export { createChatQueues, type ChatQueues, type ChatQueuesOptions, type StopReport } from './conversation/chat-queues.js';
export { coalescePerKey, type Coalescer } from './conversation/coalesce-per-key.js';
export { CLAIM_LEASE_MS, type EventClaims } from './conversation/claim-events.js';
export { createConversation, type Conversation, type NoticeKey } from './conversation/conversation.js';
export type { ChatRequest, ConversationDeps, ConversationMetrics } from './conversation/conversation-deps.js';
export type { MoreSourcesRequest } from './conversation/more-sources.js';
export { refusesAtOnce, type PinOutcome, type PinRequest, type PinResult, type PinRights, type PlatformPinOutcome } from './conversation/pin-answer.js';
export type { Preview } from './conversation/preview-answers.js';
export { importRecentQuestions, RECENT_QUESTIONS_FILE } from './conversation/import-recent-questions.js';
export { keepClaims, type KeepClaimsOptions } from './conversation/keep-claims.js';
export { createQuestionLimiter, type QuestionLimiter, type QuestionVerdict } from './conversation/question-limiter.js';
export { questionOfKey } from './conversation/question-of-key.js';
export { languageOfTag } from './conversation/reply-language.js';
export { dispatchEvents, type Dispatcher, type DispatchOptions, type PlatformEvents, type Receipt } from './conversation/dispatch-events.js';
export { DIGEST_DEFAULT_DAYS, DIGEST_MAX_DAYS } from './conversation/show-digest.js';
export type { PassageRequest } from './conversation/show-passage.js';
export { PinSyncError, type PlatformPin, type PlatformPins, type SyncPinsResult } from './conversation/sync-pins.js';
export { createLogger, redactSecrets, type Logger } from './log.js';
export { createMetrics, type PlatformMetrics, type SanadMetrics } from './ops/metrics.js';
export { startOpsServer, type OpsServer } from './ops/ops-server.js';
export { createReadiness, type Readiness } from './ops/readiness.js';
export { directedLines, type LineSpan } from './reply/directed-lines.js';
export { answerReply } from './reply/answer-reply.js';
export { splitIntoMessages, type RunBlock, type TextRun } from './reply/split-messages.js';
export { replyText, type Block, type Reply, type ReplyAction, type ReplyTone, type Span } from './reply/reply.js';
export { WORDING, type Wording } from './reply/wording.js';
export { loadSanad, type Sanad } from './sanad.js';
export { noStore } from './store/no-store.js';
export { openStore } from './store/open-store.js';
export type { AdoptedClaim, Platform, RateLimit, RateVerdict, Store, VoteTally, VoteValue } from './store/store.js';
export { StoreError } from './store/store-error.js';
export { detectUiLanguage, UI_LANGUAGES, type UiLanguage } from './text/detect-ui-language.js';
export { continueDirection, FSI, PDI, RLM } from './text/mark-direction.js';
export { stripInvisible } from './text/strip-invisible.js';
export { truncateText } from './text/truncate-text.js';
export { openLiveSanad, type LiveCore, type OpenLiveSanadOptions } from './open-sanad.js';
export { openDocumentStore } from './store/open-document-store.js';
export type { DocumentStore, StoredDocument } from './store/document-store.js';
export type { LiveDocumentLibrary, LibraryChange } from './documents/live-document-library.js';
