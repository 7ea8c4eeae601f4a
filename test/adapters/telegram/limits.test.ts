import { describe, expect, it } from 'vitest';
import { commandRegistrations } from '../../../adapters/telegram/commands.js';
import { escapeHtml, escapeHtmlAttribute, TELEGRAM_COMMAND_DESCRIPTION_MAX_CHARS, utf8ByteLength } from '../../../adapters/telegram/limits.js';

describe('escapeHtml', () => {
  it('escapes <, > and & (and " in attributes)', () => {
    expect(escapeHtml('<b>&amp;</b>')).toBe('&lt;b&gt;&amp;amp;&lt;/b&gt;');
    expect(escapeHtmlAttribute('a"b')).toBe('a&quot;b');
  });
});

describe('utf8ByteLength', () => {
  it('counts Arabic letters as 2 bytes', () => {
    expect(utf8ByteLength('سلام')).toBe(8);
  });
});

describe('command menu', () => {
  it('registers every command in each language and the default, each description within Telegram’s 256 characters', () => {
    const registrations = commandRegistrations();
    expect(registrations.map((r) => r.language_code ?? 'default').sort()).toEqual(['ar', 'ar', 'default', 'default', 'en', 'en', 'ru', 'ru']);
    for (const { commands } of registrations) {
      for (const { command, description } of commands) {
        expect(command).toMatch(/^[a-z0-9_]{1,32}$/);
        expect(description.length).toBeGreaterThan(0);
        expect(description.length).toBeLessThanOrEqual(TELEGRAM_COMMAND_DESCRIPTION_MAX_CHARS);
      }
    }
    const arabic = registrations.find((r) => r.language_code === 'ar')!;
    expect(arabic.commands.every((c) => /[\u0600-\u06FF]/.test(c.description))).toBe(true);
  });
});
