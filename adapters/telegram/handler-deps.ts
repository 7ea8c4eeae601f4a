import type { Logger } from '../../src/log.js';
import type { Sanad } from '../../src/sanad.js';
import type { CallApi } from './call-api.js';
import type { KeyStore } from './key-store.js';
import type { QuestionLimiter } from './question-limiter.js';
import type { ChatRights } from './rights.js';
import type { BotIdentity } from './route.js';

/** Everything a handler uses, as plain values: the core, one Bot API function, the durable keys, the limits. */
export interface HandlerDeps {
  sanad: Sanad;
  api: CallApi;
  store: KeyStore;
  rights: ChatRights;
  limiter: QuestionLimiter;
  me: BotIdentity;
  logger: Logger;
}
