/** Reads schema.org JSON-LD blocks: the structured data most news CMSs publish. Never throws on bad JSON. */

import { nativeQuery, type PageQuery } from './page-query';

export type JsonLdNode = Record<string, unknown>;

/** Every node of every JSON-LD block, with @graph and top-level arrays flattened. */
export function readJsonLd(doc: Document, query: PageQuery = nativeQuery(doc)): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of query.all('script[type="application/ld+json"]')) {
    const raw = script.textContent;
    if (!raw || raw.length > 500_000) continue;
    let data: unknown;
    try {
      // Some CMSs wrap JSON-LD in CDATA or HTML comments.
      data = JSON.parse(raw.replace(/^\s*(<!--|\/\/<!\[CDATA\[)/, '').replace(/(-->|\/\/\]\]>)\s*$/, ''));
    } catch {
      continue;
    }
    collect(data, nodes, 0);
  }
  return nodes;
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
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#]/, ''));
}

export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'ReportageNews', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'ReviewNewsArticle', 'BackgroundNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting', 'TechArticle',
  'ScholarlyArticle', 'Report', 'SocialMediaPosting', 'SatiricalArticle', 'PressRelease',
]);

export const LISTING_TYPES = new Set(['CollectionPage', 'SearchResultsPage', 'ItemList', 'WebSite', 'SiteNavigationElement']);

/** The first node whose @type is an article type, or null. */
export function articleNode(nodes: JsonLdNode[]): JsonLdNode | null {
  return nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t))) ?? null;
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
