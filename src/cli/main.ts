/** `lucid`: the command line over the extension's core. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERSION } from '../core/index';
import { parseCli, UsageError, USAGE, type CliOptions } from './args';
import { collectInputs } from './collect-inputs';
import { runPool } from './pool';
import type { PageJob, PageResult } from './process-page';
import { Progress } from './progress';
import { readStdinText } from './read-input';
import { terminalLine, terminalLines } from './terminal-text';
import { WARC_FILE } from './warc/read-warc';
import { WarcTally, warcJobs } from './warc/warc-jobs';
import { CorpusError, runCorpus } from './corpus/run-corpus';
import { MergeError, mergeShards } from './corpus/merge-shards';

export async function main(argv: string[]): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
  } catch (err) {
    if (err instanceof UsageError) return usageError(err.message);
    throw err;
  }
  if (opts.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (opts.command === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }

  if (opts.command === 'merge') return merge(opts.out!);

  const { files, unmatched } = await collectInputs(opts.inputs);
  // --format jsonl --out DIR builds a corpus: shards, a manifest, resumable (corpus/run-corpus.ts).
  if (opts.out && opts.format === 'jsonl') return corpus(opts, files, unmatched);
  const warcs = files.filter((f) => WARC_FILE.test(f));
  if ((files.length > 1 || warcs.length > 0) && !opts.out && opts.format !== 'jsonl') {
    return usageError(`${warcs.length ? 'A WARC holds many pages: it needs' : `${files.length} pages need`} --out DIR (or --format jsonl to stream them to stdout)`);
  }
  if (opts.url && (files.length > 1 || warcs.length > 0)) return usageError('--url names the address of one page; give one input with it');

  const accessedAt = opts.accessedAt ?? new Date().toISOString();
  const stdinHtml = files.includes('-') ? await readStdinText() : undefined;
  const pageJobs: PageJob[] = files.map((path) => ({
    path,
    html: path === '-' ? stdinHtml : undefined,
    url: opts.url,
    charset: opts.charset,
    format: opts.format,
    accessedAt,
  }));
  // WARC inputs stream their records as jobs, in input order with the page files.
  const tally = new WarcTally();
  const jobs = warcs.length === 0 ? pageJobs : streamJobs(pageJobs, tally, opts);
  const total = Array.isArray(jobs) ? jobs.length : null;

  let failed = unmatched.length;
  for (const input of unmatched) process.stderr.write(`${terminalLine(`lucid: ${input}: matched no saved page (.html, .htm, .html.gz)`)}\n`);
  let notArticles = 0;
  let done = 0;
  const progress = new Progress(total ?? 0, total !== null && opts.progress && total > 1 && process.stderr.isTTY === true);
  const sink = await openSink(opts);

  await runPool(
    jobs,
    opts.jobs,
    async (result: PageResult) => {
      done++;
      if (result.ok) {
        await sink.write(result.output, result.fileName);
        if (result.guess) warn(`lucid: ${result.path}: the text is a guess, taken from ${result.guess}`);
        if (!result.isArticle) {
          notArticles++;
          warn(`lucid: ${result.path}: does not look like an article (score ${result.score}); written anyway`);
        }
      } else {
        failed++;
        warn(`lucid: ${result.error}`);
      }
      progress.tick(done, failed);
    },
    () => opts.failFast && failed > 0,
    { timeoutMs: opts.timeoutMs },
  );
  await sink.close();

  for (const message of tally.truncated) warn(`lucid: ${message}`);
  for (const message of tally.errors) warn(`lucid: ${message}`);
  failed += tally.errors.length;
  const pages = total ?? done;
  if (pages > 1 || unmatched.length > 0 || warcs.length > 0) {
    const ok = done - failed + unmatched.length;
    const skipped = tally.skippedSummary();
    process.stderr.write(
      `lucid: ${pages} page${pages === 1 ? '' : 's'}: ${ok} extracted` +
        `${notArticles ? ` (${notArticles} not articles)` : ''}, ${failed} failed` +
        `${total !== null && done < total ? `, ${total - done} not attempted (--fail-fast)` : ''}` +
        `${warcs.length ? `; WARC records: ${tally.pages} pages${skipped ? `, ${skipped}` : ''}${tally.truncated.length ? `, ${tally.truncated.length} truncated` : ''}` : ''}` +
        `${opts.out ? `; written to ${terminalLine(opts.out)}` : ''}\n`,
    );
  }
  // A truncated WARC is reported, not fatal: the records before the cut were written.
  return failed > 0 ? 1 : notArticles > 0 ? 3 : 0;
}

async function corpus(opts: CliOptions, files: string[], unmatched: string[]): Promise<number> {
  if (files.includes('-')) return usageError('a corpus (--format jsonl --out DIR) reads files, not standard input');
  for (const input of unmatched) warn(`lucid: ${input}: matched no saved page (.html, .htm, .warc, optionally .gz)`);
  let failedPages = 0;
  let notArticles = 0;
  let report;
  try {
    report = await runCorpus(opts, files, (result) => {
      if (!result.ok) {
        failedPages++;
        warn(`lucid: ${result.error}`);
      } else if (!result.isArticle) notArticles++;
    });
  } catch (err) {
    if (err instanceof CorpusError) return usageError(err.message);
    throw err;
  }
  for (const message of [...report.warnings, ...report.failed]) warn(`lucid: ${message}`);
  const c = report.markers.reduce((sum, m) => ({ pages: sum.pages + m.counts.pages, extracted: sum.extracted + m.counts.extracted }), { pages: 0, extracted: 0 });
  const { summary } = report;
  process.stderr.write(
    `lucid: ${report.inputs} input${report.inputs === 1 ? '' : 's'}${report.resumed ? ` (${report.resumed} already done, skipped)` : ''}: ` +
      `${c.pages} pages, ${c.extracted} extracted${notArticles ? ` (${notArticles} not articles)` : ''}, ${failedPages} failed; ` +
      `${summary.written} records written${summary.notInLangs ? `, ${summary.notInLangs} not in --lang` : ''}${opts.dedupe ? `, ${summary.duplicates} duplicates` : ''}` +
      ` in ${summary.files.length} shard${summary.files.length === 1 ? '' : 's'} to ${terminalLine(report.outDir)}\n`,
  );
  return failedPages + report.failed.length + unmatched.length > 0 ? 1 : notArticles > 0 ? 3 : 0;
}

async function merge(dir: string): Promise<number> {
  try {
    const { shards, summary } = await mergeShards(dir);
    process.stderr.write(`lucid: merged ${shards} shards: ${summary.written} records in ${summary.files.length} shard files and manifest.json in ${terminalLine(dir)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof MergeError) {
      process.stderr.write(`lucid: ${terminalLine(err.message)}\n`);
      return 1;
    }
    throw err;
  }
}

/** Page files as they are, WARC files as the pages they hold, in input order. */
async function* streamJobs(pageJobs: PageJob[], tally: WarcTally, opts: CliOptions): AsyncGenerator<PageJob> {
  for (const job of pageJobs) {
    if (WARC_FILE.test(job.path)) yield* warcJobs(job.path, { format: opts.format, charset: opts.charset }, tally);
    else yield job;
  }
}

