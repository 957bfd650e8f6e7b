/**
 * The Markdown export grows linearly with the size of a table or a list. turndown asks about the table for every row
 * and cell, and numbers every list item by searching its siblings, so without markdown-structure.ts's per-conversion
 * answers and the list-item rule (markdown-rules.ts) the time grew with the square of the rows or items. Each shape is
 * exported at n and 8n in the same run, on turndown's own parser and on linkedom (the CLI's); the figures are printed.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/core/export/markdown';
import { buildArticle } from '../export/article-factory';
import { CTX } from './outputs';
import { describeGrowth, measureGrowth, superLinear } from './time-growth';

const BASE = buildArticle('kellerton-council-library');
const FACTOR = 8;

const cells = (r: number, tag: string) => Array.from({ length: 4 }, (_, c) => `<${tag}>r${r} c${c}</${tag}>`).join('');
/** Each shape with its small size: large enough that the quadratic version is well above the noise at 8 times it. */
const SHAPES: [string, number, (n: number) => string][] = [
  ['a data table with a heading row', 100, (n) => `<table><thead><tr>${cells(0, 'th')}</tr></thead><tbody>${Array.from({ length: n }, (_, r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`],
  ['a data table without one', 100, (n) => `<table>${Array.from({ length: n }, (_, r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</table>`],
  ['a layout table (one cell a row)', 100, (n) => `<table>${Array.from({ length: n }, (_, r) => `<tr><td><p>Row ${r}</p></td></tr>`).join('')}</table>`],
  ['a numbered list', 1000, (n) => `<ol start="3">${Array.from({ length: n }, (_, i) => `<li>Item ${i}</li>`).join('')}</ol>`],
  ['a list of code blocks', 500, (n) => `<ul>${Array.from({ length: n }, (_, i) => `<li><pre><code>x = ${i}</code></pre></li>`).join('')}</ul>`],
];

const PARSERS: [string, ((html: string) => Node) | undefined][] = [
  ['turndown', undefined],
  ['linkedom', (html) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Node],
];

describe('Markdown export of large tables and lists', () => {
  describe.each(PARSERS)('on %s', (parserName, parse) => {
    it.each(SHAPES)('%s', (name, size, make) => {
      const exportOf = (n: number) => {
        const article = { ...BASE, html: make(n) };
        return () => void toMarkdown(article, { ...CTX, parse });
      };
      const small = exportOf(size);
      const large = exportOf(size * FACTOR);
      const growth = superLinear(small, large, { floorMs: 20 });
      console.log(`[markdown-growth] ${parserName}, ${name}: ${describeGrowth(growth ?? measureGrowth(small, large, 1))}`);
      expect(growth && describeGrowth(growth)).toBeNull();
    }, 120_000);
  });
});
