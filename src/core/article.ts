/**
 * The Article: the one JSON contract shared by the popup, the reader view, every export and the CLI.
 * Everything here must survive JSON.stringify/parse unchanged (it crosses extension message boundaries).
 */

export interface DetectionSignal {
  /** Stable machine name, e.g. "jsonld-article", "og-type-article", "teaser-list". */
  name: string;
  /** Contribution to the score (negative signals lower it). */
  weight: number;
  /** Short human-readable detail, e.g. the JSON-LD @type found. */
  detail?: string;
}

export interface Detection {
  /** Sum of signal weights, clamped to [0, 1]. */
  score: number;
  signals: DetectionSignal[];
}

export interface ArticleImage {
  src: string;
  alt: string;
  caption: string | null;
}

export type AttendeePart = 'chair' | 'attendee' | 'speaker';

export interface Attendee {
  name: string;
  /** Roles as the article writes them, split at commas, in order, without honorifics. */
  roles: string[];
  parts: AttendeePart[];
  /** The sentences each fact came from. */
  evidence: string[];
}

export interface Attendees {
  people: Attendee[];
  /** Organisations and delegations present, as written. */
  groups: string[];
}

export interface RemovedReport {
  /** Name of the cleaning rule (its file name under src/core/clean/). */
  rule: string;
  count: number;
  /** A few short text samples of what was removed (truncated), for the "what was removed" summary. */
  examples: string[];
}

/**
 * Set when Readability found nothing, or far less than the page's obvious main text, and the text shown comes from
 * elsewhere: the page's JSON-LD articleBody or its largest block of paragraphs. The popup and the CLI can say so.
 */
export interface ExtractionGuess {
  source: 'json-ld' | 'text-block';
  /** Characters of Readability's own pick (0 when it found nothing). */
  readabilityChars: number;
}

export interface Article {
  url: string;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 language tag, e.g. "vi", "en". */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** ISO 8601 date (YYYY-MM-DD or full timestamp), or null when unknown. */
  published: string | null;
  excerpt: string | null;
  /**
   * The standfirst (dek, sapo) the page prints between the headline and the body, when the body does not hold it:
   * shown under the headline, not part of `text` or `paragraphs`.
   */
  standfirst: string | null;
  isArticle: boolean;
  detection: Detection;
  /** Sanitised article HTML (DOMPurify). Still re-sanitised by every renderer. */
  html: string;
  /** Plain text: paragraphs separated by blank lines; the headline is not included. */
  text: string;
  paragraphs: string[];
  images: ArticleImage[];
  wordCount: number;
  readingMinutes: number;
  attendees: Attendees | null;
  removed: RemovedReport[];
  /** Present only when the text is a guess (see ExtractionGuess). */
  guess?: ExtractionGuess;
}
