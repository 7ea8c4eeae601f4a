import type { SourceDocument } from '../documents/document.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { sourceLine } from './citation-spans.js';
import { text, type Reply } from './reply.js';
import { WORDING } from './wording.js';

/** The documents the bot answers from, numbered, each with outlet, linked headline and date. */
export function documentsReply(documents: readonly SourceDocument[], language: UiLanguage): Reply {
  return {
    language,
    tone: 'notice',
    blocks: [
      { kind: 'heading', spans: [text(`📚 ${WORDING[language].documentsHeading}`)] },
      { kind: 'list', items: documents.map((doc, i) => sourceLine({ ...doc, n: i + 1 }, language)) },
    ],
    actions: [],
  };
}
