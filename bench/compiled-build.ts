// The bench times answers on the compiled JavaScript, as a production install runs it (npm run build, then npm start
// runs dist/), not on the TypeScript source through tsx, whose on-the-fly transform makes the same code about a fifth
// slower. The build goes under node_modules/.cache, so the compiled files find their packages as the source does.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

/** Compiles src/, adapters/ and bench/ to a folder of its own (with the lexicon beside them) and returns the folder. */
export function compileForBench(): string {
  const root = resolve('.');
  const out = join(root, 'node_modules', '.cache', 'sanad-bench');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const config = join(out, 'tsconfig.json');
  writeFileSync(config, JSON.stringify({
    extends: join(root, 'tsconfig.json'),
    compilerOptions: { noEmit: false, outDir: out, rootDir: root, sourceMap: false },
    include: ['src', 'adapters', 'bench'].map((dir) => join(root, dir)),
  }));
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', config], { stdio: 'inherit' });
  cpSync(join(root, 'lexicon'), join(out, 'lexicon'), { recursive: true });
  return out;
}
