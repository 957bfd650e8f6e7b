/** The public surface of the pure core. */
export type * from './article';
export { detectArticle, ARTICLE_THRESHOLD, type DetectResult } from './detect';
export { extractArticle, ExtractError, DEFAULT_MAX_ELEMENTS, type ExtractOptions } from './extract';
export { createSanitizer, ARTICLE_SANITIZE_CONFIG, type Sanitizer } from './sanitize';
export { EXTRACTOR_NAME, VERSION } from './version';
// The ids alone, without the renderers: export/index.ts (the exports' own front door) is loaded on demand.
export { FORMAT_IDS, CITATION_IDS, isFormatId, isCitationId, type FormatId, type CitationId } from './export/format-ids';
