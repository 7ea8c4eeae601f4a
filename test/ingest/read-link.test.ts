import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LINK_LIMITS, type LinkLimits } from '../../src/ingest/ingest-limits.js';
import type { LinkOptions } from '../../src/ingest/fetch-link.js';
import { readLink } from '../../src/ingest/read-link.js';
import { makeTextPdf } from './make-test-files.js';

const NEWS_PAGE = readFileSync(new URL('../fixtures/ingest/arabic-news-page.html', import.meta.url));
// The same page without a canonical link or og:url: its address is where it was read from.
const PAGE_WITHOUT_CANONICAL = NEWS_PAGE.toString('utf8').replace(/<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>/g, '');

let server: http.Server;
let base: string;
let port: number;
/** Requests the server received, as "METHOD path". */
const received: string[] = [];
/** Resolves when /hang receives its request (which it never answers). */
let hangReceived: Promise<void>;
let markHangReceived: () => void;
/** Resolves when /slow-body has sent its first bytes (it never finishes). */
let slowBodyStarted: Promise<void>;
let markSlowBodyStarted: () => void;
let slowGzipStarted: Promise<void>;
let markSlowGzipStarted: () => void;

/** Reads on this thread: the worker thread is tested once, in read-off-thread.test.ts. */
const readHere = (link: string, limits: LinkLimits, options: LinkOptions = {}) => readLink(link, limits, { ...options, offThread: false });

/** Only 127.0.0.1 is allowed: the test server. */
const LIMITS: LinkLimits = { ...DEFAULT_LINK_LIMITS, allowPrivate: ['127.0.0.1/32'] };

