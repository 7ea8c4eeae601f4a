import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KeyStore } from '../../../adapters/telegram/key-store.js';
import { removeTempDataDirs, tempDataDir } from './harness.js';

afterAll(removeTempDataDirs);

describe('KeyStore', () => {
  it('gives the same short key to the same value and survives a restart', async () => {
    const file = join(tempDataDir(), 'nested', 'keys.json');
    const store = KeyStore.open(file);
    const key = store.put('ما مهمة قوات حفظ السلام؟');
    expect(key).toMatch(/^[\w-]{12}$/);
    expect(store.put('ما مهمة قوات حفظ السلام؟')).toBe(key);
    await store.flush();
    expect(KeyStore.open(file).get(key)).toBe('ما مهمة قوات حفظ السلام؟');
  });

  it('writes atomically: no temporary file is left behind', async () => {
    const dir = tempDataDir();
    const store = KeyStore.open(join(dir, 'keys.json'));
    for (let i = 0; i < 50; i += 1) store.put(`question ${i}`);
    await store.flush();
    expect(readdirSync(dir)).toEqual(['keys.json']);
    expect(JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')).entries).toHaveLength(50);
  });

  it('drops the oldest entries past maxEntries', async () => {
    const store = KeyStore.open(join(tempDataDir(), 'keys.json'), { maxEntries: 2 });
    const first = store.put('a');
    store.put('b');
    store.put('c');
    expect(store.get(first)).toBeUndefined();
    await store.flush();
  });

  it('starts empty on a corrupt file and reports it', async () => {
    const file = join(tempDataDir(), 'keys.json');
    writeFileSync(file, '{not json');
    const errors: unknown[] = [];
    const store = KeyStore.open(file, { onError: (e) => errors.push(e) });
    expect(errors).toHaveLength(1);
    store.put('x');
    await store.flush();
    expect(existsSync(file)).toBe(true);
    expect(KeyStore.open(file).get(store.put('x'))).toBe('x');
  });
});
