/**
 * One walk over the working copy that both enforces the extraction budget (docs/limits.md) and indexes the page's
 * elements by tag, so the read-only stages before cleaning (JSON-LD, detection, metadata, declobbering) answer their
 * selector queries from arrays instead of each walking the page again (see page-query.ts).
 *
 * The walk runs before declobber(): a page's `<form><input name="nextSibling">` must not steer it in circles, so
 * forms (the only elements whose properties a page can shadow by naming its controls) are read through their
 * prototype's getters.
 */
import { rootElement } from './dom-safety';
import { ExtractError } from '../extract-error';

export const DEFAULT_MAX_ELEMENTS = 150_000;
/**
 * Depth: Chrome's HTML parser never nests deeper than 512, and deeper trees make Readability superlinear and
 * recursive walkers overflow. Text: about 500,000 words, far beyond any article, counted outside
 * <script>/<style>/<template>/<noscript> (framework pages carry megabytes of JSON).
 */
export const MAX_DEPTH = 512;
export const MAX_TEXT_CHARS = 3_000_000;

/** Elements whose text is not counted; template is not entered at all (its content is not in the page's tree). */
const UNCOUNTED_TEXT = new Set(['script', 'style', 'template', 'noscript']);

export interface PageIndex {
  /** Every element of the document (the root included, template contents excluded), in document order. */
  readonly elements: readonly Element[];
  /** Lower-case local name of each element, by position. */
  readonly tags: readonly string[];
  /** Position of each element's last descendant (its own position when it has none): E is inside A iff A < E <= end[A]. */
  readonly ends: Int32Array;
  /** Positions of the elements of each lower-case local name, ascending. */
  readonly byTag: ReadonlyMap<string, readonly number[]>;
  /** Whether any counted text holds "{" or "<%" (an unrendered template placeholder needs one). */
  readonly templateMarkers: boolean;
}

type TreeKey = 'firstChild' | 'nextSibling' | 'nodeType' | 'localName';

/** Reads the tree through the form prototype's own getters (found once), whatever the form's controls are named. */
function formReader(doc: Document): { proto: object | null; read<T>(node: Node, key: TreeKey): T } {
  const create = findProto(doc, 'createElement', 'value') as ((tag: string) => Element) | undefined;
  const form = create?.call(doc, 'form');
  const proto = form ? (Object.getPrototypeOf(form) as object) : null;
  const getters = new Map<TreeKey, ((this: Node) => unknown) | undefined>();
  return {
    proto,
    read<T>(node: Node, key: TreeKey): T {
      if (!getters.has(key)) getters.set(key, findProto(node, key, 'get') as ((this: Node) => unknown) | undefined);
      const get = getters.get(key);
      return (get ? get.call(node) : (node as unknown as Record<string, unknown>)[key]) as T;
    },
  };
}

function findProto(obj: object, name: string, kind: 'get' | 'value'): unknown {
  for (let p = Object.getPrototypeOf(obj) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d && (kind === 'get' ? d.get : d.value)) return kind === 'get' ? d.get : d.value;
  }
  return undefined;
}

/**
 * Walks the document once, iteratively; throws ExtractError('too-large') at the first bound exceeded, else returns
 * the index. Elements inside <noscript> are indexed (parsers without scripting build them) but their text is not
 * counted.
 */
export function indexPage(doc: Document, maxElements: number = DEFAULT_MAX_ELEMENTS): PageIndex {
  const elements: Element[] = [];
  const tags: string[] = [];
  const byTag = new Map<string, number[]>();
  let ends = new Int32Array(1024);
  const root = rootElement(doc);
  if (!root) return { elements, tags, ends: new Int32Array(0), byTag, templateMarkers: false };
  const forms = formReader(doc);
  // Direct property reads (monomorphic, fast) except on forms, whose controls may shadow them.
  const isForm = (node: Node) => forms.proto !== null && Object.getPrototypeOf(node) === forms.proto;
  const nextOf = (node: Node): Node | null => (isForm(node) ? forms.read<Node | null>(node, 'nextSibling') : node.nextSibling);

  // Positions of the open elements (the path from the root to the current node).
  const open: number[] = [];
  let chars = 0;
  let templateMarkers = false;
  // Depth (open.length) at which text stopped counting (inside <script>, <style>, <noscript>), or -1.
  let quietDepth = -1;
  let node: Node | null = root;
  while (node) {
    let enter = true;
    const form = isForm(node);
    const type = form ? forms.read<number>(node, 'nodeType') : node.nodeType;
    if (type === 1) {
      const el = node as Element;
      if (elements.length >= maxElements) {
        throw new ExtractError('too-large', `The page has more than ${maxElements.toLocaleString('en')} elements, more than the reader reads.`);
      }
      if (open.length > MAX_DEPTH) {
        throw new ExtractError('too-large', `The page nests elements more than ${MAX_DEPTH} levels deep, more than the reader reads.`);
      }
      const tag = (form ? forms.read<string>(el, 'localName') : el.localName).toLowerCase();
      const pos = elements.length;
      elements.push(el);
      tags.push(tag);
      if (pos >= ends.length) {
        const grown = new Int32Array(ends.length * 2);
        grown.set(ends);
        ends = grown;
      }
      ends[pos] = pos;
      const list = byTag.get(tag);
      if (list) list.push(pos);
      else byTag.set(tag, [pos]);
      if (UNCOUNTED_TEXT.has(tag)) {
        enter = tag !== 'template';
        if (quietDepth < 0) quietDepth = open.length;
      }
      const first: Node | null = enter ? (form ? forms.read<Node | null>(node, 'firstChild') : node.firstChild) : null;
      if (first) {
        open.push(pos);
        node = first;
        continue;
      }
    } else if (type === 3 && quietDepth < 0) {
      const data = (node as Text).data;
      chars += data.length;
      if (!templateMarkers && (data.includes('{') || data.includes('<%'))) templateMarkers = true;
      if (chars > MAX_TEXT_CHARS) {
        throw new ExtractError('too-large', `The page has more than ${MAX_TEXT_CHARS.toLocaleString('en')} characters of text, more than the reader reads.`);
      }
    }
    // Next: the next sibling of this node or of the nearest open ancestor that has one, closing the ones left.
    let next: Node | null = node === root ? null : nextOf(node);
    while (!next && open.length > 0) {
      const closed = open.pop()!;
      ends[closed] = elements.length - 1;
      node = elements[closed]!;
      next = node === root ? null : nextOf(node);
    }
    if (quietDepth >= open.length) quietDepth = -1;
    node = next;
  }
  return { elements, tags, ends: ends.subarray(0, elements.length), byTag, templateMarkers };
}
