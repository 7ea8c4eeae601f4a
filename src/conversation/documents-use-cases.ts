import type { ChatRequest, ConversationDeps } from './conversation-deps.js';
import type { EventClaims } from './claim-events.js';
import { documentAdding, type DocumentAdding } from './documents-add.js';
import { documentListing, type DocumentListing } from './documents-list.js';
import { isMaintainer } from './documents-maintainers.js';
import { pendingPreviews } from './documents-pending.js';

/**
 * Everything about the documents from a chat, for every platform: add (upload or link → preview → ✅ / ✖ /
 * corrections), list, remove. Plain values in, neutral replies out.
 */
export type DocumentUseCases = DocumentAdding & DocumentListing & {
  /** Whether the request comes from a maintainer (SANAD_MAINTAINERS). */
  isMaintainer(request: ChatRequest): boolean;
};

/** The document use cases over a conversation's dependencies (its claims finish each preview once). */
export function documentUseCases(deps: ConversationDeps, claims: EventClaims): DocumentUseCases {
  return { ...documentAdding(deps, pendingPreviews(deps, claims)), ...documentListing(deps), isMaintainer: (request) => isMaintainer(deps, request) };
}
