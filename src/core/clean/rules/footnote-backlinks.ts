/**
 * Footnotes, as one shape whatever wrote them (MediaWiki's cite references, WordPress's footnotes block and
 * Jetpack's, pandoc's and markdown-it's section.footnotes, Substack's and Ghost's notes): each reference mark a
 * link `<sup><a id="fnref-N" href="#fn-N">label</a></sup>` (the page's own label), each note the block that holds
 * it with `id="fn-N"`, numbered in the order the text first cites them, and one back-link `<a href="#fnref-N">↩</a>`
 * at its end. The page's own back-links (the "^", "↩︎", "a b c" jumps to each citing place) are what the rule removes:
 * printed as text they are noise; the reader gets the one link back, plain text and Markdown none (`[^N]` there).
 *
 * A reference mark is found by what it does, not by class: an in-page link with a short label ("1", "[2]", "*",
 * "a") pointing forward to an element of the article. Runs on Readability's article (post), where the note list
 * has survived or not: a mark whose note is gone is left as it was. The sanitiser keeps only these ids.
 */
import type { CleanRule, RuleContext } from '../kit/rule';

/** A reference label: a number, a letter or a mark, bracketed or not. */
const LABEL = /^\[?(?:\d{1,3}|[a-z]{1,2}|[*†‡§¶])\]?$/i;
/** The page's back-links: arrows, carets, or words saying "back". */
const BACK_TEXT = /^(?:[↩↑⤴^⬆︎️\s]+|back|jump up|return)/i;
const BLOCKS = 'li, p, div, section, aside, dd';
/** A note is a sentence or a few; a longer target is a part of the article (a table of contents' section). */
const MAX_NOTE_CHARS = 3000;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every id of the article to its first element, from one walk (a page of many in-page links asked per link before). */
function idIndex(root: Element): Map<string, Element> {
  const ids = new Map<string, Element>();
  for (const el of Array.from(root.querySelectorAll('[id]'))) {
    const id = el.getAttribute('id')!;
    if (!ids.has(id)) ids.set(id, el);
  }
  return ids;
}

/** The id a fragment link names; a malformed escape ("#%") names the text as written. */
function fragmentId(href: string): string {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

interface Mark {
  link: Element;
  /** The element replaced by the normalised mark: the link, or a <sup> holding only it. */
  outer: Element;
  note: Element;
}

/**
 * The note block a target id names: the target itself when it is a block, else the block around it; past blocks
 * that hold only the label (Substack's note number, which Readability wraps in a paragraph of its own).
 */
function noteBlock(target: Element, root: Element, label: string): Element | null {
  let block = target.matches(BLOCKS) ? target : target.parentElement?.closest(BLOCKS) ?? null;
  while (block && block !== root && collapse(block.textContent ?? '').length <= label.length + 1) block = block.parentElement?.closest(BLOCKS) ?? null;
  return block && block !== root && root.contains(block) ? block : null;
}

function apply(root: Element, ctx: RuleContext): string[] {
  const marks: Mark[] = [];
  // Both built on the first link that looks like a mark: most articles have none, and pay for neither walk.
  let ids: Map<string, Element> | null = null;
  // Document order by position in one walk (linkedom's compareDocumentPosition answers wrongly for nested nodes).
  let order: Map<Element, number> | null = null;
  const precedes = (a: Element, b: Element) => {
    order ??= new Map(Array.from(root.querySelectorAll('*'), (el, i) => [el, i]));
    return (order.get(a) ?? -1) < (order.get(b) ?? -1);
  };
  for (const link of Array.from(root.querySelectorAll('a[href^="#"]'))) {
    const label = collapse(link.textContent ?? '');
    if (!LABEL.test(label)) continue;
    const id = fragmentId(link.getAttribute('href') ?? '');
    const target = id ? (ids ??= idIndex(root)).get(id) ?? null : null;
    if (!target || target.contains(link) || !precedes(link, target)) continue;
    if (/^h[1-6]$/.test(target.localName)) continue;
    const note = noteBlock(target, root, label);
    if (note && (note.querySelector('h1, h2, h3, h4, h5, h6') || collapse(note.textContent ?? '').length > MAX_NOTE_CHARS)) continue;
    // A note is prose about the mark, longer than its label; never a heading or a block that holds the mark.
    if (!note || note.contains(link) || collapse(note.textContent ?? '').length <= label.length + 1) continue;
    const sup = link.parentElement?.localName === 'sup' && collapse(link.parentElement.textContent ?? '') === label ? link.parentElement : null;
    marks.push({ link, outer: sup ?? link, note });
  }
  if (marks.length === 0) return [];

  const doc = root.ownerDocument;
  const numbers = new Map<Element, number>();
  // Ids of the places the page links back to: each mark, its wrapper and what it holds.
  const markIds = new Set<string>();
  for (const { link, outer } of marks) {
    for (const el of [outer, link, ...Array.from(outer.querySelectorAll('[id]')), outer.parentElement]) {
      const id = el?.getAttribute('id');
      if (id) markIds.add(id);
    }
  }
  const seen = new Map<number, number>();
  for (const { link, outer, note } of marks) {
    let n = numbers.get(note);
    if (n === undefined) numbers.set(note, (n = numbers.size + 1));
    const count = (seen.get(n) ?? 0) + 1;
    seen.set(n, count);
    const sup = doc.createElement('sup');
    const a = doc.createElement('a');
    a.setAttribute('href', `#fn-${n}`);
    a.setAttribute('id', count === 1 ? `fnref-${n}` : `fnref-${n}-${count}`);
    a.textContent = collapse(link.textContent ?? '');
    sup.append(a);
    outer.replaceWith(sup);
  }

  const removed: string[] = [];
  for (const [note, n] of numbers) {
    for (const back of Array.from(note.querySelectorAll('a[href^="#"]'))) {
      const id = decodeURIComponent((back.getAttribute('href') ?? '').slice(1));
      const text = collapse(back.textContent ?? '');
      if (!markIds.has(id) && !(BACK_TEXT.test(text) && text.length <= 12)) continue;
      // The wrapper of a back-link ("^" in MediaWiki's <span><b>^</b><a>…</a></span>) goes when nothing else is in it.
      let gone: Element = back;
      while (gone.parentElement && gone.parentElement !== note && collapse(gone.parentElement.textContent ?? '') === collapse(gone.textContent ?? '')) gone = gone.parentElement;
      const wrapper = gone.parentElement;
      if (text) removed.push(text);
      gone.remove();
      if (wrapper && wrapper !== note && wrapper.localName === 'span' && /^[\s^↑↩]*$/.test(wrapper.textContent ?? '')) {
        const rest = collapse(wrapper.textContent ?? '');
        if (rest) removed.push(rest);
        wrapper.remove();
      }
    }
    note.setAttribute('id', `fn-${n}`);
    const back = doc.createElement('a');
    back.setAttribute('href', `#fnref-${n}`);
    back.textContent = '↩';
    // In the last paragraph of a note written as paragraphs, so the arrow ends its text.
    const last = note.lastElementChild?.localName === 'p' ? note.lastElementChild : note;
    if (!/\s$/.test(last.textContent ?? '')) last.append(doc.createTextNode(' '));
    last.append(back);
    ctx.run.markChanged(note);
  }
  ctx.run.markChanged(root);
  return removed;
}

export const rule: CleanRule = { name: 'footnote-backlinks', post: apply };
