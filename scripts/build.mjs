// `npm run build`: compiles src/, adapters/ and bin/ to dist/ (tsconfig.build.json) and copies what the compiled code
// reads beside itself (the lexicon, found at ../../lexicon from dist/src/text). Starts from an empty dist/.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
cpSync('lexicon', 'dist/lexicon', { recursive: true });
