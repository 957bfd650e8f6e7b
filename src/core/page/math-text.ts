/**
 * Formulas as text a reader can follow. MathJax (v2 and v3) and KaTeX print each formula twice, once drawn for the
 * eye (CSS glyphs with no text, or spans of single letters) and once as MathML for assistive technology, and
 * MathJax v2 keeps the TeX source in a <script>. Readability keeps the <math>, but the sanitiser allows no MathML and
 * the text walk skips it, so every formula was lost ("When , there are two solutions to and they are").
 *
 * Before Readability, each rendered formula becomes one element holding a linear reading of its MathML (tokens
 * spaced, fractions, powers, roots and tables marked: "x = ( − b ± √( b ^ 2 − 4 a c ) ) / ( 2 a )"), or its TeX
 * source when that is all there is: a <span> inline, a <p> for a display formula.
 */
import type { PageQuery } from './page-query';

const TOKENS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);
const SKIP = new Set(['annotation', 'annotation-xml', 'mprescripts', 'none']);

function kids(el: Element, text: (e: Element) => string): string[] {
  return Array.from(el.children).map(text).filter(Boolean);
}

/** A linear reading of a MathML element. */
export function mathText(el: Element): string {
  const name = el.localName.toLowerCase();
  if (SKIP.has(name)) return '';
  if (TOKENS.has(name)) return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (name === 'mspace') return '';
  const parts = kids(el, mathText);
  const group = (s: string | undefined) => (s && s.includes(' ') ? `( ${s} )` : (s ?? ''));
  switch (name) {
    case 'semantics':
      return parts[0] ?? '';
    case 'mfrac':
      return `${group(parts[0])} / ${group(parts[1])}`;
    case 'msqrt':
      return `√( ${parts.join(' ')} )`;
    case 'mroot':
      return `${group(parts[1])} √( ${parts[0] ?? ''} )`;
    case 'msup':
      return `${parts[0] ?? ''} ^ ${group(parts[1])}`;
    case 'msub':
      return `${parts[0] ?? ''} _ ${group(parts[1])}`;
    case 'msubsup':
      return `${parts[0] ?? ''} _ ${group(parts[1])} ^ ${group(parts[2])}`;
    case 'mtable':
      return parts.join(' ; ');
    default:
      return parts.join(' ');
  }
}

/** Whether el is still in its document (linkedom's isConnected is false throughout a cloned document). */
function inDocument(el: Element): boolean {
  let node: Node | null = el;
  while (node.parentNode) node = node.parentNode;
  return node.nodeType === 9;
}

/** Text that reads as markup ("<img …", "</style>"): hostile pages hide it in <mtext> and <style>; such a formula stays as it was. */
const MARKUP = /<[a-z!/]/i;

/** Replaces a rendered formula by one text element: a <p> for a display formula, else a <span>. */
function replaceWith(target: Element, text: string, display: boolean): void {
  const el = target.ownerDocument.createElement(display ? 'p' : 'span');
  el.textContent = display ? text : ` ${text} `;
  target.replaceWith(el);
}

function isDisplay(el: Element, math: Element | null): boolean {
  return el.getAttribute('display') === 'true' || el.getAttribute('display') === 'block' || math?.getAttribute('display') === 'block'
    || /\b(?:katex-display|MathJax_Display)\b/.test(el.parentElement?.getAttribute('class') ?? '') || /\bMathJax_Display\b/.test(el.getAttribute('class') ?? '');
}

/** Turns every MathJax / KaTeX formula, and every bare <math>, into text; returns how many. */
export function mathToText(query: PageQuery): number {
  let done = 0;
  // MathJax v3 (<mjx-container>) and KaTeX (.katex): the drawn copy goes with the container, the MathML is read.
  for (const box of [...query.all('mjx-container'), ...query.all('.katex')]) {
    if (!inDocument(box)) continue;
    const math = box.querySelector('math');
    const text = math ? mathText(math) : '';
    if (!text || MARKUP.test(text)) continue;
    replaceWith(box, text, isDisplay(box, math));
    done++;
  }
  // MathJax v2: a preview, the drawn formula (with assistive MathML when enabled) and the TeX source <script>.
  for (const script of query.all('script')) {
    const type = script.getAttribute('type') ?? '';
    if (!/^math\/(?:tex|mml)/i.test(type) || !script.parentNode) continue;
    let drawn: Element | null = null;
    let rendered = false;
    for (let prev = script.previousElementSibling; prev && /\bMathJax(?:_Display|_Preview|_SVG|_CHTML)?\b/.test(prev.getAttribute('class') ?? ''); prev = script.previousElementSibling) {
      drawn ??= prev.querySelector('math');
      rendered = true;
      prev.remove();
    }
    // Script text becomes visible only where MathJax drew it, and never if it holds markup.
    const source = (script.textContent ?? '').replace(/\s+/g, ' ').trim();
    const text = drawn ? mathText(drawn) : rendered && !source.includes('<') ? source : '';
    if (!text || MARKUP.test(text)) continue;
    replaceWith(script, text, /mode=display/i.test(type));
    done++;
  }
  // Bare MathML (pages that ship it for the browser to draw).
  for (const math of query.all('math')) {
    if (!inDocument(math)) continue; // inside a formula replaced above
    const text = mathText(math);
    if (!text || MARKUP.test(text)) continue;
    replaceWith(math, text, math.getAttribute('display') === 'block');
    done++;
  }
  return done;
}
