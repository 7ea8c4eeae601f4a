/*
 * The contract between reading an upload or a link (src/ingest/) and adding it to the library
 * (src/documents/document-library.ts): what was read, or why it was refused. Types only.
 */

/** What an upload or a link was read as. */
export type DocumentKind = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'link';

/** The text and what the file or page states about itself. Nothing is guessed: absent means not stated. */
export interface ExtractedDocument {
  kind: DocumentKind;
  /** The file name as sent, or the link as given. */
  origin: string;
  /** Headline: front matter, the page's metadata, the PDF's title, or the first line. */
  title?: string;
  outlet?: string;
  /** ISO 8601 date (yyyy-mm-dd) when stated. */
  date?: string;
  /** Canonical link when stated (a page's canonical URL, or the link itself). */
  url?: string;
  /** The article text: paragraphs separated by blank lines, without front matter. */
  text: string;
}

/** Why an upload or a link was not read. Each has its own wording in the reply (src/reply/wording-*.ts). */
export type IngestRefusalReason =
  | 'too-big' // larger than the configured limit
  | 'unsupported-type' // not .txt .md .html .pdf .docx nor a link
  | 'no-text-layer' // a PDF of scanned images
  | 'unreadable-encoding' // bytes that are not text in any encoding we read
  | 'no-article-text' // a page or file with no article text
  | 'bad-link' // not an http(s) URL
  | 'private-address' // a loopback, private or link-local address (or a redirect to one) not allowed by configuration
  | 'timeout'
  | 'too-many-redirects'
  | 'not-html' // a link whose answer is not an HTML page (nor another supported type)
  | 'fetch-failed'; // network error or an HTTP error status

export interface IngestRefusal {
  ok: false;
  reason: IngestRefusalReason;
  /** A short technical detail for the log and the maintainer (e.g. "12.4 MB > 5 MB", "HTTP 404"); never a secret. */
  detail?: string;
}

export type IngestResult = { ok: true; document: ExtractedDocument } | IngestRefusal;
