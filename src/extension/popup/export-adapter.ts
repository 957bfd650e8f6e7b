/**
 * The exports the popup offers. Placeholder until the core export registry (src/core/export/index.ts) lands:
 * with no formats, the popup shows no copy/download buttons at all.
 */
import type { Article } from '../../core/article';
import type { ExportChoice } from './popup-state';

export interface RenderedExport {
  text: string;
  fileName: string;
  mime: string;
}

export function exportChoices(): ExportChoice[] {
  return [];
}

export function renderExport(_formatId: string, _article: Article): RenderedExport | null {
  return null;
}
