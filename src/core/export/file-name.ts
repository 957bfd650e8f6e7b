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
 * `YYYY-MM-DD-site-title-slug.ext`: date published, site name (else host), title; ASCII only (Vietnamese folded,
 * đ -> d), single dashes, at most about 100 characters before the extension. With no publication date the name
 * starts `undated-`: the day of the download in its place would be read as the publication date by anyone (and
 * any reference manager) that sorts files by name. The access date is in the file, marked as such.
 */
export function exportFileName(article: Article, _ctx: ExportContext, ext: string): string {
  const day = isoDay(article.published) ?? 'undated';
  const site = slugify(article.siteName ?? '', 30) || slugify(hostOf(article.url), 30);
  const title = slugify(article.title, 60) || 'untitled';
  const stem = [day, site, title].filter(Boolean).join('-');
  const extension = ext.replace(/^\.+/, '');
  return extension ? `${stem}.${extension}` : stem;
}
