import type { IngestRefusalReason } from '../ingest/extracted-document.js';
import type { Platform } from '../store/store.js';

/** Words that differ by platform, in one language (as in wording.ts). */
type PerPlatform<T = string> = Record<Platform, T>;

/** A front-matter field a maintainer may correct before adding. */
export type CorrectableField = 'title' | 'outlet' | 'date' | 'url';

/**
 * What the bot says about its documents in one language: adding one from a chat (preview, ✅ Add / ✖ Cancel,
 * corrections), why an upload or link was refused, the list of documents, and removing one.
 */
export interface DocumentWording {
  /** Someone who is not a maintainer tried to add or remove a document. */
  notMaintainer: string;
  /** This bot was started without the document library or reader. */
  notAvailable: string;
  /** The refusal of an upload or link, one per reason (a detail such as the limit follows it). */
  refused: Record<IngestRefusalReason, string>;
  /** The line under a refusal that gives its detail ("12.4 MB > 5 MB", "HTTP 404"). */
  refusedDetail: (detail: string) => string;
  /** Downloading the file from the platform failed. */
  downloadFailed: string;

  previewHeading: string;
  /** Names of the correctable fields, as the preview and corrections show them. */
  field: Record<CorrectableField, string>;
  notStated: string;
  passages: (n: number) => string;
  firstLines: string;
  removedByCleaning: string;
  /** One cleaning rule and how many lines it removed. */
  ruleLine: (rule: string, lines: number) => string;
  duplicateWarning: (title: string) => string;
  /** How to correct the fields before adding. */
  correctHowTo: PerPlatform;
  buttonAdd: string;
  buttonCancel: string;
  buttonCorrect: string;

  added: (passages: number, title: string) => string;
  duplicate: (title: string) => string;
  empty: string;
  cancelled: string;
  /** A preview's buttons after it was added, cancelled, corrected into a new preview, or left too long. */
  previewGone: string;
  addFailed: string;
  /** Corrections that could not be read, one line each below this. */
  correctionRefused: string;
  badDate: string;
  badUrl: string;
  badText: (field: string) => string;
  unknownField: (name: string) => string;
  noCorrection: string;

  listHeading: (count: number) => string;
  fromCorpus: string;
  /** How an added document's line ends: when, and (for maintainers) who and its id. */
  addedOn: (date: string) => string;
  addedBy: (who: string, id: string) => string;
  listPage: (page: number, pages: number) => string;
  /** How to see the next page. */
  nextPage: PerPlatform<(page: number) => string>;
  /** What maintainers can do with the list. */
  listMaintainerHint: PerPlatform;

  removeQuestion: (title: string) => string;
  buttonRemove: (n: number) => string;
  buttonConfirmRemove: string;
  buttonKeep: string;
  removed: (title: string) => string;
  removedPins: (n: number) => string;
  kept: string;
  notFound: string;
  corpusFile: string;
  removeUsage: PerPlatform;
  /** The note in a chat whose pinned answers cited a removed document, above the list of their questions. */
  droppedPinsNote: (title: string) => string;
}
