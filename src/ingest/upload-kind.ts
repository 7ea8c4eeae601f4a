import type { DocumentKind } from './extracted-document.js';

/** The kinds an upload can be read as. */
export type UploadKind = Exclude<DocumentKind, 'link'>;

const KIND_OF_EXTENSION: Record<string, UploadKind> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.pdf': 'pdf', '.docx': 'docx',
};

/** Media types (as a platform or a server reports them) of the kinds read. */
export const KIND_OF_MEDIA_TYPE: Record<string, UploadKind> = {
  'text/plain': 'txt', 'text/markdown': 'md', 'text/x-markdown': 'md', 'text/html': 'html', 'application/xhtml+xml': 'html',
  'application/pdf': 'pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** A PDF's header may follow up to 1024 bytes of other data (PDF 32000-1, annex H.3). */
const PDF_HEADER_WINDOW_BYTES = 1024;

/** The extension of a file name, lower case with its dot (".pdf"), or "" when it has none. */
export function extensionOf(name: string): string {
  return /(\.[^./\\]+)$/.exec(name.trim())?.[1]?.toLowerCase() ?? '';
}

/** What the first bytes say a file is, whatever its name: a PDF, a zip (a .docx is one), or an HTML page. */
export function sniffKind(bytes: Uint8Array): UploadKind | 'zip' | undefined {
  const head = Buffer.from(bytes.subarray(0, PDF_HEADER_WINDOW_BYTES)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) return 'zip';
  if (/^(\uFEFF|\xEF\xBB\xBF)?\s*<(!doctype html|html[\s>])/i.test(head)) return 'html';
  return undefined;
}

/**
 * How to read an upload: a PDF or zip signature wins over the name (a PDF saved as .txt is still a PDF); otherwise the
 * extension, then the media type the platform reported, then an HTML start. Undefined: not a kind sanad reads.
 */
export function uploadKind(name: string, bytes: Uint8Array, mimeType?: string): UploadKind | undefined {
  const sniffed = sniffKind(bytes);
  if (sniffed === 'pdf') return 'pdf';
  const byName = KIND_OF_EXTENSION[extensionOf(name)];
  if (sniffed === 'zip') return byName === undefined || byName === 'docx' ? 'docx' : byName;
  const mediaType = mimeType?.split(';')[0]?.trim().toLowerCase();
  return byName ?? (mediaType ? KIND_OF_MEDIA_TYPE[mediaType] : undefined) ?? (sniffed === 'html' ? 'html' : undefined);
}
