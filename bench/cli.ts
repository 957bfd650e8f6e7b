/**
 * npm run bench:cli — the real `lucid` CLI (dist/node, run as a user runs it) against its floor, plain Readability
 * on linkedom with the same number of worker threads (bench/readability-floor.mjs), over the same files, both
 * writing one JSON line per page to stdout, which this script reads and discards. The two take turns (floor, CLI,
 * CLI, floor …) and each keeps its fastest run, so neither always gets the quieter moment on a shared machine.
 * Both sides read, gunzip, decode and parse every page; the CLI also cleans, sanitises HTML and finds attendees.
 *
 *   npm run bench:cli                        the 181 benchmark pages, --jobs 1 and 2, 2 rounds
 *   npm run bench:cli -- --jobs 2 --rounds 3
 *   npm run bench:cli -- --pages 10000       that many inputs (the benchmark pages by path, over and over, as
 *                                            symbolic links in a temporary folder); prints the peak RSS and the
 *                                            RSS over the run, to show memory stays flat
 *   npm run bench:cli -- --only cli          one side only (cli or floor): no ratio, for long memory runs
 *   npm run bench:cli -- --warc              the CLI reads the same pages from one WARC (gzipped per record, made in
 *                                            the temporary folder by bench/lib/write-warc.ts); the floor reads the folder
 *   npm run bench:cli -- --warc-gb 1 --only cli   a WARC of about 1 GB (the pages over and over): peak RSS while
 *                                            lucid streams it (npm run bench:warc-memory); the WARC is deleted after
 *
 * Prints figures; asserts nothing. Needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, linkSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchDir } from './lib/dataset';
import { writeBenchWarc } from './lib/write-warc';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = join(ROOT, 'bin/lucid.js');
const FLOOR = join(ROOT, 'bench/readability-floor.mjs');
if (!existsSync(join(ROOT, 'dist/node/cli.js'))) {
  console.error('bench:cli needs the built CLI: run `npm run build` first');
  process.exit(2);
}

const { values: args } = parseArgs({
  options: { jobs: { type: 'string' }, rounds: { type: 'string', default: '2' }, pages: { type: 'string' }, only: { type: 'string' }, warc: { type: 'boolean' }, 'warc-gb': { type: 'string' } },
});
const jobCounts = args.jobs ? [Number(args.jobs)] : [1, 2];
const rounds = Math.max(1, Number(args.rounds) || 2);
const htmlDir = join(benchDir(), 'html');
const benchFiles = readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).sort();

/** The input folder: the benchmark's own, or `pages` hard links to its files in a temporary folder (the folder walk skips symbolic links). */
function inputDir(): { dir: string; count: number; cleanup(): void } {
  const pages = Number(args.pages);
  if (!pages) return { dir: htmlDir, count: benchFiles.length, cleanup() {} };
  const dir = mkdtempSync(join(tmpdir(), 'lucid-bench-cli-pages-'));
  const width = String(pages).length;
  for (let i = 0; i < pages; i++) {
    const source = benchFiles[i % benchFiles.length];
    linkSync(join(htmlDir, source), join(dir, `${String(i).padStart(width, '0')}-${source}`));
  }
  return { dir, count: pages, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

interface RunResult {
  ms: number;
  lines: number;
  /** Largest resident set seen (kB, /proc VmHWM), and the largest in each quarter of the run's time. */
  peakKb: number;
  quarterKb: number[];
}

/** Runs a command, counting the lines it prints, sampling its resident set size from /proc every 100 ms. */
function timed(command: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, command, { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let stderr = '';
    const samples: [number, number][] = [];
    let peakKb = 0;
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
        peakKb = Math.max(peakKb, kb('VmHWM'));
        samples.push([performance.now() - started, kb('VmRSS')]);
      } catch {
        // The process has just ended.
      }
    };
    const timer = setInterval(sample, 100);
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()).slice(-4000));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      // Exit status 3 means "some pages are not articles": still a complete run.
      if (code !== 0 && code !== 3) return reject(new Error(`${command.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
      const quarterKb = [0, 1, 2, 3].map((q) =>
        Math.max(0, ...samples.filter(([t]) => t >= (q * ms) / 4 && t < ((q + 1) * ms) / 4).map(([, kb]) => kb)),
      );
      resolve({ ms, lines, peakKb, quarterKb });
    });
  });
}

const input = inputDir();
const warcGb = Number(args['warc-gb'] ?? 0);
/** Pages the CLI reads: the folder's, or the WARC's records (more, when the WARC repeats them to reach a size). */
let cliPages = input.count;
const warc = args.warc || warcGb > 0 ? join(mkdtempSync(join(tmpdir(), 'lucid-bench-warc-')), 'bench.warc.gz') : null;
if (warc) {
  process.stderr.write(`writing ${warc}…\n`);
  const pageFiles = readdirSync(input.dir).filter((f) => /\.html?(\.gz)?$/.test(f)).sort().map((f) => join(input.dir, f));
  cliPages = await writeBenchWarc(warc, pageFiles, warcGb * 1024 ** 3);
}
const floorCmd = (jobs: number) => [FLOOR, input.dir, '--jobs', String(jobs)];
const cliCmd = (jobs: number) => [CLI, 'extract', warc ?? input.dir, '--format', 'jsonl', '--jobs', String(jobs), '--no-progress'];

console.log(`Lucid Reader CLI bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, node ${process.version}, ${availableParallelism()} cores`);
console.log(`${input.count} pages from ${input.dir}${warc ? ` (lucid: ${cliPages} response records of one WARC made from them, ${(statSync(warc).size / 1024 ** 2).toFixed(0)} MB)` : ''}; times include process start-up and writing every line to stdout; fastest of ${rounds} round(s), taking turns\n`);
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const rows: string[] = ['| jobs | run | seconds | pages/s | lines | peak RSS | RSS by quarter of the run |', '|---|---|---|---|---|---|---|'];
const ratios: string[] = [];
try {
  for (const jobs of jobCounts) {
    const best: Record<'floor' | 'cli', RunResult | null> = { floor: null, cli: null };
    for (let round = 0; round < rounds; round++) {
      const order: ('floor' | 'cli')[] = round % 2 === 0 ? ['floor', 'cli'] : ['cli', 'floor'];
      for (const side of order.filter((x) => !args.only || x === args.only)) {
        process.stderr.write(`jobs ${jobs}, round ${round + 1}/${rounds}: ${side}…\n`);
        const r = await timed(side === 'floor' ? floorCmd(jobs) : cliCmd(jobs));
        if (!best[side] || r.ms < best[side]!.ms) best[side] = r;
      }
    }
    for (const side of ['floor', 'cli'] as const) {
      const r = best[side];
      if (!r) continue;
      const name = side === 'floor' ? 'plain Readability floor (bench/readability-floor.mjs)' : 'lucid extract --format jsonl';
      rows.push(
        `| ${jobs} | ${name} | ${(r.ms / 1000).toFixed(1)} | ${((side === 'cli' ? cliPages : input.count) / (r.ms / 1000)).toFixed(1)} | ${r.lines} | ${mb(r.peakKb)} | ${r.quarterKb.map(mb).join(', ')} |`,
      );
    }
    if (best.cli && best.floor) ratios.push(`--jobs ${jobs}: lucid / floor = ${(best.cli.ms / best.floor.ms).toFixed(2)}x`);
  }
} finally {
  input.cleanup();
  if (warc) rmSync(dirname(warc), { recursive: true, force: true });
}
console.log(rows.join('\n'));
console.log(`\n${ratios.join('; ')}`);
