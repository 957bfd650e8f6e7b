/**
 * A heading over teaser cards for other pages of the site (issue #18, any language): "Mehr zu Klima und Konsum",
 * "Entdecke weitere Homestorys", "Noch mehr Infos für dich", "Nos autres reportages". Their words vary from site to
 * site and open real sections too ("Mehr zu …", "Weitere …"), so the section is judged by its shape, not the label:
 * from the heading to the next heading of its rank (or the end of the body), the blocks are link lines (a linked
 * headline, a lone "more" link) and, beside them, card parts: short titles and summaries that sit in a box holding a
 * link line and nothing of the text before the heading. At least two link lines, or the section ends the body.
 * A paragraph of the article has no such box (it shares its container with the text above), so a sub-heading over
 * prose with links stays; lists (sources, further reading), tables and quotes stay, and so do sections before the
 * article's text (a listing page's own sections) and pages that are not articles.
 */
import { insideTag, isProtected } from '../kit/page-structure';
import type { CleanRule, RuleContext } from '../kit/rule';
import type { CleanRun } from '../kit/run';
import { siteOf } from '../kit/story-links';

const HEADING = /^H([1-6])$/;
/** A heading longer than this is a headline or a sentence, not a box's label. */
const LABEL_MAX_CHARS = 80;
/** A link line: a linked headline or a "more" link, not a paragraph. */
const LINK_LINE_MAX_CHARS = 150;
const LINK_LINE_MIN_DENSITY = 0.8;
/** A card's summary is a sentence or two; a longer unlinked block is the article's prose. */
const CARD_PART_MAX_CHARS = 300;
/** Characters of unlinked text above the heading: the article, before any box after it. */
const MIN_TEXT_ABOVE = 200;
/** Elements whose children are blocks: walked into, never one line. */
const BLOCKS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'P', 'UL', 'OL', 'DL', 'LI', 'DD', 'DT', 'TABLE', 'FIGURE', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FORM']);
/** A section holding any of these is the article's (sources, further reading, data, quotes). */
const KEEP = new Set(['UL', 'OL', 'DL', 'TABLE', 'PRE', 'BLOCKQUOTE']);
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'SVG', 'IFRAME']);

type Kind = 'heading' | 'link' | 'text' | 'media';

interface Line {
  el: Element;
  kind: Kind;
  rank: number;
  text: string;
}

/** The body's leaf blocks in reading order: the lines a reader sees, each with its shape. */
function linesOf(run: CleanRun, root: Element, ownSite: (a: Element) => boolean): Line[] {
  const lines: Line[] = [];
  const visit = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const text = run.textOf(child);
      if (!text) {
        if (MEDIA.has(child.tagName) || child.getElementsByTagName('img').length > 0) lines.push({ el: child, kind: 'media', rank: 0, text });
        continue;
      }
      if (hasBlockChild(child) && !HEADING.test(child.tagName)) {
        visit(child);
        continue;
      }
      const heading = HEADING.exec(child.tagName);
      const linked =
        text.length <= LINK_LINE_MAX_CHARS &&
        (child.tagName === 'A' || run.linkDensity(child, text) >= LINK_LINE_MIN_DENSITY) &&
        linksHome(child, ownSite);
      lines.push({ el: child, kind: linked ? 'link' : heading ? 'heading' : 'text', rank: heading ? Number(heading[1]) : 0, text });
    }
  };
  visit(root);
  return lines;
}

function hasHeading(root: Element): boolean {
  return ['h2', 'h3', 'h4', 'h5', 'h6'].some((tag) => root.getElementsByTagName(tag).length > 0);
}

/** Whether every link of a line stays on the page's own site: a teaser's does, a map's or a source's does not. */
function linksHome(el: Element, ownSite: (a: Element) => boolean): boolean {
  const links = el.tagName === 'A' ? [el] : Array.from(el.querySelectorAll('a'));
  return links.length > 0 && links.every(ownSite);
}

