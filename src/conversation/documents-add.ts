import type { IngestResult } from '../ingest/extracted-document.js';
import type { CorrectableField } from '../reply/document-wording.js';
import type { CorrectionProblem } from './documents-correction.js';
import { readCorrectionFields, readCorrectionText } from './documents-correction.js';
import { documentPreviewReply } from '../reply/document-preview-reply.js';
import { ingestRefusalReply } from '../reply/document-refusal-reply.js';
import { notice, text, type Reply } from '../reply/reply.js';
import { WORDING, type Wording } from '../reply/wording.js';
import type { ChatRequest, ConversationDeps } from './conversation-deps.js';
import { DownloadError } from './documents-download.js';
import { actorOf, isMaintainer } from './documents-maintainers.js';
import type { PendingPreview, PendingPreviews } from './documents-pending.js';
import { replyLanguage } from './reply-language.js';

/** Largest upload downloaded at all, in bytes: what Telegram lets a bot download (https://core.telegram.org/bots/api#getfile). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** A correction form: its title, and the four fields with their labels and current values. */
export interface CorrectionForm {
  title: string;
  fields: { name: CorrectableField; label: string; value?: string }[];
}

/** A file a maintainer sent, before it is downloaded: downloading is the adapter's, and happens only once allowed. */
export interface IncomingUpload {
  name: string;
  /** The size the platform reports, when it does: a file over the limit is refused without downloading it. */
  size?: number;
  mimeType?: string;
  download(): Promise<Uint8Array>;
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** The wording of the user's language. */
function wordingOf(request: ChatRequest): { language: ReturnType<typeof replyLanguage>; w: Wording } {
  const language = replyLanguage({ userLanguage: request.userLanguage });
  return { language, w: WORDING[language] };
}

function problemLine(w: Wording, problem: CorrectionProblem): string {
  switch (problem.kind) {
    case 'bad-date': return w.docs.badDate;
    case 'bad-url': return w.docs.badUrl;
    case 'bad-text': return w.docs.badText(w.docs.field[problem.field]);
    case 'unknown-field': return w.docs.unknownField(problem.name);
  }
}

/**
 * Adding a document from a chat, once for every platform: an upload or a link is read, refused clearly or previewed;
 * the preview waits in the store (PendingPreviews) for ✅ Add, ✖ Cancel or corrections. Only maintainers get past
 * the first check, on every step (a forwarded preview's buttons do nothing for anyone else).
 */
export function documentAdding(deps: ConversationDeps, pending: PendingPreviews) {
  /** The refusal when this request may not add, or the library and reader when it may. */
  const gate = (request: ChatRequest) => {
    const { language, w } = wordingOf(request);
    if (!deps.library || !deps.reader) return { refusal: notice(language, w.docs.notAvailable, 'refusal') };
    if (!isMaintainer(deps, request)) return { refusal: notice(language, w.docs.notMaintainer, 'refusal') };
    return { library: deps.library, reader: deps.reader };
  };

  /** A preview of what was read, kept for its buttons; or the refusal. */
  async function previewOf(request: ChatRequest, result: IngestResult, kept?: Pick<PendingPreview, 'correction'>): Promise<Reply> {
    const { language, w } = wordingOf(request);
    if (!result.ok) {
      deps.log.info({ platform: request.platform, reason: result.reason, detail: result.detail }, 'document refused');
      return ingestRefusalReply(result, language);
    }
    const preview = deps.library!.preview(result.document, kept?.correction);
    if (preview.empty) return ingestRefusalReply({ reason: 'no-article-text' }, language);
    const key = await pending.save({ document: result.document, ...(kept?.correction ? { correction: kept.correction } : {}), by: actorOf(request)! });
    if (key === undefined) return notice(language, w.storeUnavailable, 'refusal');
    return documentPreviewReply(preview, key, language, request.platform);
  }

  /** The pending preview behind a button, for a maintainer; or the reply that says why not. */
  async function pendingFor(request: ChatRequest, key: string): Promise<{ preview: PendingPreview } | { reply: Reply }> {
    const gated = gate(request);
    if (gated.refusal) return { reply: gated.refusal };
    const preview = await pending.load(key);
    const { language, w } = wordingOf(request);
    return preview ? { preview } : { reply: notice(language, w.docs.previewGone, 'refusal') };
  }

  const read = async (what: () => Promise<IngestResult>): Promise<IngestResult> => {
    try {
      return await what();
    } catch (error) {
      deps.log.warn({ err: error }, 'reading a document failed');
      return { ok: false, reason: 'fetch-failed' };
    }
  };

  return {
    /** A file sent by a maintainer: refused over the size limit without downloading, else downloaded, read, previewed. */
    async upload(request: ChatRequest, file: IncomingUpload): Promise<Reply> {
      const gated = gate(request);
      if (gated.refusal) return gated.refusal;
      const max = deps.maxUploadBytes ?? MAX_UPLOAD_BYTES;
      if (file.size !== undefined && file.size > max) return ingestRefusalReply({ reason: 'too-big', detail: `${megabytes(file.size)} > ${megabytes(max)}` }, wordingOf(request).language);
      let bytes: Uint8Array;
      try {
        bytes = await file.download();
      } catch (error) {
        if (error instanceof DownloadError && error.reason === 'too-big') return ingestRefusalReply({ reason: 'too-big', detail: error.message }, wordingOf(request).language);
        deps.log.warn({ err: error, platform: request.platform }, 'downloading an upload failed');
        const { language, w } = wordingOf(request);
        return notice(language, w.docs.downloadFailed, 'refusal');
      }
      return previewOf(request, await read(() => gated.reader.readUpload({ name: file.name, bytes, ...(file.mimeType ? { mimeType: file.mimeType } : {}) })));
    },

    /** A link sent by a maintainer: fetched by the reader (its limits, private addresses refused), previewed. */
    async link(request: ChatRequest, url: string): Promise<Reply> {
      const gated = gate(request);
      if (gated.refusal) return gated.refusal;
      return previewOf(request, await read(() => gated.reader.readLink(url.trim())));
    },

    /** ✅: adds the previewed document once (a second press finds the preview finished), as the presser. */
    async confirm(request: ChatRequest, key: string): Promise<Reply> {
      const found = await pendingFor(request, key);
      if ('reply' in found) return found.reply;
      const { language, w } = wordingOf(request);
      if (!(await pending.finish(request.platform, key))) return notice(language, w.docs.previewGone, 'refusal');
      const { document, correction } = found.preview;
      try {
        const result = await deps.library!.add(document, actorOf(request)!, correction);
        if (result.ok) {
          deps.log.info({ platform: request.platform, by: actorOf(request), id: result.entry.id, passages: result.entry.passages }, 'document added');
          return notice(language, w.docs.added(result.entry.passages, result.entry.title));
        }
        return notice(language, result.reason === 'duplicate' ? w.docs.duplicate(result.duplicateOf.title) : w.docs.empty, 'refusal');
      } catch (error) {
        deps.log.warn({ err: error, platform: request.platform }, 'adding a document failed');
        return notice(language, w.docs.addFailed, 'refusal');
      }
    },

    /** ✖: nothing is stored; the preview's buttons stop working. */
    async cancel(request: ChatRequest, key: string): Promise<Reply> {
      const found = await pendingFor(request, key);
      if ('reply' in found) return found.reply;
      const { language, w } = wordingOf(request);
      await pending.finish(request.platform, key);
      return notice(language, w.docs.cancelled);
    },

    /**
     * Corrections of a preview's fields: `field: value` lines (a message) or the fields of a form. Valid ones make a
     * new preview (the old one's buttons then stop working); any invalid one corrects nothing and says why.
     */
    async correct(request: ChatRequest, key: string, input: string | Readonly<Record<string, string | undefined>>): Promise<Reply> {
      const found = await pendingFor(request, key);
      if ('reply' in found) return found.reply;
      const { language, w } = wordingOf(request);
      const { correction, problems } = typeof input === 'string' ? readCorrectionText(input) : readCorrectionFields(input);
      if (problems.length) {
        return notice(language, w.docs.correctionRefused, 'refusal', [{ kind: 'list', items: problems.map((p) => [text(`• ${problemLine(w, p)}`)]) }]);
      }
      if (!Object.keys(correction).length) return notice(language, w.docs.noCorrection, 'refusal');
      if (!(await pending.finish(request.platform, key))) return notice(language, w.docs.previewGone, 'refusal');
      const merged = { ...found.preview.correction, ...correction };
      return previewOf(request, { ok: true, document: found.preview.document }, { correction: merged });
    },

    /**
     * The correction form of a preview (Discord's modal): its title, and each field's label and value as it would be
     * served; or the refusal (not a maintainer, the preview gone).
     */
    async correctionForm(request: ChatRequest, key: string): Promise<CorrectionForm | { refusal: Reply }> {
      const found = await pendingFor(request, key);
      if ('reply' in found) return { refusal: found.reply };
      const { w } = wordingOf(request);
      const { meta } = deps.library!.preview(found.preview.document, found.preview.correction);
      const field = (name: CorrectableField) => ({ name, label: w.docs.field[name], ...(meta[name] ? { value: meta[name] } : {}) });
      return { title: `✏️ ${w.docs.buttonCorrect}`, fields: [field('title'), field('outlet'), field('date'), field('url')] };
    },

    /** How to correct a preview here (Telegram's ✏️: a reply with `field: value` lines), for maintainers. */
    correctHowTo(request: ChatRequest): Reply {
      const gated = gate(request);
      if (gated.refusal) return gated.refusal;
      const { language, w } = wordingOf(request);
      return notice(language, w.docs.correctHowTo[request.platform] || w.docs.noCorrection);
    },
  };
}

/** The adding use cases (documentAdding's). */
export type DocumentAdding = ReturnType<typeof documentAdding>;
