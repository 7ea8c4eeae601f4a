// Where the bench finds the shared evaluation data (ARCD, the questions, score.mjs): SANAD_EVAL_DIR, else
// ../shared/eval beside the repository, as npm run eval. No absolute path.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The evaluation folder. */
export const EVAL_DIR = resolve(process.env.SANAD_EVAL_DIR ?? '../shared/eval');

/** Exits with one clear line when the evaluation folder is missing. */
export function requireEvalDir(who: string): void {
  if (!existsSync(resolve(EVAL_DIR, 'arcd', 'corpus'))) {
    console.error(`${who}: needs the evaluation data at ${EVAL_DIR} (ARCD and questions.json; set SANAD_EVAL_DIR to its folder)`);
    process.exit(2);
  }
}