/** Whether el holds a block with text (a box to walk into) rather than being one line of inline text. */
function hasBlockChild(el: Element): boolean {
  for (const c of Array.from(el.children)) if (BLOCKS.has(c.tagName)) return true;
  return false;
}

function apply(root: Element, ctx: RuleContext): string[] {
  // getElementsByTagName: no selector to compile, and most bodies have no sub-heading at all.
  if (ctx.isArticle === false || !hasHeading(root)) return [];
  const { run } = ctx;
  const s = run.structureOf(root);
  // Without the page's address (a fragment), relative links are the site's own and absolute ones another's.
  const base = ctx.url ?? 'https://page.invalid/';
  const site = siteOf(base, base);
  const ownSite = (a: Element): boolean => {
    const href = a.getAttribute('href');
    // "#": a back-to-top link, the page's own furniture.
    return !!href && (href.startsWith('#') || siteOf(href, base) === site);
  };
  const lines = linesOf(run, root, ownSite);
  // Each element's first line: a card box begins at or after its section's heading.
  const firstLine = new Map<Element, number>();
  lines.forEach((line, i) => {
    for (let cur: Element | null = line.el; cur && cur !== root && !firstLine.has(cur); cur = cur.parentElement) firstLine.set(cur, i);
  });
  const targets: Element[] = [];
  // Unlinked text read so far: a section before the article's text is a listing page's own.
  let textAbove = 0;
  for (let h = 0; h < lines.length; h++) {
    const head = lines[h]!;
    if (head.kind === 'text') textAbove += head.text.length;
    if (head.kind !== 'heading' || head.text.length > LABEL_MAX_CHARS) continue;
    if (textAbove < MIN_TEXT_ABOVE || insideTag(head.el, root, KEEP)) continue;
    let end = h + 1;
    while (end < lines.length && !(lines[end]!.kind === 'heading' && lines[end]!.rank <= head.rank)) end++;
    const section = lines.slice(h + 1, end);
    if (!isTeaserSection(section, h, firstLine, root)) continue;
    const links = section.filter((l) => l.kind === 'link').length;
    if (links < 2 && end < lines.length) continue;
    for (const line of [head, ...section]) targets.push(outermost(line.el, h, end, firstLine, lines, root, s));
    h = end - 1;
  }
  return run.removeBlocks(targets);
}

function isTeaserSection(section: Line[], h: number, firstLine: Map<Element, number>, root: Element): boolean {
  if (!section.some((l) => l.kind === 'link')) return false;
  for (const line of section) {
    if (insideTag(line.el, root, KEEP) || KEEP.has(line.el.tagName)) return false;
    if (line.kind === 'link' || line.kind === 'media') continue;
    if (line.text.length > CARD_PART_MAX_CHARS || !inCard(line.el, h, section, firstLine, root)) return false;
  }
  return true;
}

/** Whether el sits in a box (below root) that starts at or after the heading and holds a link line. */
function inCard(el: Element, h: number, section: Line[], firstLine: Map<Element, number>, root: Element): boolean {
  for (let box = el.parentElement; box && box !== root; box = box.parentElement) {
    if ((firstLine.get(box) ?? -1) < h) return false;
    if (section.some((l) => l.kind === 'link' && box.contains(l.el))) return true;
  }
  return false;
}

/** el with the boxes around it that hold nothing outside the section [h, end): the card or the section's box. */
function outermost(el: Element, h: number, end: number, firstLine: Map<Element, number>, lines: Line[], root: Element, s: ReturnType<CleanRun['structureOf']>): Element {
  let box = el;
  for (let up = box.parentElement; up && up !== root && !isProtected(up, root, s); up = up.parentElement) {
    if ((firstLine.get(up) ?? -1) < h) break;
    const next = lines[end];
    if (next && up.contains(next.el)) break;
    box = up;
  }
  return box;
}

export const rule: CleanRule = { name: 'teaser-sections', post: apply };
