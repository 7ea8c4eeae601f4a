import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordBot } from '../../../adapters/discord/bot.js';
import { createConversation, readConfig, WORDING, type Store } from '../../../src/index.js';
import { CORPUS_DIR, NEW_ARTICLE, NEW_QUESTION } from '../../conversation/documents-fixture.js';
import { fakeLibrary, fakeReader, type FakeLibrary } from '../../conversation/fake-documents.js';
import { APPLICATION_ID, discordMessage, FAKE_TOKEN, FakeDiscord, type RecordedRequest, UNLIMITED_QUESTIONS } from './fake-discord.js';
import { askPayload, buttonPayload, CHANNEL_ID, messageObject, slashCommand, snowflake, USER_ID } from './payloads.js';
import { tempDataDir, type TempDataDir } from './temp-store.js';

const EPHEMERAL = 64;
const STRANGER_ID = '400000000000000009';
type Payload = { id: string; token: string };

let fake: FakeDiscord;
let files: Server;
let downloads = 0;
let data: TempDataDir;
let store: Store;
let bot: DiscordBot;
let library: FakeLibrary;

/** Serves the attachments on 127.0.0.1, as Discord's CDN would. */
async function startFileServer(): Promise<Server> {
  const server = createServer((req, res) => {
    downloads += 1;
    if (req.url === '/attachments/lighthouse.txt') res.writeHead(200, { 'content-type': 'text/plain' }).end(NEW_ARTICLE);
    else res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  files = await startFileServer();
  // Notes to channels: Discord answers with the message created.
  fake.responders.push((r) => (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) ? { status: 200, body: discordMessage({ content: r.body.content, embeds: r.body.embeds }) } : undefined));
  data = await tempDataDir();
  store = await data.open();
  library = fakeLibrary(CORPUS_DIR);
  const logger = pino({ level: 'silent' });
  const conversation = createConversation({ sanad: library.sanad, store, log: logger, now: Date.now, library, reader: fakeReader(), maintainers: [`discord:${USER_ID}`] });
  bot = await startDiscord(readConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_ROOT: fake.apiRoot, ...UNLIMITED_QUESTIONS, SANAD_DATA_DIR: data.dir }), conversation, logger);
});

afterAll(async () => {
  await bot?.stop('tests done');
  await store?.close();
  await fake?.close();
  files?.closeAllConnections();
  await new Promise((resolve) => files?.close(resolve));
  await data?.remove();
});

const send = (payload: unknown) => fake.dispatch('INTERACTION_CREATE', payload);
const callback = (p: Payload) => fake.callbackOf(p);
const edit = (p: Payload) => fake.originalEditOf(p);
const customIds = (body: RecordedRequest['body']): string[] =>
  (body.components ?? []).flatMap((row: { components: Array<{ custom_id: string }> }) => row.components.map((c) => c.custom_id));
/** The words of a message, Discord's markdown escapes undone. */
const textOf = (body: RecordedRequest['body']): string =>
  [body.content ?? '', ...(body.embeds ?? []).map((e: { title?: string; description?: string }) => `${e.title ?? ''}\n${e.description ?? ''}`)].join('\n').replace(/\\(.)/g, '$1');

/** `/kz documents <sub>` with its options (and resolved attachments). */
function documentsCommand(sub: string, options: unknown[] = [], resolved?: unknown, userId = USER_ID) {
  const base = slashCommand('documents', [], { userId });
  return { ...base, data: { id: '600000000000000001', name: 'kz', type: 1, options: [{ type: 2, name: 'documents', options: [{ type: 1, name: sub, options }] }], ...(resolved ? { resolved } : {}) } };
}

/** `/kz documents add file:` with an attachment the local file server holds. */
function addWithAttachment(userId = USER_ID) {
  const id = snowflake();
  const url = `http://127.0.0.1:${(files.address() as AddressInfo).port}/attachments/lighthouse.txt`;
  return documentsCommand('add', [{ name: 'file', type: 11, value: id }], {
    attachments: { [id]: { id, filename: 'lighthouse.txt', size: Buffer.byteLength(NEW_ARTICLE), url, proxy_url: url, content_type: 'text/plain; charset=utf-8' } },
  }, userId);
}

/** Sends `/kz documents add` with the attachment and returns the ephemeral preview (the deferred reply's edit). */
async function preview(): Promise<{ deferral: RecordedRequest; shown: RecordedRequest }> {
  const payload = addWithAttachment();
  send(payload);
  return { deferral: await callback(payload), shown: await edit(payload) };
}

/** An ephemeral message of the bot carrying these components, as a press delivers it. */
const ephemeral = (body: RecordedRequest['body']) => messageObject({ components: body.components, embeds: body.embeds, content: body.content, flags: EPHEMERAL });

