/** "Before" and "after" (normalised), in Arabic, English and Russian: words that place one event or person by another. */
export const BEFORE_OR_AFTER: ReadonlySet<string> = new Set(['قبل', 'بعد', 'before', 'after', 'до', 'после', 'прежде']);
