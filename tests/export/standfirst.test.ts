import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/core/export/html';
import { jsonRecord } from '../../src/core/export/json';
import { toMarkdown } from '../../src/core/export/markdown';
import { toText } from '../../src/core/export/plain-text';
import { ARTICLE_SLUGS, buildArticle, CTX } from './article-factory';

// A standfirst is page text like any other: it may hold markup-looking characters.
const DEK = 'Two towns chose <walls>, one chose *the river* & its floods';
const article = { ...buildArticle(ARTICLE_SLUGS[0]), standfirst: DEK };

describe('the standfirst in every text export', () => {
  it('plain text: the first paragraph of the body, after the metadata line', () => {
    const blocks = toText(article, CTX).split('\n\n');
    expect(blocks[1]).toBe(DEK);
    expect(blocks[2]).toBe(article.paragraphs[0]);
  });

  it('Markdown: in italics under the headline, escaped', () => {
    const md = toMarkdown(article, CTX);
    const afterHeadline = md.split(/^# .*$/m)[1].trim().split('\n\n');
    expect(afterHeadline[0]).toBe('_Two towns chose &lt;walls>, one chose \\*the river\\* & its floods_');
  });

  it('HTML: a paragraph in the header, escaped', () => {
    const html = toHtml(article, CTX);
    expect(html).toContain('<p class="standfirst">Two towns chose &#60;walls&#62;, one chose *the river* &#38; its floods</p>');
    expect(html.indexOf('class="standfirst"')).toBeLessThan(html.indexOf('</header>'));
  });

  it('JSON: its own field next to the excerpt; absent standfirsts are null, never missing', () => {
    const keys = Object.keys(jsonRecord(article, CTX).article as object);
    expect(keys.indexOf('standfirst')).toBe(keys.indexOf('excerpt') + 1);
    expect((jsonRecord(article, CTX).article as { standfirst: string }).standfirst).toBe(DEK);
    expect((jsonRecord(buildArticle(ARTICLE_SLUGS[0]), CTX).article as { standfirst: null }).standfirst).toBeNull();
  });
});
