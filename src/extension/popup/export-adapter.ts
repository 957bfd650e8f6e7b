/**
 * The popup's copy and download choices over the core export registry (src/core/export). The registry (with
 * turndown) is loaded on demand, as its own chunk, so opening the popup does not pay for it.
 */
import { CITATION_IDS, FORMAT_IDS, isCitationId, type Article, type CitationId, type FormatId } from '../../core/index';
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
const COPY: readonly FormatId[] = ['md', 'txt'];
const DOCUMENTS = FORMAT_IDS.filter((id) => !isCitationId(id));
export const DEFAULT_CITATION: CitationId = 'bibtex';

/** The default format (from Options) comes first among the downloads and is marked, so it is one click away. */
export function exportChoices(reg: ExportRegistry, defaultId: string): ExportChoice[] {
  const preferred: FormatId = reg.isFormatId(defaultId) ? defaultId : 'md';
  const ids = [preferred, ...[...DOCUMENTS, ...CITATION_IDS].filter((id) => id !== preferred)];
  return ids.map((id) => {
    const format = reg.formats[id];
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

/** sourceSha256: of the page the article was read from (the JSON export's provenance), when the tab sent one. */
export function renderExport(reg: ExportRegistry, formatId: string, article: Article, now = new Date(), sourceSha256?: string): RenderedExport | null {
  if (!reg.isFormatId(formatId)) return null;
  const format = reg.formats[formatId];
  const ctx = reg.exportContext(now.toISOString(), sourceSha256 ? { sourceSha256 } : {});
  return { text: format.render(article, ctx), fileName: reg.exportFileName(article, ctx, format.extension), mime: format.mime };
}
