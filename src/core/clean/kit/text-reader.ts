/**
 * Element text for one run of the rules. Each element's raw text is computed once, bottom-up from its children,
 * instead of once per rule and per ancestor; a removal or change reported through the run (remove-blocks.ts) drops
 * the cached text of the block and its ancestors. The caches live in the run, never in the module, so two runs (or
 * two pages) never see each other's text.
 */
import { collapse, labelKey, labelKeyMatches, LABEL_MAX } from './block-text';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface TextReader {
  /** Whitespace-collapsed text a reader would see (script/style/template contents left out). */
  textOf(el: Element): string;
  /** Length of the uncollapsed text: a cheap upper bound of textOf(el).length. */
  rawLength(el: Element): number;
  /** An element's label key ('' when its text is too long to be a label). */
  labelKeyOf(el: Element): string;
  /** isCueLabel on an element's text, through its cached label key. */
  isCueLabelEl(el: Element, cues: readonly string[], slack?: number): boolean;
  /** Share of the text that sits inside links (0 when there is no text). */
  linkDensity(el: Element, text?: string): number;
  /** Forget the cached text of el and its ancestors (el is about to change or leave the tree). */
  forgetText(el: Element): void;
}

export function textReader(): TextReader {
  const raw = new WeakMap<Element, string>();
  const shown = new WeakMap<Element, string>();
  const labels = new WeakMap<Element, string>();

  function rawText(node: Node): string {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    if (node.nodeType !== 1) return '';
    const el = node as Element;
    if (SKIP.has(el.tagName.toUpperCase())) return '';
    const hit = raw.get(el);
    if (hit !== undefined) return hit;
    let out = '';
    for (let child = el.firstChild; child; child = child.nextSibling) out += rawText(child);
    raw.set(el, out);
    return out;
  }

  function textOf(el: Element): string {
    const hit = shown.get(el);
    if (hit !== undefined) return hit;
    const text = collapse(rawText(el));
    shown.set(el, text);
    return text;
  }

  function labelKeyOf(el: Element): string {
    let key = labels.get(el);
    if (key === undefined) {
      // Raw text far longer than a label (even allowing for indentation) is not collapsed at all.
      const text = rawText(el).length > LABEL_MAX * 5 ? '' : textOf(el);
      key = text.length > LABEL_MAX ? '' : labelKey(text);
      labels.set(el, key);
    }
    return key;
  }

  return {
    textOf,
    rawLength: (el) => rawText(el).length,
    labelKeyOf,
    isCueLabelEl: (el, cues, slack = 0) => labelKeyMatches(labelKeyOf(el), cues, slack),
    linkDensity(el, text = textOf(el)) {
      if (!text) return 0;
      let linked = 0;
      for (const a of Array.from(el.querySelectorAll('a'))) linked += textOf(a).length;
      return Math.min(1, linked / text.length);
    },
    forgetText(el) {
      for (let cur: Element | null = el; cur; cur = cur.parentElement) {
        raw.delete(cur);
        shown.delete(cur);
        labels.delete(cur);
      }
    },
  };
}
