/** Where the article's own prose is: the protected core, and what lies before or after it. */
import type { TextReader } from './text-reader';
import { within } from './block-text';

/** Long, mostly unlinked text: what a rule must never take away. */
const PROSE_MIN_CHARS = 120;

export function isProse(run: TextReader, el: Element, text = run.textOf(el)): boolean {
  return text.length >= PROSE_MIN_CHARS && run.linkDensity(el, text) < 0.35;
}

export interface Structure {
  /** The element whose child paragraphs hold the most prose (the article body), or null when there is none. */
  core: Element | null;
  /** Prose paragraphs in document order. */
  prose: Element[];
  /** Document order of every element under root (compareDocumentPosition is unreliable across DOMs). */
  order: Map<Element, number>;
  /** The first prose paragraph of the core: where the body starts (a standfirst above it may be prose too). */
  bodyStart: Element | null;
}

/** One walk over the elements under root (in document order), for the run's views (tree-views.ts). */
export function computeStructure(run: TextReader, elements: Element[]): Structure {
  const prose: Element[] = [];
  const weight = new Map<Element, number>();
  const order = new Map<Element, number>();
  for (const p of elements) {
    order.set(p, order.size);
    if (p.tagName !== 'P' && p.tagName !== 'BLOCKQUOTE' && p.tagName !== 'LI') continue;
    const text = run.textOf(p);
    if (!isProse(run, p, text)) continue;
    if (p.tagName === 'LI' && p.querySelector('p')) continue;
    prose.push(p);
    const parent = p.parentElement;
    if (parent) weight.set(parent, (weight.get(parent) ?? 0) + text.length);
  }
  let core: Element | null = null;
  let best = 0;
  for (const [el, w] of weight) if (w > best) [core, best] = [el, w];
  const bodyStart = prose.find((p) => p.parentElement === core) ?? prose[0] ?? null;
  return { core, prose, order, bodyStart };
}

/**
 * el with the wrappers around it that hold nothing else (same text), up to but not including root or anything a
 * rule may not remove: what to take out when el is furniture.
 */
export function withBareWrappers(run: TextReader, el: Element, root: Element, s: Structure): Element {
  const text = run.textOf(el);
  let box = el;
  while (box.parentElement && box.parentElement !== root && !isProtected(box.parentElement, root, s) && run.textOf(box.parentElement) === text) {
    box = box.parentElement;
  }
  return box;
}

/**
 * The elements under root matching `selector` that hold no other match, in document order (one query; in document
 * order an element holds another match exactly when it holds the next one).
 */
export function leafMatches(root: Element, selector: string): Element[] {
  const all = Array.from(root.querySelectorAll(selector));
  return all.filter((el, i) => !(all[i + 1] && within(all[i + 1]!, el)));
}

/** Whether an ancestor of el below root has one of the (upper-case) tag names. */
export function insideTag(el: Element, root: Element, tags: ReadonlySet<string>): boolean {
  for (let cur = el.parentElement; cur && cur !== root; cur = cur.parentElement) {
    if (tags.has(cur.tagName.toUpperCase())) return true;
  }
  return false;
}

/** Elements a rule may never remove: the root itself, and anything holding the article core or code. */
export function isProtected(el: Element, root: Element, s: Structure): boolean {
  if (el === root || within(root, el)) return true;
  if (s.core && within(s.core, el)) return true;
  return false;
}

/** Whether el holds a prose paragraph (a box of furniture never does, except reader comments). */
export function holdsProse(el: Element, s: Structure): boolean {
  return s.prose.some((p) => el === p || within(p, el));
}

/** After the last prose paragraph of the body (where bylines, tags, bios and related boxes sit). */
export function isTrailing(el: Element, s: Structure): boolean {
  const last = s.prose[s.prose.length - 1];
  if (!last) return true;
  if (within(last, el)) return false;
  return (s.order.get(el) ?? -1) > (s.order.get(last) ?? Infinity);
}

/** Before the first prose paragraph of the body (breadcrumbs, toolbars, share bars). */
export function isLeading(el: Element, s: Structure): boolean {
  const first = s.prose[0];
  if (!first) return true;
  if (within(first, el)) return false;
  return (s.order.get(el) ?? Infinity) < (s.order.get(first) ?? -1);
}

/** Before the body starts (kickers, date lines, bylines between a standfirst and the first paragraph). */
export function isBeforeBody(el: Element, s: Structure): boolean {
  const first = s.bodyStart;
  if (!first) return true;
  if (within(first, el)) return false;
  return (s.order.get(el) ?? Infinity) < (s.order.get(first) ?? -1);
}

export function isCodeOrInCode(el: Element): boolean {
  return !!el.closest('pre, code') || !!el.querySelector('pre, code');
}
