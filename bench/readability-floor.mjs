#!/usr/bin/env node
/**
 * The floor `npm run bench:cli` holds `lucid extract` to: plain Readability 0.6.0 on linkedom over the same files,
 * with the same number of warm worker threads, one JSON line per page on stdout in input order.
 *
 *   node bench/readability-floor.mjs <file or folder>... [--jobs N]
 *
 * Each worker reads, gunzips (.gz), decodes as UTF-8, parses with linkedom and runs Readability; the main thread
 * only hands out paths and writes lines, waiting for stdout to drain as the CLI does. Plain JavaScript, run by node
 * itself, so it starts as fast as the built CLI. No encoding sniffing, no cleaning, no sanitising, no attendees:
 * it is the least any Readability-based extractor must do.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';

if (isMainThread) {
  const { values, positionals } = parseArgs({ options: { jobs: { type: 'string', default: '1' } }, allowPositionals: true });
  const files = positionals.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p).filter((f) => /\.html?(\.gz)?$/.test(f)).sort().map((f) => join(p, f))
      : [p],
  );
  const threads = Math.max(1, Math.min(Number(values.jobs) || 1, files.length));
  const lines = new Map();
  let next = 0;
  let written = 0;
  const flush = async () => {
    while (lines.has(written)) {
      const line = lines.get(written);
      lines.delete(written++);
      if (!process.stdout.write(line)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  };
  const lane = () =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url));
      let index = -1;
      const feed = () => {
        if (next >= files.length) return void worker.terminate().then(resolve);
        index = next++;
        worker.postMessage(files[index]);
      };
      worker.on('message', async (line) => {
        if (line !== 'ready') {
          lines.set(index, line);
          await flush();
        }
        feed();
      });
      worker.on('error', reject);
    });
  await Promise.all(Array.from({ length: threads }, lane));
} else {
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  const decoder = new TextDecoder('utf-8');
  parentPort.on('message', (path) => {
    const bytes = readFileSync(path);
    const html = decoder.decode(path.endsWith('.gz') ? gunzipSync(bytes) : bytes);
    let record;
    try {
      const article = new Readability(parseHTML(html).document).parse();
      record = { path, title: article?.title ?? null, byline: article?.byline ?? null, text: article?.textContent ?? '' };
    } catch (err) {
      record = { path, error: String(err?.message ?? err) };
    }
    parentPort.postMessage(`${JSON.stringify(record)}\n`);
  });
  parentPort.postMessage('ready');
}
