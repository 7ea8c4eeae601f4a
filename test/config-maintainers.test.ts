import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.js';

describe('readConfig SANAD_MAINTAINERS', () => {
  it('reads platform:userId entries separated by commas, spaces around them ignored', () => {
    expect(readConfig({ SANAD_MAINTAINERS: ' telegram:123 , discord:456789012345678901 ' }).SANAD_MAINTAINERS).toEqual(['telegram:123', 'discord:456789012345678901']);
  });

  it('is empty when unset or blank', () => {
    expect(readConfig({}).SANAD_MAINTAINERS).toEqual([]);
    expect(readConfig({ SANAD_MAINTAINERS: '  ' }).SANAD_MAINTAINERS).toEqual([]);
  });

  it.each(['telegram:abc', 'slack:1', '98765', 'discord:12', 'telegram:1,,whatsapp:2'])('refuses %j with one line naming the variable, not the value', (value) => {
    let error: unknown;
    try {
      readConfig({ SANAD_MAINTAINERS: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^SANAD_MAINTAINERS: entry \d+ is not telegram:<numeric user id> or discord:<numeric user id>/);
    expect(problems[0]).not.toContain(value.split(',').at(-1)!);
  });
});
