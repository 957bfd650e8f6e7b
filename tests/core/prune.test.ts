import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { indexPage } from '../../src/core/page/page-index';
import { indexQuery } from '../../src/core/page/index-query';
import { pruneForReadability } from '../../src/core/page/prune';

function prune(body: string): { pruned: number; text: string; doc: Document } {
  const doc = parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
  const pruned = pruneForReadability(indexQuery(indexPage(doc)));
  return { pruned, text: (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim(), doc };
}

describe('pruneForReadability', () => {
  it('takes out drawings, hidden elements, and menus and aria-hidden blocks outside the article', () => {
    const { pruned, text, doc } = prune(`<nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <div aria-hidden="true">Modal copy</div><div hidden>Hidden promo</div>
      <article><p>Story text.</p><svg><text>Chart label</text></svg><p hidden>Hidden in the article</p></article>`);
    expect(pruned).toBe(5);
    expect(text).toBe('Story text.');
    expect(doc.querySelector('article')).not.toBeNull();
  });

  it('leaves menus and aria-hidden blocks inside the article or main, and lazy-image fallbacks, to Readability', () => {
    const { pruned, text } = prune(`<main><nav><a href="#part-2">Part 2</a></nav><p>Story text.</p>
      <span aria-hidden="true">Decorative quote mark</span></main><img class="fallback-image" aria-hidden="true" src="/a.jpg" alt="Lazy">`);
    expect(pruned).toBe(0);
    expect(text).toContain('Part 2');
    expect(text).toContain('Decorative quote mark');
  });

  it('never takes the document itself: an SVG document, a hidden body', () => {
    const svgDoc = parseHTML('<svg><text>Chart</text></svg>').document as unknown as Document;
    expect(pruneForReadability(indexQuery(indexPage(svgDoc)))).toBe(0);
    expect(svgDoc.documentElement).not.toBeNull();
    const hiddenBody = parseHTML('<!doctype html><html hidden><body hidden><p>Story text.</p></body></html>').document as unknown as Document;
    expect(pruneForReadability(indexQuery(indexPage(hiddenBody)))).toBe(0);
    expect(hiddenBody.body.textContent).toBe('Story text.');
  });
});

