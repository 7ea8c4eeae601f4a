import { cleanUserText } from '../text/clean-user-text.js';
import { foldCase } from '../text/fold-case.js';
import { normalizeArabic } from '../text/normalize-arabic.js';
import { stripInvisible } from '../text/strip-invisible.js';
import { truncateText } from '../text/truncate-text.js';
import type { ChatRequest, ConversationDeps } from './conversation-deps.js';
import { replyLanguage } from './reply-language.js';
import { surviveStoreOutage } from './survive-store-outage.js';

/** Remembered questions of a scope looked through for suggestions. */
const RECENT_QUESTIONS_READ = 200;

/** What the user has typed so far, where, and how many suggestions of what length the platform takes. */
export interface SuggestRequest extends ChatRequest {
  typed: string;
  /** Where questions answered publicly are remembered (a Discord server); none: no recent questions offered. */
  scopeId?: string;
  limit: number;
  maxChars: number;
}

/** Folds text for matching with the core's own normalisation (alef forms, case, invisible marks). */
function fold(text: string): string {
  return foldCase(normalizeArabic(stripInvisible(text)));
}

/**
 * Questions to suggest while the user types: those that contain every typed word, recently answered questions of
 * this scope first, then the example questions, then the headlines; each one line of clean text within maxChars,
 * no two alike. A store outage leaves out the recent questions.
 */
export async function suggestQuestions(deps: ConversationDeps, request: SuggestRequest): Promise<string[]> {
  const scope = request.scopeId === undefined ? undefined : { platform: request.platform, scopeId: request.scopeId };
  const recent = scope ? await surviveStoreOutage(deps, 'recentQuestions', () => deps.store.recentQuestions(scope, RECENT_QUESTIONS_READ), []) : [];
  const examples = deps.sanad.exampleQuestions(replyLanguage({ question: request.typed, userLanguage: request.userLanguage }));
  const words = fold(request.typed).split(/\s+/).filter(Boolean);
  const chosen: string[] = [];
  for (const candidate of [...recent, ...examples, ...deps.sanad.documents.map((d) => d.title)]) {
    if (chosen.length >= request.limit) break;
    const line = truncateText(cleanUserText(candidate).replace(/\s+/g, ' ').trim(), request.maxChars);
    if (!line || chosen.includes(line)) continue;
    const folded = fold(candidate);
    if (words.every((w) => folded.includes(w))) chosen.push(line);
  }
  return chosen;
}
