/** Every output an Article becomes: its own html and each export format, rendered with a fixed context. */
import { parseHTML } from 'linkedom';
import type { Article } from '../../src/core/article';
import type { ExportContext } from '../../src/core/export/context';
import { FORMAT_IDS, formats, type FormatId } from '../../src/core/export/index';
import { sanitisedViolations } from './sanitised-html';

export const CTX: ExportContext = {
  accessedAt: '2024-10-10T08:00:00.000Z',
  extractor: { name: 'lucid-reader', version: '0.1.0' },
  parse: (html) => parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document.body as unknown as Node,
};

export function renderAll(article: Article): Record<FormatId, string> {
  return Object.fromEntries(FORMAT_IDS.map((id) => [id, formats[id].render(article, CTX)])) as Record<FormatId, string>;
}

/** Markup that would run or load something if a Markdown viewer passed raw HTML through. */
const ACTIVE_MARKUP = /<\s*\/?\s*(?:script|iframe|object|embed|svg|math|style|form|base|meta|link|template|frame|frameset|applet)\b|\son[a-z]+\s*=|(?:javascript|vbscript)\s*:|data:text\/html/i;

/** What is wrong with an article's outputs: executable markup, script URLs, event attributes, or `marker`. */
export function outputProblems(article: Article, marker?: RegExp): string[] {
  const problems = sanitisedViolations(article.html).map((p) => `html: ${p}`);
  const outputs = renderAll(article);
  problems.push(...sanitisedViolations(outputs.html, { tags: null, attributes: null, dataImages: true }).map((p) => `html export: ${p}`));
  const md = ACTIVE_MARKUP.exec(outputs.md);
  if (md) problems.push(`md: ${JSON.stringify(outputs.md.slice(Math.max(0, md.index - 40), md.index + 60))}`);
  if (marker) {
    for (const [name, text] of [['article.html', article.html], ...Object.entries(outputs)] as [string, string][]) {
      const m = marker.exec(text);
      if (m) problems.push(`${name} contains ${m[0]}: ${JSON.stringify(text.slice(Math.max(0, m.index - 60), m.index + 40))}`);
    }
  }
  return problems;
}
