/** The store could not be opened or used: an unreachable database, a database from a newer sanad. Never carries a password. */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
