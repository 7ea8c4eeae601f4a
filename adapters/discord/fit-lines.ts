/** What fitLines kept, and how many lines it left out. */
export interface FittedLines {
  kept: string[];
  left: number;
}

/**
 * The first lines that fit in `maxChars` joined by line breaks, keeping `reserve` characters free for a closing
 * "and N more" line; lists longer than an embed allows are cut whole lines at a time, never mid-line.
 */
export function fitLines(lines: readonly string[], maxChars: number, reserve = 0): FittedLines {
  const kept: string[] = [];
  let used = 0;
  for (const text of lines) {
    const room = kept.length === lines.length - 1 ? maxChars : maxChars - reserve;
    if (used + text.length + (kept.length ? 1 : 0) > room) break;
    used += text.length + (kept.length ? 1 : 0);
    kept.push(text);
  }
  return { kept, left: lines.length - kept.length };
}
