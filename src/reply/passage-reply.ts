import type { Passage, SourceDocument } from '../documents/document.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { sourceLine } from './citation-spans.js';
import { text, type Reply } from './reply.js';
import { WORDING } from './wording.js';

/** One passage in full (the 📄 button), under its document's headline, with its source and the quoted-text note. */
export function passageReply(passage: Passage, document: SourceDocument | undefined, language: UiLanguage): Reply {
  const w = WORDING[language];
  return {
    language,
    tone: 'answer',
    blocks: [
      { kind: 'heading', spans: [text(`📄 ${document?.title ?? passage.docId}`)] },
      { kind: 'quote', spans: [{ type: 'quote', text: passage.text, highlights: [] }] },
      { kind: 'sources', heading: `📚 ${w.sources}`, lines: document ? [sourceLine(document, language)] : [], note: w.quotedFooter },
    ],
    actions: [],
  };
}
