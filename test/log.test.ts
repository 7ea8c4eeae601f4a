import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactSecrets } from '../src/log.js';

/** A destination that keeps what the logger writes. */
function memoryDestination(): Writable & { lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { lines });
}

describe('createLogger', () => {
  it('writes JSON lines with tokens redacted', () => {
    const destination = memoryDestination();
    createLogger('info', ['discord-token-xyz-123'], { pretty: false, destination }).info({ token: 'abc' }, 'connected with discord-token-xyz-123');
    const line = JSON.parse(destination.lines.join('')) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 30, token: '<redacted>', msg: 'connected with <redacted>' });
  });

  it('writes readable lines when pretty, still redacted', () => {
    const destination = memoryDestination();
    createLogger('info', ['discord-token-xyz-123'], { pretty: true, destination }).info({ documents: 5 }, 'documents loaded discord-token-xyz-123');
    const text = destination.lines.join('');
    expect(text).toMatch(/INFO.*documents loaded <redacted>/);
    expect(text).toContain('documents: 5');
    expect(text).not.toContain('{"level"');
  });
});

describe('redactSecrets', () => {
  it('masks bot tokens, database passwords and listed secrets, and keeps the rest readable', () => {
    const line = 'POST /bot123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage to postgresql://sanad:s3cr%40t!@db.local:5432/sanad failed';
    const out = redactSecrets(line);
    expect(out).not.toContain('AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw');
    expect(out).not.toContain('s3cr');
    expect(out).toContain('postgresql://sanad:<redacted>@db.local:5432/sanad');
    expect(redactSecrets('token discord-token-xyz-123 here', ['discord-token-xyz-123'])).toBe('token <redacted> here');
  });
});
