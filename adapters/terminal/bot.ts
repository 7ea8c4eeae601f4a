import { createInterface } from 'node:readline';
import type { ChatRequest, Conversation, UiLanguage } from '../../src/index.js';
import { PASSAGES_COMMAND, renderTerminal } from './render.js';

/** Streams the terminal chat reads and writes (process stdin/stdout by default), and its colours. */
export interface TerminalChatOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Bold highlights. Default: when the output is a terminal and `noColor` is not set. */
  color?: boolean;
  /** NO_COLOR was set (https://no-color.org): no colours, even on a terminal. */
  noColor?: boolean;
  /** Aborting it (SIGTERM) ends the chat as input ending would, after the answer being written. */
  signal?: AbortSignal;
}

/** What the chat says when Ctrl-C ends it: the line being typed is not asked. */
export const CTRL_C_NOTICE = '(Ctrl-C: leaving the chat; the line being typed was not sent)';

/**
 * A chat in the terminal on the same conversation as the platform bots: one line a question, /passages (the last
 * answer's supporting passages), /help, /sources, /quit. Resolves when input ends (EOF or /quit); bad input gets the same clear reply as anywhere, never an exception.
 */
export function runTerminalChat(conversation: Conversation, options: TerminalChatOptions = {}): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const color = !options.noColor && (options.color ?? (output as { isTTY?: boolean }).isTTY === true);
  const rl = createInterface({ input, output, terminal: interactive });
  // The terminal reports no language: commands follow the language of the last answer, English at first.
  let userLanguage: UiLanguage | undefined;
  const request = (): ChatRequest => ({ platform: 'terminal', chatId: 'terminal', ...(userLanguage ? { userLanguage } : {}) });
  const say = (text: string) => output.write(`${text}\n\n`);
  // The last answer, for /passages (the 📄 button of the platforms): noStore keeps each chat's latest answer.
  let lastAnswerId: number | undefined;
  say(renderTerminal(conversation.help(request()), color));
  rl.setPrompt(interactive ? 'سند › ' : '');
  rl.prompt();
  let closed = false;
  // A question may follow up the previous answer, as in any private chat (the conversation decides from its wording).
  const ask = async (question: string) => {
    const outcome = await conversation.ask({ ...request(), question, followUp: { kind: 'private-chat' } });
    userLanguage = outcome.reply.language;
    const recorded = await outcome.record?.();
    // Only an answer has passages: after a decline /passages says so rather than "expired".
    lastAnswerId = outcome.reply.tone === 'answer' ? recorded : undefined;
    return outcome.reply;
  };
  // Lines are answered one at a time, in order, and input ending waits for the last answer.
  let answering = Promise.resolve();
  const answer = async (line: string) => {
    // readline still delivers lines it had buffered when /quit closed it.
    if (closed) return;
    const text = line.trim();
    const command = /^\/[a-z]+$/i.test(text) ? text.toLowerCase() : undefined;
    if (command === '/quit' || command === '/exit') {
      closed = true;
      rl.close();
      return;
    }
    const reply = command === '/help' ? conversation.help(request())
      : command === '/sources' ? conversation.sources(request())
        : command === PASSAGES_COMMAND ? (lastAnswerId === undefined ? conversation.notice(request(), 'noPassages') : await conversation.passage({ ...request(), answerId: lastAnswerId }))
          : command ? conversation.notice(request(), 'unknownCommand')
            : await ask(text);
    say(renderTerminal(reply, color, { commands: true }));
    rl.prompt();
  };
  // Ctrl-C on a terminal reaches readline, not the process: it ends the chat and says that the unsent line is dropped.
  rl.on('SIGINT', () => {
    output.write(`\n${CTRL_C_NOTICE}\n`);
    closed = true;
    rl.close();
  });
  options.signal?.addEventListener('abort', () => {
    closed = true;
    rl.close();
  }, { once: true });
  return new Promise((resolve) => {
    rl.on('line', (line) => void (answering = answering.then(() => answer(line))));
    rl.on('close', () => void answering.then(() => {
      closed = true;
      resolve();
    }));
  });
}
