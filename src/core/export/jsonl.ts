/** JSON Lines for batches (many tabs, the CLI over a folder): one compact JSON export record per line. */
import type { Article } from '../article';
import type { ExportContext } from './context';
import { jsonRecord } from './json';
import { stringifyJson } from './json-text';

export interface ExportEntry {
  article: Article;
  ctx: ExportContext;
}

/** One record as one line: no raw line break or separator of any kind inside it (json-text.ts). */
export function jsonLine(article: Article, ctx: ExportContext): string {
  return `${stringifyJson(jsonRecord(article, ctx))}\n`;
}

export function jsonl(entries: readonly ExportEntry[]): string {
  return entries.map(({ article, ctx }) => jsonLine(article, ctx)).join('');
}
