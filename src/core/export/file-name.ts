import type { Article } from '../article';
import type { ExportContext } from './context';
import { isoDay } from './dates';
import { slugify } from './slug';

/** Host name without "www.", for when the article names no site. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * `YYYY-MM-DD-site-title-slug.ext`: date published (else accessed), site name (else host), title; ASCII only
 * (Vietnamese folded, đ -> d), single dashes, at most about 100 characters before the extension.
 */
export function exportFileName(article: Article, ctx: ExportContext, ext: string): string {
  const day = isoDay(article.published) ?? isoDay(ctx.accessedAt) ?? 'undated';
  const site = slugify(article.siteName ?? '', 30) || slugify(hostOf(article.url), 30);
  const title = slugify(article.title, 60) || 'untitled';
  const stem = [day, site, title].filter(Boolean).join('-');
  const extension = ext.replace(/^\.+/, '');
  return extension ? `${stem}.${extension}` : stem;
}
