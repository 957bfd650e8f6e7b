/**
 * Issue #14, the CLI's time limit: a page still running after --timeout seconds is stopped (its worker thread
 * terminated: the main thread cannot interrupt a synchronous loop, a worker can be killed) and reported on its own
 * line; the pool starts a new worker and the batch goes on. A worker that dies on a page is replaced the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DEFAULT_TIMEOUT_SECONDS, parseCli, UsageError } from '../../src/cli/args';
import { runPool } from '../../src/cli/pool';
import type { PageJob, PageResult } from '../../src/cli/process-page';
import { runCli } from '../cli/run-cli';

/**
 * A stand-in page worker: "spin" never returns (a synchronous loop no timer or promise can interrupt), "crash"
 * exits the thread, "throw" throws outside any handler, anything else answers at once.
 */
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  if (job.path === 'spin') for (;;) {}
  if (job.path === 'crash') process.exit(7);
  if (job.path === 'throw') setTimeout(() => { throw new Error('boom'); });
  else parentPort.postMessage({ path: job.path, ok: true, output: 'page ' + job.path, fileName: 'x', isArticle: true, title: job.path, score: 1 });
});
parentPort.postMessage('ready');
`;

const job = (path: string): PageJob => ({ path, url: null, charset: null, format: 'json', accessedAt: '2026-01-01T00:00:00Z' });

/** Runs the pool on fake workers, recording results, worker starts and worker exits in the order they happen. */
async function run(paths: string[], threads: number, timeoutMs: number, pagesPerWorker?: number) {
  const events: string[] = [];
  const results: PageResult[] = [];
  let started = 0;
  const spawn = () => {
    const id = ++started;
    const worker = new Worker(FAKE_WORKER, { eval: true });
    events.push(`start ${id}`);
    worker.once('exit', () => events.push(`exit ${id}`));
    return worker;
  };
  await runPool(paths.map(job), threads, (result) => {
    results.push(result);
    events.push(`result ${result.path}`);
  }, () => false, { timeoutMs, spawn, pagesPerWorker });
  return { events, results, started };
}

describe('the worker pool', () => {
  it('terminates the worker of a page stuck in a synchronous loop, reports it, and goes on on a new worker', async () => {
    const { events, results, started } = await run(['a', 'spin', 'b', 'c'], 1, 500);
    expect(results.map((r) => r.path)).toEqual(['a', 'spin', 'b', 'c']);
    expect(results.map((r) => r.ok)).toEqual([true, false, true, true]);
    const stuck = results[1]!;
    expect(!stuck.ok && stuck.error).toMatch(/^spin: stopped after 0\.5 s \(--timeout\)/);
    // The stuck thread was really ended before its page was reported and before the next page started.
    expect(events.indexOf('exit 1')).toBeGreaterThan(-1);
    expect(events.indexOf('exit 1')).toBeLessThan(events.indexOf('result spin'));
    expect(events.indexOf('start 2')).toBeGreaterThan(events.indexOf('exit 1'));
    expect(started).toBe(2);
  });

  it('does the same on several threads, keeping results in input order', async () => {
    const { results, started } = await run(['spin', 'a', 'spin', 'b', 'spin', 'c'], 2, 400);
    expect(results.map((r) => `${r.path}:${r.ok}`)).toEqual(['spin:false', 'a:true', 'spin:false', 'b:true', 'spin:false', 'c:true']);
    // Two, then a new one for each page stopped that its lane follows with another page (the last one may not).
    expect(started).toBeGreaterThanOrEqual(4);
    expect(started).toBeLessThanOrEqual(5);
  });

  it('keeps a worker warm for pagesPerWorker pages, then ends it and goes on with a fresh one', async () => {
    const { events, results, started } = await run(['a', 'b', 'c', 'd', 'e'], 1, 0, 2);
    expect(results.map((r) => `${r.path}:${r.ok}`)).toEqual(['a:true', 'b:true', 'c:true', 'd:true', 'e:true']);
    expect(started).toBe(3);
    // The retired thread has ended before its successor starts: never more threads than --jobs.
    expect(events.indexOf('exit 1')).toBeGreaterThan(events.indexOf('result b'));
    expect(events.indexOf('exit 1')).toBeLessThan(events.indexOf('start 2'));
    expect(events.indexOf('start 2')).toBeLessThan(events.indexOf('result c'));
  });

  it('replaces a worker that exits or throws on a page, rather than waiting on it forever', async () => {
    const { results, started } = await run(['crash', 'a', 'throw', 'b'], 1, 0);
    expect(results.map((r) => `${r.path}:${r.ok}`)).toEqual(['crash:false', 'a:true', 'throw:false', 'b:true']);
    expect(results[0]!.ok === false && results[0]!.error).toMatch(/crash: .*exited \(7\)/);
    expect(results[2]!.ok === false && results[2]!.error).toMatch(/throw: .*boom/);
    expect(started).toBe(3);
  });
});

describe('--timeout', () => {
  it('defaults to 30 s, takes seconds, and 0 for no limit', () => {
    expect(DEFAULT_TIMEOUT_SECONDS).toBe(30);
    expect(parseCli(['extract', 'a.html']).timeoutMs).toBe(30_000);
    expect(parseCli(['extract', 'a.html', '--timeout', '2.5']).timeoutMs).toBe(2500);
    expect(parseCli(['extract', 'a.html', '--timeout', '0']).timeoutMs).toBe(0);
    for (const bad of ['-1', 'soon', '', '1e9', 'Infinity']) {
      expect(() => parseCli(['extract', 'a.html', '--timeout', bad]), bad).toThrow(UsageError);
    }
  });

  describe('on a real page that takes too long', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'lucid-timeout-'));
      // Eight blocks nested 500 deep with prose at every level, within every budget: Readability scores each level
      // against the text below it, so the page takes far longer than the limit and never ends early on a budget refusal (an
      // earlier page of 125,000 flat elements was refused in under 6 s once the core got faster, on an idle machine).
      const levels = Array.from({ length: 500 }, (_, i) => `<div><p>Level ${i} text ${'word '.repeat(40)}</p>`).join('');
      const block = `${levels}${'</div>'.repeat(500)}`;
      writeFileSync(join(dir, 'slow.html'), `<!doctype html><html><head><title>Slow</title></head><body>${block.repeat(8)}</body></html>`);
      writeFileSync(join(dir, 'fine.html'), readFileSync('tests/fixtures/kellerton-council-library/page.html'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('stops it with a clear per-file error and extracts the others', { timeout: 120_000 }, async () => {
      // 6 s: the slow page takes many times that; the ordinary one well under 6 s, even on a new worker.
      const r = await runCli(['extract', join(dir, 'slow.html'), join(dir, 'fine.html'), '--format', 'jsonl', '--jobs', '1', '--timeout', '6']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/slow\.html: stopped after 6 s \(--timeout\)/);
      expect(r.stderr).toMatch(/2 pages: 1 extracted, 1 failed/);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!).article.title).toBe(JSON.parse(readFileSync('tests/fixtures/kellerton-council-library/expected.json', 'utf8')).title);
    });
  });
});
