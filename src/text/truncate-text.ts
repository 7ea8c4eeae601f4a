/** Cuts text to at most `max` UTF-16 units (as JavaScript and the platforms count), never inside a surrogate pair, marking the cut with "…". */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - 1;
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
