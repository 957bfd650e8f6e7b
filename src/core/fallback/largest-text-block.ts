/**
 * The page's most obvious main text without Readability's scoring: the element whose own paragraphs hold the most
 * unlinked text. Measured before Readability runs (which strips and moves nodes), by reference: an element
 * Readability drops keeps its subtree, so it can still be shown when Readability's pick is empty or far shorter.
 */
import { classReader, type ClassReader } from '../clean/kit/class-hints';

/** A paragraph shorter than this is a label, a caption or a button, not text. */
const PARAGRAPH_MIN_CHARS = 25;
/** A paragraph whose text is mostly links is navigation. */
const LINKED_MAX = 0.5;

export interface TextBlock {
  element: Element;
  /** Characters of unlinked paragraph text directly inside it. */
  chars: number;
  /** Its paragraphs' text: Readability may rewrap or empty the element itself while it tries. */
  paragraphs: string[];
}

/**
 * Searched from the document, not its body: on a page whose markup confuses the parser (several <html> tags in
 * conditional comments) linkedom's body and root element can be an empty shell while the paragraphs are elsewhere.
 */
export function largestTextBlock(doc: Document, commentHints: readonly string[]): TextBlock | null {
  const score = new Map<Element, number>();
  const texts = new Map<Element, string[]>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent || p.querySelector('script, style, noscript')) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < PARAGRAPH_MIN_CHARS) continue;
    let linked = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
    if (linked > LINKED_MAX * text.length) continue;
    score.set(parent, (score.get(parent) ?? 0) + text.length - linked);
    const list = texts.get(parent);
    if (list) list.push(text);
    else texts.set(parent, [text]);
  }
  // Reader comments can outweigh a short article: a block inside a comment box never counts. Checked from the
  // heaviest block down, so only the few candidates that matter walk up their ancestors.
  const classes = classReader();
  for (const [element, chars] of [...score].sort((a, b) => b[1] - a[1])) {
    if (!isInComments(element, commentHints, classes)) return { element, chars, paragraphs: texts.get(element)! };
  }
  return null;
}

/** Whether el or an ancestor has a class or id word that names a comment box ("comments", "commentList"). */
function isInComments(el: Element, hints: readonly string[], classes: ClassReader): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (classes.hasHint(e, hints)) return true;
  return false;
}
