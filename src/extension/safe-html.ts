/**
 * The ONE audited place where HTML becomes DOM in the extension (scripts/check-no-innerhtml.mjs enforces it).
 * Article HTML is page content: whatever the site put there is treated as hostile. It goes through DOMPurify with
 * a reader-only allow-list, and the result is inserted as a parsed fragment, never as a markup string.
 * Images are given a source only where fetching them sends no cookie the page itself could not (imagePolicyFor).
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { CODE_LANGUAGE_CLASS } from '../core/index';
import { t } from './i18n';

/**
 * Anything that can run code, load a browsing context, submit data or restyle the reader. MathML is allowed (the
 * core keeps formulas as presentation MathML, which Chromium ≥ 109 and Firefox draw), except <mglyph>, which loads
 * an image; DOMPurify itself refuses <maction>, <semantics> and the annotations, and checks every namespace.
 */
const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'title', 'template', 'noscript', 'slot',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'output', 'fieldset', 'label',
  'svg', 'mglyph', 'canvas', 'audio', 'video', 'source', 'track', 'dialog', 'marquee',
];
/**
 * Page styling and behaviour attributes: the reader supplies its own typography. crossorigin too: a CORS request
 * with credentials "include" carries cookies where a plain image request would not (see imagePolicyFor).
 */
const FORBID_ATTR = [
  'style', 'class', 'srcdoc', 'action', 'formaction', 'ping', 'target', 'autofocus', 'autoplay',
  'contenteditable', 'draggable', 'popover', 'popovertarget', 'tabindex', 'accesskey', 'background', 'usemap',
  'crossorigin',
];

const CONFIG: Config = {
  USE_PROFILES: { html: true, mathMl: true }, // no SVG
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Ids become "user-content-…" so article markup can never shadow document or window properties.
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

const URL_ATTRS = ['href', 'src', 'cite', 'longdesc', 'poster', 'xlink:href'];
const NAMED_PREFIX = 'user-content-';

/**
 * http(s), mailto and relative references only. Browsers drop ASCII whitespace and control characters inside a
 * scheme ("java\tscript:"), so those are removed before the scheme is read.
 */
export function isSafeUrl(value: string): boolean {
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return !scheme || ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase());
}

function hardenElement(node: Element): void {
  for (const name of URL_ATTRS) {
    const value = node.getAttribute(name);
    if (value !== null && !isSafeUrl(value)) node.removeAttribute(name);
  }
  const srcset = node.getAttribute('srcset');
  if (srcset !== null) {
    // Candidates are "url [descriptor]" separated by commas; keep the safe ones.
    const kept = srcset.split(/,\s+/).filter((c) => c.trim() && isSafeUrl(c.trim().split(/\s+/)[0]));
    if (kept.length) node.setAttribute('srcset', kept.join(', '));
    else node.removeAttribute('srcset');
  }
  const tag = node.tagName.toLowerCase();
  if (tag === 'a' && node.hasAttribute('href')) {
    const href = node.getAttribute('href') as string;
    if (href.startsWith('#')) {
      // In-article jump: follow the id renaming done by SANITIZE_NAMED_PROPS and stay in the reader.
      if (href.length > 1 && !href.startsWith('#' + NAMED_PREFIX)) node.setAttribute('href', '#' + NAMED_PREFIX + href.slice(1));
    } else {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  }
  if (tag === 'img') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
  }
}

/**
 * Whether images in this document may be fetched as soon as they are shown ('load') or only when the person asks
 * ('on-request'), so that the extension never sends a site's cookies that the page itself could not (each case's
 * cookies are checked on the wire by tests/e2e/privacy.e2e.test.ts):
 * - a web page: an image request there is the page's own (same site for cookies, same cookie partition);
 * - a top-level Chromium extension page (the popup): the build serves extension pages with
 *   Cross-Origin-Embedder-Policy: credentialless (manifest.json), so an image request carries no cookie at all,
 *   whatever host access the extension holds (without it, the toolbar popup sent the image host's SameSite=Lax,
 *   Strict and None cookies). crossorigin="anonymous" would not do: with host access the request counts as
 *   same-origin and carries them anyway, and without it a host that sends no CORS header shows no image;
 * - a Chromium extension page framed by a web page (the overlay's reader page): the manifest's COEP does not reach
 *   it (without more, it sent every cookie), so it loads only when it is credentialless, which only its <iframe>'s
 *   credentialless attribute makes it (content/overlay-host.ts sets it; window.credentialless says so);
 * - another browser's extension page framed by a page of another origin (Firefox: the overlay's reader page inside
 *   the article's page): its requests are third-party to that page and use the page's cookie partition, so they
 *   carry none of the image host's cookies, with host access or without, as the page's own requests;
 * - any other page, a top-level Firefox extension page above all (the popup): Firefox has no credentialless mode for
 *   extension pages, whose requests carry the host's unpartitioned cookies (all of them with host access), and a
 *   CORS fetch without cookies would send the per-install moz-extension UUID as its Origin: each image waits behind
 *   a placeholder until asked for.
 */
export type ImagePolicy = 'load' | 'on-request';

