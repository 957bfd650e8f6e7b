/**
 * Bounds how deep the parser will nest a page, before it parses it. linkedom's parse is quadratic in depth (tens of
 * thousands of levels take seconds to minutes), so the depth budget that extraction checks on the tree (MAX_DEPTH)
 * comes too late; tests/hardening/cli-depth.test.ts prints parseDocument's times at 10,000 and 40,000 levels.
 *
 * The page is flattened as Chrome's parser flattens it, not refused: Chrome never nests deeper than 512 and attaches
 * what comes deeper to the element at that depth, so an article a browser shows (and the extension reads) also reads
 * in the CLI. Here the tags of elements that would open past the budget are left out of the markup, with their end
 * tags; their text and void elements (images, line breaks) stay, in document order, inside the deepest element kept.
 *
 * One linear pass over the tags (markup-tags.ts, htmlparser2's own tokenizer) that keeps the open elements exactly
 * as htmlparser2's tree builder (linkedom's parser) will for the markup that is kept: its implied end tags, void
 * elements, `<x/>` closing only in SVG/MathML, and end tags closing the nearest open element of their name. Raw-text
 * elements (script, style, title, textarea, xmp) past the budget keep their tags (one level deeper, holding only
 * text), so their text never turns into markup. A page within the budget is returned unchanged (the same string).
 */
import { RAW_TEXT_ELEMENTS, scanTags, type TagToken } from './markup-tags';

// htmlparser2's tree rules (lib/Parser.ts), mirrored; tests/hardening/cli-depth.test.ts checks them against it.
const P = new Set(['p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTIONS = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, P] as const),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag) => [tag, FORM_TAGS] as const),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
    'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((tag) => [tag, P] as const),
  ['rt', RT_RP],
  ['rp', RT_RP],
  ['tbody', TABLE_SECTIONS],
  ['tfoot', TABLE_SECTIONS],
]);
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const FOREIGN_ROOTS = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** Counts of names on a stack, so "is one of this name open?" costs O(1) however deep the stack. */
class NamedStack {
  readonly names: string[] = [];
  private readonly counts = new Map<string, number>();
  get length(): number {
    return this.names.length;
  }
  top(): string | undefined {
    return this.names[this.names.length - 1];
  }
  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }
  push(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  pop(): string | undefined {
    const name = this.names.pop();
    if (name !== undefined) this.counts.set(name, this.counts.get(name)! - 1);
    return name;
  }
  /** Pops down to and including the nearest `name` (which must be open). */
  popThrough(name: string): void {
    while (this.pop() !== name);
  }
  clear(): void {
    this.names.length = 0;
    this.counts.clear();
  }
}

/**
 * The page's markup with the tags of elements nested deeper than `maxDepth` left out (see above); every element of
 * the parsed result then has at most `maxDepth` ancestors. `onAttributeName` sees every attribute name's source range
 * on the way (the pass reads them anyway).
 */
export function flattenDeepMarkup(html: string, maxDepth: number, onAttributeName?: (from: number, to: number) => void): string {
  // The parser's open elements for the markup kept, and its SVG/MathML context stack (top last; it starts HTML).
  const kept = new NamedStack();
  const foreign: boolean[] = [false];
  // Elements whose tags are left out, open above all kept ones.
  const dropped = new NamedStack();
  // Source ranges [start, end) left out, in order.
  const cuts: number[] = [];
  // A raw-text element was kept past the budget: the next end tag is its own (its content is text to the tokenizer).
  let inRawText = false;

  const cut = (tag: TagToken) => cuts.push(tag.start, tag.end);

  /** What htmlparser2 does with a start tag it is given. */
  const keepOpen = (tag: TagToken) => {
    const implies = OPEN_IMPLIES_CLOSE.get(tag.name);
    if (implies && kept.length > 0 && implies.has(kept.top()!)) {
      do kept.pop();
      while (kept.length > 0 && implies.has(kept.top()!));
      dropped.clear(); // what was left out inside the closed elements is closed with them
    }
    if (VOID_ELEMENTS.has(tag.name)) return;
    kept.push(tag.name);
    if (FOREIGN_ROOTS.has(tag.name)) foreign.push(true);
    else if (HTML_INTEGRATION.has(tag.name)) foreign.push(false);
    if (tag.selfClosing && foreign[foreign.length - 1] === true && kept.top() === tag.name) kept.pop();
  };

  /** What htmlparser2 does with an end tag it is given. */
  const keepClose = (tag: TagToken) => {
    if (FOREIGN_ROOTS.has(tag.name) || HTML_INTEGRATION.has(tag.name)) foreign.pop();
    // A stray </p> makes an empty <p> and a stray </br> a <br>: neither stays open. Other stray end tags do nothing.
    if (VOID_ELEMENTS.has(tag.name) || !kept.has(tag.name)) return;
    kept.popThrough(tag.name);
  };

  const onStart = (tag: TagToken) => {
    const { name } = tag;
    const implies = OPEN_IMPLIES_CLOSE.get(name);
    const isVoid = VOID_ELEMENTS.has(name);
    if (implies) while (dropped.length > 0 && implies.has(dropped.top()!)) dropped.pop();
    if (dropped.length === 0) {
      let depth = kept.length;
      if (implies) for (let i = kept.length - 1; i >= 0 && implies.has(kept.names[i]!); i--) depth--;
      const foreignTop = foreign[foreign.length - 1] === true;
      const foreignAfter = FOREIGN_ROOTS.has(name) || (!HTML_INTEGRATION.has(name) && foreignTop);
      if (isVoid || depth < maxDepth || (tag.selfClosing && foreignAfter)) {
        keepOpen(tag);
        return;
      }
    }
    // Past the budget. A raw-text element is kept whole (one level deeper, for its text only): leaving out its tags
    // would turn its text into markup.
    if (RAW_TEXT_ELEMENTS.has(name) && !tag.selfClosing) {
      keepOpen(tag);
      inRawText = true;
      return;
    }
    if (isVoid && !implies) return; // an image or a line break stays, in the deepest element kept
    cut(tag);
    if (!isVoid && !tag.selfClosing) dropped.push(name);
  };

  const onEnd = (tag: TagToken) => {
    if (inRawText) {
      inRawText = false;
      keepClose(tag);
      return;
    }
    if (!VOID_ELEMENTS.has(tag.name) && dropped.has(tag.name)) {
      dropped.popThrough(tag.name);
      cut(tag);
      return;
    }
    // Closing a kept element closes everything left out inside it too.
    if (!VOID_ELEMENTS.has(tag.name) && kept.has(tag.name)) dropped.clear();
    keepClose(tag);
  };

  scanTags(html, (tag) => (tag.closing ? onEnd(tag) : onStart(tag)), onAttributeName);
  if (cuts.length === 0) return html;

  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    const before = html.slice(from, cuts[i]);
    // A `<` that was text only because a tag followed would start a tag with what now follows: write it as &lt;.
    parts.push(before.endsWith('<') ? `${before.slice(0, -1)}&lt;` : before);
    from = cuts[i + 1]!;
  }
  parts.push(html.slice(from));
  return parts.join('');
}
