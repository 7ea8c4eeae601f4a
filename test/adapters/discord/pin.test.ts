import { PermissionFlagsBits as F } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { hasPinRight, pinRightsOf, runPinChange } from '../../../adapters/discord/pin.js';
import { refusesAtOnce } from '../../../src/index.js';

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

describe('pinRightsOf', () => {
  it('lets a moderator pin when the bot may too', () => {
    expect(pinRightsOf(request)).toEqual({ pinnable: true, moderator: true, botMayPin: true });
    expect(refusesAtOnce(pinRightsOf(request))).toBe(false);
  });

  it('refuses outside servers, members without the right, and a bot without it, before Discord is asked', () => {
    expect(pinRightsOf({ ...request, inGuild: false, memberPermissions: null }).pinnable).toBe(false);
    expect(pinRightsOf({ ...request, memberPermissions: F.SendMessages }).moderator).toBe(false);
    expect(pinRightsOf({ ...request, appPermissions: F.SendMessages }).botMayPin).toBe(false);
    for (const over of [{ inGuild: false }, { memberPermissions: F.SendMessages }, { appPermissions: F.SendMessages }]) expect(refusesAtOnce(pinRightsOf({ ...request, ...over }))).toBe(true);
  });
});

describe('runPinChange', () => {
  const failing = (code: number) => () => Promise.reject(Object.assign(new Error('refused'), { code }));

  it('turns Discord\'s refusals into outcomes', async () => {
    expect(await runPinChange(() => Promise.resolve())).toBe('done');
    expect(await runPinChange(failing(30003))).toBe('list_full');
    expect(await runPinChange(failing(50013))).toBe('bot_lacks_right');
    expect(await runPinChange(failing(50001))).toBe('bot_lacks_right');
    expect(await runPinChange(failing(10008))).toBe('gone');
  });

  it('throws anything else to the error boundary', async () => {
    await expect(runPinChange(failing(500))).rejects.toThrow('refused');
  });
});
