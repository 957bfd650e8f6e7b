/**
 * The text a reader sees just around the headline: where pages print the byline and the date ("By Jane Doe |
 * Nov. 19, 2019"). Read in document order from the headline element, a little before it (dates printed above the
 * headline) and more after it, skipping scripts and styles, one line per text node, up to the body's first
 * paragraph. Bounded: it stops after a few hundred characters.
 */

// Figures are skipped whole: a photo's caption may be long and may carry the day the photo was taken.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'OPTION', 'FIGURE', 'FIGCAPTION']);

export interface HeadlineZone {
  before: string;
  after: string;
}

/** A text this long is the body (or the standfirst): the byline and the date are short lines before it. */
const BODY_TEXT = 160;

/**
 * Text nodes after (or before) `from`'s subtree in document order, whitespace collapsed, until `limit` characters
 * or the body's first paragraph: dates quoted in the body ("a report of 15.4.2020") are not the article's.
 */
function collect(from: Element, limit: number, forward: boolean, stopAtBody = true): string {
  const parts: string[] = [];
  let length = 0;
  let steps = 0;
  let skipped = 0;
  const visit = (node: Node): boolean => {
    if (++steps > 5_000 || length >= limit) return false;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (stopAtBody && text.length >= BODY_TEXT) {
        // Before any short line, a long text is the standfirst or a photo caption: the byline may follow it.
        if (parts.length === 0 && ++skipped <= 2) return true;
        length = limit;
        return false;
      }
      if (text) {
        parts.push(text);
        length += text.length + 1;
      }
      return length < limit;
    }
    if (node.nodeType !== 1 || SKIP.has((node as Element).tagName.toUpperCase())) return true;
    const kids = Array.from(node.childNodes);
    if (!forward) kids.reverse();
    for (const kid of kids) if (!visit(kid)) return false;
    return true;
  };
  let node: Node | null = from;
  while (node && length < limit && steps <= 5_000) {
    let next: Node | null = forward ? node.nextSibling : node.previousSibling;
    while (!next && node) {
      node = node.parentNode;
      if (!node || node.nodeType !== 1 || (node as Element).tagName.toUpperCase() === 'BODY') return finish(parts, forward);
      next = forward ? node.nextSibling : node.previousSibling;
    }
    if (!next) break;
    if (!visit(next)) break;
    node = next;
  }
  return finish(parts, forward);
}

function finish(parts: string[], forward: boolean): string {
  // One line per text node: a name or a date never runs on into the next element's text.
  return (forward ? parts : parts.reverse()).join('\n');
}

/** The plain text after the headline, body included: how many dates a listing prints under its heading. */
export function textAfterHeadline(headline: Element | null, limit = 500): string {
  return headline ? collect(headline, limit, true, false) : '';
}

export function headlineZone(headline: Element | null, before = 160, after = 500): HeadlineZone {
  if (!headline) return { before: '', after: '' };
  return { before: collect(headline, before, false), after: collect(headline, after, true) };
}
