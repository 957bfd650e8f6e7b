/**
 * The shared mechanism of the widget rules: find a box of page furniture either by its label (a short heading or
 * line that is one of the kind's cue phrases, leading the box) or by class/id hints, confirm it by its content
 * shape, and never take a box that holds the article's prose or core.
 */
import type { CleanRun } from './run';
import type { TextReader } from './text-reader';
import { holdsProse, isProse, isProtected, type Structure } from './page-structure';
import { FoundSet } from './found-set';

export interface BoxKind {
  /** Cue phrases that label the box. */
  labels: readonly string[];
  /** How many characters may follow a cue phrase in a label ("Xem thêm TP.Thanh Hóa"). */
  slack?: number;
  /** class/id tokens that point at the box (supporting: the box must still pass `confirm`). */
  hints?: readonly string[];
  /** Reader comments are prose, so comment boxes may hold it; every other kind may not. */
  allowProse?: boolean;
  /** Longest text a box of this kind may have. */
  maxChars?: number;
  /** Content check of a candidate: the box elements (a container, or a label and the siblings it leads). */
  confirm(parts: Element[], text: string, via: 'label' | 'hint'): boolean;
  /** Whether a sibling after a bare label belongs to its box (default: short, linky, list, table or form). */
  absorb?(sibling: Element, text: string): boolean;
}

const HEADING = /^H[1-6]$/;

export function findBoxes(run: CleanRun, root: Element, s: Structure, kind: BoxKind): Element[] {
  const { textOf, rawLength } = run;
  const found: Element[] = [];
  const foundSet = new FoundSet();
  const take = (parts: Element[]) => {
    for (const p of parts) {
      found.push(p);
      foundSet.add(p);
    }
  };
  const taken = (el: Element) => foundSet.covers(el);
  const maxChars = kind.maxChars ?? 1500;

  // By label.
  for (const el of run.labelledUnder(root)) {
    if (taken(el)) continue;
    if (rawLength(el) === 0 || !run.isCueLabelEl(el, kind.labels, kind.slack ?? 0)) continue;
    const text = textOf(el);
    // The outermost element that is nothing but this label.
    let label = el;
    while (label.parentElement && label.parentElement !== root && textOf(label.parentElement) === text) label = label.parentElement;
    if (taken(label) || isProtected(label, root, s)) continue;
    let box = label;
    for (let parent = box.parentElement; parent && parent !== root; parent = parent.parentElement) {
      if (isProtected(parent, root, s)) break;
      const t = textOf(parent);
      if (!t.startsWith(text) || t.length > maxChars) break;
      if (!kind.allowProse && holdsProse(parent, s)) break;
      box = parent;
    }
    let parts = [box];
    if (box === label) parts = [label, ...absorbFollowing(run, label, kind)];
    const partsText = parts.map((p) => textOf(p)).join(' ');
    if (partsText.length > maxChars) continue;
    if (!kind.confirm(parts, partsText, 'label')) continue;
    take(parts);
  }

  // By class/id hint.
  if (kind.hints && kind.hints.length > 0) {
    for (const el of run.classedUnder(root)) {
      if (taken(el) || !el.parentNode || !run.hasHint(el, kind.hints)) continue;
      if (isProtected(el, root, s) || rawLength(el) > maxChars * 5) continue;
      const text = textOf(el);
      if (text.length > maxChars) continue;
      if (!kind.allowProse && holdsProse(el, s)) continue;
      if (!kind.confirm([el], text, 'hint')) continue;
      take([el]);
    }
  }
  return found;
}

function absorbFollowing(run: TextReader, label: Element, kind: BoxKind): Element[] {
  const out: Element[] = [];
  for (let sib = label.nextElementSibling; sib && out.length < 4; sib = sib.nextElementSibling) {
    if (HEADING.test(sib.tagName)) break;
    const text = run.textOf(sib);
    const belongs = kind.absorb ? kind.absorb(sib, text) : defaultAbsorb(run, sib, text);
    if (!belongs) break;
    out.push(sib);
  }
  return out;
}

function defaultAbsorb(run: TextReader, sib: Element, text: string): boolean {
  if (isProse(run, sib, text)) return false;
  if (/^(UL|OL|TABLE|FORM|SELECT|DL)$/.test(sib.tagName)) return true;
  return text.length <= 80 || run.linkDensity(sib, text) >= 0.5;
}

/** Sum of link text over the parts. */
export function linkedChars(run: TextReader, parts: Element[]): number {
  let n = 0;
  for (const p of parts) {
    const links = p.tagName === 'A' ? [p] : Array.from(p.querySelectorAll('a'));
    for (const a of links) n += run.textOf(a).length;
  }
  return n;
}

export function hasAny(parts: Element[], selector: string): boolean {
  return parts.some((p) => p.matches(selector) || !!p.querySelector(selector));
}