function usageError(message: string): number {
  process.stderr.write(`lucid: ${terminalLine(message)}\n\n${USAGE}\n`);
  return 2;
}

/**
 * A warning on its own line: on a terminal, first clear the progress bar it would otherwise run into. The line
 * quotes file names and page-derived messages, so it is printed with its control characters made visible.
 */
function warn(line: string): void {
  process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}${terminalLine(line)}\n`);
}

interface Sink {
  write(output: string, fileName: string): Promise<void>;
  close(): Promise<void>;
}

/** Where outputs go: stdout, or one file per page in --out (jsonl in --out is a corpus: corpus/run-corpus.ts). */
async function openSink(opts: CliOptions): Promise<Sink> {
  if (!opts.out) {
    return {
      // Back-pressure: a slow reader (a pipe into gzip, a pager) holds the batch back instead of the output piling
      // up in memory.
      write: (output) =>
        new Promise<void>((res) => (process.stdout.write(output) ? res() : process.stdout.once('drain', () => res()))),
      close: async () => {},
    };
  }
  await mkdir(opts.out, { recursive: true });
  const used = new Set<string>();
  return {
    write: async (output, fileName) => {
      // Two pages with the same date, site and title get -2, -3 … rather than overwriting each other.
      let name = fileName;
      for (let n = 2; used.has(name); n++) name = fileName.replace(/(\.[a-z]+)$/, `-${n}$1`);
      used.add(name);
      await writeFile(join(opts.out!, name), output);
    },
    close: async () => {},
  };
}

const isEntry = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`lucid: unexpected error: ${terminalLines(String((err as Error).stack ?? err))}\n`);
      process.exit(1);
    },
  );
}
