/**
 * The popup's copy and download choices over the core export registry (src/core/export). The registry (with
 * turndown) is loaded on demand, as its own chunk, so opening the popup does not pay for it.
 */
import type { Article } from '../../core/article';
import { EXTRACTOR_NAME, VERSION } from '../../core/version';
import { tryT } from '../i18n';
import type { ExportChoice } from './popup-state';

export type ExportRegistry = typeof import('../../core/export/index');

let registry: Promise<ExportRegistry> | null = null;

/** Starts loading the registry (once) and returns it. */
export function loadExports(): Promise<ExportRegistry> {
  registry ??= import('../../core/export/index');
  return registry;
}

/** Copy: Markdown and text, plus a citation in the person's chosen style. Download: every format. */
const COPY = ['md', 'txt'];
const DOCUMENTS = ['md', 'txt', 'json', 'html'];
export const CITATIONS = ['bibtex', 'csl', 'ris'] as const;
export type CitationId = (typeof CITATIONS)[number];
export const DEFAULT_CITATION: CitationId = 'bibtex';

export const isCitationId = (id: string): id is CitationId => (CITATIONS as readonly string[]).includes(id);

/** The default format (from Options) comes first among the downloads and is marked, so it is one click away. */
export function exportChoices(reg: ExportRegistry, defaultId: string): ExportChoice[] {
  const preferred = reg.isFormatId(defaultId) ? defaultId : 'md';
  const ids = [preferred, ...[...DOCUMENTS, ...CITATIONS].filter((id) => id !== preferred)];
  return ids
    .filter((id) => reg.isFormatId(id))
    .map((id) => {
      const format = reg.formats[id as keyof ExportRegistry['formats']];
      return {
        id,
        label: tryT(`format_${id}`) || format.label,
        extension: format.extension,
        kind: isCitationId(id) ? 'citation' : 'document',
        canCopy: COPY.includes(id) || isCitationId(id),
        canDownload: true,
        isDefault: id === preferred,
      };
    });
}

export interface RenderedExport {
  text: string;
  fileName: string;
  mime: string;
}

export function renderExport(reg: ExportRegistry, formatId: string, article: Article, now = new Date()): RenderedExport | null {
  if (!reg.isFormatId(formatId)) return null;
  const format = reg.formats[formatId];
  const ctx = { accessedAt: now.toISOString(), extractor: { name: EXTRACTOR_NAME, version: VERSION } };
  return { text: format.render(article, ctx), fileName: reg.exportFileName(article, ctx, format.extension), mime: format.mime };
}