beforeAll(async () => {
  const pdf = await makeTextPdf([['The president announced a water plan on Friday, with three new desalination plants.']], 'Water plan');
  hangReceived = new Promise((resolve) => (markHangReceived = resolve));
  slowBodyStarted = new Promise((resolve) => (markSlowBodyStarted = resolve));
  slowGzipStarted = new Promise((resolve) => (markSlowGzipStarted = resolve));
  server = http.createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    const url = req.url ?? '/';
    const redirect = (location: string) => res.writeHead(302, { location }).end();
    const chain = /^\/chain\/(\d+)$/.exec(url);
    if (chain) return Number(chain[1]) === 0 ? redirect('/article') : redirect(`/chain/${Number(chain[1]) - 1}`);
    switch (url) {
      case '/article':
        return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NEWS_PAGE);
      case '/plain-page':
        return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE_WITHOUT_CANONICAL);
      case '/gzipped':
        return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }).end(gzipSync(NEWS_PAGE));
      case '/report.pdf':
        return res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
      case '/download':
        return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(pdf);
      case '/photo':
        return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case '/big':
        // Streamed without a length: the reader must stop counting at the limit.
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 40; i++) res.write(Buffer.alloc(64_000, 0x61));
        return res.end();
      case '/big-declared':
        return res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5_000_000) }).end();
      case '/to-private':
        return redirect(`http://127.0.0.2:${port}/article`);
      case '/to-loopback-v6':
        return redirect(`http://[::1]:${port}/article`);
      case '/to-metadata':
        return redirect('http://169.254.169.254/latest/meta-data/');
      case '/to-file':
        return redirect('file:///etc/passwd');
      case '/hang':
        markHangReceived();
        return; // never answers
      case '/slow-body':
        // Headers and the start of a page, then nothing more.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<!doctype html><html><body><p>');
        return markSlowBodyStarted();
      case '/slow-gzip': {
        // The same, compressed: the first half of a gzip stream.
        const zipped = gzipSync(NEWS_PAGE);
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.write(zipped.subarray(0, zipped.length / 2));
        return markSlowGzipStarted();
      }
      default:
        return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterEach(() => {
  received.length = 0;
  vi.restoreAllMocks();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('readLink', () => {
  it('reads a news page: the article, its metadata and its canonical link', async () => {
    const result = await readHere(`${base}/article`, LIMITS);
    expect(result).toMatchObject({
      ok: true,
      document: { kind: 'link', origin: `${base}/article`, title: 'الرئيس يعلن خطة جديدة لإصلاح قطاع المياه', outlet: 'أخبار الشرق', date: '2024-05-03', url: 'https://news.example/ar/water-plan' },
    });
    expect(result.ok && result.document.text).toMatch(/^أعلن الرئيس صباح اليوم الجمعة/);
  });

  it('follows redirects within the limit and gives the final address as the link when the page names none', async () => {
    const result = await readHere(`${base}/chain/3`, { ...LIMITS, maxRedirects: 5 });
    expect(result).toMatchObject({ ok: true, document: { origin: `${base}/chain/3`, url: 'https://news.example/ar/water-plan' } });
    expect(received).toEqual(['GET /chain/3', 'GET /chain/2', 'GET /chain/1', 'GET /chain/0', 'GET /article']);
    const plain = await readHere(`${base}/plain-page`, LIMITS);
    expect(plain).toMatchObject({ ok: true, document: { url: `${base}/plain-page` } });
  });

  it('refuses a link that redirects more times than allowed, without following the last one', async () => {
    expect(await readHere(`${base}/chain/5`, { ...LIMITS, maxRedirects: 2 })).toEqual({ ok: false, reason: 'too-many-redirects', detail: 'more than 2' });
    expect(received).toEqual(['GET /chain/5', 'GET /chain/4', 'GET /chain/3']);
  });

  it('refuses a redirect to another private or loopback address before connecting to it', async () => {
    const request = vi.spyOn(http, 'request');
    expect(await readHere(`${base}/to-private`, LIMITS)).toEqual({ ok: false, reason: 'private-address', detail: '127.0.0.2 (loopback)' });
    expect(await readHere(`${base}/to-loopback-v6`, LIMITS)).toEqual({ ok: false, reason: 'private-address', detail: '::1 (loopback)' });
    expect(await readHere(`${base}/to-metadata`, LIMITS)).toEqual({ ok: false, reason: 'private-address', detail: '169.254.169.254 (linkLocal)' });
    // One request each, to the test server; none to the redirect targets.
    expect(request.mock.calls.map(([url]) => String(url))).toEqual([`${base}/to-private`, `${base}/to-loopback-v6`, `${base}/to-metadata`]);
  });

  it('refuses a redirect to something other than http(s)', async () => {
    expect(await readHere(`${base}/to-file`, LIMITS)).toEqual({ ok: false, reason: 'bad-link', detail: 'file: link (redirect)' });
  });

  it('refuses the test server itself when private addresses are not allowed', async () => {
    const request = vi.spyOn(http, 'request');
    expect(await readHere(`${base}/article`, { ...LIMITS, allowPrivate: [] })).toEqual({ ok: false, reason: 'private-address', detail: '127.0.0.1 (loopback)' });
    expect(request).not.toHaveBeenCalled();
  });

  it('gives up on a server that never answers when the time limit passes', async () => {
    const result = readHere(`${base}/hang`, { ...LIMITS, timeoutMs: 300 });
    await hangReceived;
    expect(await result).toEqual({ ok: false, reason: 'timeout', detail: 'no complete answer within 0.3 s' });
  });

  it('gives up on a body that stops coming when the time limit passes', async () => {
    const result = readHere(`${base}/slow-body`, { ...LIMITS, timeoutMs: 300 });
    await slowBodyStarted;
    expect(await result).toEqual({ ok: false, reason: 'timeout', detail: 'no complete answer within 0.3 s' });
    const zipped = readHere(`${base}/slow-gzip`, { ...LIMITS, timeoutMs: 300 });
    await slowGzipStarted;
    expect(await zipped).toEqual({ ok: false, reason: 'timeout', detail: 'no complete answer within 0.3 s' });
  });

  it('refuses what is not a page it reads, naming the type', async () => {
    expect(await readHere(`${base}/photo`, LIMITS)).toEqual({ ok: false, reason: 'not-html', detail: 'image/png' });
  });

  it('reads a PDF link, also one the server calls a download', async () => {
    for (const path of ['/report.pdf', '/download']) {
      expect(await readHere(`${base}${path}`, LIMITS)).toMatchObject({ ok: true, document: { kind: 'link', title: 'Water plan', url: `${base}${path}` } });
    }
  });

  it('reads a gzip-compressed page', async () => {
    expect(await readHere(`${base}/gzipped`, LIMITS)).toMatchObject({ ok: true, document: { outlet: 'أخبار الشرق' } });
  });

  it('says which HTTP error the server answered', async () => {
    expect(await readHere(`${base}/missing`, LIMITS)).toEqual({ ok: false, reason: 'fetch-failed', detail: 'HTTP 404' });
  });

  it('stops reading a body past the size limit, declared or not', async () => {
    expect(await readHere(`${base}/big`, { ...LIMITS, maxBytes: 1_000_000 })).toEqual({ ok: false, reason: 'too-big', detail: 'more than 1 MB' });
    expect(await readHere(`${base}/big-declared`, { ...LIMITS, maxBytes: 1_000_000 })).toEqual({ ok: false, reason: 'too-big', detail: '5 MB > 1 MB' });
  });

  it('refuses what is not an http(s) link', async () => {
    for (const link of ['ftp://127.0.0.1/a.html', 'javascript:alert(1)', 'not a link', '', `http://editor:secret@127.0.0.1:${port}/article`]) {
      expect(await readHere(link, LIMITS)).toMatchObject({ ok: false, reason: 'bad-link' });
    }
  });

  it.each([
    ['http://10.0.0.1/', '10.0.0.1 (private)'],
    ['http://192.168.1.1/admin', '192.168.1.1 (private)'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 (linkLocal)'],
    ['http://[::1]/', '::1 (loopback)'],
    ['https://[fd00::1]/', 'fd00::1 (uniqueLocal)'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1 (loopback)'],
    ['http://0.0.0.0/', '0.0.0.0 (unspecified)'],
    ['http://2130706433/', '127.0.0.1 (loopback)'],
    ['http://0x7f.1/', '127.0.0.1 (loopback)'],
    ['http://[64:ff9b::a00:1]/', '64:ff9b::a00:1 (private)'],
  ])('refuses %s without resolving or connecting', async (link, detail) => {
    const request = vi.spyOn(http, 'request');
    const secureRequest = vi.spyOn(https, 'request');
    const resolveHost = vi.fn(async () => ['127.0.0.1']);
    expect(await readHere(link, { ...DEFAULT_LINK_LIMITS, allowPrivate: [] }, { resolveHost })).toEqual({ ok: false, reason: 'private-address', detail });
    expect(resolveHost).not.toHaveBeenCalled();
    expect(request).not.toHaveBeenCalled();
    expect(secureRequest).not.toHaveBeenCalled();
  });
});

describe('readLink with host names', () => {
  it('refuses a name that resolves to a private address, before connecting', async () => {
    const request = vi.spyOn(http, 'request');
    const resolveHost = vi.fn(async () => ['93.184.215.14', '10.0.0.1']);
    expect(await readHere('http://intranet.test/page', LIMITS, { resolveHost })).toEqual({ ok: false, reason: 'private-address', detail: 'intranet.test is 10.0.0.1 (private)' });
    expect(resolveHost).toHaveBeenCalledWith('intranet.test');
    expect(request).not.toHaveBeenCalled();
  });

  it('connects to the address it checked, however the name resolves afterwards', async () => {
    // A rebinding resolver: the checked answer first, a private address after.
    const answers = [['127.0.0.1'], ['10.0.0.1']];
    const resolveHost = vi.fn(async () => answers.shift() ?? ['10.0.0.1']);
    const result = await readHere(`http://news.test:${port}/article`, LIMITS, { resolveHost });
    expect(result).toMatchObject({ ok: true, document: { outlet: 'أخبار الشرق' } });
    expect(resolveHost).toHaveBeenCalledTimes(1);
    expect(received).toEqual(['GET /article']);
  });

  it('allows a private host named in the allow list', async () => {
    const resolveHost = vi.fn(async () => ['127.0.0.1']);
    expect(await readHere(`http://news.test:${port}/article`, { ...LIMITS, allowPrivate: ['news.test'] }, { resolveHost })).toMatchObject({ ok: true });
    expect(await readHere(`http://other.test:${port}/article`, { ...LIMITS, allowPrivate: ['news.test'] }, { resolveHost })).toMatchObject({ ok: false, reason: 'private-address' });
  });

  it('says when a name does not resolve', async () => {
    const resolveHost = vi.fn(async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.test'), { code: 'ENOTFOUND' });
    });
    expect(await readHere('http://nowhere.test/', LIMITS, { resolveHost })).toEqual({ ok: false, reason: 'fetch-failed', detail: 'nowhere.test: getaddrinfo ENOTFOUND nowhere.test' });
  });
});
