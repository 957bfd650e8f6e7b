/**
 * A worker thread of `lucid extract`: processes the pages the pool sends it, one at a time. It says 'ready' once
 * its modules are loaded, so the pool's per-page time limit does not count the thread's start.
 */
import { parentPort } from 'node:worker_threads';
import { processPage, type PageJob } from './process-page';

parentPort?.on('message', async (job: PageJob) => {
  parentPort!.postMessage(await processPage(job));
});
parentPort?.postMessage('ready');
