/**
 * CSL-JSON (the citeproc / Zotero / Pandoc interchange format): an array holding one item. Names are
 * {family, given} or {literal}; dates are date-parts taken from the article's own calendar day.
 */
import type { Article } from '../article';
import type { ExportContext } from './context';
import { citationKey, citationNames, citationUrl, isNewsArticle } from './citation-fields';
import { dateParts } from './dates';
import { stringifyJson } from './json-text';

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  author?: ({ family: string; given: string } | { literal: string })[];
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL: string;
  language?: string;
  abstract?: string;
}

export function cslItem(article: Article, ctx: ExportContext): CslItem {
  // Built in CSL's customary field order; URL is filled in below.
  const item = {
    id: citationKey(article),
    type: isNewsArticle(article) ? 'article-newspaper' : 'webpage',
    title: article.title.replace(/\s+/g, ' ').trim(),
  } as CslItem;
  const authors = citationNames(article);
  if (authors.length) item.author = authors;
  if (article.siteName) item['container-title'] = article.siteName;
  const issued = dateParts(article.published);
  if (issued) item.issued = { 'date-parts': [issued] };
  const accessed = dateParts(ctx.accessedAt);
  if (accessed) item.accessed = { 'date-parts': [accessed] };
  item.URL = citationUrl(article);
  if (article.lang) item.language = article.lang;
  if (article.excerpt) item.abstract = article.excerpt;
  return item;
}

export function toCsl(article: Article, ctx: ExportContext): string {
  return `${stringifyJson([cslItem(article, ctx)], 2)}\n`;
}
