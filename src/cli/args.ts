/** Command-line arguments of `lucid`. Usage errors are thrown as UsageError (exit status 2). */
import { parseArgs } from 'node:util';

export const OUTPUT_FORMATS = ['json', 'md', 'txt'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CliOptions {
  command: 'extract' | 'help' | 'version';
  inputs: string[];
  url: string | null;
  format: OutputFormat;
}

export class UsageError extends Error {}

export const USAGE = `Usage: lucid extract <file.html | file.html.gz | -> [--url URL] [--format json|md|txt]

Extracts the clean article from a saved page (or "-" for standard input) and prints it.
  --url URL        the page's address (default: its <link rel=canonical> or og:url, else the file's path)
  --format FORMAT  json (the Article, default), md (Markdown) or txt (plain text)
  -h, --help       this help;  -v, --version  the version

Exit status: 0 article extracted; 3 extracted but the page is not an article (still printed);
1 the input is missing, unreadable, empty or not HTML; 2 wrong usage.`;

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', short: 'f' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help', inputs: [], url: null, format: 'json' };
  if (values.version) return { command: 'version', inputs: [], url: null, format: 'json' };
  const [command, ...inputs] = positionals;
  if (command !== 'extract') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  if (inputs.length === 0) throw new UsageError('no input file given (use "-" for standard input)');
  const format = (values.format ?? 'json') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (json, md, txt)`);
  if (values.url !== undefined && !/^https?:\/\/\S+$/i.test(values.url)) throw new UsageError(`--url must be an http(s) address`);
  return { command: 'extract', inputs, url: values.url ?? null, format };
}
