import type { MetaCorrection } from '../documents/document-library.js';
import type { ExtractedDocument } from '../ingest/extracted-document.js';
import type { Platform } from '../store/store.js';
import type { ConversationDeps } from './conversation-deps.js';
import { eventClaims, type EventClaims } from './claim-events.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/** How long a preview's buttons stay usable, in ms: long enough to read it and correct a field, short enough to be current. */
export const PREVIEW_TTL_MS = 60 * 60_000;

/** A preview waiting for ✅ or ✖: what was read, the corrections so far, who asked, and when. */
export interface PendingPreview {
  document: ExtractedDocument;
  correction?: MetaCorrection;
  /** `platform:userId` of the maintainer who sent it. */
  by: string;
  at: number;
}

/** Marks a stored value as a pending preview (the store's keys hold other values too: questions, passage ids). */
const TAG = 'sanad-document-preview/1';

/**
 * Pending previews kept in the store (its short keys), so that any instance sharing the store can take the ✅ of a
 * preview another instance showed, and a restart loses none. Each preview is finished once, by an event claim on
 * its key: a second ✅ (a double press, or two instances) finds it finished and adds nothing.
 */
export interface PendingPreviews {
  /** Keeps a preview; its key, or undefined when the store is down. */
  save(preview: Omit<PendingPreview, 'at'>): Promise<string | undefined>;
  /** The preview behind a key, unless unknown, expired or already finished. */
  load(key: string): Promise<PendingPreview | undefined>;
  /** Finishes a preview (added, cancelled, or replaced by a corrected one); false when it was finished already. */
  finish(platform: Platform, key: string): Promise<boolean>;
}

function parse(value: string | undefined): PendingPreview | undefined {
  if (!value?.startsWith(`${TAG}\n`)) return undefined;
  try {
    const preview = JSON.parse(value.slice(TAG.length + 1)) as PendingPreview;
    return typeof preview.document?.text === 'string' && typeof preview.by === 'string' && typeof preview.at === 'number' ? preview : undefined;
  } catch {
    return undefined;
  }
}

/** The pending previews of a conversation, in its store. */
export function pendingPreviews(deps: ConversationDeps, claims: EventClaims = eventClaims(deps)): PendingPreviews {
  const finishedId = (key: string) => `document-preview:${key}`;
  return {
    save: (preview) => surviveStoreOutage(deps, 'putKey', () => deps.store.putKey(`${TAG}\n${JSON.stringify({ ...preview, at: deps.now() })}`), undefined),
    async load(key) {
      const preview = parse(await surviveStoreOutage(deps, 'getKey', () => deps.store.getKey(key), undefined));
      return preview && deps.now() - preview.at <= PREVIEW_TTL_MS ? preview : undefined;
    },
    async finish(platform, key) {
      if ((await claims.claim(platform, finishedId(key))) === 'seen') return false;
      // Finished at once: a claim without a payload is never taken over, and a finished one is never renewed.
      await claims.finish(platform, finishedId(key));
      return true;
    },
  };
}
