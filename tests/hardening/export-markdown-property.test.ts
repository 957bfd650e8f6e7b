/**
 * Property: whatever article HTML a page holds, its Markdown export renders (commonmark, markdown-it with HTML on,
 * marked) to plain Markdown elements only, with http(s)/mailto URLs only (generators: export-markdown-arbitraries).
 * Fixed seeds, so a failure replays; `numRuns` kept small enough for the unit suite.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { toMarkdown } from '../../src/core/export/markdown';
import { ExtractError, extractArticle } from '../../src/core/extract';
import { nodeSanitizer } from '../../src/node/index';
import { buildArticle } from '../export/article-factory';
import { CTX } from './outputs';
import { bodyArb, escapeText, textArb } from './export-markdown-arbitraries';
import { markdownProblems } from './export-markdown-renderers';

const BASE = buildArticle('kellerton-council-library');
const URL_ = 'https://ledger.example/2024/10/09/library-repairs-approved/';

function assertClean(markdown: string): void {
  const problems = markdownProblems(markdown);
  if (problems.length) throw new Error(`${problems.join('\n')}\n--- Markdown:\n${markdown}`);
}

describe('Markdown export of generated hostile HTML renders to plain Markdown only', () => {
  it('through the exporter, on the article HTML as given', () => {
    fc.assert(
      fc.property(bodyArb, textArb, (html, title) => {
        const article: Article = { ...BASE, html, title: title || 'x', standfirst: title, byline: title };
        assertClean(toMarkdown(article, CTX));
        assertClean(toMarkdown(article, { ...CTX, parse: undefined }));
      }),
      { seed: 20241014, numRuns: 300 },
    );
  }, 300_000);

  it('through the whole pipeline (parse, extract, sanitise, export)', () => {
    const prose = '<p>The council met again on Tuesday and the budget for the leaking roof of the library was discussed at length.</p>';
    fc.assert(
      fc.property(bodyArb, textArb, (html, title) => {
        const page = `<!doctype html><html><head><title>${escapeText(title)}</title></head><body><article><h1>${escapeText(title)}</h1>${prose}${html}${prose}${prose}</article></body></html>`;
        let article: Article;
        try {
          article = extractArticle(parseHTML(page).document as unknown as Document, URL_, { sanitize: nodeSanitizer() });
        } catch (err) {
          if (err instanceof ExtractError) return;
          throw err;
        }
        assertClean(toMarkdown(article, CTX));
      }),
      { seed: 20241015, numRuns: 200 },
    );
  }, 300_000);
});
