import { parseFrontMatter } from '../documents/front-matter.js';
import type { DocumentKind, IngestResult } from './extracted-document.js';
import { decodeText } from './decode-text.js';
import { refuse } from './refuse.js';
import { statedDate } from './stated-date.js';
import { tidyExtractedText } from './tidy-extracted-text.js';

function statedText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Reads a `.txt` or `.md` upload: decoded in whatever encoding it is in (decodeText), its YAML front matter giving
 * the title, outlet, date and link. The body is kept as written; only line endings and invisible characters change.
 */
export function readTextFile(kind: Extract<DocumentKind, 'txt' | 'md'>, origin: string, bytes: Uint8Array): IngestResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse('unreadable-encoding', decoded.detail);
  let front: ReturnType<typeof parseFrontMatter>;
  try {
    front = parseFrontMatter(decoded.text.replace(/\r\n?/g, '\n'));
  } catch {
    // Broken YAML between --- fences: the fences and all are read as the text, as a person would see it.
    front = { data: {}, body: decoded.text };
  }
  const text = tidyExtractedText(front.body);
  if (!/\p{L}/u.test(text)) return refuse('no-article-text', 'no letters in the file');
  const title = statedText(front.data.title);
  const outlet = statedText(front.data.outlet);
  const date = statedDate(front.data.date);
  const url = statedText(front.data.url);
  return {
    ok: true,
    document: { kind, origin, text, ...(title && { title }), ...(outlet && { outlet }), ...(date && { date }), ...(url && { url }) },
  };
}
