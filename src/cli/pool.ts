/**
 * Runs page jobs on up to N worker threads (inline when one is enough), delivering results in input order so
 * output is deterministic whatever the scheduling. Stops handing out work once `shouldStop()` says so.
 */
import { Worker } from 'node:worker_threads';
import { processPage, type PageJob, type PageResult } from './process-page';

export async function runPool(
  jobs: PageJob[],
  threads: number,
  onResult: (result: PageResult, index: number) => void | Promise<void>,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  const n = Math.min(threads, jobs.length);
  if (n <= 1) {
    for (let i = 0; i < jobs.length && !shouldStop(); i++) await onResult(await processPage(jobs[i]), i);
    return;
  }
  const results = new Map<number, PageResult>();
  let next = 0;
  let delivered = 0;
  const flush = async () => {
    while (results.has(delivered)) {
      const r = results.get(delivered)!;
      results.delete(delivered);
      await onResult(r, delivered++);
    }
  };
  const workers = Array.from({ length: n }, () => spawnWorker());
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (next < jobs.length && !shouldStop()) {
          const index = next++;
          results.set(index, await runOn(worker, jobs[index]));
          await flush();
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function runOn(worker: Worker, job: PageJob): Promise<PageResult> {
  return new Promise((resolve) => {
    const settle = (r: PageResult) => {
      worker.off('message', settle);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(r);
    };
    const onError = (err: Error) => settle({ path: job.path, ok: false, error: `${job.path}: worker failed: ${err.message}` });
    const onExit = (code: number) => settle({ path: job.path, ok: false, error: `${job.path}: worker exited (${code})` });
    worker.on('message', settle);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}

/**
 * The built worker (dist/node/cli-worker.js) next to the built CLI; from the TypeScript sources (tests, `tsx`), the
 * source worker loaded through tsx's API (Node 20 does not apply `--import` loaders to a worker's entry module).
 */
function spawnWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./cli-worker.js', import.meta.url));
  const source = new URL('./worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`, { eval: true });
}
