import type { LibraryEntry } from '../documents/document-library.js';
import type { Platform } from '../store/store.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { sourceLine } from './citation-spans.js';
import { formatDate } from './format-date.js';
import { text, type Block, type Reply, type ReplyAction, type Span } from './reply.js';
import { WORDING } from './wording.js';

/**
 * Documents a page of the list shows: even with long titles and the maintainers' details a page fits one Telegram message
 * (4,096) and one Discord embed description (4,096), and its ✖ buttons fit Discord's 5 rows of 5.
 */
export const DOCUMENTS_PER_PAGE = 10;

/** What a page of the list shows. */
export interface DocumentListPage {
  entries: readonly LibraryEntry[];
  /** 1-based, already within 1..pages. */
  page: number;
  /** Whether the reader is a maintainer: they also see who added each document and its id, and get ✖ buttons. */
  maintainer: boolean;
  platform: Platform;
}

/** Number of pages of a list of `count` documents (at least one). */
export const pageCount = (count: number) => Math.max(1, Math.ceil(count / DOCUMENTS_PER_PAGE));

/**
 * One page of everything the bot answers from: numbered lines (outlet, linked headline, date), each saying where it
 * comes from (the corpus folder, or added on a day, and for maintainers by whom, with its id); then the page and how
 * to see the next. Maintainers get ✖ for each added document on the page.
 */
export function documentListReply(list: DocumentListPage, language: UiLanguage): Reply {
  const w = WORDING[language].docs;
  const pages = pageCount(list.entries.length);
  const first = (list.page - 1) * DOCUMENTS_PER_PAGE;
  const shown = list.entries.slice(first, first + DOCUMENTS_PER_PAGE);
  const actions: ReplyAction[] = [];
  const items = shown.map((entry, i): Span[] => {
    const n = first + i + 1;
    const origin = entry.origin === 'corpus' ? w.fromCorpus : w.addedOn(entry.addedAt === undefined ? '' : formatDate(entry.addedAt, language));
    const who = list.maintainer && entry.origin === 'added' ? ` · ${w.addedBy(entry.addedBy ?? '?', entry.id)}` : '';
    if (list.maintainer && entry.origin === 'added') actions.push({ kind: 'document', op: 'remove', ref: entry.id, label: w.buttonRemove(n) });
    return [text(`${n}. `), ...sourceLine(entry, language), text(` · ${origin}${who}`)];
  });
  const blocks: Block[] = [{ kind: 'heading', spans: [text(w.listHeading(list.entries.length))] }, { kind: 'list', items }];
  if (pages > 1) {
    const next = list.page < pages ? ` ${w.nextPage[list.platform](list.page + 1)}` : '';
    blocks.push({ kind: 'paragraph', spans: [text(`${w.listPage(list.page, pages)}${next}`)] });
  }
  if (list.maintainer && w.listMaintainerHint[list.platform]) blocks.push({ kind: 'paragraph', spans: [text(w.listMaintainerHint[list.platform])] });
  return { language, tone: 'notice', blocks, actions };
}
