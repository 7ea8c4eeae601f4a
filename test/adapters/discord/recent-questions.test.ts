import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recentQuestionKey, RecentQuestions } from '../../../adapters/discord/recent-questions.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-recent-'));
  file = join(dir, 'nested', 'recent.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('recentQuestionKey', () => {
  it('is stable, short and safe in a custom_id', () => {
    expect(recentQuestionKey('ما مهمة قوات حفظ السلام؟')).toBe(recentQuestionKey('ما مهمة قوات حفظ السلام؟'));
    expect(recentQuestionKey('a')).not.toBe(recentQuestionKey('b'));
    expect(recentQuestionKey('x'.repeat(10_000))).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});

describe('RecentQuestions', () => {
  it('survives a restart through its file, written atomically (no temporary file left)', async () => {
    const store = RecentQuestions.load({ file });
    const key = store.remember('What happened at Almaty airport?', '1');
    await store.flush();
    expect(readdirSync(join(dir, 'nested'))).toEqual(['recent.json']);
    const reloaded = RecentQuestions.load({ file });
    expect(reloaded.get(key)?.question).toBe('What happened at Almaty airport?');
    expect(reloaded.inGuild('1')).toEqual(['What happened at Almaty airport?']);
  });

  it('offers a server only the questions answered publicly there, newest first', () => {
    let now = 0;
    const store = new RecentQuestions({ now: () => ++now });
    store.remember('first', '1');
    store.remember('second', '2');
    store.remember('private one', undefined);
    store.remember('third', '1');
    expect(store.inGuild('1')).toEqual(['third', 'first']);
    expect(store.inGuild('2')).toEqual(['second']);
    expect(store.inGuild(null)).toEqual([]);
    expect(store.get(recentQuestionKey('private one'))?.question).toBe('private one');
  });

  it('keeps at most maxQuestions, dropping the oldest', () => {
    let now = 0;
    const store = new RecentQuestions({ maxQuestions: 3, now: () => ++now });
    for (const q of ['a', 'b', 'c', 'd']) store.remember(q, 'g');
    expect(store.inGuild('g')).toEqual(['d', 'c', 'b']);
  });

  it('merges what another process wrote to the same file', async () => {
    const one = RecentQuestions.load({ file });
    const two = RecentQuestions.load({ file });
    one.remember('from shard one', 'g');
    await one.flush();
    two.remember('from shard two', 'g');
    await two.flush();
    expect(RecentQuestions.load({ file }).inGuild('g').sort()).toEqual(['from shard one', 'from shard two']);
  });

  it('starts empty from a broken file, reports it, and replaces it on the next write', async () => {
    const flat = join(dir, 'recent.json');
    writeFileSync(flat, '{not json');
    const errors: unknown[] = [];
    const store = RecentQuestions.load({ file: flat, onError: (e) => errors.push(e) });
    expect(errors).toHaveLength(1);
    store.remember('q', 'g');
    await store.flush();
    expect(JSON.parse(readFileSync(flat, 'utf8')).questions).toHaveLength(1);
  });
});
