import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { waitForMatch } from './wait-for-match.js';

/** One request the fake REST API received. `path` is as sent (URL-encoded, e.g. `%40original`), without `/api/v10`. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- request bodies are arbitrary JSON, inspected by tests
  body: any;
  /** What the fake answered (set before anyone waiting for the request hears of it). */
  response?: FakeResponse;
}

/** A canned answer: status and JSON body (no body: no content type, as a 204 must be). */
export interface FakeResponse {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON, inspected by tests
  body?: any;
}

/** Lets a test answer some requests itself (pins refused, commands rejected …); undefined falls through. */
export type Responder = (request: RecordedRequest) => FakeResponse | undefined;

export const APPLICATION_ID = '100000000000000001';
export const BOT_USER_ID = '100000000000000001';
export const FAKE_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.fake-token.for-tests-only-0123456789';
/** Question limits no test reaches, for tests about something else (the limit's own test sets its own). */
export const UNLIMITED_QUESTIONS = { DISCORD_USER_QUESTIONS_PER_MINUTE: '100000', DISCORD_CHANNEL_QUESTIONS_PER_MINUTE: '100000' };

let messageCounter = 500000000000000000n;

/** The fields of a Discord message object the tests vary. */
export interface MessageFields {
  id?: string;
  channelId?: string;
  authorId?: string;
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  flags?: number;
  pinned?: boolean;
  timestamp?: string;
}

/** A message object shaped as Discord sends it (API v10). */
export function discordMessage(fields: MessageFields = {}) {
  return {
    id: fields.id ?? String(++messageCounter),
    channel_id: fields.channelId ?? '300000000000000001',
    author: fields.authorId && fields.authorId !== BOT_USER_ID
      ? { id: fields.authorId, username: 'someone', discriminator: '0', avatar: null, global_name: null }
      : { id: BOT_USER_ID, username: 'sanad', discriminator: '0', avatar: null, global_name: null, bot: true },
    content: fields.content ?? '',
    timestamp: fields.timestamp ?? new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
    pinned: fields.pinned ?? false,
    type: 0,
    flags: fields.flags ?? 0,
  };
}

/** A channel the fake knows (GET /channels/{id}); threads carry their parent and owner. */
export interface FakeChannel {
  id: string;
  type: number;
  guild_id?: string;
  name?: string;
  parent_id?: string;
  owner_id?: string;
}

/** Discord's channel types the tests use (https://discord.com/developers/docs/resources/channel#channel-object-channel-types). */
export const CHANNEL_TYPES = { text: 0, voice: 2, publicThread: 11, forum: 15 } as const;
/** GET /applications/@me flags: the Message Content intent enabled in the developer portal. */
export const MESSAGE_CONTENT_INTENT_FLAG = 1 << 18;

/** The fields of a person's message the tests vary (MESSAGE_CREATE). */
export interface UserMessageFields {
  id?: string;
  channelId: string;
  guildId?: string;
  content: string;
  authorId?: string;
  bot?: boolean;
  webhookId?: string;
  type?: number;
  mentionEveryone?: boolean;
}

