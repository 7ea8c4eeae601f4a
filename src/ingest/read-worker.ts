// Worker thread of readOffThread: reads one file's bytes as its kind and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { readAs } from './read-as.js';
import type { ReadJob } from './read-off-thread.js';

const { kind, origin, bytes, html } = workerData as ReadJob;
parentPort!.postMessage({ result: await readAs(kind, origin, bytes, html) });
