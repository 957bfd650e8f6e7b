/** Reads schema.org JSON-LD blocks: the structured data most news CMSs publish. Never throws on bad JSON. */

import { nativeQuery, type PageQuery } from '../page/page-query';

export type JsonLdNode = Record<string, unknown>;

/** Every node of every JSON-LD block, with @graph and top-level arrays flattened. */
export function readJsonLd(doc: Document, query: PageQuery = nativeQuery(doc)): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of query.all('script[type="application/ld+json"]')) {
    const raw = script.textContent;
    if (!raw || raw.length > 500_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(unwrap(raw));
    } catch {
      continue;
    }
    collect(data, nodes, 0);
  }
  return nodes;
}

/**
 * Some CMSs wrap JSON-LD in an HTML comment or a CDATA section: the opening and closing marks, with the whitespace
 * before and after them, are dropped. String operations, not regular expressions: the always-on detector reads
 * JSON-LD in a fresh context on every page load (see address-signals.ts).
 */
export function unwrap(raw: string): string {
  let s = raw;
  const start = s.trimStart();
  for (const mark of ['<!--', '//<![CDATA[']) {
    if (start.startsWith(mark)) {
      s = start.slice(mark.length);
      break;
    }
  }
  const end = s.trimEnd();
  for (const mark of ['-->', '//]]>']) {
    if (end.endsWith(mark)) {
      s = end.slice(0, -mark.length);
      break;
    }
  }
  return s;
}

function collect(data: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 3 || !data || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const d of data) collect(d, out, depth + 1);
    return;
  }
  const node = data as JsonLdNode;
  out.push(node);
  if (Array.isArray(node['@graph'])) collect(node['@graph'], out, depth + 1);
}

/** The node's @type values as plain strings ("NewsArticle", …). */
export function typesOf(node: JsonLdNode): string[] {
  // "type" for "@type" is a common slip of hand-written JSON-LD; a node with an @type keeps it.
  const t = node['@type'] ?? node.type;
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map(localName);
}

const LINE_ENDS = '\n\r\u2028\u2029';

/** "https://schema.org/NewsArticle" → "NewsArticle": what follows the last / or # on the first line. */
function localName(type: string): string {
  // Native scans, not a loop over the characters: this runs in the detector's fresh context on every page load.
  let lineEnd = type.length;
  for (let k = 0; k < LINE_ENDS.length; k++) {
    const at = type.indexOf(LINE_ENDS[k]);
    if (at >= 0 && at < lineEnd) lineEnd = at;
  }
  const cut = Math.max(type.lastIndexOf('/', lineEnd - 1), type.lastIndexOf('#', lineEnd - 1));
  return cut >= 0 && cut < lineEnd ? type.slice(cut + 1) : type;
}

/**
 * The schema.org types pages use for an article: Article and its subtypes (NewsArticle's Reportage, Analysis,
 * Opinion, Review, Background and AskPublic kinds; BlogPosting and LiveBlogPosting; Tech, Scholarly, Medical and
 * Satirical articles; Report; AdvertiserContentArticle), and the CreativeWork kinds that carry an article's
 * headline, author and date on fact-check and press pages (ClaimReview, PressRelease).
 */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'ReviewNewsArticle',
  'BackgroundNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting',
  'TechArticle', 'APIReference', 'ScholarlyArticle', 'MedicalScholarlyArticle', 'SatiricalArticle', 'Report',
  'AdvertiserContentArticle', 'PressRelease', 'ClaimReview',
]);

export const LISTING_TYPES = new Set(['CollectionPage', 'SearchResultsPage', 'ItemList', 'WebSite', 'SiteNavigationElement']);

/** The first node whose @type is an article type, or null. */
export function articleNode(nodes: JsonLdNode[]): JsonLdNode | null {
  return nodes.find(isArticleNode) ?? null;
}

/**
 * Every article node, in page order: a page often has several (Yoast's Article with an @id-only author beside the
 * theme's BlogPosting with the name), and each field is read from the first that has it.
 */
export function articleNodes(nodes: JsonLdNode[]): JsonLdNode[] {
  return nodes.filter(isArticleNode);
}

function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.has(t));
}

/** A string from a JSON-LD value that may be a string, an object with name, or an array of either. */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as JsonLdNode).name);
  return null;
}

/**
 * Names the structured data gives as authors of something nested in it that is not an article: the claim a
 * fact-check reviews (`itemReviewed`), a cited or reviewed work, a comment. Readability can take such a name for the
 * byline (a fact-check prints its claimant in a box marked "author"); it is not the article's unless an article node
 * names the same author.
 */
export function otherWorksAuthors(nodes: JsonLdNode[]): Set<string> {
  const own = new Set<string>();
  for (const node of articleNodes(nodes)) for (const name of (nameOf(node.author) ?? '').split(', ')) if (name) own.add(name.toLowerCase());
  const others = new Set<string>();
  const walk = (value: unknown, depth: number, isTop: boolean) => {
    if (depth > 8 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) walk(v, depth + 1, false);
      return;
    }
    for (const [key, v] of Object.entries(value as JsonLdNode)) {
      // A node's own author counts when the node is nested and not itself an article (a live blog's updates are).
      if (key === 'author' && !isTop && !isArticleNode(value as JsonLdNode)) {
        for (const name of (nameOf(v) ?? '').split(', ')) if (name && !own.has(name.toLowerCase())) others.add(name.toLowerCase());
      }
      if (key !== '@graph') walk(v, depth + 1, false);
    }
  };
  for (const node of nodes) walk(node, 0, true);
  return others;
}
