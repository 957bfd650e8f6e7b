/**
 * Block-aware text of an element, roughly what innerText gives: block elements and <br> start a new line, so the
 * last word of one paragraph never runs into the first of the next (textContent glues "end.</p><p>Next" into
 * "end.Next"). Scripts, styles and templates are not rendered and give no text. Works on any DOM (linkedom too).
 */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const HIDDEN = new Set(['script', 'style', 'noscript', 'template']);

export function blockText(root: Node): string {
  let out = '';
  // Explicit stack: pages nest deeper than the call stack allows.
  const stack: (Node | 'end-block')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'end-block') {
      out += '\n';
      continue;
    }
    if (node.nodeType === 3) {
      out += (node as Text).data;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeType === 1 ? (node as Element).localName.toLowerCase() : '';
    if (HIDDEN.has(name)) continue;
    if (name === 'br') {
      out += '\n';
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) {
      out += '\n';
      stack.push('end-block');
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
