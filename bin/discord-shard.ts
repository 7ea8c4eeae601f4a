/**
 * `npm run discord:shard`: the Discord bot for large deployments, under discord.js's ShardingManager.
 *
 * This one file plays both parts. Run directly, it is the manager: it asks how many shards Discord recommends
 * (`totalShards: 'auto'`) and spawns this same file once per shard (the TypeScript source with tsx's loader, or the
 * compiled dist/bin/discord-shard.js as it is), respawning a shard that dies.
 * Spawned by the manager (which sets SHARDING_MANAGER and SHARDS in the environment; discord.js's Client reads them),
 * it is one shard: it loads the core and calls startDiscord, exactly like `npm start`.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { startDiscord } from '../adapters/discord/bot.js';
import { createConversation, createLogger, openStore, type Config, type Logger } from '../src/index.js';
import { openLiveDocuments } from './live-documents.js';
import { createLifecycle } from './lifecycle.js';
import { configOrExit, openCoreOrExit } from './load-core.js';

/** Discord's own API root: there discord.js can recommend the shard count itself. */
const DISCORD_API_ROOT = 'https://discord.com/api';

/**
 * One shard: the same bot as `npm start` (the saved index, its store opened once, here, at the shard's start-up),
 * stopped cleanly on SIGINT/SIGTERM at any moment (the manager kills with SIGTERM).
 */
async function runShard(config: Config, logger: Logger): Promise<void> {
  const lifecycle = createLifecycle(logger);
  try {
    const sanad = await openCoreOrExit({
      corpusDir: config.SANAD_CORPUS_DIR, cacheDir: config.SANAD_CACHE_DIR, logger, signal: lifecycle.signal,
      maxDocumentBytes: config.SANAD_MAX_DOCUMENT_BYTES,
      // Shards run side by side on one machine: each indexes in its own thread rather than starting workers of its own.
      workers: config.SANAD_INDEX_WORKERS ?? 0,
    });
    // Stopping waits for the saved copies being written (a stop before them would only cost the next start a rebuild).
    lifecycle.onStop('saved copies', () => sanad.saved.then(() => undefined));
    const store = await openStore({ dataDir: config.SANAD_DATA_DIR, databaseUrl: config.SANAD_DATABASE_URL, logger });
    lifecycle.onStop('store', () => store.close());
    lifecycle.signal.throwIfAborted();
    const live = await openLiveDocuments(config, config.SANAD_CORPUS_DIR, sanad, lifecycle, logger, config.SANAD_INDEX_WORKERS ?? 0);
    lifecycle.signal.throwIfAborted();
    const bot = await startDiscord(config, createConversation({ ...live, store, log: logger, now: Date.now }), logger);
    lifecycle.onStop('discord', () => bot.stop('stopping'));
    // A revoked token or a gateway that does not come back: exit non-zero (the manager respawns the shard).
    bot.failed.catch(() => void lifecycle.stop('fatal platform error', 1));
  } catch (error) {
    if (!lifecycle.signal.aborted) throw error;
  }
}

/**
 * How many shards: 'auto' asks discord.com (discord.js's fetchRecommendedShardCount always calls discord.com);
 * behind another DISCORD_API_ROOT (a proxy) the same GET /gateway/bot is asked of that root instead.
 */
async function shardCount(config: Config): Promise<number | 'auto'> {
  if (config.DISCORD_API_ROOT.replace(/\/$/, '') === DISCORD_API_ROOT) return 'auto';
  const info = (await new REST({ api: config.DISCORD_API_ROOT }).setToken(config.DISCORD_TOKEN!).get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, info.shards);
}

/** The manager: spawns every shard as a child process running this file, and stops them all on a signal. */
async function runManager(config: Config, logger: Logger): Promise<void> {
  const manager = new ShardingManager(fileURLToPath(import.meta.url), {
    token: config.DISCORD_TOKEN,
    totalShards: await shardCount(config),
    mode: 'process',
    respawn: true,
    // Run from the TypeScript source (a development install), each shard needs tsx's loader too.
    execArgv: import.meta.url.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [],
  });
  manager.on('shardCreate', (shard) => logger.info({ shard: shard.id }, 'shard spawned'));
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'stopping every shard');
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await manager.spawn();
  logger.info({ shards: manager.shards.size }, 'every shard is ready');
}

const config = configOrExit();
if (!config.DISCORD_TOKEN) {
  console.error('config: DISCORD_TOKEN: required to run the Discord bot');
  process.exit(2);
}
const isShard = Boolean(process.env.SHARDING_MANAGER && process.env.SHARDS !== undefined);
const logger = createLogger(config.LOG_LEVEL, [config.DISCORD_TOKEN, config.SANAD_DATABASE_URL]).child(isShard ? { shard: process.env.SHARDS } : { role: 'shard-manager' });
(isShard ? runShard(config, logger) : runManager(config, logger)).catch((error: unknown) => {
  logger.fatal({ err: error }, isShard ? 'shard failed to start' : 'shard manager failed');
  process.exit(1);
});
