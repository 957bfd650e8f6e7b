/**
 * Renders an Article in a CLI output format through the core's export registry — the very code the extension
 * uses, so a page exported from the CLI and from the browser is the same for the same HTML, URL and time (JSON and
 * JSON Lines add the CLI's own fields beside the core's: the language detected, a WARC record's provenance).
 */
import { parseHTML } from 'linkedom';
import type { Article } from '../core/index';
import { exportContext, exportFileName, formats, jsonLine, jsonRecord, stringifyJson, type ExportContext } from '../core/export/index';
import type { OutputFormat } from './args';

function cliContext(opts: { sourceHtml?: string; accessedAt?: string }): ExportContext {
  return exportContext(opts.accessedAt ?? new Date().toISOString(), {
    sourceHtml: opts.sourceHtml,
    // Turndown needs an HTML parser; in Node it is the same linkedom the extraction runs on.
    parse: (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Node,
  });
}

/** `extra`: fields the CLI adds beside the core's record in JSON and JSON Lines (a WARC record's provenance …). */
export function renderOutput(
  article: Article,
  format: OutputFormat,
  opts: { sourceHtml?: string; accessedAt?: string; extra?: Record<string, unknown> },
): string {
  const ctx = cliContext(opts);
  // One line per page, from the core as every format is: no raw line break or separator inside (json-text.ts).
  if (format === 'jsonl') return jsonLine(article, ctx, opts.extra);
  // The core's JSON writer, as the json format itself uses: no raw line separator or control character.
  if (format === 'json' && opts.extra) return `${stringifyJson({ ...jsonRecord(article, ctx), ...opts.extra }, 2)}\n`;
  const out = formats[format].render(article, ctx);
  return out.endsWith('\n') ? out : `${out}\n`;
}

export function outputFileName(article: Article, format: OutputFormat, opts: { accessedAt?: string }): string {
  if (format === 'jsonl') return 'articles.jsonl';
  return exportFileName(article, cliContext(opts), formats[format].extension);
}
