import type { MetaCorrection } from '../documents/document-library.js';
import type { CorrectableField } from '../reply/document-wording.js';
import { stripInvisible } from '../text/strip-invisible.js';

/** Longest title or outlet a correction may set, in characters. */
export const CORRECTION_MAX_CHARS = 300;

/** A correction as read: the fields it sets, and what could not be read (by problem, for the wording). */
export interface ReadCorrection {
  correction: MetaCorrection;
  problems: CorrectionProblem[];
}

export type CorrectionProblem =
  | { kind: 'bad-date' }
  | { kind: 'bad-url' }
  | { kind: 'bad-text'; field: CorrectableField }
  | { kind: 'unknown-field'; name: string };

/** The field names a maintainer may write, in English, Arabic and Russian. */
const FIELD_NAMES: Record<string, CorrectableField> = {
  title: 'title', headline: 'title', 'العنوان': 'title', 'عنوان': 'title', 'заголовок': 'title',
  outlet: 'outlet', source: 'outlet', 'الوسيلة': 'outlet', 'المصدر': 'outlet', 'издание': 'outlet', 'источник': 'outlet',
  date: 'date', 'التاريخ': 'date', 'дата': 'date',
  url: 'url', link: 'url', 'الرابط': 'url', 'رابط': 'url', 'ссылка': 'url',
};

/** Whether a yyyy-mm-dd string is a real calendar day. */
function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.toISOString().slice(0, 10) === value;
}

function isWebLink(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol, hostname } = new URL(value);
  return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
}

/**
 * Reads corrections given as field → value pairs (Discord's form; blank values change nothing): each value tidied
 * (invisible marks removed, white space folded) and validated: a date is yyyy-mm-dd, a link http(s), a title or
 * outlet one line of at most CORRECTION_MAX_CHARS.
 */
export function readCorrectionFields(fields: Readonly<Record<string, string | undefined>>): ReadCorrection {
  const correction: MetaCorrection = {};
  const problems: CorrectionProblem[] = [];
  for (const [rawName, rawValue] of Object.entries(fields)) {
    const name = rawName.trim().toLowerCase();
    const field = FIELD_NAMES[name];
    if (!field) {
      problems.push({ kind: 'unknown-field', name: rawName.trim().slice(0, 40) });
      continue;
    }
    const value = stripInvisible(rawValue ?? '').replace(/\s+/g, ' ').trim();
    if (!value) continue;
    if (field === 'date') {
      if (isCalendarDate(value)) correction.date = value;
      else problems.push({ kind: 'bad-date' });
    } else if (field === 'url') {
      if (isWebLink(value)) correction.url = value;
      else problems.push({ kind: 'bad-url' });
    } else if (value.length <= CORRECTION_MAX_CHARS) correction[field] = value;
    else problems.push({ kind: 'bad-text', field });
  }
  return { correction, problems };
}

/**
 * Reads corrections written in a message: one `field: value` a line (or `/correct field value`), the field named in
 * English, Arabic or Russian. Lines that name no field are problems; an empty text corrects nothing.
 */
export function readCorrectionText(text: string): ReadCorrection {
  const fields: Record<string, string> = {};
  const problems: CorrectionProblem[] = [];
  for (const rawLine of stripInvisible(text).split(/\r?\n/)) {
    const line = rawLine.replace(/^\/correct(?:@\w+)?\s*/i, '').trim();
    if (!line) continue;
    const m = /^([^\s:：]+)\s*[:：]\s*(.*)$/.exec(line) ?? /^(\S+)\s+(.+)$/.exec(line);
    if (!m) {
      problems.push({ kind: 'unknown-field', name: line.slice(0, 40) });
      continue;
    }
    fields[m[1]!] = m[2]!;
  }
  const read = readCorrectionFields(fields);
  return { correction: read.correction, problems: [...problems, ...read.problems] };
}
