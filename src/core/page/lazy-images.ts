/**
 * Lazy-loaded images, resolved before Readability sees the page: each <img> gets, as its `src`, the picture a reader
 * of the page sees, never the placeholder the page ships in its place. Lazy loaders (lazysizes on WordPress and
 * Drupal, WP Rocket, Jetpack, Arc's and Ghost's responsive images, the Vietnamese CMSs' `data-src` over a blank
 * GIF) keep the real address in `data-*` attributes, a `<picture>`'s `<source>`s or a `<noscript>` fallback, and put
 * a 1×1 GIF, a blurred data URL or a spinner in `src`. Readability's own lazy-image fix only looks past a tiny base64
 * `src`, and only for .jpg/.png/.webp names, so a placeholder file or an extensionless CDN address would win.
 *
 * In a browser the live element's `currentSrc` is what the reader saw: it comes first where the image's own src is a
 * placeholder (read from the live page by `liveImageSources`, since the working copy is a clone that never loaded
 * anything); a real src stays, so nothing is fetched from a `<source>` the page's src did not name.
 */
import { rootElement } from './dom-safety';
import { isPixelSized } from './pixel-size';
import type { PageQuery } from './page-query';

/** Attributes lazy loaders keep a single address in, most specific first. */
const SRC_ATTRS = [
  'data-lazy-src', 'data-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src',
  'data-orig-file', 'data-original-src', 'data-echo', 'data-lazyload',
];
/** Attributes lazy loaders keep a srcset in. */
const SRCSET_ATTRS = ['data-lazy-srcset', 'data-srcset', 'data-original-set', 'srcset'];
/** Working attribute carrying the live element's currentSrc into the clone (removed once read). */
export const CURRENT_SRC_ATTR = 'data-lucid-current-src';
/** Words a placeholder's file name is made of ("lazy_placeholder.gif", "grey.gif", "1x1.png", "spinner.svg"). */
const PLACEHOLDER_WORDS = new Set([
  'blank', 'spacer', 'pixel', 'transparent', 'placeholder', 'lazy', 'lazyload', 'loading', 'loader', 'spinner', 'grey',
  'gray', 'dot', 'empty', 'clear', 'trans', 'px',
]);
/** Words that may stand beside them in such a name without making it a picture's ("img-placeholder-1x1"). */
const FILLER_WORDS = new Set(['img', 'image', 'default', 'small', 'white', 'black', 'bg']);

