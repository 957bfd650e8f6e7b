/**
 * Sanitising article HTML with DOMPurify. The window must be a real, spec-complete DOM (a browser window, or jsdom
 * in Node): linkedom fails DOMPurify's support check, and an unsupported DOMPurify returns its input unchanged, so
 * we refuse to run rather than pass page content through unsanitised.
 */
import createDOMPurify from 'dompurify';
import { MATHML_ELEMENTS, MATH_ATTRIBUTE_NAMES } from './page/mathml-allowlist';

/** Sanitises the content of an article element into HTML. It may change the element (nothing reads it after). */
export type Sanitizer = (root: Element) => string;

/**
 * What an article may contain: text structure, links, images, tables and formulas (the presentation MathML that
 * page/formulas.ts rebuilds; DOMPurify also checks each MathML element's namespace). No scripts, styles, forms or
 * embeds.
 */
export const ARTICLE_SANITIZE_CONFIG = {
  ALLOWED_TAGS: [
    'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl',
    'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li',
    'mark', 'ol', 'p', 'picture', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary',
    'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', ...MATHML_ELEMENTS,
    // The <body> DOMPurify parses the markup into and walks from: its own element, never in the output (which is
    // that body's content; the HTML parser makes no second <body> inside it). Not allowed, DOMPurify takes it for
    // a forbidden root and deep-copies the whole article beside it before throwing the copy away (12-20% of the
    // sanitiser's time in Node, measured on the benchmark's articles).
    'body',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'datetime', 'lang', 'dir', 'cite', 'class', 'id', ...MATH_ATTRIBUTE_NAMES],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/|\.\.?\/|[^:]*$)/i,
  // A formula's TeX is text, not an address: "\text{see: x}" must not be dropped as an unknown URL scheme.
  ADD_URI_SAFE_ATTR: ['alttext'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  // No name attribute survives, and ids only as "fn-N" / "fnref-N" (addArticleHooks), names no DOM property has, so
  // nothing can clobber DOM properties; DOMPurify's
  // renaming of them (SANITIZE_NAMED_PROPS) would only cost time — measured at two thirds of a jsdom sanitise.
  SANITIZE_NAMED_PROPS: false,
};

/** The one class kept: a code block's language (clean/rules/code-highlighting.ts writes it), for Markdown fences. */
export const CODE_LANGUAGE_CLASS = /^language-[a-z0-9][a-z0-9+#._-]{0,30}$/;

/** The one kind of id kept: a footnote's or its reference's (clean/rules/footnote-backlinks.ts), which name no DOM property. */
export const FOOTNOTE_ID = /^fn(?:ref)?-\d{1,4}(?:-\d{1,3})?$/;

/** Whether an attribute the allowlist names is kept with this value on this element (`class`, `id`: see above). */
function keptValue(element: string, name: string, value: string): boolean {
  if (name === 'class') return element === 'code' && CODE_LANGUAGE_CLASS.test(value);
  if (name === 'id') return FOOTNOTE_ID.test(value);
  return true;
}

/** What the allowlists cannot say: `class` is kept only as a code block's language, `id` only as a footnote's. */
export function addArticleHooks(purify: ReturnType<typeof createDOMPurify>): void {
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (!keptValue(node.nodeName.toLowerCase(), data.attrName, data.attrValue)) data.keepAttr = false;
  });
}

export function createSanitizer(window: Window | null | undefined): Sanitizer {
  if (!window) throw new Error('createSanitizer: no window to sanitise with');
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) {
    throw new Error('createSanitizer: DOMPurify is not supported on this DOM; pass a sanitizer built on a complete DOM');
  }
  addArticleHooks(purify);
  return (root: Element) => {
    prepareForSanitizer(root);
    return purify.sanitize(root.innerHTML, ARTICLE_SANITIZE_CONFIG) as unknown as string;
  };
}

/**
 * The only attribute names the HTML parser reads while building the tree (an input's type, a font's color, face
 * and size in SVG or MathML, an annotation-xml's encoding): removing them could change how markup re-parses.
 */
const READ_BY_THE_PARSER = ['type', 'color', 'face', 'size', 'encoding'];
const KEPT_ATTRIBUTES = new Set([...ARTICLE_SANITIZE_CONFIG.ALLOWED_ATTR, ...READ_BY_THE_PARSER]);

/**
 * Elements DOMPurify would take out keeping their content that hold long runs of the article's blocks, and that the
 * HTML parser treats as plain containers: unwrapped before DOMPurify (see prepareForSanitizer), as are custom elements.
 */
const UNWRAPPED = new Set(['article', 'main', 'header', 'footer', 'nav', 'aside', 'center', 'address', 'hgroup', 'search', 'menu', 'dir']);
/** Parents whose content the parser moves elsewhere (foster parenting): nothing directly in them is unwrapped. */
const TABLE_PARENTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup']);

/**
 * Prepares the article, before it is serialised for DOMPurify, by doing cheaply what DOMPurify would do anyway:
 * - removes the attributes it would remove and the parser never reads (class but a code block's language, style,
 *   id, data-* …): in Node this was most of the sanitiser's time (jsdom parses each style attribute and keeps every
 *   element with an id of every document its DOMParser made reachable from the window);
 * - unwraps the containers it would take out keeping their content (article, main, center, custom elements …).
 *   DOMPurify moves such an element's children out one by one through a live NodeList, which jsdom recomputes after
 *   every move: quadratic (an <article> of 4,000 paragraphs took 4.6 s to sanitise, a <div> of them 0.6 s).
 *   Only where the markup re-parses the same either way: never inside a <p> (a block there closes the paragraph when
 *   the article is parsed again, and the output must stay what DOMPurify makes of it), a table's rows, <svg> or <math>.
 * Forms are left as they are: DOMPurify drops a form whose controls' names or ids shadow its properties, and without
 * them it would keep the form's text.
 */
function prepareForSanitizer(root: Element): void {
  // Each element with whether it sits where nothing may be unwrapped (in a <p>, <svg> or <math>).
  const stack: [Element, boolean][] = [];
  const pushChildren = (el: Element, fixed: boolean) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, fixed]);
  };
  pushChildren(root, false);
  while (stack.length > 0) {
    const [el, fixed] = stack.pop()!;
    const tag = el.localName.toLowerCase();
    if (tag === 'form') continue;
    for (const name of el.getAttributeNames()) {
      const lower = name.toLowerCase();
      if (!KEPT_ATTRIBUTES.has(lower) || !keptValue(tag, lower, el.getAttribute(name) ?? '')) el.removeAttribute(name);
    }
    pushChildren(el, fixed || tag === 'p' || tag === 'svg' || tag === 'math');
    const parent = el.parentElement;
    if (!fixed && parent && (UNWRAPPED.has(tag) || tag.includes('-')) && !TABLE_PARENTS.has(parent.localName.toLowerCase())) {
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      el.remove();
    }
  }
}
