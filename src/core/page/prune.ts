/**
 * Before Readability: what no reader sees or needs, taken out of the working copy so that Readability does not
 * walk, score and serialise it (its cost grows with the page). SVG drawings (never kept: not text, and not in the
 * sanitiser's list), elements marked `hidden`, and, outside the page's <article> or <main>, aria-hidden elements
 * and <nav> menus. Readability drops each of these itself (hidden ones as invisible, menus by their link density),
 * so the article is the same; docs/quality-log.md has the measurement. Nothing is reported: none of it was shown.
 */
import type { PageQuery } from './page-query';

const FRAME = new Set(['html', 'head', 'body']);

export function pruneForReadability(query: PageQuery): number {
  let pruned = 0;
  for (const el of query.all('svg, nav, [hidden], [aria-hidden="true"]')) {
    const tag = el.localName.toLowerCase();
    // The document's own frame stays whatever it is marked (an SVG document's root, a <body hidden>).
    if (!el.parentElement || FRAME.has(tag)) continue;
    const always = tag === 'svg' || el.hasAttribute('hidden');
    // Readability keeps aria-hidden images marked as a lazy loader's fallback.
    if (!always && (el.closest('article, main') || /fallback-image/.test(el.getAttribute('class') ?? ''))) continue;
    el.remove();
    pruned++;
  }
  return pruned;
}
