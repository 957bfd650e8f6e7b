/** Renders an Article in a CLI output format through the core's export registry (the same code the extension uses). */
import type { Article } from '../core/article';
import { formats, type FormatId } from '../core/export/index';
import type { ExportContext } from '../core/export/context';
import { EXTRACTOR_NAME, VERSION } from '../core/version';

export function exportContext(sourceHtml: string | undefined, accessedAt = new Date().toISOString()): ExportContext {
  return { accessedAt, extractor: { name: EXTRACTOR_NAME, version: VERSION }, sourceHtml };
}

export function renderArticle(article: Article, format: FormatId, opts: { sourceHtml?: string; accessedAt?: string } = {}): string {
  const out = formats[format].render(article, exportContext(opts.sourceHtml, opts.accessedAt));
  return out.endsWith('\n') ? out : `${out}\n`;
}
