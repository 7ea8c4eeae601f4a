import { Readability } from '@mozilla/readability';
import { notTextReason } from '../documents/load-corpus.js';
import type { DocumentKind, IngestResult } from './extracted-document.js';
import { decodeAs, decodeText } from './decode-text.js';
import { parseFragment, parsePage } from './html-dom.js';
import { htmlParagraphs } from './html-paragraphs.js';
import { readPageMetadata } from './page-metadata.js';
import { refuse } from './refuse.js';
import { joinParagraphs } from './tidy-extracted-text.js';

/** Where a page came from, when it was fetched: its address and the charset its Content-Type named. */
export interface HtmlSource {
  pageUrl?: string;
  charset?: string;
}

/** Fewer letters than this is a page without an article (a front page, a login wall, an error page). */
const MIN_ARTICLE_LETTERS = 80;
// <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…"> in the first bytes.
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const META_CHARSET_SCAN_BYTES = 4096;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A page's text: a byte-order mark decides; then bytes that are valid UTF-8 are read as UTF-8 whatever the page
 * declares (a saved page is often re-encoded and keeps its old <meta charset>; other encodings' non-ASCII text is
 * almost never valid UTF-8); then the HTTP charset or the page's <meta charset>; then what decodeText finds.
 */
function decodePage(bytes: Uint8Array, charset: string | undefined): { ok: true; html: string } | { ok: false; detail: string } {
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  let html: string | undefined;
  if (!bom) {
    try {
      html = utf8.decode(bytes);
    } catch {
      const head = Buffer.from(bytes.subarray(0, META_CHARSET_SCAN_BYTES)).toString('latin1');
      const declared = charset ?? META_CHARSET.exec(head)?.[1];
      html = declared ? decodeAs(bytes, declared) : undefined;
    }
  }
  if (html !== undefined) {
    const notText = notTextReason(Buffer.from(html, 'utf8'), html);
    return notText ? { ok: false, detail: notText } : { ok: true, html };
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? { ok: true, html: decoded.text } : decoded;
}

/**
 * Reads a saved or fetched news page: the article text as @mozilla/readability finds it (navigation, ads, related
 * links and comments left out), paragraphs separated by blank lines; the title, outlet, date and canonical link from
 * the page's metadata (readPageMetadata), else what Readability found. A page without article text is refused.
 */
export function readHtml(kind: DocumentKind, origin: string, bytes: Uint8Array, source: HtmlSource = {}): IngestResult {
  const decoded = decodePage(bytes, source.charset);
  if (!decoded.ok) return refuse('unreadable-encoding', decoded.detail);
  const page = parsePage(decoded.html);
  // Metadata first: Readability changes the document it reads (it removes scripts, JSON-LD included).
  const metadata = readPageMetadata(page, source.pageUrl);
  const article = new Readability(page as never, { charThreshold: 200 }).parse();
  if (!article?.content) return refuse('no-article-text');
  const text = joinParagraphs(htmlParagraphs(parseFragment(article.content)));
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_ARTICLE_LETTERS) return refuse('no-article-text', `${letters} letters of text`);
  const title = metadata.title ?? (article.title?.trim() || undefined);
  const outlet = metadata.outlet ?? (article.siteName?.trim() || undefined);
  const url = metadata.url ?? source.pageUrl;
  return {
    ok: true,
    document: {
      kind, origin, text,
      ...(title && { title }), ...(outlet && { outlet }), ...(metadata.date && { date: metadata.date }), ...(url && { url }),
    },
  };
}
