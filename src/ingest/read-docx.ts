import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { IngestResult } from './extracted-document.js';
import { parseFragment } from './html-dom.js';
import { htmlParagraphs } from './html-paragraphs.js';
import { errorDetail, formatBytes, refuse } from './refuse.js';
import { joinParagraphs, tidyExtractedText } from './tidy-extracted-text.js';

/** Unzipped, a Word document's parts are rarely over a few megabytes; past this it is a zip bomb. */
const MAX_UNZIPPED_BYTES = 200_000_000;

/** The unzipped size the archive declares for its files (JSZip reads it from the central directory, unzipping nothing). */
function declaredUnzippedBytes(zip: JSZip): number {
  let total = 0;
  // uncompressedSize is not in JSZip's typings (a file without it counts as 0).
  zip.forEach((_, file) => (total += (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0));
  return total;
}

// The title Word keeps in the document properties (docProps/core.xml, Dublin Core).
const CORE_TITLE = /<dc:title>([\s\S]*?)<\/dc:title>/;

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

/** The title in the document properties, if Word (or the author) filled it in. */
async function propertiesTitle(zip: JSZip): Promise<string | undefined> {
  const core = await zip.file('docProps/core.xml')?.async('string');
  const title = core ? tidyExtractedText(unescapeXml(CORE_TITLE.exec(core)?.[1] ?? '')) : '';
  return title || undefined;
}

/**
 * Reads a .docx with mammoth (its HTML, so headings, paragraphs and list items stay apart): paragraphs separated by
 * blank lines; the title from the document properties, else the first heading. A file that is not a Word document
 * (another zip, a damaged one) is refused.
 */
export async function readDocx(origin: string, bytes: Uint8Array): Promise<IngestResult> {
  let zip: JSZip;
  let html: string;
  try {
    zip = await JSZip.loadAsync(bytes);
    if (!zip.file('word/document.xml')) return refuse('unsupported-type', 'a zip archive, not a Word document');
    if (declaredUnzippedBytes(zip) > MAX_UNZIPPED_BYTES) return refuse('too-big', `unzips to ${formatBytes(declaredUnzippedBytes(zip))}`);
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    return refuse('unreadable-encoding', `not a readable Word document: ${errorDetail(error)}`);
  }
  const body = parseFragment(html);
  const text = joinParagraphs(htmlParagraphs(body));
  if (!/\p{L}/u.test(text)) return refuse('no-article-text', 'the document has no text');
  const heading = body.querySelector('h1, h2, h3')?.textContent ?? '';
  const title = (await propertiesTitle(zip)) ?? (tidyExtractedText(heading) || undefined);
  return { ok: true, document: { kind: 'docx', origin, text, ...(title && { title }) } };
}
