/** JSON Lines for batches (many tabs, the CLI over a folder): one compact JSON export record per line. */
import type { Article } from '../article';
import type { ExportContext } from './context';
import { jsonRecord } from './json';
import { stringifyJson } from './json-text';

export interface ExportEntry {
  article: Article;
  ctx: ExportContext;
}

/**
 * One record as one line: no raw line break or separator of any kind inside it (json-text.ts). `extra`: fields a
 * batch adds after the record's own (the tab's position and status).
 */
export function jsonLine(article: Article, ctx: ExportContext, extra: Record<string, unknown> = {}): string {
  return `${stringifyJson({ ...jsonRecord(article, ctx), ...extra })}\n`;
}

/** Any record as one line, by the same rules (a batch's line for a tab it did not export). */
export function recordLine(record: Record<string, unknown>): string {
  return `${stringifyJson(record)}\n`;
}

export function jsonl(entries: readonly ExportEntry[]): string {
  return entries.map(({ article, ctx }) => jsonLine(article, ctx)).join('');
}
