import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';
import type { IngestRefusal } from './extracted-document.js';
import type { LinkLimits } from './ingest-limits.js';
import { AddressAllowList, nonPublicRange } from './check-address.js';
import { errorDetail, refuse, refuseTooBig } from './refuse.js';

/** How a link is fetched; tests replace name resolution so that they never ask a real resolver. */
export interface LinkOptions {
  /** A host name's addresses. Default: node:dns lookup, every address. */
  resolveHost?: (hostname: string) => Promise<string[]>;
}

/** A fetched link: where it ended after redirects, what the server said it is, and its body. */
export interface FetchedLink {
  ok: true;
  finalUrl: string;
  /** The media type, lower case, without parameters ("text/html"); "" when the server named none. */
  mediaType: string;
  charset?: string;
  bytes: Uint8Array;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const REQUEST_HEADERS = {
  'user-agent': 'sanad/0.1 (news document reader)',
  accept: 'text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.8,*/*;q=0.1',
  'accept-encoding': 'gzip, deflate, br',
};

async function resolveAll(hostname: string): Promise<string[]> {
  return (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);
}

/** Waits for a promise, or rejects with the signal's reason when it aborts first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The address to connect to for a URL, checked; or why it may not be fetched. */
async function checkedAddress(url: URL, allow: AddressAllowList, options: LinkOptions, signal: AbortSignal): Promise<string | IngestRefusal> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = ipaddr.isValid(host);
  let addresses: string[];
  try {
    addresses = literal ? [host] : await untilAborted((options.resolveHost ?? resolveAll)(host), signal);
  } catch (error) {
    if (signal.aborted) throw error;
    return refuse('fetch-failed', `${host}: ${errorDetail(error)}`);
  }
  if (addresses.length === 0) return refuse('fetch-failed', `${host}: no address`);
  if (literal || !allow.allowsHost(host)) {
    // Every address must be public (or allowed): a name answering with one public and one private address is refused.
    for (const address of addresses) {
      const range = nonPublicRange(address);
      if (range && !allow.allowsAddress(address)) return refuse('private-address', literal ? `${address} (${range})` : `${host} is ${address} (${range})`);
    }
  }
  return addresses[0]!;
}

/** A lookup that answers with the address already checked, so that a second answer from DNS cannot swap it. */
function pinnedLookup(address: string): LookupFunction {
  const family = ipaddr.parse(address).kind() === 'ipv6' ? 6 : 4;
  return (_hostname, options, callback) => {
    if (options.all) (callback as (error: null, addresses: LookupAddress[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

function request(url: URL, address: string, signal: AbortSignal): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, { headers: REQUEST_HEADERS, lookup: pinnedLookup(address), signal, agent: false }, resolve);
    req.on('error', reject);
    req.end();
  });
}

/** The response body, decompressed, stopping (and refusing) as soon as it passes maxBytes. */
async function readBody(response: http.IncomingMessage, maxBytes: number): Promise<Uint8Array | IngestRefusal> {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decompress =
    encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip()
    : encoding === 'deflate' ? zlib.createInflate()
    : encoding === 'br' ? zlib.createBrotliDecompress()
    : undefined;
  // pipeline, not pipe: a response cut off (the time limit) must end the decompressed stream too, with its error.
  const body: Readable = decompress ? pipeline(response, decompress, () => {}) : response;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += (chunk as Buffer).byteLength;
      if (size > maxBytes) return refuseTooBig(maxBytes);
      chunks.push(chunk as Buffer);
    }
  } finally {
    response.destroy();
    if (body !== response) body.destroy();
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches a link within limits: http(s) only; every host's addresses checked (nonPublicRange, unless allowed) before
 * connecting, and the connection pinned to the checked address; redirects followed by hand, each target checked again,
 * at most limits.maxRedirects; the whole fetch within limits.timeoutMs; a body past limits.maxBytes cut off.
 */
export async function fetchLink(link: string, limits: LinkLimits, options: LinkOptions = {}): Promise<FetchedLink | IngestRefusal> {
  const allow = new AddressAllowList(limits.allowPrivate);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), limits.timeoutMs);
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    clearTimeout(timer);
    return refuse('bad-link', 'not a URL');
  }
  try {
    for (let redirects = 0; ; redirects++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('bad-link', `${url.protocol} link${redirects ? ' (redirect)' : ''}`);
      // A password in a link would be stored and listed with the document.
      if (url.username || url.password) return refuse('bad-link', 'a user name or password in the link');
      const address = await checkedAddress(url, allow, options, controller.signal);
      if (typeof address !== 'string') return address;
      const response = await request(url, address, controller.signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) {
        response.destroy();
        if (redirects >= limits.maxRedirects) return refuse('too-many-redirects', `more than ${limits.maxRedirects}`);
        url = new URL(location, url);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        return refuse('fetch-failed', `HTTP ${status}`);
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes && !response.headers['content-encoding']) {
        response.destroy();
        return refuseTooBig(limits.maxBytes, declared);
      }
      const bytes = await readBody(response, limits.maxBytes);
      if (!(bytes instanceof Uint8Array)) return bytes;
      const [mediaType = '', ...parameters] = String(response.headers['content-type'] ?? '').split(';').map((part) => part.trim());
      const charset = parameters.find((part) => /^charset=/i.test(part))?.slice('charset='.length).replace(/^"|"$/g, '');
      return { ok: true, finalUrl: url.href, mediaType: mediaType.toLowerCase(), ...(charset && { charset }), bytes };
    }
  } catch (error) {
    if (controller.signal.aborted) return refuse('timeout', `no complete answer within ${limits.timeoutMs / 1000} s`);
    const code = (error as NodeJS.ErrnoException).code;
    return refuse('fetch-failed', code ? `${code}` : errorDetail(error));
  } finally {
    clearTimeout(timer);
  }
}