/** A person's message as MESSAGE_CREATE carries it (with the Message Content intent: its text). */
export function userMessage(fields: UserMessageFields) {
  return {
    ...discordMessage({ id: fields.id, channelId: fields.channelId, content: fields.content, authorId: fields.authorId ?? '400000000000000001' }),
    author: { id: fields.authorId ?? '400000000000000001', username: 'asker', discriminator: '0', avatar: null, global_name: 'Asker', ...(fields.bot ? { bot: true } : {}) },
    guild_id: fields.guildId ?? '200000000000000001',
    type: fields.type ?? 0,
    mention_everyone: fields.mentionEveryone ?? false,
    ...(fields.webhookId ? { webhook_id: fields.webhookId } : {}),
    member: { roles: [], joined_at: '2022-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
  };
}

/** A pin as GET /channels/{id}/messages/pins lists it (API v10 message pin object). */
export interface FakePin {
  pinned_at: string;
  message: ReturnType<typeof discordMessage>;
}

/** The message Discord returns for a webhook edit or follow-up with this body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors the request body
function messageFrom(body: any, channelId?: string) {
  return discordMessage({ channelId, content: body?.content, embeds: body?.embeds, components: body?.components, flags: body?.flags });
}

/**
 * A local stand-in for Discord on 127.0.0.1: a REST API (node:http) that records every request, and a gateway
 * (ws) that says HELLO, acks heartbeats, answers IDENTIFY with READY and then delivers the dispatches a test sends.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly responders: Responder[] = [];
  /** Each channel's pins, newest first: what GET /channels/{id}/messages/pins lists; the bot's PUT and DELETE change it. */
  readonly pins = new Map<string, FakePin[]>();
  identifies = 0;
  /** While true, gateway connections are dropped at once (a gateway that does not come back). */
  refuseGateway = false;
  /** The application's flags (GET /applications/@me): MESSAGE_CONTENT_INTENT_FLAG when the intent is enabled. Default none. */
  applicationFlags = 0;
  /** Channels by id (GET /channels/{id}); threads the bot starts are added. */
  readonly channels = new Map<string, FakeChannel>();
  /** The intents the bot identified with (op 2), last connection. */
  intents?: number;
  private lastPinMs = 0;
  private readonly waiters = new Set<() => void>();
  private socket: WebSocket | undefined;
  private seq = 0;

  private constructor(private readonly server: Server, private readonly gateway: WebSocketServer) {}

  /** Starts the fake on a free port. */
  static async start(): Promise<FakeDiscord> {
    const server = createServer();
    const gateway = new WebSocketServer({ server });
    const fake = new FakeDiscord(server, gateway);
    server.on('request', (req, res) => void fake.onRequest(req, res));
    gateway.on('connection', (socket) => fake.onConnection(socket));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What Config.DISCORD_API_ROOT should be. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Sends a gateway dispatch (op 0) to the connected bot. */
  dispatch(event: string, data: unknown): void {
    if (!this.socket) throw new Error('no bot is connected to the fake gateway');
    this.socket.send(JSON.stringify({ op: 0, t: event, s: ++this.seq, d: data }));
  }

  /**
   * Pins a message (by default one of the bot's) or unpins it, as a moderator does with Discord's own menu; send
   * pinsUpdate() after, as Discord would.
   */
  setPinned(channelId: string, messageId: string, pinned: boolean, authorId?: string): void {
    const rest = (this.pins.get(channelId) ?? []).filter((p) => p.message.id !== messageId);
    // Strictly increasing pin times, as paging by `before` needs.
    this.lastPinMs = Math.max(Date.now(), this.lastPinMs + 1);
    const pin = { pinned_at: new Date(this.lastPinMs).toISOString(), message: discordMessage({ id: messageId, channelId, authorId, pinned: true }) };
    this.pins.set(channelId, pinned ? [pin, ...rest] : rest);
  }

  /** Sends the CHANNEL_PINS_UPDATE Discord sends after a pin or unpin: the channel and its newest pin time, nothing more. */
  pinsUpdate(channelId: string, guildId: string): void {
    const newest = this.pins.get(channelId)?.[0];
    this.dispatch('CHANNEL_PINS_UPDATE', { guild_id: guildId, channel_id: channelId, last_pin_timestamp: newest?.pinned_at ?? null });
  }

  /** Adds (or replaces) a channel the fake knows. */
  addChannel(channel: FakeChannel): void {
    this.channels.set(channel.id, { guild_id: '200000000000000001', ...channel });
  }

  /** Sends MESSAGE_CREATE for a person's message; resolves to the message as sent. */
  messageCreate(fields: UserMessageFields): ReturnType<typeof userMessage> {
    const message = userMessage(fields);
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  /** Messages the bot posted to a channel (POST /channels/{id}/messages), oldest first. */
  postsTo(channelId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
  }

  /** Closes the bot's gateway connection with a close code (4004: authentication failed, as for a revoked token). */
  closeGateway(code: number): void {
    this.socket?.close(code, 'closed by the fake');
  }

  /** Resolves with the first request (already received or still to come) that matches; fails after timeoutMs. */
  /** The bot's answer to an interaction (POST …/callback): defer, reply, update or modal. */
  callbackOf(interaction: { id: string; token: string }): Promise<RecordedRequest> {
    return this.waitFor((r) => r.method === 'POST' && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`, `callback of ${interaction.id}`);
  }

  /** The bot's edit of its first reply to an interaction (PATCH …/messages/@original). */
  originalEditOf(interaction: { id: string; token: string }): Promise<RecordedRequest> {
    return this.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APPLICATION_ID}/${interaction.token}/messages/%40original`, `edit of ${interaction.id}`);
  }

  /** A follow-up message of the bot to an interaction (POST /webhooks/…/token). */
  followUpOf(interaction: { id: string; token: string }): Promise<RecordedRequest> {
    return this.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${APPLICATION_ID}/${interaction.token}`, `follow-up of ${interaction.id}`);
  }

  waitFor(match: (r: RecordedRequest) => boolean, what: string, timeoutMs = 5000): Promise<RecordedRequest> {
    return waitForMatch(() => this.requests.find(match), this.waiters, () => `fake Discord: no request for ${what}; got ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`, timeoutMs);
  }


  /** Every request under a path prefix. */
  requestsTo(prefix: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.startsWith(prefix));
  }

  async close(): Promise<void> {
    for (const client of this.gateway.clients) client.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onConnection(socket: WebSocket): void {
    if (this.refuseGateway) return void socket.terminate();
    this.socket = socket;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number };
      if (payload.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (payload.op === 2) {
        this.intents = (payload as { d?: { intents?: number } }).d?.intents;
        this.identifies += 1;
        this.seq = 0;
        this.dispatch('READY', {
          v: 10,
          user: { id: BOT_USER_ID, username: 'sanad', discriminator: '0', avatar: null, global_name: null, bot: true },
          guilds: [],
          session_id: `session-${this.identifies}`,
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          shard: [0, 1],
          application: { id: APPLICATION_ID, flags: 0 },
        });
      }
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname.replace(/^\/api\/v10/, ''),
      query: url.searchParams,
      headers: req.headers,
      body: text && String(req.headers['content-type']).includes('json') ? JSON.parse(text) : text,
    };
    this.requests.push(request);
    const reply = this.responders.map((r) => r(request)).find(Boolean) ?? this.defaultResponse(request);
    request.response = reply;
    if (reply.body === undefined) res.writeHead(reply.status).end();
    else res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    for (const waiter of [...this.waiters]) waiter();
  }

  private defaultResponse(r: RecordedRequest): FakeResponse {
    const { method, path } = r;
    if (method === 'GET' && path === '/gateway/bot') {
      return { status: 200, body: { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } };
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    if (method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/.test(path)) return { status: 200, body: messageFrom(r.body) };
    if (method === 'DELETE' && /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/.test(path)) return { status: 204 };
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return { status: 200, body: messageFrom(r.body) };
    if (method === 'GET' && path === '/applications/@me') return { status: 200, body: { id: APPLICATION_ID, name: 'sanad', flags: this.applicationFlags } };
    const channel = /^\/channels\/(\d+)$/.exec(path);
    if (channel && method === 'GET') {
      const known = this.channels.get(channel[1]!);
      return known ? { status: 200, body: known } : { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
    }
    const post = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (post && method === 'POST') {
      return { status: 200, body: { ...messageFrom(r.body, post[1]), message_reference: r.body?.message_reference } };
    }
    const thread = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
    if (thread && method === 'POST') return this.startThread(thread[1]!, thread[2]!, r.body);
    const pin = /^\/channels\/(\d+)\/messages\/pins(?:\/(\d+))?$/.exec(path);
    if (pin && method === 'GET' && !pin[2]) return this.listPins(pin[1]!, r.query);
    if (pin && (method === 'PUT' || method === 'DELETE') && pin[2]) {
      this.setPinned(pin[1]!, pin[2], method === 'PUT');
      return { status: 204 };
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- echoes the commands sent
      return { status: 200, body: (r.body as any[]).map((c, i) => ({ ...c, id: String(700000000000000000n + BigInt(i)), application_id: APPLICATION_ID, version: '1' })) };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  /**
   * POST /channels/{channel}/messages/{message}/threads: a public thread with the message's id, owned by the bot, as
   * Discord makes it (name 1–100 characters; a second thread on one message is refused), then THREAD_CREATE.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the request body as sent
  private startThread(channelId: string, messageId: string, body: any): FakeResponse {
    const parent = this.channels.get(channelId);
    if (!parent || parent.type === CHANNEL_TYPES.forum) return { status: 400, body: { message: 'Cannot start a thread here', code: 50024 } };
    if (this.channels.has(messageId)) return { status: 400, body: { message: 'A thread has already been created for this message', code: 160004 } };
    const name = String(body?.name ?? '');
    if (name.length < 1 || name.length > 100) return { status: 400, body: { message: 'Invalid Form Body', code: 50035 } };
    const thread: FakeChannel = { id: messageId, type: CHANNEL_TYPES.publicThread, guild_id: parent.guild_id, name, parent_id: channelId, owner_id: BOT_USER_ID };
    this.channels.set(messageId, thread);
    if (this.socket) this.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
    return { status: 201, body: thread };
  }

  /** GET /channels/{id}/messages/pins: a page of pins (limit 1–50, default 50) pinned before `before`, newest first. */
  private listPins(channelId: string, query: URLSearchParams): FakeResponse {
    const limit = Math.min(50, Math.max(1, Number(query.get('limit') ?? 50)));
    const before = query.get('before');
    const older = (this.pins.get(channelId) ?? []).filter((p) => before === null || Date.parse(p.pinned_at) < Date.parse(before));
    return { status: 200, body: { items: older.slice(0, limit), has_more: older.length > limit } };
  }
}
