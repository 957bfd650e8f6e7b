/** A worker thread of `lucid extract --jobs N`: processes the pages the pool sends it, one at a time. */
import { parentPort } from 'node:worker_threads';
import { processPage, type PageJob } from './process-page';

parentPort?.on('message', async (job: PageJob) => {
  parentPort!.postMessage(await processPage(job));
});
