import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordBot } from '../../../adapters/discord/bot.js';
import { createConversation, loadSanad, openStore, readConfig, type Config, type Sanad, type Store } from '../../../src/index.js';
import { APPLICATION_ID, FAKE_TOKEN, FakeDiscord, type RecordedRequest, UNLIMITED_QUESTIONS } from './fake-discord.js';
import { askMessagePayload, askPayload, autocompletePayload, buttonPayload, messageObject, PERMISSIONS, slashCommand } from './payloads.js';

const CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const ANSWERABLE = 'Which armed forces make up the peacekeeping contingent?';
const EPHEMERAL = 64;
type Payload = { id: string; token: string };

let fake: FakeDiscord;
let sanad: Sanad;
let store: Store;
let bot: DiscordBot;
let config: Config;
let dataDir: string;
const logLines: string[] = [];
const logger = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });

/** The core, except that a question with 💥 makes it throw (to reach the error boundary). */
function explodingSanad(core: Sanad): Sanad {
  return { ...core, ask: (q, o) => (q.includes('💥') ? (() => { throw new Error('core failed'); })() : core.ask(q, o)) };
}

function send(payload: unknown): void {
  fake.dispatch('INTERACTION_CREATE', payload);
}
const callback = (p: Payload) => fake.callbackOf(p);
const edit = (p: Payload) => fake.originalEditOf(p);
const followUp = (p: Payload) => fake.followUpOf(p);
const customIds = (body: RecordedRequest['body']): string[] =>
  (body.components ?? []).flatMap((row: { components: Array<{ custom_id: string }> }) => row.components.map((c) => c.custom_id));

/** Asks publicly and returns the edited answer (after the deferral). */
async function askAndWait(payload: Payload): Promise<{ deferral: RecordedRequest; answer: RecordedRequest }> {
  send(payload);
  return { deferral: await callback(payload), answer: await edit(payload) };
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  sanad = explodingSanad(loadSanad({ corpusDir: CORPUS }));
  dataDir = mkdtempSync(join(tmpdir(), 'sanad-discord-'));
  config = readConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_ROOT: fake.apiRoot, ...UNLIMITED_QUESTIONS, SANAD_DATA_DIR: dataDir });
  store = await openStore({ dataDir });
  bot = await startDiscord(config, createConversation({ sanad, store, log: logger, now: Date.now }), logger);
});

