/*
 * Where the answer code (answer.ts, compose-answer.ts) and the scripts import the reply language from. The language
 * and its detection live in src/text/detect-ui-language.ts; every sentence the bot says lives in
 * src/reply/wording-*.ts, one file per language.
 */
export { detectUiLanguage, type UiLanguage } from '../text/detect-ui-language.js';
