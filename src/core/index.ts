/**
 * The public surface of the pure core: the extension, the CLI and the Node entry import the core only through this file
 * and export/index.ts (scripts/check-imports.mjs fails otherwise). Bundles keep only what they use (package.json
 * sideEffects: false), so the always-on detector importing detectArticle from here stays as small as before.
 */
export type * from './article';
export { detectArticle, ARTICLE_THRESHOLD, type DetectResult } from './detect/detect';
export { extractArticle, ExtractError, DEFAULT_MAX_ELEMENTS, MAX_DEPTH, type ExtractOptions } from './extract';
export { createSanitizer, ARTICLE_SANITIZE_CONFIG, CODE_LANGUAGE_CLASS, type Sanitizer } from './sanitize';
export { EXTRACTOR_NAME, VERSION } from './version';
// The CLI names a saved page by the address it declares (canonical link, og:url) when none is given.
export { readCanonical } from './metadata/metadata';
export { nativeQuery, type PageQuery } from './page/page-query';
// The ids alone, without the renderers: export/index.ts (the exports' own front door) is loaded on demand.
export { attendeesText, type AttendeeLabels } from './export/attendees-text';
export { FORMAT_IDS, CITATION_IDS, isFormatId, isCitationId, type FormatId, type CitationId } from './export/format-ids';
// Read aloud in the reader: sentences with their offsets, and the queue of what to speak.
export { sentenceSpans, splitOptionsFor, type Span, type SplitOptions } from './speech/sentence-spans';
export { readingQueue, paragraphStep, type QueuedSentence } from './speech/reading-queue';
