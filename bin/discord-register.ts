/**
 * `npm run discord:register`: registers /kz and "Ask sanad" with one bulk overwrite (PUT), in DISCORD_GUILD_ID when
 * set (instant, for testing), else globally. Prints one line; exits 1 on failure.
 */
import dotenv from 'dotenv';
import { registerCommands, registerOptionsFrom } from '../adapters/discord/register-commands.js';
import { ConfigError, readConfig } from '../src/config.js';

dotenv.config({ quiet: true });

try {
  const result = await registerCommands(registerOptionsFrom(readConfig(process.env)));
  const where = result.scope === 'guild' ? 'in the guild DISCORD_GUILD_ID (available now)' : 'globally (may take a while to appear)';
  console.log(`Registered ${result.count} Discord commands ${where}.`);
} catch (error) {
  const lines = error instanceof ConfigError ? error.problems : [(error as Error).message];
  for (const line of lines) console.error(`discord:register: ${line}`);
  process.exitCode = 1;
}
