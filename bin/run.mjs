#!/usr/bin/env node
/**
 * `npm start`, `npm run ask` and the other commands: runs bin/NAME in this very process, so that a signal sent to it
 * (by systemd, a container runtime, a process manager or Ctrl-C) reaches the bot and no wrapper is left behind.
 *
 * It runs the compiled dist/bin/NAME.js (`npm run build`) when that is at least as new as every source file, else
 * the TypeScript source through tsx's loader, which a development install has (`npm ci`). A production install
 * (`npm prune --omit=dev`) has no tsx: there it needs an up-to-date build and says so in one line when there is none.
 * Usage: node bin/run.mjs NAME [arguments of NAME]
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['src', 'adapters', 'bin'];

/** The newest modification time of the TypeScript sources (milliseconds); 0 where there are none (dist/ shipped alone). */
function newestSource(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether tsx can be loaded (a development install). */
function hasTsx() {
  try {
    import.meta.resolve('tsx/esm/api');
    return true;
  } catch {
    return false;
  }
}

const name = process.argv[2];
if (!name || !/^[a-z-]+$/.test(name) || !(existsSync(join(ROOT, 'bin', `${name}.ts`)) || existsSync(join(ROOT, 'dist', 'bin', `${name}.js`)))) {
  console.error(`run: no command ${JSON.stringify(name ?? '')} in bin/`);
  process.exit(2);
}
// The command reads its own arguments from process.argv.slice(2), as when started directly.
process.argv.splice(2, 1);

const built = join(ROOT, 'dist', 'bin', `${name}.js`);
const builtAt = existsSync(built) ? statSync(built).mtimeMs : -1;
const current = builtAt >= Math.max(...SOURCE_DIRS.map((dir) => newestSource(join(ROOT, dir))));
if (current) {
  await import(pathToFileURL(built).href);
} else if (hasTsx()) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(ROOT, 'bin', `${name}.ts`)).href);
} else {
  console.error(builtAt < 0
    ? 'run: no build in dist/: run `npm run build` (with the development dependencies installed) before pruning them'
    : 'run: dist/ is older than the source: run `npm run build` again (with the development dependencies installed)');
  process.exit(2);
}
