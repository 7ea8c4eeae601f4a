import { extractDate } from '../documents/extract-date.js';

/**
 * A stated publication date as yyyy-mm-dd: an ISO timestamp keeps its own calendar date (the day where it was
 * published, not in UTC); a YAML date, a Date, or a dateline such as "3 مايو 2024" is read too. Undefined when none.
 */
export function statedDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] ?? extractDate(value)?.slice(0, 10);
  return iso && isCalendarDate(iso) ? iso : undefined;
}

/** Whether yyyy-mm-dd names a real day (not 2024-02-31). */
function isCalendarDate(iso: string): boolean {
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso);
}
