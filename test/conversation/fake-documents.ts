/*
 * Test stand-ins for the document reader (src/ingest/) and the live library (src/documents/): same interfaces, built
 * on the real core, so that a document added in a test is answered from. The integrator plugs in the real ones.
 */
import { createHash } from 'node:crypto';
import { cleanDocument } from '../../src/documents/clean-document.js';
import type { AddDocumentResult, DocumentLibrary, DocumentPreview, DroppedPin, LibraryEntry, MetaCorrection, RemoveDocumentResult } from '../../src/documents/document-library.js';
import type { SourceDocument } from '../../src/documents/document.js';
import { parseFrontMatter } from '../../src/documents/front-matter.js';
import { splitPassages } from '../../src/documents/split-passages.js';
import type { DocumentReader, UploadedFile } from '../../src/conversation/documents-reader.js';
import type { ExtractedDocument, IngestRefusalReason, IngestResult } from '../../src/ingest/extracted-document.js';
import { createSanad, loadSanad, readCorpusExtras, type Sanad } from '../../src/sanad.js';
import { PassageIndex } from '../../src/search/passage-index.js';

/** A reader of .txt and .md only (front matter read), with canned refusals: a file named `refuse-<reason>.txt` is refused so. */
export function fakeReader(options: { maxBytes?: number; links?: Record<string, IngestResult> } = {}): DocumentReader & { reads: string[] } {
  const reads: string[] = [];
  const maxBytes = options.maxBytes ?? 1_000_000;
  return {
    reads,
    async readUpload(file: UploadedFile): Promise<IngestResult> {
      reads.push(file.name);
      const canned = /^refuse-([a-z-]+)\.\w+$/.exec(file.name)?.[1];
      if (canned) return { ok: false, reason: canned as IngestRefusalReason, detail: `canned ${canned}` };
      if (file.bytes.length > maxBytes) return { ok: false, reason: 'too-big', detail: `${file.bytes.length} bytes > ${maxBytes} bytes` };
      const kind = /\.(txt|md)$/i.exec(file.name)?.[1]?.toLowerCase() as 'txt' | 'md' | undefined;
      if (!kind) return { ok: false, reason: 'unsupported-type', detail: file.name.split('.').pop() };
      const text = Buffer.from(file.bytes).toString('utf8');
      if (text.includes('\uFFFD')) return { ok: false, reason: 'unreadable-encoding' };
      const { data, body } = parseFrontMatter(text);
      const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : v instanceof Date ? v.toISOString().slice(0, 10) : undefined);
      const document: ExtractedDocument = { kind, origin: file.name, text: body };
      for (const field of ['title', 'outlet', 'date', 'url'] as const) {
        const value = str(data[field]);
        if (value) document[field] = value;
      }
      return { ok: true, document };
    },
    async readLink(url: string): Promise<IngestResult> {
      reads.push(url);
      if (!/^https?:\/\//i.test(url)) return { ok: false, reason: 'bad-link' };
      return options.links?.[url] ?? { ok: false, reason: 'fetch-failed', detail: 'HTTP 404' };
    },
  };
}

/** What a fake library holds: the core it keeps rebuilt, and the pins a removal would drop (set by tests). */
export interface FakeLibrary extends DocumentLibrary {
  /** The core as it is now; `sanad` (a view of it) is what a conversation should be given. */
  readonly sanad: Sanad;
  added: Map<string, { document: SourceDocument; entry: LibraryEntry }>;
  pinsCiting: (id: string) => DroppedPin[];
}

const hashOf = (paragraphs: readonly string[]) => createHash('sha256').update(paragraphs.join('\n')).digest('hex');

/**
 * A DocumentLibrary over the real core: the corpus folder's documents plus added ones, the index rebuilt on each add
 * or removal (small corpora only), answered from at once. Duplicates are the same cleaned text.
 */
export function fakeLibrary(corpusDir: string, now: () => number = Date.now): FakeLibrary {
  const { gazetteer, examples } = readCorpusExtras(corpusDir);
  const base = loadSanad({ corpusDir });
  const added = new Map<string, { document: SourceDocument; entry: LibraryEntry }>();
  let current = base;
  const rebuild = () => {
    const documents = [...base.documents, ...[...added.values()].map((a) => a.document)];
    const passages = documents.flatMap((d) => splitPassages(d));
    current = createSanad(documents, passages, [], PassageIndex.build(documents, passages, gazetteer), examples);
  };
  const corpusEntries = (): LibraryEntry[] => base.documents.map((d) => ({
    id: d.id, title: d.title, outlet: d.outlet, date: d.date, url: d.url, origin: 'corpus', passages: base.passages.filter((p) => p.docId === d.id).length,
  }));
  const list = () => [...corpusEntries(), ...[...added.values()].map((a) => a.entry)];
  const hashes = () => new Map([...base.documents.map((d) => [hashOf(d.paragraphs), d.id] as const), ...[...added.values()].map((a) => [hashOf(a.document.paragraphs), a.entry.id] as const)]);
  function prepare(document: ExtractedDocument, correction: MetaCorrection = {}) {
    const title = correction.title ?? document.title;
    const cleaned = cleanDocument(document.text, title ? { title } : {});
    const meta = { title: title ?? cleaned.title ?? document.origin, outlet: correction.outlet ?? document.outlet, date: correction.date ?? document.date ?? cleaned.date, url: correction.url ?? document.url ?? cleaned.url };
    const id = `added-${hashOf(cleaned.paragraphs).slice(0, 12)}`;
    const source: SourceDocument = { id, ...Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)), title: meta.title, paragraphs: cleaned.paragraphs };
    const duplicateId = hashes().get(hashOf(cleaned.paragraphs));
    const lines = document.text.split('\n').filter((l) => l.trim()).length;
    return { meta, source, passages: splitPassages(source).length, duplicateOf: duplicateId === undefined ? undefined : list().find((e) => e.id === duplicateId), dropped: Math.max(0, lines - cleaned.paragraphs.length - 1) };
  }
  const library: FakeLibrary = {
    get sanad() { return view; },
    added,
    pinsCiting: () => [],
    list,
    preview(document, correction): DocumentPreview {
      const p = prepare(document, correction);
      return {
        meta: p.meta, passages: p.passages, firstLines: p.source.paragraphs.slice(0, 3),
        removed: p.dropped > 0 ? [{ rule: 'boilerplate line', lines: p.dropped }] : [], ...(p.duplicateOf ? { duplicateOf: p.duplicateOf } : {}), empty: p.passages === 0,
      };
    },
    async add(document, by, correction): Promise<AddDocumentResult> {
      const p = prepare(document, correction);
      if (p.duplicateOf) return { ok: false, reason: 'duplicate', duplicateOf: p.duplicateOf };
      if (p.passages === 0) return { ok: false, reason: 'empty' };
      const entry: LibraryEntry = { ...p.meta, id: p.source.id, origin: 'added', passages: p.passages, addedBy: by, addedAt: now() };
      added.set(entry.id, { document: p.source, entry });
      rebuild();
      return { ok: true, entry };
    },
    async remove(id): Promise<RemoveDocumentResult> {
      if (base.documents.some((d) => d.id === id)) return { ok: false, reason: 'corpus-file' };
      const found = added.get(id);
      if (!found) return { ok: false, reason: 'not-found' };
      added.delete(id);
      rebuild();
      return { ok: true, entry: found.entry, droppedPins: library.pinsCiting(id) };
    },
  };
  // The conversation keeps one Sanad: a view that always reads the current one.
  const view = new Proxy({} as Sanad, { get: (_, key) => Reflect.get(current, key) });
  return library;
}
