/**
 * A teaser for another story of the site dropped into the body with its one-line summary: a small box holding a
 * linked headline and a sentence or two about that story ("<a>Library roof leaks again</a> Staff moved 3,000 books
 * after Sunday's storm."), sometimes under a label ("Related", "Lesen Sie auch") or beside a thumbnail. promo-lines
 * takes a linked headline alone; the summary under it is prose, and would stay behind as a stray paragraph about
 * something else. A box goes when its parts are exactly that: an optional label, a line that is nothing but a link to
 * another article of the same site, then at most two short unlinked lines. More than two such boxes, or much of the
 * text, make a list of stories (a listicle's items, a page of teasers), which stays.
 */
import type { CleanRun } from '../kit/run';
import { isProtected } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';
import { isCueLabel, within } from '../kit/block-text';
import { isStoryLink, siteOf } from '../kit/story-links';

const BOXES = new Set(['DIV', 'ASIDE', 'SECTION', 'FIGURE', 'ARTICLE', 'LI', 'TD']);
const MAX_BOX_CHARS = 500;
const MAX_SUMMARY_CHARS = 300;
const MIN_HEADLINE_WORDS = 3;
const MAX_TEASERS = 2;
const MAX_TEASER_SHARE = 0.25;

const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The parts of a box that carry text, going down through wrappers that hold all of it. */
function partsOf(run: CleanRun, box: Element): (Element | string)[] {
  let el = box;
  for (;;) {
    const parts: (Element | string)[] = [];
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 1) {
        if (run.textOf(node as Element)) parts.push(node as Element);
      } else if (node.nodeType === 3) {
        const t = (node.textContent ?? '').trim();
        if (t) parts.push(t);
      }
    }
    const only = parts[0];
    if (parts.length === 1 && typeof only !== 'string' && BOXES.has(only.tagName)) el = only;
    else return parts;
  }
}

function isTeaser(run: CleanRun, box: Element, ctx: RuleContext, site: string | null, base: string): boolean {
  const text = run.textOf(box);
  if (!text || text.length > MAX_BOX_CHARS) return false;
  const parts = partsOf(run, box);
  let i = 0;
  const first = parts[0];
  if (first !== undefined && isCueLabel(typeof first === 'string' ? first : run.textOf(first), ctx.cues.related, 12)) i = 1;
  const headline = parts[i];
  const rest = parts.slice(i + 1);
  if (!headline || typeof headline === 'string' || rest.length === 0 || rest.length > 2) return false;
  const htext = run.textOf(headline);
  const isLink = headline.tagName === 'A';
  if (words(htext) < MIN_HEADLINE_WORDS || (!isLink && run.linkDensity(headline, htext) < 0.9)) return false;
  const links = isLink ? [headline] : Array.from(headline.getElementsByTagName('a'));
  if (links.length === 0 || !links.every((a) => isStoryLink(a, site, base))) return false;
  let summary = 0;
  for (const part of rest) {
    if (typeof part === 'string') summary += part.length;
    else {
      const t = run.textOf(part);
      if (run.linkDensity(part, t) > 0.2 || part.querySelector('p, li, blockquote, h1, h2, h3, h4, h5, h6, table')) return false;
      summary += t.length;
    }
  }
  return summary > 0 && summary <= MAX_SUMMARY_CHARS;
}

function apply(root: Element, ctx: RuleContext): string[] {
  if (ctx.isArticle === false || !ctx.url) return [];
  const { run } = ctx;
  const s = run.structureOf(root);
  const base = ctx.url;
  const site = siteOf(ctx.url, base);
  const found: Element[] = [];
  for (const el of run.elementsUnder(root)) {
    if (!BOXES.has(el.tagName) || run.rawLength(el) > MAX_BOX_CHARS * 4) continue;
    if (found.some((f) => within(el, f)) || isProtected(el, root, s)) continue;
    if (isTeaser(run, el, ctx, site, base)) found.push(el);
  }
  const teased = found.reduce((n, el) => n + run.textOf(el).length, 0);
  if (found.length === 0 || found.length > MAX_TEASERS || teased > MAX_TEASER_SHARE * run.textOf(root).length) return [];
  return run.removeBlocks(found);
}

export const rule: CleanRule = { name: 'related-teasers', post: apply };
