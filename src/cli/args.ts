/** Command-line arguments of `lucid`. Usage errors are thrown as UsageError (exit status 2). */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { FORMAT_IDS, type FormatId } from '../core/export/index';
import { labelToName } from '@exodus/bytes/encoding-lite.js';

/** Every export format plus jsonl (one JSON record per page, a line each); json first, as it is the default. */
export type OutputFormat = FormatId | 'jsonl';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', ...FORMAT_IDS.filter((id) => id !== 'json')];

export interface CliOptions {
  command: 'extract' | 'help' | 'version';
  inputs: string[];
  url: string | null;
  format: OutputFormat;
  out: string | null;
  jobs: number;
  failFast: boolean;
  /** Fixed access time (ISO) for reproducible exports; default: now. */
  accessedAt: string | null;
  progress: boolean;
  /** The encoding the server declared for the page(s) (WHATWG name), or null: sniff it from the bytes. */
  charset: string | null;
  /** Per-page time limit in milliseconds; 0: none. */
  timeoutMs: number;
}

/** A page still running after this long is stopped (its worker thread terminated) and reported; the batch goes on. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

export class UsageError extends Error {}

export const USAGE = `Usage: lucid extract <files | folders | globs | -> [options]

Extracts the clean article from saved pages (.html, .htm, optionally .gz; "-" reads standard input).
Folders are walked for saved pages; globs (* ** ?) are expanded by lucid itself.

Options:
  -f, --format F   json (default), jsonl, md, txt, html, csl (CSL-JSON), bibtex, ris
  -o, --out DIR    write one file per page into DIR (named YYYY-MM-DD-site-title.ext; jsonl: articles.jsonl)
  -j, --jobs N     pages extracted in parallel on worker threads (default: one per core)
      --url URL    the page's address (one input only; default: its canonical link or og:url, else the file path)
      --fail-fast  stop at the first page that fails
      --accessed T the access time recorded in exports (ISO 8601; default: now)
      --timeout S  stop a page still running after S seconds and report it (default ${DEFAULT_TIMEOUT_SECONDS}; 0: no limit)
      --charset C  the charset the server sent (Content-Type), for pages saved without it (default: sniffed
                   as a browser does: byte-order mark, <meta charset>, else UTF-8 or windows-1252)
      --no-progress  no progress bar on stderr
  -h, --help       this help;  -v, --version  the version

Several inputs need --out DIR, or --format jsonl (one Article per line on stdout).

Exit status: 0 every page extracted; 3 every page extracted but some are not articles (still written);
1 some input was missing, unreadable, empty or not HTML, or its extraction failed; 2 wrong usage.`;

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        jobs: { type: 'string', short: 'j' },
        'fail-fast': { type: 'boolean' },
        accessed: { type: 'string' },
        timeout: { type: 'string' },
        charset: { type: 'string' },
        progress: { type: 'boolean', default: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  const base: CliOptions = {
    command: 'extract', inputs: [], url: null, format: 'json', out: null, jobs: 1, failFast: false, accessedAt: null, progress: true,
    charset: null, timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
  };
  if (values.help) return { ...base, command: 'help' };
  if (values.version) return { ...base, command: 'version' };
  const [command, ...inputs] = positionals;
  if (command !== 'extract') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  if (inputs.length === 0) throw new UsageError('no input given (a file, a folder, a glob, or "-" for standard input)');
  const format = (values.format ?? 'json') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (${OUTPUT_FORMATS.join(', ')})`);
  if (values.url !== undefined && !/^https?:\/\/\S+$/i.test(values.url)) throw new UsageError('--url must be an http(s) address');
  const jobs = values.jobs === undefined ? Math.max(1, availableParallelism()) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError('--jobs takes a whole number from 1 to 64');
  if (values.accessed !== undefined && Number.isNaN(Date.parse(values.accessed))) throw new UsageError('--accessed takes an ISO 8601 date');
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  // Up to a day: setTimeout cannot wait longer than 2^31 - 1 ms, and no page should need it.
  if (values.timeout?.trim() === '' || !Number.isFinite(timeout) || timeout < 0 || timeout > 86_400) {
    throw new UsageError('--timeout takes a number of seconds from 0 (no limit) to 86400');
  }
  const charset = values.charset === undefined ? null : labelToName(values.charset);
  if (values.charset !== undefined && !charset) throw new UsageError(`--charset: unknown encoding "${values.charset}"`);
  return {
    command: 'extract',
    inputs,
    url: values.url ?? null,
    format,
    out: values.out ?? null,
    jobs,
    failFast: values['fail-fast'] ?? false,
    accessedAt: values.accessed ? new Date(values.accessed).toISOString() : null,
    progress: values.progress ?? true,
    charset,
    timeoutMs: Math.round(timeout * 1000),
  };
}
