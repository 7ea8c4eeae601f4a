import type { IngestRefusal } from '../ingest/extracted-document.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { truncateText } from '../text/truncate-text.js';
import { notice, text } from './reply.js';
import { WORDING } from './wording.js';

/** Longest technical detail shown under a refusal. */
const DETAIL_MAX_CHARS = 200;

/** Why an upload or link was not read, in the maintainer's language, with its detail (the limit, the HTTP status). */
export function ingestRefusalReply(refusal: Pick<IngestRefusal, 'reason' | 'detail'>, language: UiLanguage) {
  const w = WORDING[language].docs;
  const detail = refusal.detail?.trim();
  return notice(language, w.refused[refusal.reason], 'refusal', detail ? [{ kind: 'paragraph', spans: [text(w.refusedDetail(truncateText(detail, DETAIL_MAX_CHARS)))] }] : []);
}
