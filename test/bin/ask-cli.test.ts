import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');
/** No bot tokens, and the saved index in the run's temporary folder rather than the repository's .cache. */
const ENV = { TELEGRAM_BOT_TOKEN: '', DISCORD_TOKEN: '', SANAD_CACHE_DIR: join(tmpdir(), 'sanad-ask-cache') };

function ask(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const run = spawnSync(TSX, ['bin/ask.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...ENV } });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

describe('npm run ask', () => {
  it('prints one JSON object per line of a batch file, in order, with the documented fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sanad-ask-'));
    const batch = join(dir, 'questions.txt');
    writeFileSync(batch, 'Which armed forces make up the peacekeeping contingent?\n\nHow do I reset my password?\nBaikonur\n');
    const out = execFileSync(TSX, ['bin/ask.ts', '--json', '--top', '2', '--batch', batch], { encoding: 'utf8', env: { ...process.env, ...ENV } });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(['Which armed forces make up the peacekeeping contingent?', 'How do I reset my password?', 'Baikonur']);
    const [answered, declined] = lines;
    expect(answered.status).toBe('answered');
    expect(answered.passages.length).toBeGreaterThan(0);
    expect(answered.passages.length).toBeLessThanOrEqual(2);
    expect(Object.keys(answered.passages[0]).sort()).toEqual(['docId', 'rank', 'score', 'source', 'text', 'title']);
    expect(answered.passages[0].rank).toBe(1);
    expect(answered.sources[0]).toMatchObject({ n: 1 });
    expect(typeof answered.text).toBe('string');
    // The quote is what the reader sees first: whole sentences of a shown passage, with their citation numbers.
    expect(answered.quote.length).toBeGreaterThan(0);
    expect(answered.passages.some((p: { text: string }) => p.text.includes(answered.quote[0].text))).toBe(true);
    expect(answered.quote[0].citations).toContain(1);
    expect(declined).toMatchObject({ status: 'not_found', quote: [], passages: [], sources: [] });
  }, 60_000);

  it('lists every passage in passages[] while text is the short answer the chats show', () => {
    const { stdout, status } = ask(['--json', 'Which armed forces make up the peacekeeping contingent?']);
    expect(status).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.passages.map((p: { rank: number }) => p.rank)).toEqual([1, 2, 3]);
    expect(answer.text).toContain(answer.quote[0].text);
    expect(answer.text).toContain('🔤 Quote in Arabic · key facts: ');
    expect(answer.text).toContain('«» quoted word for word');
    for (const p of answer.passages.filter((p: { text: string }) => !p.text.includes(answer.quote[0].text))) expect(answer.text).not.toContain(p.text);
    expect(answer.text).not.toContain('/passages');
    expect(answer.text.length).toBeLessThan(600);
  }, 60_000);

  it('reads another corpus with --corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sanad-corpus-'));
    writeFileSync(join(dir, 'river.txt'), 'The Nile\n\nThe Nile is the longest river in Africa and flows north into the Mediterranean Sea.\n');
    const { stdout, status } = ask(['--corpus', dir, '--json', 'Which river flows into the Mediterranean?']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).passages[0].text).toContain('longest river in Africa');
    // The next run finds the saved documents and index, as npm start does; --verbose tells the stages on stderr.
    const again = ask(['--corpus', dir, '--json', '--verbose', 'Which river flows into the Mediterranean?']);
    expect(again.stdout).toBe(stdout);
    expect(again.stderr).toContain('index loaded from the saved copy');
  }, 60_000);

  it('refuses bad options with a usage line and exit code 2', () => {
    const topTooBig = ask(['--top', '99', 'x']);
    expect(topTooBig).toMatchObject({ status: 2 });
    expect(topTooBig.stderr).toContain('--top must be a whole number from 1 to 10');
    expect(ask([]).stderr).toContain('usage:');
    expect(ask(['--corpus', '/nonexistent/dir', 'x']).stderr).toContain('is not a folder');
  }, 60_000);
});
