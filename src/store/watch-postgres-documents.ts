import pg from 'pg';
import { DOCUMENTS_CHANNEL, type WatchDocuments } from './document-store.js';
import { POSTGRES_CONNECT_TIMEOUT_MS } from './postgres-store.js';

/** The listening connection's application_name (pg_stat_activity shows it). */
export const LISTEN_APPLICATION_NAME = 'sanad-documents-listen';

/** Waits between attempts to get the listening connection back: doubling from the first to the last. */
export const LISTEN_RETRY_FIRST_MS = 250;
export const LISTEN_RETRY_MAX_MS = 4_000;

/**
 * PostgreSQL's watch: a dedicated connection LISTENs on DOCUMENTS_CHANNEL (a pooled one would be handed to other
 * queries). A notification calls onChange. A lost connection is opened again (waits doubling up to
 * LISTEN_RETRY_MAX_MS, so a change is seen within 5 s of the server being back), and onChange is called once it
 * listens again: notifications sent meanwhile are lost, so the caller re-reads everything since its last seq.
 */
export function watchPostgresDocuments(databaseUrl: string): WatchDocuments {
  return (_db, onChange, onError) => {
    let stopped = false;
    let client: pg.Client | undefined;
    let timer: NodeJS.Timeout | undefined;
    let wait = LISTEN_RETRY_FIRST_MS;
    let connecting: Promise<void> | undefined;
    const retry = () => {
      if (stopped || timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        connecting = connect(true);
      }, wait);
      wait = Math.min(wait * 2, LISTEN_RETRY_MAX_MS);
    };
    const connect = async (again: boolean) => {
      const candidate = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS, application_name: LISTEN_APPLICATION_NAME });
      let lost = false;
      const onLost = () => {
        if (lost) return;
        lost = true;
        if (client === candidate) client = undefined;
        void candidate.end().catch(() => undefined);
        retry();
      };
      candidate.on('error', (error) => {
        if (!stopped) onError(error);
        onLost();
      });
      candidate.on('end', onLost);
      candidate.on('notification', (message) => {
        if (message.channel === DOCUMENTS_CHANNEL && !stopped) onChange();
      });
      try {
        await candidate.connect();
        await candidate.query(`LISTEN ${DOCUMENTS_CHANNEL}`);
      } catch (error) {
        if (!stopped) onError(error as Error);
        onLost();
        return;
      }
      if (stopped) {
        lost = true;
        await candidate.end().catch(() => undefined);
        return;
      }
      client = candidate;
      wait = LISTEN_RETRY_FIRST_MS;
      if (again) onChange();
    };
    connecting = connect(false);
    return {
      ready: connecting,
      async close() {
        stopped = true;
        clearTimeout(timer);
        await connecting;
        const open = client;
        client = undefined;
        await open?.end().catch(() => undefined);
      },
    };
  };
}
