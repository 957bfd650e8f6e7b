/** JSON Lines for batches (many tabs, the CLI over a folder): one compact JSON export record per line. */
import type { Article } from '../article';
import type { ExportContext } from './context';
import { jsonRecord } from './json';

export interface ExportEntry {
  article: Article;
  ctx: ExportContext;
}

export function jsonl(entries: readonly ExportEntry[]): string {
  return entries.map(({ article, ctx }) => `${JSON.stringify(jsonRecord(article, ctx))}\n`).join('');
}
