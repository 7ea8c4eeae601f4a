import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importRecentQuestions } from '../../src/conversation/import-recent-questions.js';
import { createConversation, loadSanad } from '../../src/index.js';
import { memoryStore } from './memory-store.js';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'sanad-recent-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sanad = loadSanad({ corpusDir: 'corpus' });
const log = () => ({ info: vi.fn(), warn: vi.fn() });

describe('importRecentQuestions', () => {
  it('moves the old file\'s questions into the store, each in its servers, keyed for old ➕ buttons, once', async () => {
    const file = join(dir, 'discord-recent-questions.json');
    writeFileSync(file, JSON.stringify({ version: 1, questions: [
      { key: 'k1', question: 'What happened at Almaty airport?', at: 2, guildIds: ['g1', 'g2'] },
      { key: 'k2', question: 'Private one?', at: 1, guildIds: [] },
    ] }));
    const store = memoryStore();
    const conversation = createConversation({ sanad, store, log: { warn: () => {}, info: () => {}, debug: () => {} }, now: Date.now });
    expect(await importRecentQuestions(file, conversation, log())).toBe(2);
    expect(await store.recentQuestions({ platform: 'discord', scopeId: 'g2' }, 5)).toEqual(['What happened at Almaty airport?']);
    expect(await conversation.valueOf((await conversation.keyFor('Private one?'))!)).toBe('Private one?');
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.imported`)).toBe(true);
    expect(await importRecentQuestions(file, conversation, log())).toBe(0);
  });

  it('leaves a broken file in place and says so; a missing one is the usual case', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{not json');
    const logged = log();
    const conversation = createConversation({ sanad, store: memoryStore(), log: { warn: () => {}, info: () => {}, debug: () => {} }, now: Date.now });
    expect(await importRecentQuestions(file, conversation, logged)).toBe(0);
    expect(logged.warn).toHaveBeenCalledTimes(1);
    expect(existsSync(file)).toBe(true);
    expect(await importRecentQuestions(join(dir, 'none.json'), conversation, logged)).toBe(0);
    expect(logged.warn).toHaveBeenCalledTimes(1);
  });
});
