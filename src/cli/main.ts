/** `lucid`: the command line over the extension's core. */
import { createWriteStream, type WriteStream } from 'node:fs';
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

  const { files, unmatched } = await collectInputs(opts.inputs);
  if (files.length > 1 && !opts.out && opts.format !== 'jsonl') {
    return usageError(`${files.length} pages need --out DIR (or --format jsonl to stream them to stdout)`);
  }
  if (opts.url && files.length > 1) return usageError('--url names the address of one page; give one input with it');

  const accessedAt = opts.accessedAt ?? new Date().toISOString();
  const stdinHtml = files.includes('-') ? await readStdinText() : undefined;
  const jobs: PageJob[] = files.map((path) => ({
    path,
    html: path === '-' ? stdinHtml : undefined,
    url: opts.url,
    charset: opts.charset,
    format: opts.format,
    accessedAt,
  }));

  let failed = unmatched.length;
  for (const input of unmatched) process.stderr.write(`${terminalLine(`lucid: ${input}: matched no saved page (.html, .htm, .html.gz)`)}\n`);
  let notArticles = 0;
  let done = 0;
  const progress = new Progress(jobs.length, opts.progress && jobs.length > 1 && process.stderr.isTTY === true);
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

  if (jobs.length > 1 || unmatched.length > 0) {
    const ok = done - failed + unmatched.length;
    process.stderr.write(
      `lucid: ${jobs.length} page${jobs.length === 1 ? '' : 's'}: ${ok} extracted` +
        `${notArticles ? ` (${notArticles} not articles)` : ''}, ${failed} failed` +
        `${done < jobs.length ? `, ${jobs.length - done} not attempted (--fail-fast)` : ''}` +
        `${opts.out ? `; written to ${terminalLine(opts.out)}` : ''}\n`,
    );
  }
  return failed > 0 ? 1 : notArticles > 0 ? 3 : 0;
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

/** Where outputs go: stdout, one file per page in --out, or one articles.jsonl in --out. */
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
  if (opts.format === 'jsonl') {
    const stream: WriteStream = createWriteStream(join(opts.out, 'articles.jsonl'));
    return {
      write: (output) => new Promise((res, rej) => stream.write(output, (e) => (e ? rej(e) : res()))),
      close: () => new Promise((res) => stream.end(res)),
    };
  }
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
