import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatMember, UserFromGetMe } from 'telegraf/types';
import { parseTelegramHtml } from './telegram-html.js';

/** One Bot API call the fake received. */
export interface ApiCall {
  method: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payload: Record<string, any>;
  /** What the fake answered. */
  reply?: ApiReply;
}

/** What the fake answers: Telegram's envelope. */
export type ApiReply = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: Record<string, number> };

/** The bot the fake pretends to be. */
export const FAKE_BOT_INFO: UserFromGetMe = {
  id: 4242, is_bot: true, first_name: 'Sanad', username: 'sanad_test_bot',
  can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true,
};

const bad = (description: string): ApiReply => ({ ok: false, error_code: 400, description: `Bad Request: ${description}` });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function checkMarkup(markup: any): ApiReply | undefined {
  for (const row of markup?.inline_keyboard ?? []) {
    for (const button of row) {
      if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data) > 64) return bad('BUTTON_DATA_INVALID');
    }
  }
  return undefined;
}

function checkText(text: unknown): ApiReply | undefined {
  if (typeof text !== 'string') return bad('message text is empty');
  try {
    const parsed = parseTelegramHtml(text).text.trim();
    if (!parsed) return bad('message text is empty');
    if (parsed.length > 4096) return bad('message is too long');
  } catch (error) {
    return bad((error as Error).message);
  }
  return undefined;
}

/**
 * A small Bot API on 127.0.0.1 for what telegram-test-api lacks (getChatMember, pinChatMessage, answerInlineQuery,
 * setMyCommands, 429). Records every call, checks messages the way Telegram does (HTML, 4,096 characters, 64-byte
 * callback data, inline limits), and answers with defaults unless a test queues a reply.
 */
export class FakeBotApi {
  readonly calls: ApiCall[] = [];
  /** getChatMember answers, by `${chatId}:${userId}`; default: a plain member. */
  readonly members = new Map<string, ChatMember>();
  private readonly queued = new Map<string, ApiReply[]>();
  private readonly waiters: { method: string; count: number; resolve: (calls: ApiCall[]) => void }[] = [];
  private readonly conditions: { holds: () => boolean; resolve: () => void }[] = [];
  private server?: Server;
  private messageId = 100;
  /** Files the bot may download (getFile, then GET /file/bot<token>/<path>), by file_id. */
  private readonly files = new Map<string, { path: string; bytes: Buffer }>();

  /** A file as a user sends it: its Telegram Document, which getFile and the file route then serve. */
  addFile(name: string, bytes: Buffer | string, mimeType = 'text/plain'): { file_id: string; file_unique_id: string; file_name: string; file_size: number; mime_type: string } {
    const fileId = `file-${this.files.size + 1}-${name.length}`;
    const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
    this.files.set(fileId, { path: `documents/file_${this.files.size + 1}`, bytes: data });
    return { file_id: fileId, file_unique_id: `u${fileId}`, file_name: name, file_size: data.length, mime_type: mimeType };
  }

  /** Starts on a random free port; returns the apiRoot for telegraf. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.serve(req, res));
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server!.close(resolve));
  }

  /** Queues a reply for the next call of `method`. */
  replyOnce(method: string, reply: ApiReply): void {
    this.queued.set(method, [...(this.queued.get(method) ?? []), reply]);
  }

  setMember(chatId: number, userId: number, member: Partial<ChatMember> & { status: ChatMember['status'] }): void {
    this.members.set(`${chatId}:${userId}`, { user: { id: userId, is_bot: false, first_name: 'U' }, ...member } as ChatMember);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `count` calls of `method` have arrived (counting those already in). */
  waitFor(method: string, count = 1): Promise<ApiCall[]> {
    if (this.callsOf(method).length >= count) return Promise.resolve(this.callsOf(method));
    return new Promise((resolve) => this.waiters.push({ method, count, resolve }));
  }

  /** Resolves once `holds()` is true, checked now and after every call. */
  waitUntil(holds: () => boolean): Promise<void> {
    if (holds()) return Promise.resolve();
    return new Promise((resolve) => this.conditions.push({ holds, resolve }));
  }

  clear(): void {
    this.calls.length = 0;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const download = /^\/file\/bot[^/]+\/(.+)$/.exec(req.url ?? '')?.[1];
    if (download !== undefined) {
      const file = [...this.files.values()].find((f) => f.path === download);
      if (!file) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.bytes.length }).end(file.bytes);
    }
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const method = /\/bot[^/]+\/(\w+)/.exec(req.url ?? '')?.[1] ?? '';
    const call: ApiCall = { method, payload: body ? JSON.parse(body) : {} };
    this.calls.push(call);
    const queued = this.queued.get(method)?.shift();
    // Long polling with nothing to deliver: held a moment, as Telegram holds it up to `timeout` seconds.
    if (!queued && method === 'getUpdates' && call.payload.timeout) await new Promise((resolve) => setTimeout(resolve, 100));
    const reply = queued ?? this.defaultReply(call);
    call.reply = reply;
    res.writeHead(reply.ok ? 200 : reply.error_code, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    for (const condition of [...this.conditions]) {
      if (condition.holds()) {
        this.conditions.splice(this.conditions.indexOf(condition), 1);
        condition.resolve();
      }
    }
    for (const waiter of [...this.waiters]) {
      if (waiter.method === method && this.callsOf(method).length >= waiter.count) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(this.callsOf(method));
      }
    }
  }

  private defaultReply({ method, payload }: ApiCall): ApiReply {
    switch (method) {
      case 'getMe': return { ok: true, result: FAKE_BOT_INFO };
      case 'getUpdates': return { ok: true, result: [] };
      case 'sendMessage': {
        const problem = checkText(payload.text) ?? checkMarkup(payload.reply_markup);
        if (problem) return problem;
        const chatId = Number(payload.chat_id);
        this.messageId += 1;
        return {
          ok: true,
          result: {
            message_id: this.messageId, date: 1, from: FAKE_BOT_INFO, text: parseTelegramHtml(payload.text).text,
            chat: chatId < 0 ? { id: chatId, type: 'supergroup', title: 'G' } : { id: chatId, type: 'private', first_name: 'U' },
          },
        };
      }
      case 'answerInlineQuery': {
        const results = payload.results as { id: string; input_message_content: { message_text: string }; reply_markup?: unknown }[];
        if (results.length > 50) return bad('RESULTS_TOO_MUCH');
        if (new Set(results.map((r) => r.id)).size !== results.length) return bad('RESULT_ID_DUPLICATE');
        for (const r of results) {
          if (Buffer.byteLength(r.id) > 64) return bad('RESULT_ID_INVALID');
          const problem = checkText(r.input_message_content.message_text) ?? checkMarkup(r.reply_markup);
          if (problem) return problem;
        }
        return { ok: true, result: true };
      }
      case 'getFile': {
        const file = this.files.get(String(payload.file_id));
        if (!file) return bad('invalid file_id');
        return { ok: true, result: { file_id: payload.file_id, file_unique_id: `u${payload.file_id}`, file_size: file.bytes.length, file_path: file.path } };
      }
      case 'getChatMember': {
        const known = this.members.get(`${payload.chat_id}:${payload.user_id}`);
        return { ok: true, result: known ?? { status: 'member', user: { id: payload.user_id, is_bot: false, first_name: 'U' } } };
      }
      case 'getWebhookInfo': {
        const url = this.callsOf('setWebhook').at(-1)?.payload.url;
        return { ok: true, result: { url: typeof url === 'string' ? url : '', has_custom_certificate: false, pending_update_count: 0 } };
      }
      default: return { ok: true, result: true };
    }
  }
}