export function imagePolicyFor(doc: Document): ImagePolicy {
  const win = doc.defaultView;
  const origin = win?.origin ?? 'null';
  if (/^https?:\/\//.test(origin)) return 'load';
  if (!win || !/^[a-z-]+-extension:\/\//.test(origin)) return 'on-request';
  if (origin.startsWith('chrome-extension://')) {
    if (win.top === win) return 'load';
    return (win as Window & { credentialless?: boolean }).credentialless === true ? 'load' : 'on-request';
  }
  return framedByAnotherOrigin(win) ? 'load' : 'on-request';
}

/** Whether win is a frame whose top-level page has another origin (reading a cross-origin location throws). */
function framedByAnotherOrigin(win: Window): boolean {
  const top = win.top;
  if (!top || top === win) return false;
  try {
    void top.location.href;
    return false;
  } catch {
    return true;
  }
}

/** Where a held image keeps its address until asked: a data attribute, which page content can never carry (ALLOW_DATA_ATTR is off). */
const HELD_SRC = 'data-lr-src';

/** The image's address, whether it is shown or held. */
export function imageSourceOf(img: Element): string | null {
  return img.getAttribute('src') ?? img.getAttribute(HELD_SRC);
}

/**
 * Gives img its address under the document's policy: a source (the attribute set last, after the referrer policy)
 * or, on request, the address kept aside with no src or srcset, so nothing can fetch it until loadHeldImage.
 */
export function setImageSource(img: Element, src: string, policy: ImagePolicy = imagePolicyFor(img.ownerDocument)): void {
  img.removeAttribute('src');
  img.removeAttribute('crossorigin');
  // The image host learns nothing of the page or the extension page the image is shown in.
  img.setAttribute('referrerpolicy', 'no-referrer');
  if (policy === 'load') {
    img.setAttribute('src', src);
    return;
  }
  img.removeAttribute('srcset');
  img.removeAttribute('sizes');
  img.setAttribute(HELD_SRC, src);
  img.setAttribute('hidden', '');
}

/** Loads a held image: the person asked for it. */
function loadHeldImage(img: Element): void {
  const src = img.getAttribute(HELD_SRC);
  if (src === null) return;
  img.removeAttribute(HELD_SRC);
  img.removeAttribute('hidden');
  setImageSource(img, src, 'load');
}

function hostOf(src: string): string {
  try {
    return new URL(src).host || src;
  } catch {
    return src;
  }
}

/** Held images that already have their placeholder (a render may run the placeholder pass twice). */
const withPlaceholder = new WeakSet<Element>();

/**
 * A placeholder before each held image under root (before its link, when it is one: a button inside a link would
 * follow it): the image's description and a button that loads that one image.
 */
function showImagePlaceholders(root: Element): void {
  const doc = root.ownerDocument;
  for (const img of Array.from(root.querySelectorAll(`img[${HELD_SRC}]`))) {
    if (withPlaceholder.has(img)) continue;
    withPlaceholder.add(img);
    const link = img.closest('a');
    const anchor = link && root.contains(link) ? link : img;
    const box = doc.createElement('span');
    box.className = 'lr-image-placeholder';
    box.setAttribute('data-testid', 'image-placeholder');
    const alt = (img.getAttribute('alt') ?? '').trim();
    if (alt) box.append(Object.assign(doc.createElement('span'), { className: 'lr-image-placeholder__alt', textContent: alt }));
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'lr-image-placeholder__load';
    button.textContent = t('imageLoad', hostOf(img.getAttribute(HELD_SRC) ?? ''));
    button.addEventListener('click', (event) => {
      // The reader's own click handling (in-article jumps) has nothing to do with it.
      event.preventDefault();
      event.stopPropagation();
      loadHeldImage(img);
      box.remove();
    });
    box.append(button);
    anchor.before(box);
  }
}

// One purifier per window (popup, options, a page hosting the overlay), with the hooks on that instance only, so
// the default DOMPurify used elsewhere (the extraction core) is not changed.
const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(doc: Document): DOMPurify {
  const win = doc.defaultView ?? (globalThis as unknown as Window);
  let purify = purifiers.get(win);
  if (!purify) {
    purify = createDOMPurify(win as Window & typeof globalThis);
    // The one class kept (over FORBID_ATTR): a code block's language as the core writes it ("language-python"),
    // shown by the reader as a label (reader/code-language.ts); no page class can name a reader style (.lr-*).
    purify.addHook('uponSanitizeAttribute', (node, data) => {
      if (data.attrName === 'class' && node.nodeName.toUpperCase() === 'CODE' && CODE_LANGUAGE_CLASS.test(data.attrValue)) data.forceKeepAttr = true;
    });
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeType === 1) hardenElement(node as Element);
    });
    purifiers.set(win, purify);
  }
  return purify;
}

/**
 * Replaces el's children with the sanitised content of html. Images get their source under el's document's
 * policy while still in DOMPurify's inert document, where nothing loads. Placeholders for held images are added
 * once the caller's synchronous touch-ups are done (body-polish: captions, the lead image), so they sit where the
 * images end up.
 */
export function setSanitizedHtml(el: Element, html: string): void {
  const doc = el.ownerDocument;
  const policy = imagePolicyFor(doc);
  const fragment = purifierFor(doc).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  for (const img of Array.from(fragment.querySelectorAll('img'))) {
    const src = img.getAttribute('src');
    if (src !== null) {
      setImageSource(img, src, policy);
    } else {
      // No src (none given, or an unsafe one removed): a srcset alone is held back by being dropped.
      img.setAttribute('referrerpolicy', 'no-referrer');
      if (policy === 'on-request') img.removeAttribute('srcset');
    }
  }
  el.replaceChildren(doc === fragment.ownerDocument ? fragment : doc.importNode(fragment, true));
  if (policy === 'on-request') queueMicrotask(() => showImagePlaceholders(el));
}
