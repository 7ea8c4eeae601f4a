import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { withPinCache } from '../../src/store/pin-cache.js';
import { answerOf } from './answers.js';

const dir = mkdtempSync(join(tmpdir(), 'sanad-pin-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('withPinCache', () => {
  it('shows its own pins and unpins at once, and another instance’s within the time allowed', async () => {
    const shared = await openSqliteStore({ dataDir: dir });
    const other = await openSqliteStore({ dataDir: dir });
    let clock = 1_000;
    const cached = withPinCache(shared, 2_000, () => clock);
    const chat = { platform: 'telegram' as const, chatId: '-100' };
    const first = await cached.recordAnswer({ ...chat, messageId: '1', question: 'q1', questionKey: 'q1', answer: answerOf('q1'), sentAt: 1 });
    expect(await cached.pinnedAnswers(chat, 5)).toEqual([]);
    await cached.recordPin({ ...chat, answerId: first, messageId: '1', pinnedBy: '9', pinnedAt: 2 });
    expect((await cached.pinnedAnswers(chat, 5)).map((p) => p.answer.id)).toEqual([first]);

    // Another instance pins a second answer: this one sees it once the cached read is older than the limit.
    const second = await other.recordAnswer({ ...chat, messageId: '2', question: 'q2', questionKey: 'q2', answer: answerOf('q2'), sentAt: 3 });
    await other.recordPin({ ...chat, answerId: second, messageId: '2', pinnedBy: '9', pinnedAt: 4 });
    expect((await cached.pinnedAnswers(chat, 5)).map((p) => p.answer.id)).toEqual([first]);
    clock += 2_000;
    expect((await cached.pinnedAnswers(chat, 5)).map((p) => p.answer.id)).toEqual([second, first]);

    await cached.recordUnpin(chat, '2', 5);
    expect((await cached.pinnedAnswers(chat, 5)).map((p) => p.answer.id)).toEqual([first]);
    await other.close();
    await cached.close();
  });
});
