/**
 * Markdown with YAML front matter: the provenance a note-taking or research workflow needs (where, when, by
 * whom, with which tool), the headline once as `# Title`, then the article body via turndown + GFM tables.
 */
import TurndownService from 'turndown';
import { strikethrough, tables } from 'turndown-plugin-gfm';
import type { Article } from '../article';
import type { ExportContext } from './context';
import { isoDay } from './dates';
import { articleRules } from './markdown-rules';
import { safeHtml } from './html-tokens';
import { toYaml, type YamlValue } from './yaml';

function frontMatter(article: Article, ctx: ExportContext): string {
  const fields: Record<string, YamlValue> = { title: article.title };
  // Unknown values are left out rather than written as null, so every key present carries information.
  if (article.byline) fields.byline = article.byline;
  if (article.siteName) fields.site = article.siteName;
  fields.url = article.url;
  if (article.canonicalUrl && article.canonicalUrl !== article.url) fields.canonical_url = article.canonicalUrl;
  if (article.published) fields.published = isoDay(article.published) ?? article.published;
  fields.accessed = ctx.accessedAt;
  fields.lang = article.lang;
  fields.extractor = `${ctx.extractor.name} ${ctx.extractor.version}`;
  const attendees = article.attendees;
  if (attendees && (attendees.people.length || attendees.groups.length)) {
    fields.attendees = {
      people: attendees.people.map((p) => ({ name: p.name, roles: p.roles, parts: p.parts })),
      groups: attendees.groups,
    };
  }
  return `---\n${toYaml(fields)}---\n`;
}

function createService(title: string): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  service.use([tables, strikethrough]);
  articleRules(service, title);
  // Text that reads "<script>" on the page must stay text: most Markdown renderers pass raw HTML through, so a
  // literal "<" (and an "&" that would otherwise start an entity, as in "&lt;") is written as an entity.
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text: string) =>
    escapeMarkdown(text.replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;').replace(/</g, '&lt;'));
  return service;
}

/**
 * Captions the page marks only with a class (`<p class="wp-caption-text">`; classes do not survive sanitising)
 * are still known to the extractor (article.images): a paragraph that is exactly such a caption is italicised
 * like a figcaption.
 */
function markCaptions(body: string, article: Article, service: TurndownService): string {
  const captions = new Set(
    article.images.flatMap((image) => (image.caption?.trim() ? [service.escape(image.caption.replace(/\s+/g, ' ').trim())] : [])),
  );
  if (captions.size === 0) return body;
  return body
    .split('\n\n')
    .map((block) => (captions.has(block) ? `*${block}*` : block))
    .join('\n\n');
}

/**
 * A caller's parser may leave one text run as several adjacent text nodes (linkedom splits at every entity:
 * "a &gt; b" becomes "a ", ">", " b"), and turndown escapes each node on its own, so a node starting with ">" gets
 * "\>". Merged, as a browser's DOMParser leaves them, the CLI and the extension write the same Markdown.
 */
function canonicalTree(node: Node): Node {
  if (typeof node.normalize === 'function') node.normalize();
  return node;
}

/** The article body as Markdown (no front matter, no headline). */
export function markdownBody(article: Article, ctx: Pick<ExportContext, 'parse'> = {}): string {
  const service = createService(article.title);
  const html = safeHtml(article.html, article.url);
  const input = ctx.parse ? (canonicalTree(ctx.parse(html)) as TurndownService.Node) : html;
  const body = html.trim() ? service.turndown(input).trim() : '';
  if (body) return markCaptions(body, article, service);
  // No usable HTML: fall back to the plain paragraphs, escaped so they stay plain.
  return article.paragraphs.map((p) => service.escape(p)).join('\n\n');
}

export function toMarkdown(article: Article, ctx: ExportContext): string {
  const body = markdownBody(article, ctx);
  // Escaped like body text, so "*Breaking*" or "1. Intro" in a headline stay literal.
  const service = createService(article.title);
  const headline = `# ${service.escape(article.title.replace(/\s+/g, ' ').trim())}`;
  // The standfirst under the headline, in italics, as the page prints it (escaped: it is page text).
  const dek = article.standfirst?.replace(/\s+/g, ' ').trim();
  const lead = dek ? `\n_${service.escape(dek)}_\n` : '';
  return `${frontMatter(article, ctx)}\n${headline}\n${lead}${body ? `\n${body}\n` : ''}`;
}
