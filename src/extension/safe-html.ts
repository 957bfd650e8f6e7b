/**
 * The ONE audited place where HTML becomes DOM in the extension (scripts/check-no-innerhtml.mjs enforces it).
 * Article HTML is page content: whatever the site put there is treated as hostile. It goes through DOMPurify with
 * a reader-only allow-list, and the result is inserted as a parsed fragment, never as a markup string.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/** Anything that can run code, load a browsing context, submit data or restyle the reader. */
const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'title', 'template', 'noscript', 'slot',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'output', 'fieldset', 'label',
  'svg', 'math', 'canvas', 'audio', 'video', 'source', 'track', 'dialog', 'marquee',
];
/** Page styling and behaviour attributes: the reader supplies its own typography. */
const FORBID_ATTR = [
  'style', 'class', 'srcdoc', 'action', 'formaction', 'ping', 'target', 'autofocus', 'autoplay',
  'contenteditable', 'draggable', 'popover', 'popovertarget', 'tabindex', 'accesskey', 'background', 'usemap',
];

const CONFIG: Config = {
  USE_PROFILES: { html: true }, // no SVG, no MathML
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

// One purifier per window (popup, options, a page hosting the overlay), with the hooks on that instance only, so
// the default DOMPurify used elsewhere (the extraction core) is not changed.
const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(doc: Document): DOMPurify {
  const win = doc.defaultView ?? (globalThis as unknown as Window);
  let purify = purifiers.get(win);
  if (!purify) {
    purify = createDOMPurify(win as Window & typeof globalThis);
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeType === 1) hardenElement(node as Element);
    });
    purifiers.set(win, purify);
  }
  return purify;
}

/** Replaces el's children with the sanitised content of html. */
export function setSanitizedHtml(el: Element, html: string): void {
  const doc = el.ownerDocument;
  const fragment = purifierFor(doc).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  el.replaceChildren(doc === fragment.ownerDocument ? fragment : doc.importNode(fragment, true));
}
