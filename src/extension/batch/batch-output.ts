/**
 * A finished batch as one file: JSON Lines (one record per tab, in tab order: the JSON export of each exported tab,
 * and for a tab not exported its status and reason) or a zip of Markdown files plus index.json, which lists every
 * tab the same way, so the provenance is complete in both.
 * Pure: the same outcomes and time give the same bytes (zip entries in tab order, fixed timestamps).
 */
import { strToU8, zipSync } from 'fflate';
import { exportContext, exportFileName, formats, jsonLine, recordLine, sha256Utf8, JSON_SCHEMA_VERSION, type ExportContext } from '../../core/export/index';
import type { BatchFormat, TabOutcome } from './batch-export';

export type { BatchFormat } from './batch-export';
export const INDEX_SCHEMA_VERSION = 1;

export interface BatchFile {
  fileName: string;
  mime: string;
  /** Text for JSONL, bytes for a zip. */
  data: string | Uint8Array;
  exported: number;
}

type Exported = Extract<TabOutcome, { status: 'exported' }>;
const isExported = (o: TabOutcome): o is Exported => o.status === 'exported';

/** Options beyond the outcomes: the Markdown parser where there is no DOMParser (Node tests use linkedom). */
export interface BatchOutputOptions {
  parse?: ExportContext['parse'];
}

export function contextFor(outcome: Exported, options: BatchOutputOptions = {}): ExportContext {
  return exportContext(outcome.accessedAt, {
    ...(options.parse ? { parse: options.parse } : {}),
    ...(outcome.sourceSha256 ? { sourceSha256: outcome.sourceSha256 } : {}),
  });
}

/** "2024-10-09-lucid-reader-3-tabs.jsonl": the day the batch ran and how many tabs it covered. */
export function batchFileName(startedAt: Date, tabs: number, format: BatchFormat): string {
  return `${startedAt.toISOString().slice(0, 10)}-lucid-reader-${tabs}-tab${tabs === 1 ? '' : 's'}.${format}`;
}

/**
 * Every tab as one line, in tab order. An exported tab's line is the JSON export record (docs/json-schema.md) with
 * `tab` added; a skipped or failed tab's line has `schemaVersion`, the extractor, and `tab` with its status, reason
 * and message, and no `article`.
 */
export function batchJsonl(outcomes: readonly TabOutcome[], startedAt?: Date): string {
  const extractor = exportContext((startedAt ?? new Date(0)).toISOString()).extractor;
  return outcomes
    .map((o, i) => {
      const tab = { position: i + 1, url: o.url, title: o.title, status: o.status };
      if (isExported(o)) return jsonLine(o.article, contextFor(o), { tab });
      return recordLine({ schemaVersion: JSON_SCHEMA_VERSION, provenance: { extractor }, tab: { ...tab, reason: o.reason, message: o.message } });
    })
    .join('');
}

/** `name` or, when taken, `name-2`, `name-3` … before the extension (case-insensitive: some file systems are). */
export function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.indexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export function batchZip(outcomes: readonly TabOutcome[], startedAt: Date, options: BatchOutputOptions = {}): Uint8Array {
  const taken = new Set<string>(['index.json']);
  const files: Record<string, Uint8Array> = {};
  const tabs = outcomes.map((o, i) => {
    const common = { position: i + 1, url: o.url, title: o.title, status: o.status };
    if (!isExported(o)) return { ...common, reason: o.reason, message: o.message };
    const ctx = contextFor(o, options);
    const file = uniqueName(exportFileName(o.article, ctx, formats.md.extension), taken);
    files[file] = strToU8(formats.md.render(o.article, ctx));
    return { ...common, file, accessedAt: o.accessedAt, contentSha256: sha256Utf8(o.article.text), sourceSha256: o.sourceSha256 ?? null };
  });
  const index = {
    schemaVersion: INDEX_SCHEMA_VERSION,
    exportedAt: startedAt.toISOString(),
    extractor: exportContext(startedAt.toISOString()).extractor, // the same provenance as each file in the zip
    exported: outcomes.filter(isExported).length,
    tabs,
  };
  // index.json first, then the articles in tab order; one fixed timestamp so the same batch zips to the same bytes.
  const entries: Record<string, Uint8Array> = { 'index.json': strToU8(`${JSON.stringify(index, null, 2)}\n`), ...files };
  return zipSync(entries, { level: 6, mtime: startedAt });
}

export function batchFile(outcomes: readonly TabOutcome[], format: BatchFormat, startedAt: Date, options: BatchOutputOptions = {}): BatchFile {
  const exported = outcomes.filter(isExported).length;
  const fileName = batchFileName(startedAt, outcomes.length, format);
  return format === 'jsonl'
    ? { fileName, mime: 'application/x-ndjson', data: batchJsonl(outcomes, startedAt), exported }
    : { fileName, mime: 'application/zip', data: batchZip(outcomes, startedAt, options), exported };
}
