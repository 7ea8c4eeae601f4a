import type { LibraryEntry } from '../documents/document-library.js';
import { documentListReply, pageCount } from '../reply/document-list-reply.js';
import { droppedPinsNoteReply, removedReply, removeQuestionReply } from '../reply/document-remove-reply.js';
import { notice, type Reply } from '../reply/reply.js';
import { WORDING } from '../reply/wording.js';
import type { Platform } from '../store/store.js';
import type { ChatRequest, ConversationDeps } from './conversation-deps.js';
import { actorOf, isMaintainer } from './documents-maintainers.js';
import { replyLanguage } from './reply-language.js';

/** A message the adapter sends to another chat: the note to a chat whose pinned answers were dropped. */
export interface ChatNote {
  platform: Platform;
  chatId: string;
  reply: Reply;
}

/** What a removal did: the reply to the maintainer, and the notes to send to chats whose pins were dropped. */
export interface RemoveOutcome {
  reply: Reply;
  notes: ChatNote[];
}

/**
 * Listing and removing documents, once for every platform. Everyone may list (it shows what answers come from);
 * who added a document and its id are shown to maintainers only: a platform user id is personal, and nobody else
 * needs it. Only maintainers remove, each time after a confirmation.
 */
export function documentListing(deps: ConversationDeps) {
  const languageOf = (request: ChatRequest) => replyLanguage({ userLanguage: request.userLanguage });
  /** Everything answered from: the library's list, or (without a library) the corpus the core was built from. */
  const entries = (): LibraryEntry[] => deps.library?.list()
    ?? deps.sanad.documents.map((d) => ({ ...d, origin: 'corpus' as const, passages: deps.sanad.passages.filter((p) => p.docId === d.id).length }));
  const refusalFor = (request: ChatRequest): Reply | undefined => {
    const w = WORDING[languageOf(request)].docs;
    if (!deps.library) return notice(languageOf(request), w.notAvailable, 'refusal');
    if (!isMaintainer(deps, request)) return notice(languageOf(request), w.notMaintainer, 'refusal');
    return undefined;
  };
  const find = (id: string) => entries().find((e) => e.id === id.trim());

  return {
    /** A page of the list (1-based; out of range: the nearest page). */
    list(request: ChatRequest, page = 1): Reply {
      const all = entries();
      const within = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount(all.length));
      return documentListReply({ entries: all, page: within, maintainer: isMaintainer(deps, request), platform: request.platform }, languageOf(request));
    },

    /** ✖ (or a remove command): asks the maintainer to confirm, naming the document. */
    askRemove(request: ChatRequest, id: string): Reply {
      const refused = refusalFor(request);
      if (refused) return refused;
      const w = WORDING[languageOf(request)].docs;
      if (!id.trim()) return notice(languageOf(request), w.removeUsage[request.platform] || w.notFound, 'refusal');
      const entry = find(id);
      if (!entry) return notice(languageOf(request), w.notFound, 'refusal');
      if (entry.origin === 'corpus') return notice(languageOf(request), w.corpusFile, 'refusal');
      return removeQuestionReply(entry, languageOf(request));
    },

    /** ✅ Remove: the document is no longer cited; each chat whose pinned answers cited it gets one note listing them. */
    async remove(request: ChatRequest, id: string): Promise<RemoveOutcome> {
      const refused = refusalFor(request);
      if (refused) return { reply: refused, notes: [] };
      const language = languageOf(request);
      const w = WORDING[language].docs;
      const result = await deps.library!.remove(id.trim(), actorOf(request)!);
      if (!result.ok) return { reply: notice(language, result.reason === 'corpus-file' ? w.corpusFile : w.notFound, 'refusal'), notes: [] };
      deps.log.info({ platform: request.platform, by: actorOf(request), id: result.entry.id, droppedPins: result.droppedPins.length }, 'document removed');
      const byChat = new Map<string, typeof result.droppedPins>();
      for (const pin of result.droppedPins) {
        const chat = `${pin.platform}\n${pin.chatId}`;
        byChat.set(chat, [...(byChat.get(chat) ?? []), pin]);
      }
      // Each note speaks the language its chat asked in.
      const notes = [...byChat.values()].map((pins): ChatNote => ({
        platform: pins[0]!.platform, chatId: pins[0]!.chatId,
        reply: droppedPinsNoteReply(result.entry, pins, replyLanguage({ question: pins[0]!.question, userLanguage: language })),
      }));
      return { reply: removedReply(result.entry, result.droppedPins.length, language), notes };
    },

    /** Keep it: nothing removed. */
    keep(request: ChatRequest): Reply {
      return notice(languageOf(request), WORDING[languageOf(request)].docs.kept);
    },
  };
}

/** The listing use cases (documentListing's). */
export type DocumentListing = ReturnType<typeof documentListing>;
