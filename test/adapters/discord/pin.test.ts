import { PermissionFlagsBits as F } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { checkPin, hasPinRight, runPinChange } from '../../../adapters/discord/pin.js';

const request = { inGuild: true, memberPermissions: F.PinMessages, appPermissions: F.PinMessages };

describe('hasPinRight', () => {
  it('accepts PIN_MESSAGES (1 << 51), MANAGE_MESSAGES and ADMINISTRATOR', () => {
    expect(F.PinMessages).toBe(1n << 51n);
    for (const p of [F.PinMessages, F.ManageMessages, F.Administrator]) expect(hasPinRight(p | F.SendMessages)).toBe(true);
  });

  it('refuses anything else, and no permissions at all', () => {
    expect(hasPinRight(F.SendMessages | F.ViewChannel | F.ManageChannels)).toBe(false);
    expect(hasPinRight(null)).toBe(false);
  });
});

describe('checkPin', () => {
  it('lets a moderator pin when the bot may too', () => {
    expect(checkPin(request)).toBeUndefined();
  });

  it('refuses outside servers, members without the right, and a bot without it', () => {
    expect(checkPin({ ...request, inGuild: false, memberPermissions: null })).toBe('outside_server');
    expect(checkPin({ ...request, memberPermissions: F.SendMessages })).toBe('refused');
    expect(checkPin({ ...request, appPermissions: F.SendMessages })).toBe('bot_lacks');
  });
});

describe('runPinChange', () => {
  const failing = (code: number) => () => Promise.reject(Object.assign(new Error('refused'), { code }));

  it('turns Discord\'s refusals into outcomes', async () => {
    expect(await runPinChange(() => Promise.resolve())).toBe('pinned');
    expect(await runPinChange(() => Promise.resolve(), 'unpinned')).toBe('unpinned');
    expect(await runPinChange(failing(30003))).toBe('list_full');
    expect(await runPinChange(failing(50013))).toBe('bot_lacks');
    expect(await runPinChange(failing(50001), 'unpinned')).toBe('bot_lacks');
    expect(await runPinChange(failing(10008))).toBe('gone');
  });

  it('throws anything else to the error boundary', async () => {
    await expect(runPinChange(failing(500))).rejects.toThrow('refused');
  });
});
