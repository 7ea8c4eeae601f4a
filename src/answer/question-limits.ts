/** Longest question the bot reads, in characters; longer ones get a clear "too long" reply. */
export const MAX_QUESTION_CHARS = 1000;
/** Most passages an answer can show. */
export const MAX_TOP = 10;
