import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import type { IngestResult } from './extracted-document.js';
import { fixReversedArabic } from './fix-reversed-arabic.js';
import { errorDetail, refuse } from './refuse.js';
import { joinParagraphs, tidyExtractedText } from './tidy-extracted-text.js';

/** One line of a page's text layer: its text, its baseline and its font size. */
interface PdfLine {
  text: string;
  y: number;
  size: number;
}

type PageItems = Awaited<ReturnType<typeof extractTextItems>>['items'][number];

/** A gap between baselines past this many font sizes starts a new paragraph (single spacing is about 1.2). */
const PARAGRAPH_GAP_SIZES = 1.6;
// Titles that PDF producers write on their own: a file name, "Microsoft Word - report.docx", "Untitled".
const PRODUCER_TITLE = /^(microsoft word - |untitled\b)|\.(docx?|pdf|indd|tmp|rtf|odt)$/i;

/** The lines of one page, in the order the text layer gives them (PDF.js has put right-to-left runs in reading order). */
function pageLines(items: PageItems): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  for (const item of items) {
    if (current && Math.abs(item.y - current.y) > Math.max(current.size, item.fontSize) / 2) {
      lines.push(current);
      current = undefined;
    }
    current ??= { text: '', y: item.y, size: item.fontSize || 12 };
    current.text += item.str;
    if (item.hasEOL) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim());
}

/** Lines joined into paragraphs: a wide gap between baselines ends one; a word hyphenated at a line end is joined. */
function pageParagraphs(lines: readonly PdfLine[], texts: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && Math.abs(previous.y - line.y) > PARAGRAPH_GAP_SIZES * Math.max(previous.size, line.size)) {
      paragraphs.push(current);
      current = '';
    }
    const text = texts[i]!.trim();
    current = /\p{L}-$/u.test(current) && /^\p{Ll}/u.test(text) ? current.slice(0, -1) + text : current ? `${current} ${text}` : text;
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

function statedTitle(info: Record<string, unknown>): string | undefined {
  const title = typeof info.Title === 'string' ? tidyExtractedText(info.Title) : '';
  return title && !PRODUCER_TITLE.test(title) ? title : undefined;
}

/**
 * Reads a PDF's text layer with unpdf (PDF.js): lines from the text items, paragraphs where the line spacing widens
 * or a page ends, the title from the document information (unless it is the producer's file name). A PDF without a
 * text layer (scanned pages) is refused; so is one PDF.js cannot open (damaged, or locked with a password).
 */
export async function readPdf(origin: string, bytes: Uint8Array): Promise<IngestResult> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: PDF.js transfers the buffer it is given to its worker, which would empty the caller's.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    const locked = error instanceof Error && error.name === 'PasswordException';
    return refuse('unreadable-encoding', locked ? 'the PDF is locked with a password' : `not a readable PDF: ${errorDetail(error)}`);
  }
  try {
    const { items } = await extractTextItems(pdf);
    const { info } = await getMeta(pdf);
    const pages = items.map(pageLines);
    const allLines = pages.flat();
    if (!allLines.some((line) => /\p{L}/u.test(line.text))) return refuse('no-text-layer', `${pdf.numPages} page(s) without text`);
    const texts = fixReversedArabic(allLines.map((line) => line.text));
    const paragraphs: string[] = [];
    let start = 0;
    for (const lines of pages) {
      paragraphs.push(...pageParagraphs(lines, texts.slice(start, start + lines.length)));
      start += lines.length;
    }
    const title = statedTitle(info);
    return { ok: true, document: { kind: 'pdf', origin, text: joinParagraphs(paragraphs), ...(title && { title }) } };
  } catch (error) {
    return refuse('unreadable-encoding', `not a readable PDF: ${errorDetail(error)}`);
  } finally {
    await pdf.destroy();
  }
}
