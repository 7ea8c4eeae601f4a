import type { Logger } from '../../src/log.js';
import type { Sanad } from '../../src/sanad.js';
import type { Store } from '../../src/store/store.js';
import type { CallApi } from './call-api.js';
import type { QuestionLimiter } from './question-limiter.js';
import type { ChatRights } from './rights.js';
import type { BotIdentity } from './route.js';

/** Everything a handler uses, as plain values: the core, one Bot API function, the store, the limits. */
export interface HandlerDeps {
  sanad: Sanad;
  api: CallApi;
  /** Answers sent, pins, votes, unanswered questions and button keys (durable, shared by instances on PostgreSQL). */
  store: Store;
  rights: ChatRights;
  limiter: QuestionLimiter;
  me: BotIdentity;
  logger: Logger;
}
