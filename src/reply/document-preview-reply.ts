import type { DocumentPreview } from '../documents/document-library.js';
import type { Platform } from '../store/store.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { truncateText } from '../text/truncate-text.js';
import { bold, link, text, type Block, type Reply, type Span } from './reply.js';
import { WORDING } from './wording.js';

/** Lines of the document shown under "first lines", and the longest each may be. */
export const PREVIEW_FIRST_LINES = 3;
export const PREVIEW_LINE_MAX_CHARS = 200;

/**
 * The preview of a document about to be added: its fields as they will be served, how many passages it gives, its
 * first lines, what cleaning removed, a duplicate warning, how to correct a field; ✅ Add (unless it is a duplicate),
 * ✖ Cancel and ✏️ Correct, all keyed by the pending preview's stored key.
 */
export function documentPreviewReply(preview: DocumentPreview, key: string, language: UiLanguage, platform: Platform): Reply {
  const w = WORDING[language].docs;
  const { meta } = preview;
  const field = (name: string, value: Span | undefined): Span[] => [bold(`${name}: `), value ?? text(w.notStated)];
  const blocks: Block[] = [
    { kind: 'heading', spans: [text(w.previewHeading)] },
    {
      kind: 'list',
      items: [
        field(w.field.title, text(meta.title)),
        field(w.field.outlet, meta.outlet === undefined ? undefined : text(meta.outlet)),
        field(w.field.date, meta.date === undefined ? undefined : { type: 'text', text: meta.date, whole: true }),
        field(w.field.url, meta.url === undefined ? undefined : link(meta.url, meta.url)),
        [text(w.passages(preview.passages))],
      ],
    },
  ];
  const lines = preview.firstLines.slice(0, PREVIEW_FIRST_LINES).map((l) => truncateText(l, PREVIEW_LINE_MAX_CHARS));
  if (lines.length) blocks.push({ kind: 'heading', spans: [text(w.firstLines)] }, { kind: 'paragraph', spans: [text(lines.join('\n'))] });
  if (preview.removed.length) {
    blocks.push({ kind: 'heading', spans: [text(w.removedByCleaning)] }, { kind: 'list', items: preview.removed.map((r) => [text(`• ${w.ruleLine(r.rule, r.lines)}`)]) });
  }
  if (preview.duplicateOf) blocks.push({ kind: 'paragraph', spans: [text(w.duplicateWarning(preview.duplicateOf.title))] });
  if (w.correctHowTo[platform]) blocks.push({ kind: 'paragraph', spans: [text(w.correctHowTo[platform])] });
  return {
    language,
    tone: 'notice',
    blocks,
    actions: [
      ...(preview.duplicateOf ? [] : [{ kind: 'document' as const, op: 'add' as const, ref: key, label: w.buttonAdd }]),
      { kind: 'document', op: 'cancel', ref: key, label: w.buttonCancel },
      { kind: 'document', op: 'correct', ref: key, label: w.buttonCorrect },
    ],
  };
}
