/**
 * A Markdown export as the people who open it will see it: rendered by three common renderers in their most
 * permissive everyday settings (commonmark.js's default HtmlRenderer, which passes raw HTML and any link scheme;
 * markdown-it with `html: true`; marked's defaults, GFM on, no sanitising), then parsed by jsdom and walked.
 * Whatever the page held, the rendered HTML may only contain the elements and attributes plain Markdown produces,
 * and only http(s)/mailto URLs. Raw HTML of any kind (even a comment) counts as a leak: the exporter never writes it.
 */
import { HtmlRenderer, Parser } from 'commonmark';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { schemeOf } from './sanitised-html';

export type RendererName = 'commonmark' | 'markdown-it' | 'marked';

const markdownIt = new MarkdownIt({ html: true });
const commonmarkParser = new Parser();
const commonmarkRenderer = new HtmlRenderer();

export const RENDERERS: Record<RendererName, (markdown: string) => string> = {
  commonmark: (markdown) => commonmarkRenderer.render(commonmarkParser.parse(markdown)),
  'markdown-it': (markdown) => markdownIt.render(markdown),
  marked: (markdown) => marked.parse(markdown, { async: false }),
};

/** Everything plain Markdown (CommonMark + GFM tables and strikethrough) renders to. */
export const MARKDOWN_TAGS = new Set(
  'p h1 h2 h3 h4 h5 h6 ul ol li blockquote pre code em strong del s a img table thead tbody tr th td hr br'.split(' '),
);
const MARKDOWN_ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  a: new Set(['href']),
  img: new Set(['src', 'alt']),
  ol: new Set(['start']),
};
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

const window = new JSDOM('<!doctype html><html><body></body></html>').window;

/** What in rendered HTML is outside the allowlist; [] when clean. */
export function renderedProblems(html: string): string[] {
  const doc = new window.DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  const problems: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 0x1 | 0x80 | 0x40); // elements, comments, processing instructions
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 1) {
      problems.push(`raw markup node (${node.nodeName}): ${JSON.stringify(node.textContent?.slice(0, 60))}`);
      continue;
    }
    const el = node as Element;
    const tag = el.localName;
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !MARKDOWN_TAGS.has(tag)) problems.push(`element <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (!MARKDOWN_ATTRIBUTES[tag]?.has(name)) {
        problems.push(`${tag}[${name}=${JSON.stringify(attr.value.slice(0, 60))}]`);
        continue;
      }
      if (name === 'href' || name === 'src') {
        const scheme = schemeOf(attr.value);
        if (scheme !== null && !SAFE_SCHEMES.has(scheme)) problems.push(`${tag}[${name}] ${scheme}: URL ${JSON.stringify(attr.value.slice(0, 60))}`);
        if (name === 'src' && scheme === 'mailto') problems.push(`img[src] mailto: URL`);
      }
    }
  }
  return problems;
}

/** Problems of one Markdown document under every renderer, each prefixed with the renderer's name. */
export function markdownProblems(markdown: string): string[] {
  return (Object.keys(RENDERERS) as RendererName[]).flatMap((name) =>
    renderedProblems(RENDERERS[name](markdown)).map((problem) => `${name}: ${problem}`),
  );
}
