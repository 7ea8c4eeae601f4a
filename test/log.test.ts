import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../src/log.js';

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
