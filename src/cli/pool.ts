/**
 * Runs page jobs on up to N worker threads, delivering results in input order so output is deterministic whatever
 * the scheduling. Stops handing out work once `shouldStop()` says so.
 *
 * Every page runs on a worker, even a single one: a page stuck in a synchronous loop can only be stopped by
 * terminating the thread it runs on (the main thread cannot interrupt itself). A page still running after
 * `timeoutMs` has its worker terminated and is reported as failed; a worker that exits or throws is reported the
 * same way; either way the next page gets a new worker. Workers stay warm from page to page, up to
 * PAGES_PER_WORKER pages each. The main thread never loads the extraction code.
 */
import { Worker } from 'node:worker_threads';
import type { PageJob, PageResult } from './process-page';

export interface PoolOptions {
  /** Per-page time limit in milliseconds, counted from when the page is handed to a ready worker; 0: none. */
  timeoutMs?: number;
  /** Starts one worker (tests give a stand-in); it posts 'ready' once loaded, then one PageResult per job. */
  spawn?: () => Worker;
  /** Pages a worker runs before it is replaced by a fresh one (see PAGES_PER_WORKER); 0: never. */
  pagesPerWorker?: number;
}

/**
 * A worker is retired after this many pages. Sanitising runs DOMPurify on jsdom, and jsdom keeps a document its
 * DOMParser made reachable from the window for the life of the thread when the document has an element with an id:
 * the sanitiser now removes ids before the parse (sanitize.ts), except inside forms, and this bound is for whatever
 * else jsdom keeps (`npm run bench:cli -- --pages 10000` prints the RSS over the run). A fresh worker costs one module
 * load, small beside this many pages.
 */
export const PAGES_PER_WORKER = 500;

export async function runPool(
  jobs: PageJob[] | AsyncIterable<PageJob>,
  threads: number,
  onResult: (result: PageResult, index: number) => void | Promise<void>,
  shouldStop: () => boolean = () => false,
  { timeoutMs = 0, spawn = spawnWorker, pagesPerWorker = PAGES_PER_WORKER }: PoolOptions = {},
): Promise<void> {
  const n = Array.isArray(jobs) ? Math.min(threads, jobs.length) : threads;
  // Jobs from a stream (a WARC's records) are pulled one at a time, so only the pages in flight are in memory.
  const stream = Array.isArray(jobs) ? null : jobs[Symbol.asyncIterator]();
  // The ticket is drawn before the wait: a stream answers next() calls in the order they were made.
  const take = async (): Promise<[number, PageJob] | undefined> => {
    if (!stream) return next < (jobs as PageJob[]).length ? [next, (jobs as PageJob[])[next++]!] : undefined;
    const index = next++;
    const item = await stream.next();
    return item.done ? undefined : [index, item.value];
  };
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
  const lane = async () => {
    let worker: PageWorker | null = null;
    let pages = 0;
    try {
      while (!shouldStop()) {
        const taken = await take();
        if (!taken) break;
        const [index, job] = taken;
        if (worker && pagesPerWorker > 0 && pages >= pagesPerWorker) {
          await worker.terminate();
          worker = null;
        }
        if (!worker) {
          worker = new PageWorker(spawn());
          pages = 0;
        }
        pages++;
        const { result, workerLost } = await worker.run(job, timeoutMs);
        if (workerLost) worker = null;
        results.set(index, result);
        await flush();
      }
    } finally {
      await worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: n }, lane));
}

/** One worker thread and the page it is on. */
class PageWorker {
  private readonly ready: Promise<void>;
  /** Why the thread ended, once it has (an error it threw, or its exit code). */
  private ended: string | null = null;
  private onEnd: (() => void) | null = null;

  constructor(private readonly worker: Worker) {
    this.ready = new Promise((resolve) => {
      const onReady = (message: unknown) => {
        if (message !== 'ready') return;
        worker.off('message', onReady);
        resolve();
      };
      worker.on('message', onReady);
      this.onEnd = () => resolve(); // a thread that dies while loading is reported by run()
    });
    const end = (why: string) => {
      this.ended ??= why;
      this.onEnd?.();
    };
    worker.on('error', (err: Error) => end(`worker failed: ${err.message}`));
    worker.on('exit', (code: number) => end(`worker exited (${code})`));
  }

  /** Runs one page; `workerLost` says the thread is gone (it died, or was terminated at the time limit). */
  async run(job: PageJob, timeoutMs: number): Promise<{ result: PageResult; workerLost: boolean }> {
    const failed = (error: string) => ({
      result: { path: job.path, ok: false as const, error: `${job.path}: ${error}` },
      workerLost: true,
    });
    await this.ready;
    if (this.ended) return failed(this.ended);
    let timer: NodeJS.Timeout | undefined;
    let onMessage: ((result: PageResult) => void) | undefined;
    const outcome = await new Promise<PageResult | 'timeout' | 'ended'>((resolve) => {
      if (timeoutMs > 0) timer = setTimeout(() => resolve('timeout'), timeoutMs);
      onMessage = resolve;
      this.worker.once('message', onMessage);
      this.onEnd = () => resolve('ended');
      this.worker.postMessage(job);
    });
    clearTimeout(timer);
    this.worker.off('message', onMessage!);
    this.onEnd = null;
    if (outcome === 'timeout') {
      await this.terminate();
      return failed(`stopped after ${timeoutMs / 1000} s (--timeout): the page took too long to extract`);
    }
    if (outcome === 'ended') return failed(this.ended!);
    return { result: outcome, workerLost: false };
  }

  async terminate(): Promise<void> {
    this.ended ??= 'terminated';
    await this.worker.terminate();
  }
}

/**
 * The built worker (dist/node/cli-worker.js) next to the built CLI; from the TypeScript sources (tests, `tsx`), the
 * source worker loaded through tsx's API (Node 20 does not apply `--import` loaders to a worker's entry module).
 */
function spawnWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./cli-worker.js', import.meta.url), { resourceLimits: WORKER_HEAP });
  const source = new URL('./worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`, { eval: true, resourceLimits: WORKER_HEAP });
}

/**
 * A worker thread's heap limits. Left to itself V8 lets each worker's heap grow far before collecting (DOMPurify on
 * jsdom builds a whole document per page): two workers over the 108 MB bench WARC peaked at 1.7 GB resident; with
 * these, 0.66 GB, for about a tenth more time (traced 2026-12-07). The largest page the budget admits (3,000,000
 * characters of text) runs in 0.45 GB; a worker that still runs out fails that page alone (see 'error' above).
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 64 };
