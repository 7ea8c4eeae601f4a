import { readFileSync } from 'node:fs';
import https from 'node:https';
import tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LINK_LIMITS } from '../../src/ingest/ingest-limits.js';
import { readLink } from '../../src/ingest/read-link.js';

// A certificate made for these tests only (CN news.test, for 127.0.0.1 too), signed by itself: no one vouches for it.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url));
const LIMITS = { ...DEFAULT_LINK_LIMITS, allowPrivate: ['127.0.0.1/32'] };

let server: https.Server;
let port: number;
/** The host names clients asked for in their TLS handshakes (SNI). */
const serverNames: string[] = [];

beforeAll(async () => {
  const credentials = { key: fixture('test-only-self-signed.key.pem'), cert: fixture('test-only-self-signed.cert.pem') };
  const context = tls.createSecureContext(credentials);
  const SNICallback = (name: string, done: (error: Error | null, context: tls.SecureContext) => void) => {
    serverNames.push(name);
    done(null, context);
  };
  server = https.createServer({ ...credentials, SNICallback }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>never read</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('readLink over https', () => {
  it('checks the certificate: a self-signed one is refused', async () => {
    expect(await readLink(`https://127.0.0.1:${port}/article`, LIMITS, { offThread: false })).toEqual({ ok: false, reason: 'fetch-failed', detail: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  });

  it('connects to the checked address and still names the host in the handshake', async () => {
    const resolveHost = vi.fn(async () => ['127.0.0.1']);
    expect(await readLink(`https://news.test:${port}/article`, LIMITS, { resolveHost, offThread: false })).toEqual({ ok: false, reason: 'fetch-failed', detail: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(resolveHost).toHaveBeenCalledOnce();
    expect(serverNames).toEqual(['news.test']);
  });
});
