import { describe, expect, it } from 'vitest';
import { createChatNotes } from '../../src/conversation/chat-notes.js';
import type { ChatNote } from '../../src/index.js';
import { notice } from '../../src/reply/reply.js';

const note = (platform: ChatNote['platform'], chatId: string): ChatNote => ({ platform, chatId, reply: notice('en', `pins dropped in ${chatId}`) });

describe('createChatNotes', () => {
  it('sends each note through the bot of its platform, and hands back those no bot of this process runs', async () => {
    const notes = createChatNotes();
    const telegram: string[] = [];
    const discord: string[] = [];
    notes.register('telegram', async (n) => void telegram.push(n.chatId));
    const unregister = notes.register('discord', async (n) => void discord.push(n.chatId));
    const result = await notes.deliver([note('telegram', '-100'), note('discord', '42'), note('terminal', 't')]);
    expect([telegram, discord]).toEqual([['-100'], ['42']]);
    expect(result.undelivered.map((n) => n.chatId)).toEqual(['t']);
    unregister();
    expect((await notes.deliver([note('discord', '43')])).undelivered.map((n) => n.chatId)).toEqual(['43']);
    expect(discord).toEqual(['42']);
  });

  it('goes on past a note that fails, and reports it', async () => {
    const notes = createChatNotes();
    const sent: string[] = [];
    notes.register('discord', async (n) => {
      if (n.chatId === 'gone') throw new Error('Unknown Channel');
      sent.push(n.chatId);
    });
    const result = await notes.deliver([note('discord', 'gone'), note('discord', 'ok')]);
    expect(sent).toEqual(['ok']);
    expect(result.failed.map((f) => [f.note.chatId, String(f.error)])).toEqual([['gone', 'Error: Unknown Channel']]);
  });
});
