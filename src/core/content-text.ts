/**
 * Turns the cleaned article element into reading units: paragraphs (block by block, <br><br> splits), image
 * captions kept apart, and images with resolved URLs. One walk over the tree.
 */
import type { ArticleImage } from './article';
import { mathText } from './page/math-text';
import { collapseWhitespace } from './text/normalize';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'UL',
]);
// Never rendered as text: scripts and styles, fallbacks a browser does not show (noscript, noembed, noframes), foreign
// markup and form controls. A formula (<math>, made clean by page/formulas.ts) reads as its linear text.
// Ruby annotations (<rt>, and the <rp> brackets for browsers without ruby) are readings printed over the base text,
// furigana or pinyin: a reading aid, not words (an easy-news page marks every kanji; read as text, none of its
// sentences is whole).
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'NOEMBED', 'NOFRAMES', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME',
  'RT', 'RP',
]);
/** An element's text as a reader sees it, without ruby readings (captions, table cells). */
function shownText(el: Element): string {
  if (!el.querySelector('rt, rp')) return collapseWhitespace(el.textContent ?? '');
  let text = '';
  const walker: Node[] = [el];
  while (walker.length > 0) {
    const node = walker.pop()!;
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1 && !/^r[tp]$/i.test((node as Element).tagName)) {
      for (let c = node.lastChild; c; c = c.previousSibling) walker.push(c);
    }
  }
  return collapseWhitespace(text);
}

export interface ContentText {
  paragraphs: string[];
  captions: string[];
}

export function contentText(root: Element): ContentText {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  let buf = '';

  const flush = () => {
    // A <br> pair (two newlines, possibly with spaces between) separates paragraphs; a single one is a space.
    for (const part of buf.split(/\n[ \t\u00a0]*\n/)) {
      const text = collapseWhitespace(part);
      if (text) paragraphs.push(text);
    }
    buf = '';
  };

  // Iterative (an explicit stack, not recursion): pages nest thousands of levels deep and must not overflow it.
  const stack: { next: Node | null; block: boolean }[] = [{ next: root.firstChild, block: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const child = top.next;
    if (!child) {
      stack.pop();
      if (top.block) flush();
      continue;
    }
    top.next = child.nextSibling;
    if (child.nodeType === 3) {
      buf += (child as Text).data.replace(/\n/g, ' ');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    // A footnote's link back to its reference (clean/rules/footnote-backlinks.ts) is an arrow, not text.
    if (tag === 'A' && el.getAttribute('href')?.startsWith('#fnref-')) continue;
    if (tag === 'BR') {
      buf += '\n';
    } else if (tag === 'MATH') {
      const text = mathText(el);
      if (el.getAttribute('display') === 'block') {
        flush();
        if (text) paragraphs.push(text);
      } else {
        buf += ` ${text} `;
      }
    } else if (tag === 'FIGCAPTION') {
      flush();
      const text = shownText(el);
      if (text) captions.push(text);
    } else if (tag === 'TR') {
      // A table row reads as one line: its cells joined by " | ".
      flush();
      const cells = Array.from(el.children)
        .filter((c) => c.tagName.toUpperCase() === 'TD' || c.tagName.toUpperCase() === 'TH')
        .map((c) => shownText(c))
        .filter(Boolean);
      if (cells.length) paragraphs.push(cells.join(' | '));
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push({ next: el.firstChild, block: true });
    } else {
      stack.push({ next: el.firstChild, block: false });
    }
  }
  flush();
  return { paragraphs, captions };
}

export function contentImages(root: Element, baseUrl: string): ArticleImage[] {
  const images: ArticleImage[] = [];
  const seen = new Set<string>();
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const raw = img.getAttribute('src') ?? '';
    const src = resolveUrl(raw, baseUrl);
    if (!src || seen.has(src)) continue;
    const w = Number(img.getAttribute('width'));
    const h = Number(img.getAttribute('height'));
    if ((w > 0 && w <= 2) || (h > 0 && h <= 2)) continue; // tracking pixels
    seen.add(src);
    const caption = captionOf(img);
    // An image the page left without alt text is described by its caption (what a reader of the page reads).
    images.push({ src, alt: collapseWhitespace(img.getAttribute('alt') ?? '') || caption, caption: caption || null });
  }
  return images;
}

/**
 * The caption of an image ('' when none): its figure's <figcaption>, or the one beside it in a wrapper that holds no
 * other image (a caption the page marked by class, made a <figcaption> by the image-captions rule, has no figure).
 */
export function captionOf(img: Element): string {
  let figcaption = img.closest('figure')?.querySelector('figcaption') ?? null;
  for (let el = img.parentElement, depth = 0; !figcaption && el && depth < 3; el = el.parentElement, depth++) {
    if (el.querySelectorAll('img').length > 1) break;
    figcaption = el.querySelector('figcaption');
  }
  return figcaption ? collapseWhitespace(figcaption.textContent ?? '') : '';
}

/** Absolute http(s) URL, or null for anything else (javascript:, data:, blob: …). */
export function resolveUrl(raw: string, baseUrl: string): string | null {
  if (!raw.trim()) return null;
  try {
    const u = new URL(raw.trim(), baseUrl);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
