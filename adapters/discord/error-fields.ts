/**
 * Log fields of a Discord error that never carry a token: its code, status and method, and the error itself (the
 * process logger's err serializer keeps only name, message and stack, never DiscordAPIError.url, which can hold an
 * interaction token).
 */
export function errorFields(error: unknown): Record<string, unknown> {
  const e = error as { code?: unknown; status?: unknown; method?: unknown };
  return { err: error, code: e?.code, status: e?.status, method: e?.method };
}
