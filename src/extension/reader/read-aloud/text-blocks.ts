/**
 * The reader's text as read-aloud sees it: the headline, the standfirst and each innermost block of the body
 * (paragraph, heading, list item, quote, caption, cell), each with its text and a way back from offsets in that
 * text to a DOM Range, which is what gets highlighted. White space keeps its length (each character becomes a
 * space) and a <br> counts as a line break, so offsets match the text the sentence splitter saw.
 */

const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd, td, th, pre';

export interface TextBlock {
  element: Element;
  text: string;
  /** The DOM range of text[start, end). */
  range(start: number, end: number): Range;
}

interface Piece {
  node: Text | null; // null: a <br>, one '\n' in the text
  start: number;
  end: number;
}

/** Headline, standfirst, then the body's innermost blocks with something in them, in document order. */
export function readableBlocks(header: Element | null, body: Element | null): TextBlock[] {
  const elements = [
    ...(header ? [...header.querySelectorAll('.lr-title, .lr-standfirst')] : []),
    ...(body ? [...body.querySelectorAll(BLOCK)].filter((el) => !el.querySelector(BLOCK) && !el.closest('[hidden], [aria-hidden="true"]')) : []),
  ];
  return elements.map(textBlock).filter((b) => /[\p{L}\p{N}]/u.test(b.text));
}

export function textBlock(element: Element): TextBlock {
  const doc = element.ownerDocument;
  const pieces: Piece[] = [];
  let text = '';
  const walker = doc.createTreeWalker(element, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const data = (node as Text).data.replace(/\s/gu, ' ');
      pieces.push({ node: node as Text, start: text.length, end: text.length + data.length });
      text += data;
    } else if ((node as Element).localName === 'br') {
      pieces.push({ node: null, start: text.length, end: text.length + 1 });
      text += '\n';
    }
  }
  const range = (start: number, end: number): Range => {
    const r = doc.createRange();
    const from = locate(pieces, start, 'start');
    const to = locate(pieces, end, 'end');
    if (from && to) {
      r.setStart(from.node, from.offset);
      r.setEnd(to.node, to.offset);
    } else r.selectNodeContents(element);
    return r;
  };
  return { element, text, range };
}

/** The text node and offset at a text position; a start takes the piece it begins, an end the piece it closes. */
function locate(pieces: Piece[], at: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  for (const p of pieces) {
    if (!p.node) continue;
    if (side === 'start' ? at >= p.start && at < p.end : at > p.start && at <= p.end) return { node: p.node, offset: at - p.start };
  }
  return null;
}
