/**
 * RIS (Research Information Systems tagged format): `TAG  - value` lines with CRLF endings, TY first and ER
 * last. NEWS or ELEC; AU is "Family, Given" (Zotero splits on the comma), a literal name has no comma.
 * Dates are YYYY/MM/DD/; T2 is the newspaper (NEWS) or website (ELEC) title in Zotero's mapping.
 */
import type { Article } from '../article';
import type { ExportContext } from './context';
import { citationNames, citationUrl, isNewsArticle } from './citation-fields';
import { stripControls } from './control-chars';
import { dateParts } from './dates';

const CRLF = '\r\n';

/** A RIS date: "2021/06/29/" (or "2021/06//", "2021///" when less is known). */
function risDate(parts: number[]): string {
  const [y, m, d] = parts;
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${y}/${pad(m)}/${pad(d)}/`;
}

/** One line per tag: values may not contain line breaks, nor controls (the CRLF line ends are the format's own). */
const value = (text: string): string => stripControls(text).replace(/\s+/g, ' ').trim();

export function toRis(article: Article, ctx: ExportContext): string {
  const lines: [string, string][] = [['TY', isNewsArticle(article) ? 'NEWS' : 'ELEC']];
  lines.push(['TI', value(article.title)]);
  for (const name of citationNames(article)) {
    lines.push(['AU', value('literal' in name ? name.literal : `${name.family}, ${name.given}`)]);
  }
  if (article.siteName) lines.push(['T2', value(article.siteName)]);
  const published = dateParts(article.published);
  if (published) {
    lines.push(['PY', String(published[0])]);
    lines.push(['DA', risDate(published)]);
  }
  const accessed = dateParts(ctx.accessedAt);
  if (accessed) lines.push(['Y2', risDate(accessed)]);
  lines.push(['UR', value(citationUrl(article))]);
  if (article.lang) lines.push(['LA', value(article.lang)]);
  if (article.excerpt) lines.push(['AB', value(article.excerpt)]);
  return [...lines.map(([tag, v]) => `${tag}  - ${v}`), 'ER  - '].join(CRLF) + CRLF;
}
