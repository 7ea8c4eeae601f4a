/**
 * How the process stops, the same in every mode and at every moment, start-up included: the first SIGTERM or SIGINT
 * aborts start-up (the `signal`) or stops the bots, then runs every stop step registered so far, in reverse order
 * (bots before the store before the ops server), and exits 0; steps that take longer than STOP_DEADLINE_MS are
 * abandoned and the process exits 1. A second signal exits at once (130 for SIGINT, 143 for SIGTERM), unless it
 * comes within DUPLICATE_SIGNAL_MS of the first: Ctrl-C on `npm start` reaches the bot twice, from the terminal and
 * forwarded by npm, and that is one request to stop.
 */
import type { Logger } from '../src/index.js';

/** The most a clean stop may take: under the 10 s that systemd, Docker and Kubernetes usually wait before SIGKILL. */
export const STOP_DEADLINE_MS = 8000;

/** A signal this soon after the first is the same request delivered twice (by the terminal and by npm). */
export const DUPLICATE_SIGNAL_MS = 500;

/** Exit codes of a process ended by a signal, as a shell reports them (128 + the signal's number). */
const SIGNAL_EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/** The stopping state of the process. */
export interface Lifecycle {
  /** Aborted on the first signal: start-up stages check it and give up. */
  readonly signal: AbortSignal;
  /** Registers a step of the clean stop (closing the store, stopping a bot); steps run last-registered first. */
  onStop(name: string, step: () => Promise<void> | void): void;
  /** Stops cleanly now (as on a signal), e.g. when the terminal chat ends, then exits with `code`. */
  stop(reason: string, code?: number): Promise<never>;
  /** Removes the signal handlers (tests). */
  dispose(): void;
}

/** Installs the SIGTERM and SIGINT handlers of the process. */
export function createLifecycle(
  logger: Pick<Logger, 'info' | 'warn' | 'error'>, exit: (code: number) => never = process.exit, duplicateSignalMs = DUPLICATE_SIGNAL_MS,
): Lifecycle {
  const controller = new AbortController();
  const steps: Array<{ name: string; step: () => Promise<void> | void }> = [];
  let stopping: Promise<never> | undefined;

  const stop = (reason: string, code = 0): Promise<never> => {
    stopping ??= (async () => {
      controller.abort(new Error(`stopped by ${reason}`));
      const started = performance.now();
      const deadline = setTimeout(() => {
        logger.error({ reason, waitedMs: STOP_DEADLINE_MS }, 'clean stop took too long; exiting now');
        exit(1);
      }, STOP_DEADLINE_MS);
      deadline.unref();
      for (const { name, step } of steps.reverse()) {
        try {
          await step();
        } catch (error) {
          logger.warn({ err: error, step: name }, 'a stop step failed');
        }
      }
      clearTimeout(deadline);
      logger.info({ reason, ms: Math.round(performance.now() - started) }, 'stopped');
      return exit(code);
    })();
    return stopping;
  };

  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping && performance.now() - firstSignalAt < duplicateSignalMs) return;
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting at once');
      exit(SIGNAL_EXIT_CODES[signal] ?? 1);
    }
    logger.info({ signal }, 'stopping (a second signal exits at once)');
    firstSignalAt = performance.now();
    void stop(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    onStop: (name, step) => void steps.push({ name, step }),
    stop,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
