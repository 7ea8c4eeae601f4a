import type { DroppedPin, LibraryEntry } from '../documents/document-library.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { truncateText } from '../text/truncate-text.js';
import { LIST_QUESTION_MAX_CHARS } from './pinned-reply.js';
import { notice, text, type Reply } from './reply.js';
import { WORDING } from './wording.js';

/** The question before a removal, with ✅ Remove and Keep. */
export function removeQuestionReply(entry: Pick<LibraryEntry, 'id' | 'title'>, language: UiLanguage): Reply {
  const w = WORDING[language].docs;
  return {
    ...notice(language, w.removeQuestion(entry.title)),
    actions: [
      { kind: 'document', op: 'confirm-remove', ref: entry.id, label: w.buttonConfirmRemove },
      { kind: 'document', op: 'keep', ref: entry.id, label: w.buttonKeep },
    ],
  };
}

/** A removal done: no longer cited, and how many pinned answers were dropped with it. */
export function removedReply(entry: Pick<LibraryEntry, 'title'>, droppedPins: number, language: UiLanguage): Reply {
  const w = WORDING[language].docs;
  return notice(language, w.removed(entry.title), 'notice', droppedPins > 0 ? [{ kind: 'paragraph', spans: [text(w.removedPins(droppedPins))] }] : []);
}

/** The note to a chat whose pinned answers cited a removed document: which document, and the questions of those answers. */
export function droppedPinsNoteReply(entry: Pick<LibraryEntry, 'title'>, pins: readonly Pick<DroppedPin, 'question'>[], language: UiLanguage): Reply {
  return notice(language, WORDING[language].docs.droppedPinsNote(entry.title), 'notice', [
    { kind: 'list', items: pins.map((p) => [text(`• ${truncateText(p.question, LIST_QUESTION_MAX_CHARS)}`)]) },
  ]);
}
