import type { AnalyzedToken } from '../text/analyze.js';

/**
 * Verbs a report tells what someone said by (normalised, و/ف of "and" removed): قال، أكد، أعلن، أضاف، أشار، the
 * statement's «نعتبر» (we consider), and «جاء في» (it says in: «وجاء في مذكرة البعثة…»).
 */
const REPORTED_SPEECH = new Set([
  'قال', 'قالت', 'قالوا', 'اكد', 'اكدت', 'اعلن', 'اعلنت', 'صرح', 'صرحت', 'ذكر', 'ذكرت', 'اشار', 'اشارت', 'اضاف', 'اضافت',
  'تابع', 'تابعت', 'اوضح', 'اوضحت', 'شدد', 'شددت', 'نعتبر', 'تعتبر', 'يعتبر', 'جاء',
]);

/** Whether an analysed word is an Arabic verb of reported speech (see REPORTED_SPEECH), with or without its و/ف. */
export function isReportedSpeech(token: AnalyzedToken | undefined): boolean {
  return token?.script === 'arabic' && REPORTED_SPEECH.has(token.normalized.replace(/^[وف](?=.{3})/, ''));
}
