import { markAgentHeads, markCauses, markPlaceHeads, markWeekdays } from '../text/mark-answer-cues.js';
import { markDates, markEndDates, markStartDates } from '../text/mark-dates.js';
import { markNumbers } from '../text/mark-numbers.js';
import { markSentenceStarts } from '../text/mark-sentence-starts.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import type { ConceptMatch } from './match-concepts.js';
import type { TextTerms } from './passage-terms.js';

/** Per-token marks of a passage that tell whether it can answer a kind of question, by token index. */
export interface PassageMarks {
  /** Strength of each token as part of a date, 0 to 1 (see markDates). */
  dates: Float32Array;
  /** The dates that end a period (حتى 19 يناير: see markEndDates). */
  endDates: Float32Array;
  /** The dates that start a period (منذ 2 يناير: see markStartDates). */
  startDates: Float32Array;
  /** 1 for a number (digits or a number word). */
  numbers: Float32Array;
  /** 1 for the first content word of a sentence. */
  sentenceStarts: Uint8Array;
  /** 1 for a day of the week (يوم الإثنين): news gives days more often than dates. */
  weekdays: Float32Array;
  /** 1 for a gazetteer place, or a word that heads a place name or gives a direction (مدينة، منطقة، غرب). */
  places: Float32Array;
  /** 1 for a gazetteer person or organisation, or a title or organisation noun (الرئيس، وزارة، وكالة). */
  agents: Float32Array;
  /** 1 for a gazetteer person: the answer to "who is the president…?" is a name, not a title. */
  persons: Float32Array;
  /** 1 for a word that gives a cause or purpose (بسبب، لأن، بهدف، لمنع). */
  causes: Float32Array;
}

/** Adds 1 to the marks of the tokens of the text's entities of the given kinds. */
function markEntities(marks: Float32Array, terms: TextTerms, kinds: ReadonlyMap<string, GazetteerEntry['kind']>, wanted: ReadonlySet<string>): Float32Array {
  for (const e of terms.entities) {
    if (!wanted.has(kinds.get(e.id) ?? '')) continue;
    for (let i = e.first; i <= e.last; i++) marks[i] = 1;
  }
  return marks;
}

const PLACE_KINDS = new Set(['place']);
const AGENT_KINDS = new Set(['person', 'org']);
const PERSON_KINDS = new Set(['person']);

const marksCache = new WeakMap<TextTerms, PassageMarks>();

/**
 * The marks of an analysed passage, computed once and kept with its analysis. `text` is the analysed text; the
 * gazetteer tells which of its entities are places, people and organisations.
 */
export function passageMarks(terms: TextTerms, text: string, gazetteer?: Gazetteer): PassageMarks {
  let marks = marksCache.get(terms);
  if (!marks) {
    const { tokens } = terms;
    const kinds = gazetteer?.kinds ?? new Map<string, GazetteerEntry['kind']>();
    const dates = markDates(tokens);
    marks = {
      dates,
      endDates: markEndDates(tokens, dates),
      startDates: markStartDates(tokens, dates),
      numbers: markNumbers(tokens),
      sentenceStarts: markSentenceStarts(text, tokens),
      weekdays: markWeekdays(tokens),
      places: markEntities(markPlaceHeads(tokens), terms, kinds, PLACE_KINDS),
      agents: markEntities(markAgentHeads(tokens), terms, kinds, AGENT_KINDS),
      persons: markEntities(new Float32Array(tokens.length), terms, kinds, PERSON_KINDS),
      causes: markCauses(tokens),
    };
    marksCache.set(terms, marks);
  }
  return marks;
}

/**
 * How close a marked token (a date, a number) is to a word that matched the question, 0 to 1: the best, over marked
 * tokens within `window` words of a matched word, of its mark times (1 − distance / (window + 1)). The answer to
 * "when did X…" is a date beside X, not any date in the passage. With `unmatchedOnly`, a marked token that is itself
 * a match does not count: the person a "who" question names is not its answer.
 */
export function markedNearMatch(marks: Float32Array, match: ConceptMatch, window: number, unmatchedOnly = false): number {
  let best = 0;
  const matched = unmatchedOnly ? new Set(match.ranges.map((r) => r.token)) : undefined;
  for (const { token } of match.ranges) {
    const last = Math.min(marks.length - 1, token + window);
    for (let i = Math.max(0, token - window); i <= last; i++) {
      const mark = marks[i]!;
      if (mark === 0 || matched?.has(i)) continue;
      const value = mark * (1 - Math.abs(i - token) / (window + 1));
      if (value > best) best = value;
    }
  }
  return best;
}

/**
 * The marks of what a "how many" question asks for: a number not in a date; for one asking how long something lasts
 * (see asksForDuration), an end date too («حتى 19 يناير» answers «كم يوم الطوارئ؟»). Kept with the marks.
 */
export function countMarks(marks: PassageMarks, duration: boolean): Float32Array {
  let counts = countsCache.get(marks);
  if (!counts) countsCache.set(marks, (counts = marks.numbers.map((m, i) => (marks.dates[i]! > 0 ? 0 : m))));
  if (!duration) return counts;
  let lasting = durationsCache.get(marks);
  if (!lasting) durationsCache.set(marks, (lasting = counts.map((m, i) => Math.max(m, marks.endDates[i]!))));
  return lasting;
}
const countsCache = new WeakMap<PassageMarks, Float32Array>();
const durationsCache = new WeakMap<PassageMarks, Float32Array>();

/** Whether the word at `token` is its sentence's topic: its first content word, or a name right after it (see topicShare). */
export function isSentenceTopic(sentenceStarts: Uint8Array, token: number, named: boolean): boolean {
  return sentenceStarts[token] === 1 || (named && token > 0 && sentenceStarts[token - 1] === 1);
}

/**
 * The weighted share of the question's concepts that open a sentence of the passage, 0 to 1 (weights as in coverage).
 * A passage whose sentences are about the question's subject (its topic comes first) is more likely to answer it.
 * A named entity (`named[concept]`) right after a sentence's first word is its topic too: Arabic puts the verb first,
 * and a name after it is its subject («تأسست منظمة معاهدة الأمن الجماعي…»، «تضم المنظمة…»). Ordinary words are left out:
 * after a verb they are as often its object (ARCD −0.1 pt when every second word counted).
 */
export function topicShare(sentenceStarts: Uint8Array, match: ConceptMatch, weights: readonly number[], named: readonly boolean[] = []): number {
  let total = 0;
  for (const w of weights) total += w;
  if (!(total > 0)) return 0;
  const counted = new Set<number>();
  let share = 0;
  for (const { token, concept } of match.ranges) {
    if (isSentenceTopic(sentenceStarts, token, named[concept] === true) && !counted.has(concept)) {
      counted.add(concept);
      share += weights[concept]!;
    }
  }
  return share / total;
}
