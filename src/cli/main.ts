/** `lucid`: the command line over the extension's core. */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { nodeSanitizer, parseDocument } from '../node/index';
import { readCanonical } from '../core/metadata';
import { ExtractError, extractArticle } from '../core/extract';
import { parseCli, UsageError, USAGE } from './args';
import { InputError, readInputFile, readStdin } from './read-input';
import { renderArticle } from './render';
import { VERSION } from '../core/version';

export async function main(argv: string[]): Promise<number> {
  let opts;
  try {
    opts = parseCli(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`lucid: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
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

  let status = 0;
  for (const input of opts.inputs) {
    try {
      const html = input === '-' ? await readStdin() : await readInputFile(input);
      const document = parseDocument(html);
      // The page's own address (<link rel=canonical>, og:url) when --url is not given, else where the file is.
      const fallback = input === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(input)).href;
      const url = opts.url ?? readCanonical(document, fallback) ?? fallback;
      const article = extractArticle(document, url, { sanitize: nodeSanitizer() });
      process.stdout.write(renderArticle(article, opts.format, { sourceHtml: html }));
      if (!article.isArticle) {
        process.stderr.write(`lucid: ${input}: this page does not look like an article (score ${article.detection.score}); printed anyway\n`);
        status = Math.max(status, 3);
      }
    } catch (err) {
      if (err instanceof InputError || err instanceof ExtractError) {
        process.stderr.write(`lucid: ${err.message}\n`);
        status = 1;
        continue;
      }
      process.stderr.write(`lucid: ${input}: extraction failed: ${(err as Error).message}\n`);
      status = 1;
    }
  }
  return status === 3 ? 3 : status;
}

const isEntry = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry || process.env.LUCID_CLI_MAIN === '1') {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`lucid: unexpected error: ${(err as Error).stack ?? err}\n`);
      process.exit(1);
    },
  );
}
