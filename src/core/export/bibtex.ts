/**
 * BibTeX for biblatex + biber (which read UTF-8, so Vietnamese stays as written): @article with
 * entrysubtype = {newspaper} for news, @online otherwise. Zotero's importer reads the same fields
 * (journaltitle, date, urldate, url). Every special character is escaped; capitals in titles are protected.
 */
import type { Article } from '../article';
import type { ExportContext } from './context';
import type { CslName } from './byline-names';
import { citationKey, citationNames, citationUrl, isNewsArticle } from './citation-fields';
import { stripControls } from './control-chars';
import { isoDay } from './dates';

const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // Braces as commands: BibTeX parsers count `\{` as a brace, so a lone escaped brace would unbalance the field.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** LaTeX-safe text: the ten special characters escaped, controls dropped, whitespace (newlines too) collapsed. */
export function escapeBibtex(text: string): string {
  return stripControls(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&$#_~^]/g, (ch) => ESCAPES[ch]);
}

/** Words holding a capital are braced so styles that change case keep "Tỉnh", "MTTQ", "Riverside". */
export function protectCapitals(escaped: string): string {
  // Tried from the start of each word only (the look-behind): from every letter of a long word with no capital
  // the pattern read the word to its end (quadratic).
  return escaped.replace(/(?<![^\s])[^\s]*\p{Lu}[^\s]*/gu, (word) => `{${word}}`);
}

function bibName(name: CslName): string {
  // A literal (organisation, pen name) is braced whole so BibTeX does not split it into first/last names.
  return 'literal' in name ? `{${escapeBibtex(name.literal)}}` : `${escapeBibtex(name.family)}, ${escapeBibtex(name.given)}`;
}

/** URLs are verbatim in biblatex: only characters that would break the field are percent-encoded. */
const bibUrl = (url: string): string => url.replace(/[{}\\\s]/g, (ch) => encodeURIComponent(ch));

/** biblatex `langid` (babel/polyglossia language names) for the languages the reader handles. */
const LANGIDS: Record<string, string> = {
  vi: 'vietnamese', en: 'english', fr: 'french', de: 'ngerman', es: 'spanish', it: 'italian', pt: 'portuguese',
  ru: 'russian', nl: 'dutch', pl: 'polish', id: 'indonesian', ms: 'malay', th: 'thai',
};

export function toBibtex(article: Article, ctx: ExportContext): string {
  const news = isNewsArticle(article);
  const fields: [string, string][] = [];
  const names = citationNames(article);
  if (names.length) fields.push(['author', names.map(bibName).join(' and ')]);
  fields.push(['title', protectCapitals(escapeBibtex(article.title))]);
  if (article.siteName) {
    fields.push(news ? ['journaltitle', escapeBibtex(article.siteName)] : ['organization', escapeBibtex(article.siteName)]);
  }
  if (news) fields.push(['entrysubtype', 'newspaper']);
  const published = isoDay(article.published);
  if (published) fields.push(['date', published]);
  fields.push(['url', bibUrl(citationUrl(article))]);
  const accessed = isoDay(ctx.accessedAt);
  if (accessed) fields.push(['urldate', accessed]);
  const langid = LANGIDS[article.lang.toLowerCase().split('-')[0]];
  if (langid) fields.push(['langid', langid]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`).join('\n');
  return `@${news ? 'article' : 'online'}{${citationKey(article)},\n${body}\n}\n`;
}
