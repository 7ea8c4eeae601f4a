import type { ChatRequest, ConversationDeps } from './conversation-deps.js';

/** `platform:userId`, the way SANAD_MAINTAINERS names a maintainer and the library records who added a document. */
export function actorOf(request: Pick<ChatRequest, 'platform' | 'userId'>): string | undefined {
  return request.userId === undefined ? undefined : `${request.platform}:${request.userId}`;
}

/** Whether the request comes from a maintainer named in the configuration (SANAD_MAINTAINERS). */
export function isMaintainer(deps: Pick<ConversationDeps, 'maintainers'>, request: Pick<ChatRequest, 'platform' | 'userId'>): boolean {
  const actor = actorOf(request);
  return actor !== undefined && (deps.maintainers ?? []).includes(actor);
}
