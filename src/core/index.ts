/** The public surface of the pure core. */
export type * from './article';
export { detectArticle, ARTICLE_THRESHOLD, type DetectResult } from './detect';
export { extractArticle, ExtractError, DEFAULT_MAX_ELEMENTS, type ExtractOptions } from './extract';
export { createSanitizer, ARTICLE_SANITIZE_CONFIG, type Sanitizer } from './sanitize';