describe('Discord: /kz documents', () => {
  it('add with an attachment: an ephemeral preview, then ✅ adds it and questions are answered from it', async () => {
    const { deferral, shown } = await preview();
    expect(deferral.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(textOf(shown.body)).toContain('📄 Preview: this is what will be added');
    expect(textOf(shown.body)).toContain('Zephyrine lighthouse repainted in cobalt blue');
    const ids = customIds(shown.body);
    expect(ids.map((id) => id.split(':').slice(0, 3).join(':'))).toEqual(['kz:dc:add', 'kz:dc:cancel', 'kz:dc:correct']);

    const press = buttonPayload(ids[0]!, ephemeral(shown.body));
    send(press);
    expect((await callback(press)).body).toEqual({ type: 6 });
    expect((await edit(press)).body.content).toMatch(/^✅ Added «Zephyrine lighthouse repainted in cobalt blue»: \d+ passages?, answerable now\.$/);
    expect((await edit(press)).body.components).toEqual([]);
    expect(library.added.size).toBe(1);

    const ask = askPayload(NEW_QUESTION);
    send(ask);
    expect(textOf((await edit(ask)).body)).toContain('cobalt blue');
  });

  it('refuses a member who is not a maintainer, without downloading the attachment', async () => {
    const before = downloads;
    const payload = addWithAttachment(STRANGER_ID);
    send(payload);
    expect((await callback(payload)).body.data.flags).toBe(EPHEMERAL);
    expect((await edit(payload)).body.content).toBe(WORDING.en.docs.notMaintainer);
    expect(downloads).toBe(before);
  });

  it('✏️ opens a form filled in with the fields; sending it replaces the preview with the corrected one', async () => {
    const { shown } = await preview();
    // The document was added above: this preview warns of the duplicate, and ✏️ still works.
    const correct = buttonPayload(customIds(shown.body).find((id) => id.startsWith('kz:dc:correct:'))!, ephemeral(shown.body));
    send(correct);
    const modal = (await callback(correct)).body;
    expect(modal.type).toBe(9);
    const inputs = modal.data.components.map((row: { components: Array<{ custom_id: string; value?: string }> }) => row.components[0]);
    expect(inputs.map((i: { custom_id: string }) => i.custom_id)).toEqual(['title', 'outlet', 'date', 'url']);
    expect(inputs[0].value).toBe('Zephyrine lighthouse repainted in cobalt blue');

    const submit = {
      ...buttonPayload('unused', ephemeral(shown.body)), type: 5,
      data: { custom_id: modal.data.custom_id, components: ['title', 'outlet', 'date', 'url'].map((id) => ({ type: 1, components: [{ type: 4, custom_id: id, value: id === 'title' ? 'A new coat for the lighthouse' : id === 'date' ? '2022-01-19' : '' }] })) },
    };
    send(submit);
    const updated = (await callback(submit)).body;
    expect(updated.type).toBe(7);
    expect(textOf(updated.data)).toContain('A new coat for the lighthouse');
    expect(textOf(updated.data)).toContain('2022-01-19');

    const bad = { ...submit, id: snowflake(), token: `interaction-token-bad-${Date.now()}`, data: { ...submit.data, custom_id: customIds(updated.data).find((id) => id.startsWith('kz:dc:correct:'))!.replace('kz:dc:correct:', 'kz:dm:'), components: [{ type: 1, components: [{ type: 4, custom_id: 'date', value: 'soon' }] }, ...['title', 'outlet', 'url'].map((id) => ({ type: 1, components: [{ type: 4, custom_id: id, value: '' }] }))] } };
    send(bad);
    const refused = (await callback(bad)).body;
    expect(refused.type).toBe(4);
    expect(refused.data.flags).toBe(EPHEMERAL);
    expect(textOf(refused.data)).toContain(WORDING.en.docs.badDate);
  });

  it('list shows every document with who added it to maintainers; ✖ asks, ✅ removes and notes the channel of dropped pins', async () => {
    const id = [...library.added.keys()][0]!;
    library.pinsCiting = () => [{ platform: 'discord', chatId: CHANNEL_ID, messageId: '55', pinnedBy: '9', question: NEW_QUESTION }];
    const strangerList = documentsCommand('list', [], undefined, STRANGER_ID);
    send(strangerList);
    const seen = (await edit(strangerList)).body;
    expect(textOf(seen)).toContain('Zephyrine lighthouse repainted in cobalt blue');
    expect(textOf(seen)).not.toContain(`discord:${USER_ID}`);
    expect(customIds(seen)).toEqual([]);

    const list = documentsCommand('list');
    send(list);
    const listed = (await edit(list)).body;
    expect(textOf(listed)).toContain(`discord:${USER_ID}`);
    expect(customIds(listed)).toEqual([`kz:dc:remove:${id}`]);

    const ask = buttonPayload(`kz:dc:remove:${id}`, ephemeral(listed));
    send(ask);
    const question = (await callback(ask)).body;
    expect(question.type).toBe(4);
    expect(question.data.content).toContain('Remove «Zephyrine lighthouse repainted in cobalt blue»?');
    const confirm = buttonPayload(`kz:dc:confirm-remove:${id}`, ephemeral(question.data));
    send(confirm);
    expect((await edit(confirm)).body.content).toContain('it is no longer cited');
    const note = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`, 'the note about dropped pins');
    expect(textOf(note.body)).toContain(NEW_QUESTION);
    expect(note.body.allowed_mentions).toEqual({ parse: [] });
    expect(library.added.size).toBe(0);
  });
});
