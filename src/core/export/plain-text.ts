/**
 * Plain text: headline, one metadata line (site · byline · date · url), then the standfirst and the paragraphs;
 * no markup at all, and no control characters (control-chars.ts).
 */
import type { Article } from '../article';
import type { ExportContext } from './context';
import { stripControls } from './control-chars';
import { isoDay } from './dates';

const oneLine = (text: string): string => stripControls(text).replace(/\s+/g, ' ').trim();

export function toText(article: Article, _ctx: ExportContext): string {
  const meta = [article.siteName, article.byline, isoDay(article.published), article.url]
    .filter((part): part is string => Boolean(part && part.trim()))
    .map(oneLine)
    .join(' · ');
  const paragraphs = article.paragraphs.length ? article.paragraphs : article.text.split(/\n\s*\n/);
  const body = [article.standfirst ?? '', ...paragraphs].map(oneLine).filter(Boolean).join('\n\n');
  return `${oneLine(article.title)}\n${meta}\n${body ? `\n${body}\n` : ''}`;
}
