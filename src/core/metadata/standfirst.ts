/**
 * The standfirst (sapo, dek, subtitle) that Readability leaves out because it sits just above the body container:
 * the block whose text is the page's description. Metadata, not a cleaning rule: it removes nothing. Two hooks of
 * the pipeline (extract.ts): after the pre rules, `noteStandfirst` notes the block and the paragraphs that follow
 * it on the page; after the post rules, `standfirstOf` confirms it belongs to this body (the body starts with one
 * of those paragraphs and lacks its text) and the Article carries it as `standfirst`, shown under the headline
 * rather than as body text: a dek summarises the article, it is not its first paragraph (the public benchmark's
 * truth, like most readers, leaves it out of the body).
 */
import type { TextReader } from '../clean/kit/text-reader';
import { sameLead, withoutDateline } from '../clean/kit/lead-text';
import { collapse, compareKey } from '../clean/kit/block-text';

const MIN_CHARS = 40;
/** Paragraphs after the standfirst that may open the body (a byline, a photo and its caption come between). */
const FOLLOWING = 4;
const SEARCH_LIMIT = 400;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META']);
const BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV', 'SPAN', 'STRONG', 'B', 'EM', 'SECTION', 'HEADER']);

/** The standfirst as the page shows it, and the paragraphs that followed it there. */
export interface NotedStandfirst {
  text: string;
  following: Element[];
}

/** The block under root whose text is the description, with the paragraphs after it; null when there is none. */
export function noteStandfirst(root: Element, description: string | null, run: TextReader): NotedStandfirst | null {
  const { textOf } = run;
  const wanted = collapse(description ?? '');
  if (wanted.length < MIN_CHARS) return null;
  const key = compareKey(wanted);
  const probe = wanted.slice(0, 24);
  const hit = findTextNode(root, probe);
  if (!hit) return null;
  // The outermost block whose text is the description.
  let block: Element | null = null;
  for (let el = hit.parentElement; el && el !== root; el = el.parentElement) {
    // An ancestor with far more text than the description is past it (and its key would cost a pass over it).
    if (textOf(el).length > wanted.length * 2 + 40) break;
    const k = compareKey(textOf(el));
    if (k === key) {
      if (BLOCKS.has(el.tagName)) block = el;
      continue;
    }
    if (k.length > key.length) break;
  }
  if (!block) return null;
  return { text: textOf(block), following: followingParagraphs(run, block) };
}

function findTextNode(root: Element, probe: string): Text | null {
  // Collapsing changes only whitespace, so a node that starts with the probe holds its first word verbatim: a cheap
  // test before collapsing every text node of the page.
  const word = probe.split(' ')[0];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      if (v.length >= probe.length && v.includes(word) && collapse(v).startsWith(probe)) return node as Text;
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has((node as Element).tagName)) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return null;
}

/** The first paragraphs after el in document order (outside it). */
function followingParagraphs(run: TextReader, el: Element): Element[] {
  const out: Element[] = [];
  let visited = 0;
  for (let cur: Element | null = el; cur && out.length < FOLLOWING && visited < SEARCH_LIMIT; cur = cur.parentElement) {
    for (let sib = cur.nextElementSibling; sib && out.length < FOLLOWING && visited < SEARCH_LIMIT; sib = sib.nextElementSibling) {
      const candidates = sib.tagName === 'P' ? [sib] : Array.from(sib.querySelectorAll('p'));
      for (const p of candidates) {
        visited++;
        if (run.textOf(p).length >= 60) out.push(p);
        if (out.length >= FOLLOWING) break;
      }
      visited++;
    }
  }
  return out;
}

/** The noted standfirst when it belongs to the cleaned body `root` and the body does not hold it, else null. */
export function standfirstOf(root: Element, lead: NotedStandfirst | null, run: TextReader): string | null {
  if (!lead) return null;
  const { textOf } = run;
  // Datelines aside ("(Baothanhhoa.vn) - "): a body that holds the lead, or opens with it, needs no standfirst.
  const key = compareKey(withoutDateline(lead.text));
  if (compareKey(textOf(root)).includes(key)) return null;
  const paragraphs = Array.from(root.querySelectorAll('p')).filter((p) => textOf(p).length >= 60);
  if (paragraphs.slice(0, 3).some((p) => sameLead(key, compareKey(withoutDateline(textOf(p))), ''))) return null;
  // The body must open with one of the paragraphs that followed the standfirst on the page.
  const firstParagraph = paragraphs[0];
  if (!firstParagraph || !lead.following.includes(firstParagraph)) return null;
  return lead.text;
}

