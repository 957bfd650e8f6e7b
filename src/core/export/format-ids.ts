/**
 * The export format ids, in a module of their own: settings, Options and the popup's first chunk need the ids but
 * not the renderers (turndown and all), which the popup loads on demand. The registry in ./index.ts is keyed by
 * this list, so a format added here without a renderer, or the other way round, fails to compile.
 */
export const FORMAT_IDS = ['md', 'txt', 'json', 'html', 'csl', 'bibtex', 'ris'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** Citation styles (the other formats are documents), in the order the popup's citation menu offers them. */
export const CITATION_IDS = ['bibtex', 'csl', 'ris'] as const satisfies readonly FormatId[];
export type CitationId = (typeof CITATION_IDS)[number];

export function isFormatId(value: string): value is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(value);
}

export function isCitationId(value: string): value is CitationId {
  return (CITATION_IDS as readonly string[]).includes(value);
}
