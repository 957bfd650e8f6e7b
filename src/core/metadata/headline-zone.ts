/**
 * The text a reader sees just around the headline: where pages print the byline and the date ("By Jane Doe |
 * Nov. 19, 2019"). Read in document order from the headline element, a little before it (dates printed above the
 * headline) and more after it, skipping scripts and styles, one line per text node. Bounded: it stops after a few hundred characters.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'OPTION']);

export interface HeadlineZone {
  before: string;
  after: string;
}

/** Text nodes after `from`'s subtree in document order, until `limit` characters (whitespace collapsed). */
function collect(from: Element, limit: number, forward: boolean): string {
  const parts: string[] = [];
  let length = 0;
  let steps = 0;
  const visit = (node: Node): boolean => {
    if (++steps > 5_000 || length >= limit) return false;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
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

export function headlineZone(headline: Element | null, before = 160, after = 500): HeadlineZone {
  if (!headline) return { before: '', after: '' };
  return { before: collect(headline, before, false), after: collect(headline, after, true) };
}
