/**
 * npm run bench:cli — pages per second of the real `lucid` CLI (dist/node, run as a user runs it) over the public
 * benchmark's 181 saved pages, with --jobs 1 and --jobs 2, against a single-threaded loop of plain Readability on
 * the same DOM in the same run. Both sides read, gunzip, decode and parse every page; the CLI also cleans, finds
 * attendees and writes JSON Lines (the default --format json would also sanitise HTML: shown as a third row).
 * Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { benchDir } from './lib/dataset';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = join(ROOT, 'bin/lucid.js');
if (!existsSync(join(ROOT, 'dist/node/cli.js'))) {
  console.error('bench:cli needs the built CLI: run `npm run build` first');
  process.exit(2);
}
const htmlDir = join(benchDir(), 'html');
const files = readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).sort();

function readabilityLoop(): number {
  const started = performance.now();
  for (const f of files) {
    const html = new TextDecoder().decode(gunzipSync(readFileSync(join(htmlDir, f))));
    new Readability(parseHTML(html).document as unknown as Document).parse();
  }
  return performance.now() - started;
}

function cliRun(format: string, jobs: number): number {
  const out = mkdtempSync(join(tmpdir(), 'lucid-bench-cli-'));
  try {
    const started = performance.now();
    try {
      execFileSync(process.execPath, [CLI, 'extract', htmlDir, '--format', format, '--jobs', String(jobs), '--out', out, '--no-progress'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    } catch (err) {
      // Exit status 3 means "some pages are not articles": still a complete run.
      if ((err as { status?: number }).status !== 3) throw err;
    }
    return performance.now() - started;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const pps = (ms: number) => (files.length / (ms / 1000)).toFixed(1);
readabilityLoop(); // warm the loop's JIT once, as the CLI's workers warm over their first pages
const baseline = readabilityLoop();
const rows: [string, number][] = [
  ['plain Readability, one thread (in process)', baseline],
  ['lucid --format jsonl --jobs 1', cliRun('jsonl', 1)],
  ['lucid --format jsonl --jobs 2', cliRun('jsonl', 2)],
  ['lucid --format txt --jobs 2 (no HTML sanitising)', cliRun('txt', 2)],
];
console.log(`Lucid Reader CLI bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, node ${process.version}, ${availableParallelism()} cores`);
console.log(`${files.length} pages from ${htmlDir}; CLI times include process start-up and writing the output\n`);
console.log('| run | seconds | pages/s | vs Readability loop |\n|---|---|---|---|');
for (const [name, ms] of rows) console.log(`| ${name} | ${(ms / 1000).toFixed(1)} | ${pps(ms)} | ${(baseline / ms).toFixed(2)}x |`);
