/** One readiness check: true when that part of the bot can serve; it may throw or time out, which counts as not ready. */
export type ReadinessCheck = () => boolean | Promise<boolean>;

/** What GET /readyz answers: ready when every check passes, and each check's result by name. */
export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, boolean>;
}

/** A check slower than this counts as failed (a store that hangs is not reachable). */
export const READINESS_CHECK_TIMEOUT_MS = 2000;

/** The checks behind GET /readyz, registered as the bot starts: documents, store, each platform. */
export interface Readiness {
  /** Adds or replaces a check. */
  set(name: string, check: ReadinessCheck): void;
  /** Removes a check (a bot that stopped). */
  delete(name: string): void;
  /** Runs every check at once. Not ready with no check at all: nothing has started yet. */
  report(): Promise<ReadinessReport>;
}

async function passes(check: ReadinessCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(check).then((ok) => ok === true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Creates an empty set of readiness checks. */
export function createReadiness(timeoutMs = READINESS_CHECK_TIMEOUT_MS): Readiness {
  const checks = new Map<string, ReadinessCheck>();
  return {
    set: (name, check) => void checks.set(name, check),
    delete: (name) => void checks.delete(name),
    async report() {
      const entries = await Promise.all([...checks].map(async ([name, check]) => [name, await passes(check, timeoutMs)] as const));
      return { ready: entries.length > 0 && entries.every(([, ok]) => ok), checks: Object.fromEntries(entries) };
    },
  };
}
