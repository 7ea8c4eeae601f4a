import { PermissionFlagsBits as F } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { checkPin, hasPinRight, runPin } from '../../../adapters/discord/pin.js';

const request = { inGuild: true, memberPermissions: F.PinMessages, appPermissions: F.PinMessages, alreadyPinned: false };

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

  it('refuses outside servers, members without the right, a bot without it, and pinned messages', () => {
    expect(checkPin({ ...request, inGuild: false, memberPermissions: null })).toBe('outside_server');
    expect(checkPin({ ...request, memberPermissions: F.SendMessages })).toBe('refused');
    expect(checkPin({ ...request, appPermissions: F.SendMessages })).toBe('bot_lacks');
    expect(checkPin({ ...request, alreadyPinned: true })).toBe('already_pinned');
  });
});

describe('runPin', () => {
  const failing = (code: number) => () => Promise.reject(Object.assign(new Error('refused'), { code }));

  it('turns Discord\'s refusals into outcomes', async () => {
    expect(await runPin(() => Promise.resolve())).toBe('pinned');
    expect(await runPin(failing(30003))).toBe('list_full');
    expect(await runPin(failing(50013))).toBe('bot_lacks');
    expect(await runPin(failing(50001))).toBe('bot_lacks');
    expect(await runPin(failing(10008))).toBe('gone');
  });

  it('throws anything else to the error boundary', async () => {
    await expect(runPin(failing(500))).rejects.toThrow('refused');
  });
});
