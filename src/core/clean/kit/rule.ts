/**
 * The contract every cleaning rule follows. One rule per file, named for what it removes, registered in index.ts.
 * Rules are general mechanisms (text shape, placeholders, link density, position), never per-site selectors;
 * language cue words are data in src/core/lang/<code>/, not in the rules.
 */
import type { LanguageCues } from '../../lang/clean-cue-types';
import type { PageQuery } from '../../page/page-query';
import type { CleanRun } from './run';

/** What the pipeline's one indexing walk knows of the whole page, for the pre phase (see page-index.ts). */
export interface PageHints {
  /** Whole-page selector queries as indexed: an element removed since may still be listed (check it is under root). */
  query: PageQuery;
  /** Whether any text of the page holds "{" or "<%": without one there is no template placeholder to look for. */
  templateMarkers: boolean;
}

export interface CleanContext {
  /** The working document (always a clone; never the page the person is reading). */
  document: Document;
  /** The page's URL (links to the same site tell promotions from citations). */
  url?: string;
  /** Set by the pipeline for the pre phase; rules fall back to their own queries without it. */
  page?: PageHints;
  /** Detection's verdict; a page that is not an article (a home, section or search page) is a list of stories. */
  isArticle?: boolean;
  /** Best-known headline (from <h1>, og:title, JSON-LD or <title>, site suffix stripped). */
  title: string;
  /** Best-known byline before cleaning, or null. */
  byline: string | null;
  /** Meta/og description or JSON-LD description: the lead as the CMS stored it, or null. */
  description: string | null;
  /** Primary language of the page ("vi", "en", …). */
  lang: string;
  /** Cue words for the page language merged with English (always present as a fallback). */
  cues: LanguageCues;
  /** og:site_name or the publisher's name, when known (closing "<Publisher> is a …" boilerplate). */
  siteName?: string | null;
}

/** What a rule is given: the page's facts, and the run it is part of (its text, views and removals). */
export interface RuleContext extends CleanContext {
  readonly run: CleanRun;
}

/**
 * "pre": on the whole-page clone before Readability (root = document.body), to take away what would otherwise
 *        mislead Readability's scoring or survive inside the chosen container.
 * "post": on Readability's article content (root = the parsed article element), where the article's own
 *        structure is known.
 */
export type Phase = 'pre' | 'post';

/** Removes what the rule targets under root; returns the text of each removed block (untruncated). */
export type Apply = (root: Element, ctx: RuleContext) => string[];

/**
 * A rule declares the phases it runs in; the registry (clean/index.ts) lists it once, in run order. A rule file
 * exports it as `rule`.
 */
export interface CleanRule {
  /** Equals the file name without extension, e.g. "repeated-headline" (a test checks it). */
  name: string;
  pre?: Apply;
  post?: Apply;
}
