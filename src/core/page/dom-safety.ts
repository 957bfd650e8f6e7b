/**
 * DOM clobbering: page markup can shadow DOM properties by name. `<form><input name="parentNode">` makes
 * `form.parentNode` the input (an ancestor walk then never ends: a hostile page froze its own tab this way), and
 * `<img name="documentElement">` or `<form name="querySelector">` replace document properties. Extraction reads the
 * page through prototype accessors only until it has a working copy, and strips the shadowing names from that copy.
 */

/** Elements whose name (or id) becomes a property of their form or of the document. */
const CLOBBERING = new Set([
  'form', 'img', 'embed', 'object', 'iframe', 'button', 'fieldset', 'input', 'output', 'select', 'textarea',
]);

/** What the DOM prototypes define for `name` on `obj` (a getter's value, or a method bound to obj), past shadows. */
function proto<T>(obj: object, name: string): T {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (!d) continue;
    if (d.get) return d.get.call(obj) as T;
    return (typeof d.value === 'function' ? d.value.bind(obj) : d.value) as T;
  }
  return (obj as Record<string, unknown>)[name] as T;
}

/** A deep copy of the page made through Node.prototype.cloneNode, whatever the page named its elements. */
export function cloneDocument(doc: Document): Document {
  return proto<(deep: boolean) => Document>(doc, 'cloneNode')(true);
}

/** The document's window through the prototype getter (for DOMPurify), or null. */
export function windowOf(doc: Document): Window | null {
  return proto<Window | null>(doc, 'defaultView');
}

/** The root element through the prototype getter (a named <img> or <form> cannot stand in for it). */
export function rootElement(doc: Document): Element | null {
  return proto<Element | null>(doc, 'documentElement');
}

/**
 * Removes, in a working copy, every name or id that shadows a property of a form or of the document, so the rest of
 * the pipeline (Readability included) can use the DOM normally. Returns how many attributes were removed.
 */
export function declobber(doc: Document, index?: { elements: readonly Element[]; byTag: ReadonlyMap<string, readonly number[]> }): number {
  const pristineForm = proto<(tag: string) => Element>(doc, 'createElement')('form');
  const docProto = Object.getPrototypeOf(doc) as object;
  let removed = 0;
  // From the page index when there is one (a selector query walks the whole page in Node DOMs), else one simple
  // native selector and a tag test.
  const candidates = index
    ? [...CLOBBERING].flatMap((tag) => (index.byTag.get(tag) ?? []).map((i) => index.elements[i]))
    : Array.from(proto<(s: string) => NodeListOf<Element>>(doc, 'querySelectorAll')('[name], [id]'));
  for (const el of candidates) {
    if (!CLOBBERING.has(proto<string>(el, 'localName').toLowerCase())) continue;
    const getAttribute = proto<(n: string) => string | null>(el, 'getAttribute');
    const removeAttribute = proto<(n: string) => void>(el, 'removeAttribute');
    for (const attr of ['name', 'id']) {
      const value = getAttribute(attr);
      if (value && (value in pristineForm || value in docProto)) {
        removeAttribute(attr);
        removed++;
      }
    }
  }
  return removed;
}
