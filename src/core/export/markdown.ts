/**
 * Markdown with YAML front matter: the provenance a note-taking or research workflow needs (where, when, by
 * whom, with which tool), the headline once as `# Title`, then the article body via turndown + GFM tables.
 *
 * The file is page content opened in renderers that pass raw HTML through, so nothing the page wrote may become
 * Markdown syntax: text is escaped (markdown-escape.ts), code stays code (markdown-code.ts), links and images
 * keep only http(s)/mailto destinations, percent-encoded, and front matter values cannot open HTML or a link
 * (yaml.ts). tests/hardening/export-markdown.test.ts renders hostile pages with three renderers to prove it.
 */
import TurndownService from 'turndown';
import { strikethrough, tables } from 'turndown-plugin-gfm';
import type { Article } from '../article';
import type { ExportContext } from './context';
import { replaceControls } from './control-chars';
import { isoDay } from './dates';
import { CodeSpans, codeRules } from './markdown-code';
import { escapeMarkdownText } from './markdown-escape';
import { mathRules } from './markdown-math';
import { footnoteRules } from './markdown-footnotes';
import { articleRules } from './markdown-rules';
import { StructureFacts } from './markdown-structure';
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

function createService(title: string, spans: CodeSpans): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
    // turndown's "keep" writes an element as raw HTML (the GFM plugin keeps tables without a heading row);
    // every table has a rule of ours first, and nothing else may ever be kept as markup.
    keepReplacement: (content, node) => ((node as unknown as { isBlock: boolean }).isBlock ? `\n\n${content}\n\n` : content),
  });
  service.use([tables, strikethrough]);
  const tableFacts = new StructureFacts();
  articleRules(service, title, tableFacts);
  codeRules(service, spans, tableFacts);
  mathRules(service);
  footnoteRules(service);
  // Text that reads "<script>" on the page must stay text: most Markdown renderers pass raw HTML through.
  service.escape = escapeMarkdownText;
  return service;
}

/**
 * Captions the page marks only with a class (`<p class="wp-caption-text">`; classes do not survive sanitising)
 * are still known to the extractor (article.images): a paragraph that is exactly such a caption is italicised
 * like a figcaption.
 */
function markCaptions(body: string, article: Article): string {
  const captions = new Set(
    article.images.flatMap((image) => (image.caption?.trim() ? [escapeMarkdownText(image.caption.replace(/\s+/g, ' ').trim())] : [])),
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
  const spans = new CodeSpans();
  const service = createService(article.title, spans);
  const html = safeHtml(article.html, article.url);
  const input = ctx.parse ? (canonicalTree(ctx.parse(html)) as TurndownService.Node) : html;
  const body = html.trim() ? spans.resolve(service.turndown(input)).trim() : '';
  if (body) return markCaptions(body, article);
  // No usable HTML: fall back to the plain paragraphs, escaped so they stay plain.
  return article.paragraphs.map(escapeMarkdownText).join('\n\n');
}

export function toMarkdown(article: Article, ctx: ExportContext): string {
  const body = markdownBody(article, ctx);
  // Escaped like body text, so "*Breaking*" or "1. Intro" in a headline stay literal.
  const headline = `# ${escapeMarkdownText(article.title.replace(/\s+/g, ' ').trim())}`;
  // The standfirst under the headline, in italics, as the page prints it (escaped: it is page text).
  const dek = article.standfirst?.replace(/\s+/g, ' ').trim();
  const lead = dek ? `\n_${escapeMarkdownText(dek)}_\n` : '';
  // Every part dropped its controls already (page text when escaped, code in its rules, YAML as escapes); this
  // is a last guard.
  return replaceControls(`${frontMatter(article, ctx)}\n${headline}\n${lead}${body ? `\n${body}\n` : ''}`);
}
