/**
 * Research exports: each format is a pure, synchronous function (article, context) -> string, identical in the
 * browser and in Node. The registry is what the popup's export menu and the CLI's --format list iterate.
 */
import type { Article } from '../article';
import { EXTRACTOR_NAME, VERSION } from '../version';
import { toBibtex } from './bibtex';
import type { ExportContext } from './context';
import { toCsl } from './csl';
import type { FormatId } from './format-ids';
import { toHtml } from './html';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import { toRis } from './ris';
import { toText } from './plain-text';

export interface ExportFormat {
  id: FormatId;
  /** Menu label. */
  label: string;
  /** File extension without the dot (may contain one, e.g. "csl.json"). */
  extension: string;
  /** MIME type for a Blob / download. */
  mime: string;
  render: (article: Article, ctx: ExportContext) => string;
}

export const formats: Readonly<Record<FormatId, ExportFormat>> = {
  md: { id: 'md', label: 'Markdown', extension: 'md', mime: 'text/markdown;charset=utf-8', render: toMarkdown },
  txt: { id: 'txt', label: 'Plain text', extension: 'txt', mime: 'text/plain;charset=utf-8', render: toText },
  json: { id: 'json', label: 'JSON', extension: 'json', mime: 'application/json', render: toJson },
  html: { id: 'html', label: 'HTML page', extension: 'html', mime: 'text/html;charset=utf-8', render: toHtml },
  csl: {
    id: 'csl',
    label: 'CSL-JSON (Zotero, Pandoc)',
    extension: 'csl.json',
    mime: 'application/vnd.citationstyles.csl+json',
    render: toCsl,
  },
  bibtex: { id: 'bibtex', label: 'BibTeX (biblatex)', extension: 'bib', mime: 'application/x-bibtex;charset=utf-8', render: toBibtex },
  ris: { id: 'ris', label: 'RIS', extension: 'ris', mime: 'application/x-research-info-systems;charset=utf-8', render: toRis },
};

export { FORMAT_IDS, CITATION_IDS, isFormatId, isCitationId, type FormatId, type CitationId } from './format-ids';

/**
 * The one place an export context is built (the popup, the batch export and the CLI): every export records this
 * extractor's name and version, so they cannot drift apart between the browser and the command line.
 */
export function exportContext(accessedAt: string, extra: Pick<ExportContext, 'sourceHtml' | 'sourceSha256' | 'parse'> = {}): ExportContext {
  return { accessedAt, extractor: { name: EXTRACTOR_NAME, version: VERSION }, ...extra };
}

export type { ExportContext } from './context';
export type { ExportEntry } from './jsonl';
export { exportFileName } from './file-name';
export { jsonl, jsonLine, recordLine } from './jsonl';
export { jsonRecord, JSON_SCHEMA_VERSION } from './json';
export { stringifyJson } from './json-text';
export { sha256Utf8, sha256Bytes } from './sha256';
export { toBibtex, toCsl, toHtml, toJson, toMarkdown, toRis, toText };
