import type { Answer } from '../answer/answer.js';
import { selectPassages } from '../answer/select-passages.js';
import { takeTop } from '../answer/take-top.js';
import { answerReply, rankMark } from '../reply/answer-reply.js';
import { sourceLine } from '../reply/citation-spans.js';
import type { Reply } from '../reply/reply.js';
import type { UiLanguage } from '../text/detect-ui-language.js';
import { WORDING } from '../reply/wording.js';
import type { ChatRequest, ConversationDeps } from './conversation-deps.js';
import { replyLanguage } from './reply-language.js';

/** One ready answer offered while the user types (Telegram's inline mode): a title, a line under it, the reply. */
export interface Preview {
  title: string;
  description: string;
  /** The message it sends: an answer without buttons. */
  reply: Reply;
  /** The question it answers (an example's, for a link that asks it in a chat with the bot). */
  question: string;
}

/** A reply without buttons (a preview is sent as it is, by the user, not by the bot). */
const sent = (reply: Reply): Reply => ({ ...reply, actions: [] });

/**
 * Answers to pick from for a question: the answer itself (its quote and the sources it cites), then each supporting
 * passage as an answer of its own; or one clear "not found" with examples. Nothing is recorded: previews come with
 * every keystroke, and recording them would fill the store with answers nobody sent.
 */
export function previewAnswers(deps: ConversationDeps, request: ChatRequest & { question: string }): Preview[] {
  const answer = deps.sanad.ask(request.question, { language: replyLanguage({ question: request.question, userLanguage: request.userLanguage }) });
  const w = WORDING[answer.language];
  const question = answer.question;
  // A greeting typed after the bot's name asks nothing yet: the examples, as for an empty query.
  if (answer.problem === 'small_talk') return previewExamples(deps, request);
  if (answer.status !== 'answered') {
    const examples = answer.problem === 'too_long' ? [] : deps.sanad.exampleQuestions(answer.language);
    const [title, description] = answer.problem === 'too_broad' ? [`🗂 ${w.broadTitle}`, w.broadHint]
      : answer.unstated ? [answer.unstated === 'link' ? w.linkUnstated : w.dateUnstated, lineText(answer.sources[0]!, answer.language)]
      : [`🔎 ${w.notFound}`, w.notFoundHint];
    return [{ title, description, reply: sent(answerReply(answer, examples)), question }];
  }
  const first = answer.sources[0];
  const description = first ? lineText(first, answer.language) : '';
  const previews: Preview[] = [{ title: `💬 ${answer.quote[0]?.text ?? question}`, description, reply: sent(answerReply(takeTop(answer, 0))), question }];
  for (const passage of answer.passages) {
    const single = selectPassages(answer, [passage]);
    const quoted = { ...single, quote: [{ text: passage.text, highlights: passage.highlights, citations: single.passages[0]!.citations }], passages: [] };
    const title = `${rankMark(passage.rank)} ${passage.source ?? w.outletUnknown}: ${passage.title}`;
    previews.push({ title, description: passage.text, reply: sent(answerReply(quoted)), question });
  }
  return previews;
}

/** A source's line as plain text, for a preview's description. */
function lineText(source: Answer['sources'][number], language: UiLanguage): string {
  return sourceLine(source, language).map((s) => s.text).join('');
}

/** The example questions as previews, each with its answer (an empty inline query). */
export function previewExamples(deps: ConversationDeps, request: ChatRequest): Preview[] {
  const language = replyLanguage({ userLanguage: request.userLanguage });
  return deps.sanad.exampleQuestions(language).map((example) => {
    const answer = deps.sanad.ask(example);
    return { title: `❓ ${example}`, description: WORDING[language].inlineExample, reply: sent(answerReply(takeTop(answer, 0))), question: example };
  });
}
