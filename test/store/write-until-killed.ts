/**
 * Child process of kill.test.ts: opens the store and writes until it is killed. After each round's calls have
 * resolved it prints one JSON line `{ n, id, key }`: a line on stdout means the store acknowledged those writes.
 *
 *     node --import tsx test/store/write-until-killed.ts <dataDir> [databaseUrl]
 */
import { openStore } from '../../src/store/open-store.js';
import { newAnswer, roundOf } from './answers.js';

const [dataDir, databaseUrl] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: write-until-killed.ts <dataDir> [databaseUrl]');
const store = await openStore({ dataDir, databaseUrl });
for (let n = 1; ; n++) {
  const round = roundOf(n);
  const id = await store.recordAnswer(newAnswer(n));
  await store.vote(id, round.voter, round.vote, round.votedAt);
  const key = await store.putKey(round.keyValue);
  process.stdout.write(`${JSON.stringify({ n, id, key })}\n`);
}
