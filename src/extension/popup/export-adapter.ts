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

/** Copy: text and Markdown. Download: Markdown, text, JSON, and the person's default format if it is another. */
const COPY = ['md', 'txt'];
const DOWNLOAD = ['md', 'txt', 'json'];

export function exportChoices(reg: ExportRegistry, defaultId: string): ExportChoice[] {
  const ids = [...new Set([...DOWNLOAD, ...COPY, ...(reg.isFormatId(defaultId) ? [defaultId] : [])])];
  return ids
    .filter((id) => reg.isFormatId(id))
    .map((id) => {
      const format = reg.formats[id as keyof ExportRegistry['formats']];
      return {
        id,
        label: tryT(`format_${id}`) || format.label,
        extension: format.extension,
        canCopy: COPY.includes(id),
        canDownload: true,
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
