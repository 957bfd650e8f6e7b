/**
 * Tracking pixels: images that exist to be fetched, not seen. Left in the Article they are fetched again by every
 * surface that shows it (the popup, the reader, an HTML export opened later), each time telling the tracker that
 * the page was read. An image is one when the page declares it 0–2 px in either dimension (width/height attributes,
 * or inline style, which wins over them as it does in a browser), or when its address is a known beacon endpoint.
 * An image whose size is not declared, or declared in units that are not pixels, is a real image unless its
 * address says otherwise: no guessing from a missing size. (Hidden images never get here: Readability drops them.)
 * It runs before Readability, which strips inline styles (a pixel sized only by its style would pass unseen after
 * it), and again after it, for the images Readability brings in itself (from <noscript> fallbacks).
 */
import type { CleanRule, RuleContext } from '../kit/rule';
import { matchesUnder } from '../kit/matches-under';
import { isPixelSized } from '../../page/pixel-size';

/** Analytics and ad-conversion endpoints whose images are beacons by design: host (or its subdomains), path prefix. */
const BEACON_ENDPOINTS: ReadonlyArray<readonly [host: string, path: string]> = [
  ['facebook.com', '/tr'],
  ['google-analytics.com', '/'],
  ['googleadservices.com', '/pagead/conversion'],
  ['scorecardresearch.com', '/'],
  ['quantserve.com', '/'],
  ['pixel.wp.com', '/'],
  ['bat.bing.com', '/action'],
  ['analytics.twitter.com', '/'],
  ['t.co', '/i/adsct'],
  ['px.ads.linkedin.com', '/'],
  ['ct.pinterest.com', '/'],
  ['mc.yandex.ru', '/watch'],
  ['mc.yandex.com', '/watch'],
  ['imrworldwide.com', '/'],
  ['counter.yadro.ru', '/hit'],
];

/** File names that only ever serve a beacon or a spacer (the last path segment, lower-cased). */
const BEACON_FILES = new Set([
  'pixel', 'pixel.gif', 'pixel.png', '1x1.gif', '1x1.png', 'beacon', 'beacon.gif', '__utm.gif',
  'spacer.gif', 'blank.gif', 'clear.gif', 'transparent.gif', 'transparent.png',
]);

/** A declared CSS size: px, or NaN when it is declared in a unit that says nothing about pixels (%, em, auto). */

function onHost(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

function isBeaconAddress(src: string, base: string): boolean {
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    return false;
  }
  const path = url.pathname;
  const file = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (BEACON_FILES.has(file)) return true;
  const host = url.hostname.toLowerCase();
  return BEACON_ENDPOINTS.some(([domain, prefix]) => onHost(host, domain) && (prefix === '/' || path === prefix || path.startsWith(prefix + '/')));
}

/**
 * Whether el is alone in its parent: no element beside it, no text beside it but white space. Read from el's
 * siblings outward, stopping at the first element: DOM `children` counts every child (linkedom walks them all), and
 * a page of thousands of pixels side by side would make that quadratic.
 */
function aloneInParent(el: Element): boolean {
  for (const step of ['previousSibling', 'nextSibling'] as const) {
    for (let node = el[step]; node; node = node[step]) {
      if (node.nodeType === 1) return false;
      if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return false;
    }
  }
  return true;
}

/** The pixel, or the outermost wrapper (a paragraph, a link, a picture) that holds nothing else. */
function outermostHolder(img: Element, root: Element): Element {
  let el = img;
  for (let parent = el.parentElement; parent && parent !== root && aloneInParent(el); parent = parent.parentElement) el = parent;
  return el;
}

/**
 * Removes each pixel with what holds only it (an image has no text to show, so each reports ''). One at a time: a
 * pixel's holder is found once the pixels before it are gone, so two pixels side by side leave no empty paragraph.
 */
function removePixels(images: Element[], root: Element, ctx: RuleContext): string[] {
  const base = ctx.url ?? 'https://page.invalid/';
  const removed: string[] = [];
  for (const img of images) {
    const src = img.getAttribute('src');
    if (!isPixelSized(img) && (src === null || !isBeaconAddress(src, base))) continue;
    for (const text of ctx.run.removeBlocks([outermostHolder(img, root)])) removed.push(text);
  }
  return removed;
}

function apply(root: Element, ctx: RuleContext): string[] {
  return removePixels(matchesUnder(root, ctx, 'img'), root, ctx);
}

export const rule: CleanRule = { name: 'tracking-pixels', pre: apply, post: apply };
