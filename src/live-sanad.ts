import type { CorpusWarning } from './documents/load-corpus.js';
import type { LiveIndex, LiveSnapshot } from './search/live-index.js';
import type { IndexOrigin } from './search/load-or-build-index.js';
import { createSanad, type Sanad, type SanadOptions } from './sanad.js';
import type { UiLanguage } from './text/detect-ui-language.js';

/** What a live Sanad keeps from start-up: what the corpus folder held besides documents, and how the index was had. */
export interface LiveSanadSetup {
  warnings: readonly CorpusWarning[];
  examples: Partial<Record<UiLanguage, string[]>>;
  options?: SanadOptions;
  indexOrigin: IndexOrigin;
  indexWarning?: string;
}

/** The Sanad of one snapshot: createSanad's answers over its index, its lookups (no map of every passage made again). */
function sanadOf(snapshot: LiveSnapshot, setup: LiveSanadSetup): Sanad {
  const core = createSanad(snapshot.documents, [], setup.warnings, snapshot.index, setup.examples, setup.options, setup.indexOrigin);
  return {
    ...core,
    get passages() {
      return snapshot.passages;
    },
    passage: snapshot.passage,
    document: snapshot.document,
    ...(setup.indexWarning === undefined ? {} : { indexWarning: setup.indexWarning }),
  };
}

/**
 * The Sanad the bots use, over a live index: every member reads the snapshot served at the moment of the call, so a
 * document added or removed shows at once, and a question (answered synchronously) always finishes on the snapshot it
 * started with. The interface is Sanad's: the conversation does not know the collection changes.
 */
export function liveSanad(live: LiveIndex, setup: LiveSanadSetup): Sanad {
  let made: { snapshot: LiveSnapshot; sanad: Sanad } | undefined;
  const current = (): Sanad => {
    const snapshot = live.current;
    if (made?.snapshot !== snapshot) made = { snapshot, sanad: sanadOf(snapshot, setup) };
    return made.sanad;
  };
  return {
    get documents() {
      return current().documents;
    },
    get passages() {
      return current().passages;
    },
    get index() {
      return current().index;
    },
    warnings: setup.warnings,
    indexOrigin: setup.indexOrigin,
    ...(setup.indexWarning === undefined ? {} : { indexWarning: setup.indexWarning }),
    ask: (question, options) => current().ask(question, options),
    passage: (id) => current().passage(id),
    document: (id) => current().document(id),
    exampleQuestions: (language) => current().exampleQuestions(language),
    questionKey: (question) => current().questionKey(question),
    findCurated: (question, pinned) => current().findCurated(question, pinned),
    standsOnItsOwn: (question) => current().standsOnItsOwn(question),
    continuesConversation: (question) => current().continuesConversation(question),
  };
}
