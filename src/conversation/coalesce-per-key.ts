/** Runs work per key once for a burst of requests (see coalescePerKey). */
export interface Coalescer<T> {
  /** Asks for a run under `key` with `value` (the latest value of a burst is the one run with). */
  notify(key: string, value: T): void;
  /** Resolves once no run is waiting or running. */
  idle(): Promise<void>;
  /** Drops waiting runs, takes no more requests and waits for running ones. */
  stop(): Promise<void>;
}

/** One key with a run waiting or running. */
interface Pending<T> {
  latest: T;
  timer?: NodeJS.Timeout;
  running: boolean;
  /** A request came while running: run again once done, since that run may have missed what it was about. */
  again: boolean;
  done: Promise<void>;
  finish: () => void;
}

/**
 * Debounces requests per key: `run` is called once, `delayMs` after the first request of a burst, with the latest
 * value; a request during a run makes one more run after it. Keys run side by side. `run` reports its own failures.
 */
export function coalescePerKey<T>(run: (key: string, latest: T) => Promise<void>, delayMs: number): Coalescer<T> {
  const pending = new Map<string, Pending<T>>();
  let stopped = false;

  const schedule = (key: string, entry: Pending<T>) => {
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      entry.running = true;
      void run(key, entry.latest).catch(() => undefined).finally(() => {
        entry.running = false;
        if (entry.again && !stopped) {
          entry.again = false;
          schedule(key, entry);
        } else {
          pending.delete(key);
          entry.finish();
        }
      });
    }, delayMs);
  };

  const idle = async () => {
    while (pending.size > 0) await Promise.all([...pending.values()].map((entry) => entry.done));
  };

  return {
    notify(key, value) {
      if (stopped) return;
      const entry = pending.get(key);
      if (entry) {
        entry.latest = value;
        if (entry.running) entry.again = true;
        return;
      }
      let finish!: () => void;
      const done = new Promise<void>((resolve) => (finish = resolve));
      const fresh: Pending<T> = { latest: value, running: false, again: false, done, finish };
      pending.set(key, fresh);
      schedule(key, fresh);
    },
    idle,
    async stop() {
      stopped = true;
      for (const [key, entry] of pending) {
        if (entry.running) continue;
        clearTimeout(entry.timer);
        pending.delete(key);
        entry.finish();
      }
      await idle();
    },
  };
}
