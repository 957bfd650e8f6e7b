/**
 * Renders an Article in a CLI output format through the core's export registry — the very code the extension
 * uses, so a page exported from the CLI and from the browser is byte-identical for the same HTML, URL and time.
 */
import { parseHTML } from 'linkedom';
import type { Article } from '../core/article';
import type { ExportContext } from '../core/export/context';
import { exportFileName, formats, jsonLine } from '../core/export/index';
import { EXTRACTOR_NAME, VERSION } from '../core/version';
import type { OutputFormat } from './args';

export function exportContext(opts: { sourceHtml?: string; accessedAt?: string }): ExportContext {
  return {
    accessedAt: opts.accessedAt ?? new Date().toISOString(),
    extractor: { name: EXTRACTOR_NAME, version: VERSION },
    sourceHtml: opts.sourceHtml,
    // Turndown needs an HTML parser; in Node it is the same linkedom the extraction runs on.
    parse: (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Node,
  };
}

export function renderOutput(article: Article, format: OutputFormat, opts: { sourceHtml?: string; accessedAt?: string }): string {
  const ctx = exportContext(opts);
  // One line per page, from the core as every format is: no raw line break or separator inside (json-text.ts).
  if (format === 'jsonl') return jsonLine(article, ctx);
  const out = formats[format].render(article, ctx);
  return out.endsWith('\n') ? out : `${out}\n`;
}

export function outputFileName(article: Article, format: OutputFormat, opts: { accessedAt?: string }): string {
  if (format === 'jsonl') return 'articles.jsonl';
  return exportFileName(article, exportContext(opts), formats[format].extension);
}
