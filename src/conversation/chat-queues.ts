/** Options of createChatQueues. */
export interface ChatQueuesOptions {
  /** Jobs one chat may have waiting (besides the one running); more are refused. Default 10. */
  maxQueuedPerChat?: number;
}

/** Defaults of ChatQueuesOptions. */
export const DEFAULT_CHAT_QUEUES_OPTIONS: Required<ChatQueuesOptions> = { maxQueuedPerChat: 10 };

/** A job and what its caller waits for. `ready` runs first, in turn (a claim); false skips the job. */
interface Entry {
  ready: Promise<boolean>;
  run: () => Promise<void>;
  settle: () => void;
  /** Told that the job will not run: the queues stopped first. */
  dropped: () => void;
}

/** What stop() left behind. */
export interface StopReport {
  /** Jobs that were waiting, never run. */
  dropped: number;
  /** Jobs still running when the grace period ended. */
  unfinished: number;
}

/**
 * One FIFO queue per chat: a chat's jobs run one at a time, in the order they came, and chats run side by side, so a
 * slow, flooded or rate-limited chat holds up only itself. Each queue is bounded: past the bound a job is refused
 * (the caller tells the chat).
 */
export interface ChatQueues {
  /**
   * Queues a job under `key`, synchronously (so a chat's order is the order of calls). `ready` settles whether the
   * job runs at all (an event claimed by another instance does not). Resolves once the job has run, been skipped or
   * been dropped; undefined when refused (queue full, or stopped).
   */
  push(key: string, ready: Promise<boolean>, run: () => Promise<void>, dropped?: () => void): Promise<void> | undefined;
  /** Jobs waiting or running, over every chat. */
  readonly pending: number;
  /** Stops taking jobs, drops those waiting (each told), and waits up to `graceMs` for those running. */
  stop(graceMs: number): Promise<StopReport>;
}

/** Per-chat job queues (see ChatQueues). Jobs must not throw: their own error boundary reports failures. */
export function createChatQueues(options: ChatQueuesOptions = {}): ChatQueues {
  const { maxQueuedPerChat } = { ...DEFAULT_CHAT_QUEUES_OPTIONS, ...options };
  const queues = new Map<string, Entry[]>();
  const running = new Set<Promise<void>>();
  let pending = 0;
  let stopped = false;

  const drain = async (key: string, queue: Entry[]) => {
    for (let entry = queue[0]; entry && !stopped; entry = queue[0]) {
      try {
        if (await entry.ready) await entry.run();
      } catch {
        // A job reports its own failures; a throw here must not stop the chat's queue.
      }
      queue.shift();
      pending -= 1;
      entry.settle();
    }
    if (queues.get(key) === queue && queue.length === 0) queues.delete(key);
  };

  return {
    push(key, ready, run, dropped = () => {}) {
      if (stopped) return undefined;
      let queue = queues.get(key);
      if (queue && queue.length > maxQueuedPerChat) return undefined;
      let settle!: () => void;
      const done = new Promise<void>((resolve) => (settle = resolve));
      const entry: Entry = { ready, run, settle, dropped };
      pending += 1;
      if (queue) {
        queue.push(entry);
        return done;
      }
      queue = [entry];
      queues.set(key, queue);
      const draining = drain(key, queue);
      running.add(draining);
      void draining.finally(() => running.delete(draining));
      return done;
    },
    get pending() {
      return pending;
    },
    async stop(graceMs) {
      stopped = true;
      let droppedCount = 0;
      for (const queue of queues.values()) {
        // The head is running; everything behind it is dropped.
        for (const entry of queue.splice(1)) {
          droppedCount += 1;
          pending -= 1;
          entry.dropped();
          entry.settle();
        }
      }
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
      const finished = await Promise.race([Promise.all([...running]).then(() => 'done' as const), graceOver]);
      clearTimeout(timer);
      return { dropped: droppedCount, unfinished: finished === 'done' ? 0 : pending };
    },
  };
}
