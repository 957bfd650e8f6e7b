/** The text a reader sees in an element: a <noscript> fallback image or a tracking script inside a byline is no name. */

const UNSHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function shownText(el: Element): string {
  // A loop with a stack, not recursion: the whole body is read this way too, and pages can nest very deep.
  const parts: string[] = [];
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && !UNSHOWN.has((node as Element).tagName.toUpperCase())) {
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return parts.join('');
}