/** Whether a file name is made only of placeholder words, sizes and numbers, with at least one placeholder word. */
function isPlaceholderName(url: string): boolean {
  const path = url.split(/[?#]/)[0]!;
  const file = path.slice(path.lastIndexOf('/') + 1);
  const name = file.replace(/\.(?:gif|png|svg|jpe?g|webp)$/i, '');
  if (name === file) return false; // not an image file name
  const words = name.toLowerCase().split(/[_.-]+/).filter(Boolean);
  return words.some((w) => PLACEHOLDER_WORDS.has(w) || /^\d+x\d+$/.test(w))
    && words.every((w) => PLACEHOLDER_WORDS.has(w) || FILLER_WORDS.has(w) || /^\d+(?:x\d+)?$/.test(w));
}

/** A resizer asked for a blurred preview ("?filters=blur", "/filters:blur(10)/"): the low-quality stand-in. */
function isBlurred(url: string): boolean {
  const [path = '', query = ''] = url.split('#')[0]!.split('?');
  return /\bblur\b/i.test(query) || path.split('/').some((part) => part.startsWith('filters:') && /\bblur\b/i.test(part));
}

/** Whether an address is a stand-in rather than a picture: data URLs (1×1 GIFs, blurred previews), placeholder files. */
export function isPlaceholderSrc(src: string): boolean {
  const s = src.trim();
  if (!s || s === 'about:blank' || s === '#' || /^(?:data|blob|javascript):/i.test(s)) return true;
  return isPlaceholderName(s) || isBlurred(s);
}

/** A srcset's candidates, split as the HTML parser splits them: a URL may hold commas, a descriptor ends at one. */
function srcsetCandidates(srcset: string): { url: string; descriptor: string }[] {
  const out: { url: string; descriptor: string }[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    let url = '';
    while (i < srcset.length && !/\s/.test(srcset[i]!)) url += srcset[i++];
    if (!url) break;
    if (url.endsWith(',')) {
      let end = url.length;
      while (end > 0 && url[end - 1] === ',') end--;
      out.push({ url: url.slice(0, end), descriptor: '' });
      continue;
    }
    let descriptor = '';
    while (i < srcset.length && srcset[i] !== ',') descriptor += srcset[i++];
    out.push({ url, descriptor: descriptor.trim() });
  }
  return out;
}

/** The widest candidate of a srcset ("a.jpg 400w, b.jpg 1200w" → b.jpg; "a.jpg 1x, b.jpg 2x" → b.jpg), or null. */
export function bestOfSrcset(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const { url, descriptor } of srcsetCandidates(srcset)) {
    if (isPlaceholderSrc(url)) continue;
    const m = /^(\d+(?:\.\d+)?)([wx])$/.exec(descriptor);
    const size = m ? Number(m[1]) * (m[2] === 'x' ? 1000 : 1) : 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

/** The currentSrc of every <img> of the live page, in document order ('' where none): call before cloning. */
export function liveImageSources(doc: Document): string[] {
  const root = rootElement(doc);
  if (!root) return [];
  return Array.from(root.getElementsByTagName('img')).map((img) => {
    const current = (img as { currentSrc?: unknown }).currentSrc;
    return typeof current === 'string' && /^https?:/i.test(current) && !isPlaceholderSrc(current) ? current : '';
  });
}

/** Marks the clone's images with the live page's currentSrc (same tree, so the same document order). */
export function carryLiveSources(query: PageQuery, sources: readonly string[]): void {
  if (!sources.some(Boolean)) return;
  const imgs = query.all('img');
  if (imgs.length !== sources.length) return; // not the same tree: nothing can be paired safely
  imgs.forEach((img, i) => {
    if (sources[i]) img.setAttribute(CURRENT_SRC_ATTR, sources[i]!);
  });
}

/**
 * An <img> from a <noscript> fallback: parsed as elements (parsers without scripting) or as its markup text. A
 * fallback sized as a tracking pixel (width="1") is none: taking its address would turn a beacon into a photo.
 */
function noscriptImage(noscript: Element): { src: string | null; alt: string | null } | null {
  const img = noscript.querySelector('img');
  if (img) {
    if (isPixelSized(img)) return null;
    return { src: img.getAttribute('src') ?? bestOfSrcset(img.getAttribute('srcset') ?? ''), alt: img.getAttribute('alt') };
  }
  const tag = /<img\b[^>]*>/i.exec(noscript.textContent ?? '')?.[0];
  if (!tag) return null;
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/\s([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)) {
    if (!attrs.has(m[1]!.toLowerCase())) attrs.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  const attr = (name: string) => attrs.get(name) ?? null;
  // Sized as a browser would size it, on a detached element carrying the markup's attributes.
  const sized = noscript.ownerDocument.createElement('img');
  for (const name of ['width', 'height', 'style']) if (attrs.has(name)) sized.setAttribute(name, attrs.get(name)!);
  if (isPixelSized(sized)) return null;
  return { src: attr('src') ?? bestOfSrcset(attr('srcset') ?? ''), alt: attr('alt') };
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[e] ?? _);
}

/**
 * The <noscript> fallback beside an image: its next sibling, or the next sibling of the wrapper it is alone in.
 * `manyImages` remembers which wrappers hold more than one image, so a container of thousands of images is counted
 * once, not once per image.
 */
function fallbackOf(img: Element, manyImages: Map<Element, boolean>): Element | null {
  for (let el: Element | null = img, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    const next = el.nextElementSibling;
    if (next?.tagName.toUpperCase() === 'NOSCRIPT') return next;
    const prev = el.previousElementSibling;
    if (prev?.tagName.toUpperCase() === 'NOSCRIPT') return prev;
    if (el === img) continue;
    let many = manyImages.get(el);
    if (many === undefined) {
      many = el.getElementsByTagName('img').length > 1;
      manyImages.set(el, many);
    }
    if (many) break;
  }
  return null;
}

/** The best <source> of the <picture> an image sits in (data-srcset first: lazy loaders leave srcset empty). */
function pictureSource(img: Element): string | null {
  const picture = img.parentElement;
  if (picture?.tagName.toUpperCase() !== 'PICTURE') return null;
  for (const source of Array.from(picture.querySelectorAll('source'))) {
    for (const name of SRCSET_ATTRS) {
      const url = bestOfSrcset(source.getAttribute(name) ?? '');
      if (url) return url;
    }
  }
  return null;
}

/** The address a reader sees for one image, or null when nothing better than its src is known. */
function realSource(img: Element, fallback: Element | null): { src: string; alt: string | null } | null {
  const src = img.getAttribute('src')?.trim() ?? '';
  const srcOk = !isPlaceholderSrc(src);
  // The live page's choice stands in for a placeholder only: where the image has a real src, the reader loads that
  // and nothing from a <source> or srcset the page's own src did not name.
  const current = img.getAttribute(CURRENT_SRC_ATTR);
  if (current && !srcOk) return { src: current, alt: null };
  for (const name of SRC_ATTRS) {
    const v = img.getAttribute(name)?.trim();
    if (v && !isPlaceholderSrc(v)) return { src: v, alt: null };
  }
  for (const name of SRCSET_ATTRS) {
    // A real src stays unless a lazy srcset offers the picture (srcset itself is the page's own choice of sizes).
    if (srcOk && name === 'srcset') break;
    const url = bestOfSrcset(img.getAttribute(name) ?? '');
    if (url) return { src: url, alt: null };
  }
  if (srcOk) return null;
  const fromPicture = pictureSource(img);
  if (fromPicture) return { src: fromPicture, alt: null };
  const noscript = fallback ? noscriptImage(fallback) : null;
  if (noscript?.src && !isPlaceholderSrc(noscript.src)) return { src: noscript.src, alt: noscript.alt };
  return null;
}

/**
 * Gives every lazy image its real address in `src` (and an `alt` from its fallback when it had none). The <noscript>
 * fallback stays: Readability drops every <noscript> (putting a lone image of one in place of the image before it,
 * which is then the same picture), and the text and HTML of the article never include one.
 */
export function resolveLazyImages(query: PageQuery): number {
  let resolved = 0;
  const manyImages = new Map<Element, boolean>();
  for (const img of query.all('img')) {
    const fallback = fallbackOf(img, manyImages);
    const real = realSource(img, fallback);
    img.removeAttribute(CURRENT_SRC_ATTR);
    if (!real) continue;
    img.setAttribute('src', real.src);
    // The srcset and data-* addresses are spent: Readability would otherwise copy one of them back over src.
    img.removeAttribute('srcset');
    for (const name of [...SRC_ATTRS, ...SRCSET_ATTRS]) img.removeAttribute(name);
    if (!img.getAttribute('alt')?.trim() && real.alt?.trim()) img.setAttribute('alt', real.alt.trim());
    resolved++;
  }
  return resolved;
}
