/**
 * DOM touch-ups on the already-sanitised article body, so the reader shows the headline once and every image
 * with the caption the extractor found. They only move or add nodes; no markup strings. Images are addressed
 * through safe-html's setImageSource/imageSourceOf: where images wait to be asked for, an image has no src yet.
 */
import type { ArticleImage } from '../../core/index';
import { imageSourceOf, isSafeUrl, setImageSource } from '../safe-html';
import { normaliseText } from './format';

/** Removes a leading heading (before any paragraph text) that repeats the title shown in the reader header. */
export function dropRepeatedHeadline(root: Element, title: string): boolean {
  const wanted = normaliseText(title);
  if (!wanted) return false;
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    const tag = node.tagName.toLowerCase();
    if (/^h[1-6]$/.test(tag)) {
      if (normaliseText(node.textContent ?? '') !== wanted) return false;
      node.remove();
      return true;
    }
    // Body text before any heading means the article starts without a repeated headline.
    if (tag === 'p' && normaliseText(node.textContent ?? '')) return false;
  }
  return false;
}

/** img src as the extractor reported it, matched loosely (absolute URL, no fragment). */
function imageKey(src: string, base: string): string {
  try {
    const u = new URL(src, base);
    u.hash = '';
    return u.href;
  } catch {
    return src;
  }
}

/** Gives body images without a caption the caption the extractor recorded for the same src. */
export function addMissingCaptions(root: Element, images: ArticleImage[], baseUrl: string): void {
  const captions = new Map<string, string>();
  for (const img of images) if (img.caption) captions.set(imageKey(img.src, baseUrl), img.caption);
  if (!captions.size) return;
  const doc = root.ownerDocument;
  for (const img of root.querySelectorAll('img')) {
    const caption = captions.get(imageKey(imageSourceOf(img) ?? '', baseUrl));
    if (!caption) continue;
    const figure = img.closest('figure');
    if (figure) {
      if (!figure.querySelector('figcaption')) figure.append(Object.assign(doc.createElement('figcaption'), { textContent: caption }));
      continue;
    }
    // A lone image (possibly inside a link, possibly alone in a paragraph) becomes a figure.
    const content: Element = img.parentElement?.tagName === 'A' ? img.parentElement : img;
    const parent = content.parentElement;
    const lonePara = parent && parent !== root && parent.tagName === 'P' && parent.children.length === 1 && !normaliseText(parent.textContent ?? '');
    const outer = lonePara ? parent : content;
    const fig = doc.createElement('figure');
    outer.replaceWith(fig);
    fig.append(content, Object.assign(doc.createElement('figcaption'), { textContent: caption }));
  }
}

/**
 * The extractor's first image is usually the lead photo; when the body lost it (it sat above the article
 * container), show it first, with its caption.
 */
export function insertLeadImage(root: Element, images: ArticleImage[], baseUrl: string): boolean {
  const lead = images[0];
  if (!lead || !isSafeUrl(lead.src)) return false;
  const present = new Set([...root.querySelectorAll('img')].map((img) => imageKey(imageSourceOf(img) ?? '', baseUrl)));
  if (present.has(imageKey(lead.src, baseUrl))) return false;
  const doc = root.ownerDocument;
  const fig = doc.createElement('figure');
  const img = doc.createElement('img');
  img.setAttribute('alt', lead.alt);
  img.setAttribute('decoding', 'async');
  setImageSource(img, lead.src); // last: in a live document, setting src starts the fetch
  fig.append(img);
  if (lead.caption) fig.append(Object.assign(doc.createElement('figcaption'), { textContent: lead.caption }));
  root.prepend(fig);
  return true;
}
