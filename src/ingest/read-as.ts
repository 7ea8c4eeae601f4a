import type { IngestResult } from './extracted-document.js';
import type { HtmlSource } from './read-html.js';
import type { UploadKind } from './upload-kind.js';

/**
 * Reads bytes known to be of one kind; `origin` names them in the result. Each reader is loaded when first needed:
 * PDF.js alone is megabytes of code that a bot reading no PDF (and a worker reading a page) need not load.
 */
export async function readAs(kind: UploadKind, origin: string, bytes: Uint8Array, html: HtmlSource = {}): Promise<IngestResult> {
  switch (kind) {
    case 'txt':
    case 'md':
      return (await import('./read-text-file.js')).readTextFile(kind, origin, bytes);
    case 'html':
      return (await import('./read-html.js')).readHtml('html', origin, bytes, html);
    case 'pdf':
      return (await import('./read-pdf.js')).readPdf(origin, bytes);
    case 'docx':
      return (await import('./read-docx.js')).readDocx(origin, bytes);
  }
}