afterAll(async () => {
  await bot?.stop('tests done');
  await store?.close();
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('startDiscord', () => {
  let publicAnswer: RecordedRequest;

  it('connects through the configured API root and identifies once', () => {
    expect(fake.requestsTo('/gateway/bot')).toHaveLength(1);
    expect(fake.identifies).toBe(1);
  });

  it('answers /kz ask publicly: deferred, then the short cited embed with passages, more-sources and pin buttons', async () => {
    const payload = askPayload(ANSWERABLE);
    const { deferral, answer } = await askAndWait(payload);
    expect(deferral.body).toEqual({ type: 5, data: { flags: 0 } });
    const [embed] = answer.body.embeds;
    expect(embed.description).toMatch(/\*\*[^*]+\*\*/);
    expect(embed.description).toMatch(/\\\[1\\\]/);
    expect(embed.description).toContain('🔤 Quote in Arabic · key facts: ');
    expect(embed.fields).toBeUndefined();
    expect(embed.footer.text).toBe('«» quoted word for word');
    const ids = customIds(answer.body);
    expect(ids).toContain('kz:pin');
    expect(ids.some((id) => /^kz:d:en:\d+$/.test(id))).toBe(true);
    expect(ids.some((id) => id.startsWith('kz:ma:'))).toBe(true);
    expect(answer.body.allowed_mentions).toEqual({ parse: [] });
    publicAnswer = answer;
  });

  it('answers /kz ask private:true ephemerally, with no pin button', async () => {
    const payload = askPayload(ANSWERABLE, { private: true });
    const { deferral, answer } = await askAndWait(payload);
    expect(deferral.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(answer.body.embeds).toHaveLength(1);
    expect(customIds(answer.body)).not.toContain('kz:pin');
  });

  it('answers an Arabic question in Arabic, right to left, whatever the (English) Discord locale', async () => {
    const { answer } = await askAndWait(askPayload('ما مهمة قوات حفظ السلام؟', { locale: 'en-US' }));
    const [embed] = answer.body.embeds;
    expect(embed.title.startsWith('\u200F')).toBe(true);
    for (const line of embed.description.split('\n').filter(Boolean)) expect(line.startsWith('\u200F')).toBe(true);
    expect(embed.footer?.text ?? embed.description).toMatch(/[\u0600-\u06FF]/);
  });

  it('offers no pin button outside a server', async () => {
    const { answer } = await askAndWait(askPayload(ANSWERABLE, { dm: true }));
    expect(customIds(answer.body)).not.toContain('kz:pin');
  });

  it('says plainly when the documents do not answer, with example questions', async () => {
    const { answer } = await askAndWait(askPayload('How do I reset my password?'));
    const [embed] = answer.body.embeds;
    expect(embed.description).toContain('The documents do not answer this question.');
    expect(embed.description).toContain('• ');
    expect(customIds(answer.body)).toEqual([]);
  });

  it('keeps @everyone, roles and users in a question inert', async () => {
    const { answer } = await askAndWait(askPayload('@everyone <@&123456789012345678> <@123456789012345678> peacekeeping forces?'));
    expect(answer.body.allowed_mentions).toEqual({ parse: [] });
    const title: string = answer.body.embeds[0].title;
    expect(title).toContain('\\@everyone');
    expect(title).not.toMatch(/(?<!\\)<@/);
  });

  it('autocompletes the question from headlines and recently answered questions (≤ 25 choices of ≤ 100 characters)', async () => {
    const typed = autocompletePayload('كازاخستان');
    send(typed);
    const { body } = await callback(typed);
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeGreaterThan(0);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    for (const c of body.data.choices) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(body.data.choices.some((c: { name: string }) => sanad.documents.some((d) => d.title.startsWith(c.name.replace(/…$/, ''))))).toBe(true);

    const empty = autocompletePayload('');
    send(empty);
    const recent = (await callback(empty)).body.data.choices.map((c: { value: string }) => c.value);
    expect(recent).toContain(ANSWERABLE);
  });

  it('suggests a question answered publicly in its server only, and one answered privately nowhere', async () => {
    const secret = 'Which armed forces make up the CSTO peacekeeping contingent?';
    await askAndWait(askPayload(secret, { private: true }));
    const here = autocompletePayload('');
    send(here);
    const suggested = (await callback(here)).body.data.choices.map((c: { value: string }) => c.value);
    expect(suggested).toContain(ANSWERABLE);
    expect(suggested).not.toContain(secret);
    const dm = autocompletePayload('', { dm: true });
    send(dm);
    expect((await callback(dm)).body.data.choices.map((c: { value: string }) => c.value)).not.toContain(ANSWERABLE);
  });

  it('lists the documents for /kz sources and explains usage for /kz help', async () => {
    const sources = slashCommand('sources');
    send(sources);
    const list = (await callback(sources)).body;
    expect(list.type).toBe(4);
    expect(list.data.embeds[0].description).toContain('](https://ar.rt.com/s48q)');
    const help = slashCommand('help', [], { locale: 'ru' });
    send(help);
    const usage = (await callback(help)).body;
    expect(usage.data.flags).toBe(EPHEMERAL);
    expect(usage.data.embeds[0].description).toContain('/kz ask');
    expect(usage.data.embeds[0].title).toContain('вопросы');
  });

  it('answers the "Ask sanad" message command from the message text', async () => {
    const payload = askMessagePayload(ANSWERABLE);
    const { deferral, answer } = await askAndWait(payload);
    expect(deferral.body.type).toBe(5);
    expect(answer.body.embeds[0].footer.text).toContain('quoted');
  });

  it('pins for a moderator with PIN_MESSAGES, through the new pins route; the button then reads Unpin', async () => {
    const message = messageObject({ components: publicAnswer.body.components });
    const press = buttonPayload('kz:pin', message, { memberPermissions: PERMISSIONS.moderator });
    send(press);
    expect((await callback(press)).body).toEqual({ type: 6 });
    const pin = await fake.waitFor((r) => r.method === 'PUT' && r.path === `/channels/${message.channel_id}/messages/pins/${message.id}`, 'pin');
    expect(decodeURIComponent(String(pin.headers['x-audit-log-reason']))).toContain('via sanad');
    const relabelled = (await edit(press)).body;
    expect(relabelled.embeds).toBeUndefined(); // only the buttons change
    const buttons: Array<{ custom_id: string; label: string }> = relabelled.components.flatMap((r: { components: unknown[] }) => r.components);
    expect(buttons.find((b) => b.custom_id === 'kz:pin')!.label).toBe('Unpin');
    const told = (await followUp(press)).body;
    expect(told.flags).toBe(EPHEMERAL);
    expect(told.content).toContain('Pinned');
  });

  it('pins for a moderator with MANAGE_MESSAGES, the older equivalent', async () => {
    const message = messageObject();
    const press = buttonPayload('kz:pin', message, { memberPermissions: PERMISSIONS.oldModerator });
    send(press);
    await fake.waitFor((r) => r.method === 'PUT' && r.path.endsWith(`/pins/${message.id}`), 'pin');
    expect((await followUp(press)).body.content).toContain('Pinned');
  });

  it('unpins a pinned answer when a moderator presses 📌 again', async () => {
    const message = messageObject({ components: publicAnswer.body.components, pinned: true });
    const press = buttonPayload('kz:pin', message, { memberPermissions: PERMISSIONS.moderator });
    send(press);
    await fake.waitFor((r) => r.method === 'DELETE' && r.path === `/channels/${message.channel_id}/messages/pins/${message.id}`, 'unpin');
    expect((await followUp(press)).body.content).toContain('Unpinned');
    const buttons: Array<{ custom_id: string; label: string }> = (await edit(press)).body.components.flatMap((r: { components: unknown[] }) => r.components);
    expect(buttons.find((b) => b.custom_id === 'kz:pin')!.label).toBe('Pin');
  });

  it('refuses a member without the pin right, ephemerally, without calling Discord', async () => {
    const message = messageObject();
    const press = buttonPayload('kz:pin', message, { memberPermissions: PERMISSIONS.member });
    send(press);
    const { body } = await callback(press);
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.content).toContain('Only moderators');
    expect(fake.requests.some((r) => r.path.endsWith(`/pins/${message.id}`))).toBe(false);
  });

  it('tells a moderator which right to grant when the bot may not pin', async () => {
    const message = messageObject();
    const press = buttonPayload('kz:pin', message, { memberPermissions: PERMISSIONS.moderator, appPermissions: PERMISSIONS.botWithoutPin });
    send(press);
    const { body } = await callback(press);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.content).toContain('Pin Messages');
    expect(fake.requests.some((r) => r.path.endsWith(`/pins/${message.id}`))).toBe(false);
  });

  it('explains a full pin list (error 30003)', async () => {
    const message = messageObject();
    fake.responders.push((r) => (r.path.endsWith(`/pins/${message.id}`) ? { status: 400, body: { code: 30003, message: 'Maximum number of pins reached (250)' } } : undefined));
    const press = buttonPayload('kz:pin', message, { memberPermissions: PERMISSIONS.moderator });
    send(press);
    expect((await followUp(press)).body.content).toContain('250');
    // Nothing changed, so the button still reads "Pin": the message is not edited.
    expect(fake.requests.some((r) => r.method === 'PATCH' && r.path.includes(press.token))).toBe(false);
  });

  it('still answers when handling fails: the public deferral is withdrawn and an ephemeral apology follows', async () => {
    const payload = askPayload('💥 peacekeeping forces?');
    send(payload);
    await callback(payload);
    await fake.waitFor((r) => r.method === 'DELETE' && r.path === `/webhooks/${APPLICATION_ID}/${payload.token}/messages/%40original`, 'withdrawal');
    const apology = await fake.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${APPLICATION_ID}/${payload.token}`, 'apology');
    expect(apology.body.flags).toBe(EPHEMERAL);
    expect(apology.body.content).toContain('Sorry');
  });

  it('sends allowedMentions parse [] with every reply and never logs a token', () => {
    const replies = fake.requests.filter(
      (r) => (r.path.includes('/callback') && r.body.type === 4) || (r.path.startsWith('/webhooks/') && r.method !== 'DELETE'),
    );
    expect(replies.length).toBeGreaterThan(5);
    for (const r of replies) expect(r.body.data?.allowed_mentions ?? r.body.allowed_mentions).toEqual({ parse: [] });
    const log = logLines.join('');
    expect(log).toContain('interaction failed');
    expect(log).not.toContain(FAKE_TOKEN);
    expect(log).not.toContain('interaction-token-');
  });

  it('keeps the buttons of an earlier answer working after a restart', async () => {
    await bot.stop('restart');
    bot = await startDiscord(config, createConversation({ sanad, store, log: logger, now: Date.now }), logger);
    expect(fake.identifies).toBe(2);
    const ids = customIds(publicAnswer.body);
    const passages = buttonPayload(ids.find((id) => id.startsWith('kz:d:'))!);
    send(passages);
    expect((await callback(passages)).body.data.flags).toBe(EPHEMERAL);
    const shown = (await edit(passages)).body;
    expect(shown.embeds[0].title).toBe('📄 Supporting passages');
    const names: string[] = shown.embeds[0].fields.map((f: { name: string }) => f.name);
    expect(names.some((n) => /Passage [1-3]\u2069? · \\\[\d\\\]/.test(n))).toBe(true);
    for (const quote of sanad.ask(ANSWERABLE).quote) expect(JSON.stringify(shown)).not.toContain(quote.text.slice(0, 40));

    const more = buttonPayload(ids.find((id) => id.startsWith('kz:ma:'))!);
    send(more);
    await callback(more);
    const moreAnswer = (await edit(more)).body;
    expect(moreAnswer.embeds[0].title).toContain('More sources');
    expect(moreAnswer.embeds[0].fields.at(-1).value).toMatch(/^\*\*\\\[1\\\]\*\*|\\\[1\\\]/);
    expect(customIds(moreAnswer)).not.toContain('kz:pin');
  });
});
