import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadBytes, DownloadError } from '../../src/conversation/documents-download.js';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/small') return void res.writeHead(200, { 'content-length': '5' }).end('hello');
    if (req.url === '/stated-big') return void res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000));
    if (req.url === '/unstated-big') {
      res.writeHead(200);
      for (let i = 0; i < 10; i++) res.write('x'.repeat(1000));
      return void res.end();
    }
    res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('downloadBytes', () => {
  it('downloads a file within the limit', async () => {
    expect(Buffer.from(await downloadBytes(`${base}/small`, { maxBytes: 100 })).toString()).toBe('hello');
  });

  it('refuses a stated or streamed size over the limit as too big, and an HTTP error as failed', async () => {
    await expect(downloadBytes(`${base}/stated-big`, { maxBytes: 1000 })).rejects.toMatchObject({ name: 'DownloadError', reason: 'too-big' });
    await expect(downloadBytes(`${base}/unstated-big`, { maxBytes: 1000 })).rejects.toMatchObject({ reason: 'too-big' });
    const failed = await downloadBytes(`${base}/missing`, { maxBytes: 1000 }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(DownloadError);
    expect(failed).toMatchObject({ reason: 'failed', message: 'HTTP 404' });
  });
});
