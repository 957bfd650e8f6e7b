/** Command-line arguments of `lucid`. Usage errors are thrown as UsageError (exit status 2). */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { FORMAT_IDS, type FormatId } from '../core/export/index';
import { labelToName } from '@exodus/bytes/encoding-lite.js';

/** Every export format plus jsonl (one JSON record per page, a line each); json first, as it is the default. */
export type OutputFormat = FormatId | 'jsonl';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', ...FORMAT_IDS.filter((id) => id !== 'json')];

export interface CliOptions {
  command: 'extract' | 'merge' | 'help' | 'version';
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
  /** Keep only records in these languages (ISO 639-1), or null: all. */
  langs: string[] | null;
  dedupe: 'exact' | 'near' | null;
  /** This run's share of the inputs (index from 0), or null: all of them. */
  shard: { index: number; count: number } | null;
  /** Records per numbered JSONL shard in --out (jsonl). */
  recordsPerFile: number;
}

export const DEFAULT_RECORDS_PER_FILE = 10_000;

/** A page still running after this long is stopped (its worker thread terminated) and reported; the batch goes on. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

export class UsageError extends Error {}

export const USAGE = `Usage: lucid extract <files | folders | globs | -> [options]
       lucid merge DIR        one manifest and one set of shards over the shard folders of DIR (after --shard runs)

Extracts the clean article from saved pages (.html, .htm, optionally .gz; "-" reads standard input) and from web
archives (.warc, .warc.gz: every 2xx HTML response record, with its WARC provenance).
Folders are walked for saved pages; globs (* ** ?) are expanded by lucid itself.

Options:
  -f, --format F   json (default), jsonl, md, txt, html, csl (CSL-JSON), bibtex, ris
  -o, --out DIR    write one file per page into DIR (named YYYY-MM-DD-site-title.ext; jsonl: a corpus, below)
  -j, --jobs N     pages extracted in parallel on worker threads (default: one per core)
      --url URL    the page's address (one input only; default: its canonical link or og:url, else the file path)
      --fail-fast  stop at the first page that fails
      --accessed T the access time recorded in exports (ISO 8601; default: now)
      --timeout S  stop a page still running after S seconds and report it (default ${DEFAULT_TIMEOUT_SECONDS}; 0: no limit)
      --charset C  the charset the server sent (Content-Type), for pages saved without it (default: sniffed
                   as a browser does: byte-order mark, <meta charset>, else UTF-8 or windows-1252)
      --no-progress  no progress bar on stderr

A corpus (--format jsonl --out DIR): numbered shards DIR/part-00000.jsonl … and DIR/manifest.json; a run again
skips the inputs already done (resume), and the same inputs and options give byte-identical shards.
      --lang L,L   keep only records in these languages (ISO 639-1; the detected language, else the declared one)
      --dedupe M   exact (same normalised text) or near (MinHash, 5-word shingles, Jaccard >= 0.8): one record is
                   kept per group, the one with the smallest URL, date and record id; it lists the others
      --shard I/N  take share I of N (from 0) of the inputs, by a hash of their names, into DIR/shard-I-of-N
                   (default: SLURM_ARRAY_TASK_ID / SLURM_ARRAY_TASK_COUNT when set); then lucid merge DIR
      --records-per-file N  records in each numbered shard (default ${DEFAULT_RECORDS_PER_FILE})
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
        lang: { type: 'string' },
        dedupe: { type: 'string' },
        shard: { type: 'string' },
        'records-per-file': { type: 'string' },
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
    charset: null, timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000, langs: null, dedupe: null, shard: null,
    recordsPerFile: DEFAULT_RECORDS_PER_FILE,
  };
  if (values.help) return { ...base, command: 'help' };
  if (values.version) return { ...base, command: 'version' };
  const [command, ...inputs] = positionals;
  if (command === 'merge') {
    if (inputs.length !== 1) throw new UsageError('lucid merge takes one folder: the --out DIR of the shard runs');
    return { ...base, command: 'merge', inputs, out: inputs[0]!, format: 'jsonl' };
  }
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
  const langs = values.lang === undefined ? null : values.lang.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
  if (langs && (langs.length === 0 || langs.some((l) => !/^[a-z]{2,3}$/.test(l)))) throw new UsageError('--lang takes language codes separated by commas (e.g. vi,en)');
  const dedupe = values.dedupe ?? null;
  if (dedupe !== null && dedupe !== 'exact' && dedupe !== 'near') throw new UsageError('--dedupe takes exact or near');
  const recordsPerFile = values['records-per-file'] === undefined ? DEFAULT_RECORDS_PER_FILE : Number(values['records-per-file']);
  if (!Number.isInteger(recordsPerFile) || recordsPerFile < 1) throw new UsageError('--records-per-file takes a whole number from 1');
  const out = values.out ?? null;
  const corpus = out !== null && format === 'jsonl';
  // A Slurm array task's index applies to corpus runs only: a one-page extract inside a job is not a share.
  const shard = parseShard(values.shard, corpus);
  if ((langs || dedupe || shard) && !corpus) throw new UsageError('--lang, --dedupe and --shard build a corpus: they need --format jsonl --out DIR');
  return {
    command: 'extract',
    inputs,
    url: values.url ?? null,
    format,
    out,
    jobs,
    failFast: values['fail-fast'] ?? false,
    accessedAt: values.accessed ? new Date(values.accessed).toISOString() : null,
    progress: values.progress ?? true,
    charset,
    timeoutMs: Math.round(timeout * 1000),
    langs,
    dedupe,
    shard,
    recordsPerFile,
  };
}

/** `--shard I/N`, else a Slurm array task's own index and count (SLURM_ARRAY_TASK_ID counts from 0 with --array=0-N). */
function parseShard(value: string | undefined, corpus: boolean): CliOptions['shard'] {
  const env = process.env;
  const text = value ?? (corpus && env.SLURM_ARRAY_TASK_ID && env.SLURM_ARRAY_TASK_COUNT ? `${Number(env.SLURM_ARRAY_TASK_ID) - Number(env.SLURM_ARRAY_TASK_MIN ?? 0)}/${env.SLURM_ARRAY_TASK_COUNT}` : undefined);
  if (text === undefined) return null;
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index >= count) throw new UsageError(`--shard takes I/N with 0 <= I < N (got "${text}")`);
  return { index, count };
}
