import { afterAll, describe, expect, it } from 'vitest';
import { startTelegram } from '../../../adapters/telegram/bot.js';
import { deriveWebhookSecret } from '../../../adapters/telegram/webhook.js';
import { ConfigError, readConfig } from '../../../src/config.js';
import { freePort } from './free-port.js';
import { conversationFor, FAST_FLOOD, memoryLogger, messageUpdate, removeTempDataDirs, tempDataDir, TEST_TOKEN, useFakeBotApi } from './harness.js';

const { conversation, store } = conversationFor(tempDataDir());
afterAll(async () => {
  await store.close();
  removeTempDataDirs();
});

const { api, root } = useFakeBotApi();

async function webhookConfig(extra: Record<string, string> = {}) {
  const port = await freePort();
  const config = readConfig({
    TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: root(), TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg/hook',
    TELEGRAM_WEBHOOK_PORT: String(port), SANAD_DATA_DIR: tempDataDir(), ...extra,
  });
  return { config, base: `http://127.0.0.1:${port}` };
}

describe('startTelegram', () => {
  it('refuses to start without a token, in one clear line', async () => {
    await expect(startTelegram(readConfig({}), conversation, memoryLogger().logger)).rejects.toThrow(ConfigError);
    await expect(startTelegram(readConfig({}), conversation, memoryLogger().logger)).rejects.toThrow(/^TELEGRAM_BOT_TOKEN: /);
  });

  it('fails clearly (without the token) when Telegram refuses the token, instead of hanging', async () => {
    api.replyOnce('getMe', { ok: false, error_code: 401, description: 'Unauthorized' });
    const config = readConfig({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: root(), SANAD_DATA_DIR: tempDataDir() });
    const failure = startTelegram(config, conversation, memoryLogger().logger);
    await expect(failure).rejects.toThrow('Telegram refused getMe: 401 Unauthorized');
    await expect(failure).rejects.not.toThrow(TEST_TOKEN);
  });

  it('serves a webhook with the secret-token check and GET /healthz, and registers the commands', async () => {
    const { config, base } = await webhookConfig({ TELEGRAM_WEBHOOK_SECRET: 'sekret_123' });
    const bot = await startTelegram(config, conversation, memoryLogger().logger, { webhookHost: '127.0.0.1', flood: FAST_FLOOD });
    expect(api.callsOf('setWebhook')[0]!.payload).toMatchObject({
      url: 'https://bot.example.org/tg/hook', secret_token: 'sekret_123', allowed_updates: ['message', 'callback_query', 'inline_query', 'my_chat_member'],
    });
    expect(api.callsOf('setMyCommands')).toHaveLength(8);

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', bot: 'sanad_test_bot' });

    const update = JSON.stringify(messageUpdate('ما مهمة قوات حفظ السلام؟'));
    const post = (headers: Record<string, string>) => fetch(`${base}/tg/hook`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: update });
    expect((await post({})).status).toBe(403);
    expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong' })).status).toBe(403);
    expect(api.callsOf('sendMessage')).toHaveLength(0);
    expect((await post({ 'x-telegram-bot-api-secret-token': 'sekret_123' })).status).toBe(200);
    // 200 once the update is claimed and queued; the answer follows.
    await api.waitFor('sendMessage', 1);
    expect(api.callsOf('sendMessage')).toHaveLength(1);

    await bot.stop('test');
    await bot.stop('again');
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });

  it('checks the webhook with Telegram, says when it points elsewhere, and stops for good when the token is revoked', async () => {
    const { config } = await webhookConfig();
    const { logger, lines } = memoryLogger();
    const bot = await startTelegram(config, conversation, logger, { webhookHost: '127.0.0.1', webhookCheckMs: 20 });
    api.replyOnce('getWebhookInfo', { ok: true, result: { url: 'https://elsewhere.example.org/hook', pending_update_count: 7 } });
    // Checked again after every call the bot makes: the checks go on every 20 ms.
    await api.waitUntil(() => lines.some((l) => l.includes('webhook is set to https://elsewhere.example.org/hook')));
    expect(bot.connected()).toBe(true);
    api.replyOnce('getWebhookInfo', { ok: false, error_code: 401, description: 'Unauthorized' });
    await expect(bot.failed).rejects.toThrow('Telegram bot stopped: Telegram refused getWebhookInfo: 401 Unauthorized');
    expect(bot.connected()).toBe(false);
    await bot.stop();
  });

  it('derives a webhook secret from the token when none is configured', async () => {
    const { config } = await webhookConfig();
    const bot = await startTelegram(config, conversation, memoryLogger().logger, { webhookHost: '127.0.0.1' });
    const secret = api.callsOf('setWebhook')[0]!.payload.secret_token as string;
    expect(secret).toBe(deriveWebhookSecret(TEST_TOKEN));
    expect(secret).toMatch(/^[\w-]{1,256}$/);
    expect(secret).not.toContain(TEST_TOKEN.split(':')[1]);
    await bot.stop();
  });
});
