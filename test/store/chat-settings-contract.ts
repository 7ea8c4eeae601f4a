import { describe, expect, it } from 'vitest';
import type { ChatRef } from '../../src/store/store.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';
import { newAnswer, T0 } from './answers.js';
import { useFreshStore, type StoreBackend } from './backends.js';

const GROUP: ChatRef = { platform: 'telegram', chatId: '-100123' };
const SUPERGROUP: ChatRef = { platform: 'telegram', chatId: '-100999' };
const CHANNEL: ChatRef = { platform: 'discord', chatId: '1234567890123456789' };

/** Chat settings (where the bot listens) on one back end: set, replaced, kept apart, kept across a reopen, moved with the chat. */
export function describeChatSettingsContract(name: string, createBackend: () => Promise<StoreBackend>): void {
  describe(`${name}: chat settings`, () => {
    const fresh = useFreshStore(createBackend);

    it('has no setting for a chat nobody configured', async () => {
      expect(await fresh.store.chatSetting(GROUP, 'listen')).toBeUndefined();
    });

    it('returns the latest value set, per chat, per platform and per name', async () => {
      await fresh.store.setChatSetting({ ...GROUP, name: 'listen', value: 'questions', updatedBy: '11', updatedAt: T0 });
      await fresh.store.setChatSetting({ ...GROUP, name: 'listen', value: 'commands', updatedBy: '12', updatedAt: T0 + 1 });
      await fresh.store.setChatSetting({ ...CHANNEL, name: 'listen', value: 'ask-channel', updatedAt: T0 });
      expect(await fresh.store.chatSetting(GROUP, 'listen')).toBe('commands');
      expect(await fresh.store.chatSetting(CHANNEL, 'listen')).toBe('ask-channel');
      expect(await fresh.store.chatSetting({ platform: 'discord', chatId: GROUP.chatId }, 'listen')).toBeUndefined();
      expect(await fresh.store.chatSetting(GROUP, 'other')).toBeUndefined();
    });

    it('keeps settings after the store is closed and opened again, and through a prune', async () => {
      await fresh.store.setChatSetting({ ...CHANNEL, name: 'listen', value: 'forum', updatedBy: '4', updatedAt: T0 });
      expect(await fresh.store.prune(T0 + 10 ** 12)).toBe(0);
      await fresh.reopen();
      expect(await fresh.store.chatSetting(CHANNEL, 'listen')).toBe('forum');
    });

    it('stores any text as given', async () => {
      for (const [i, value] of Object.values(HOSTILE_STRINGS).filter((s) => !s.includes('\u0000')).entries()) {
        const chat = { platform: 'discord' as const, chatId: `c${i}` };
        await fresh.store.setChatSetting({ ...chat, name: 'listen', value, updatedAt: T0 });
        expect(await fresh.store.chatSetting(chat, 'listen')).toBe(Buffer.from(value, 'utf8').toString('utf8'));
      }
    });

    it('moves a group’s settings to its supergroup, unless the supergroup has its own', async () => {
      await fresh.store.recordAnswer(newAnswer(1, { ...GROUP }));
      await fresh.store.setChatSetting({ ...GROUP, name: 'listen', value: 'questions', updatedAt: T0 });
      await fresh.store.migrateChat('telegram', GROUP.chatId, SUPERGROUP.chatId);
      expect(await fresh.store.chatSetting(SUPERGROUP, 'listen')).toBe('questions');
      expect(await fresh.store.chatSetting(GROUP, 'listen')).toBeUndefined();

      await fresh.store.setChatSetting({ ...GROUP, name: 'listen', value: 'commands', updatedAt: T0 });
      await fresh.store.migrateChat('telegram', GROUP.chatId, SUPERGROUP.chatId);
      expect(await fresh.store.chatSetting(SUPERGROUP, 'listen')).toBe('questions');
    });
  });
}
