import { pino, type Logger } from 'pino';
import { waitForMatch } from './wait-for-match.js';

/** One JSON line pino wrote: its message, level and fields. */
export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** pino's number for warn. */
export const WARN = 40;

/**
 * A debug-level logger that keeps its lines in memory, so a test can await what the bot logs (work it does on a
 * gateway event leaves no other trace) and check that no token was logged.
 */
export class MemoryLog {
  readonly lines: LogLine[] = [];
  /** Every line as written, to search for secrets. */
  readonly raw: string[] = [];
  readonly logger: Logger;
  private readonly waiters = new Set<() => void>();

  constructor() {
    this.logger = pino({ level: 'debug' }, {
      write: (text: string) => {
        this.raw.push(text);
        this.lines.push(JSON.parse(text) as LogLine);
        for (const waiter of [...this.waiters]) waiter();
      },
    });
  }

  /** Resolves with the first line from index `from` on (already written or still to come) that matches. */
  waitFor(match: (line: LogLine) => boolean, what: string, from = 0, timeoutMs = 5000): Promise<LogLine> {
    return waitForMatch(() => this.lines.slice(from).find(match), this.waiters, () => `no log line for ${what}; got ${this.lines.slice(from).map((l) => l.msg).join(', ')}`, timeoutMs);
  }

}
