/** Where the article's own prose is: the protected core, and what lies before or after it. */
import { linkDensity, textOf } from './text';

/** Long, mostly unlinked text: what a rule must never take away. */
export const PROSE_MIN_CHARS = 120;

export function isProse(el: Element, text = textOf(el)): boolean {
  return text.length >= PROSE_MIN_CHARS && linkDensity(el, text) < 0.35;
}

export interface Structure {
  /** The element whose child paragraphs hold the most prose (the article body), or null when there is none. */
  core: Element | null;
  /** Prose paragraphs in document order. */
  prose: Element[];
}

/** One walk over the paragraphs under root. */
export function structureOf(root: Element): Structure {
  const prose: Element[] = [];
  const weight = new Map<Element, number>();
  for (const p of Array.from(root.querySelectorAll('p, blockquote, li'))) {
    const text = textOf(p);
    if (!isProse(p, text)) continue;
    if (p.tagName === 'LI' && p.querySelector('p')) continue;
    prose.push(p);
    const parent = p.parentElement;
    if (parent) weight.set(parent, (weight.get(parent) ?? 0) + text.length);
  }
  let core: Element | null = null;
  let best = 0;
  for (const [el, w] of weight) if (w > best) [core, best] = [el, w];
  return { core, prose };
}

/** Elements a rule may never remove: the root itself, and anything holding the article core or code. */
export function isProtected(el: Element, root: Element, s: Structure): boolean {
  if (el === root || el.contains(root)) return true;
  if (s.core && el.contains(s.core)) return true;
  return false;
}

/** Whether el holds a prose paragraph (a box of furniture never does, except reader comments). */
export function holdsProse(el: Element, s: Structure): boolean {
  return s.prose.some((p) => el === p || el.contains(p));
}

/** After the last prose paragraph of the body (where bylines, tags, bios and related boxes sit). */
export function isTrailing(el: Element, s: Structure): boolean {
  const last = s.prose[s.prose.length - 1];
  if (!last) return true;
  if (el.contains(last)) return false;
  return (last.compareDocumentPosition(el) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

/** Before the first prose paragraph of the body (breadcrumbs, toolbars, share bars). */
export function isLeading(el: Element, s: Structure): boolean {
  const first = s.prose[0];
  if (!first) return true;
  if (el.contains(first)) return false;
  return (first.compareDocumentPosition(el) & 2) !== 0; // Node.DOCUMENT_POSITION_PRECEDING
}

export function isCodeOrInCode(el: Element): boolean {
  return !!el.closest('pre, code') || !!el.querySelector('pre, code');
}
