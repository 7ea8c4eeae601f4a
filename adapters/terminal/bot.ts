import { createInterface } from 'node:readline';
import { detectUiLanguage } from '../../src/answer/ui-strings.js';
import type { Sanad } from '../../src/sanad.js';
import { renderTerminalAnswer, renderTerminalSources } from './render.js';

/** What the terminal chat says about itself, in the three languages (shown for /help). */
export const TERMINAL_HELP = `sanad — اسأل عن الوثائق / ask about the documents / спросите о документах
  type a question and press Enter; /sources lists the documents; /help shows this; /quit or Ctrl-D leaves`;

/** Streams the terminal chat reads and writes; process stdin/stdout by default. */
export interface TerminalChatOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Bold highlights; default: when output is a TTY. */
  color?: boolean;
}

/**
 * A chat in the terminal on the same core as the platform bots: one line a question. Resolves when input ends
 * (EOF or /quit); bad input gets the core's clear reply, never an exception.
 */
export function runTerminalChat(sanad: Sanad, options: TerminalChatOptions = {}): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const color = options.color ?? (output as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input, output, terminal: interactive });
  const say = (text: string) => output.write(`${text}\n\n`);
  say(`${TERMINAL_HELP}\n${sanad.documents.length} documents, ${sanad.passages.length} passages.`);
  rl.setPrompt(interactive ? 'سند › ' : '');
  rl.prompt();
  let closed = false;
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      // readline still delivers lines it had buffered when /quit closed it.
      if (closed) return;
      const text = line.trim();
      const command = text.toLowerCase();
      if (command === '/quit' || command === '/exit') {
        closed = true;
        rl.close();
        return;
      }
      if (command === '/help') say(TERMINAL_HELP);
      else if (command === '/sources') say(renderTerminalSources(sanad.documents, detectUiLanguage(text, 'en')));
      else if (text.startsWith('/') && /^\/[a-z]+$/i.test(text)) say(`unknown command ${text}\n${TERMINAL_HELP}`);
      else {
        const answer = sanad.ask(text);
        say(renderTerminalAnswer(answer, answer.status === 'not_found' ? sanad.exampleQuestions(answer.language) : [], color));
      }
      rl.prompt();
    });
    rl.on('close', () => {
      closed = true;
      resolve();
    });
  });
}
