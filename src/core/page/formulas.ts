/**
 * Formulas as one clean <math> each, before Readability. MathJax (v2 and v3) and KaTeX print each formula twice:
 * once drawn for the eye (CSS glyphs with no text, or spans of single letters) and once as MathML for assistive
 * technology; MathJax v2 and KaTeX also keep the TeX source (a <script type="math/tex">, an x-tex annotation).
 * The drawn copy goes; the MathML is rebuilt from an allowlist of presentation elements, with only text in its
 * tokens and a few layout attributes, so what reaches the sanitiser, the reader and the exports is the formula and
 * nothing the page hid in it. The TeX source, when the page has it, rides along in `alttext` (the MathML attribute
 * for a formula's text alternative), which the Markdown export writes as LaTeX.
 *
 * A display formula is a block (`display="block"`, in its own <p> unless it already sits in one); a MathJax v2
 * formula with TeX but no MathML becomes a <math> of one <mtext> holding the TeX, as MathJax would show it on error.
 */
import { MATHML_CONTAINERS, MATHML_TOKENS, MATH_ATTRIBUTES } from './mathml-allowlist';
import type { PageQuery } from './page-query';

/** Formulas deeper than this are not a page's mathematics; they are left out. */
const MAX_DEPTH = 64;
/** Text that reads as markup ("<img …", "</style>"): hostile pages hide it in <mtext> and <style>. */
const MARKUP = /<[a-z!/]/i;

class Hostile extends Error {}

function copyAttributes(from: Element, to: Element): void {
  for (const [name, valid] of Object.entries(MATH_ATTRIBUTES)) {
    const value = from.getAttribute(name);
    if (value !== null && valid.test(value.trim())) to.setAttribute(name, value.trim());
  }
}

/** The clean copy of one MathML node, appended to `parent`. */
function rebuild(node: Element, parent: Element, depth: number): void {
  if (depth > MAX_DEPTH) throw new Hostile();
  const doc = parent.ownerDocument;
  const name = node.localName.toLowerCase();
  if (MATHML_TOKENS.has(name)) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (MARKUP.test(text)) throw new Hostile();
    const token = doc.createElement(name);
    copyAttributes(node, token);
    token.textContent = text;
    parent.append(token);
    return;
  }
  // The presentation half of a <semantics>; an <maction>'s first child (what it shows).
  if (name === 'semantics' || name === 'maction') {
    const first = Array.from(node.children).find((c) => !/^annotation/i.test(c.localName));
    if (first) rebuild(first, parent, depth + 1);
    return;
  }
  if (name === 'annotation' || name === 'annotation-xml' || name === 'mprescripts' || name === 'none' || name === 'mglyph') return;
  if (name === 'style' || name === 'script') throw new Hostile();
  // A known layout element is copied; anything else (MathJax's own wrappers, stray HTML) only for its children.
  const copy = MATHML_CONTAINERS.has(name) ? doc.createElement(name) : null;
  if (copy) copyAttributes(node, copy);
  const into = copy ?? parent;
  for (const child of Array.from(node.children)) rebuild(child, into, depth + 1);
  if (copy) parent.append(copy);
}

/** The TeX source of a formula: its x-tex annotation (KaTeX, MediaWiki, MathJax's TeX input), else its alttext. */
function annotatedTex(math: Element | null): string {
  const annotation = Array.from(math?.querySelectorAll('annotation') ?? []).find((a) => /^application\/x-tex$/i.test(a.getAttribute('encoding') ?? ''));
  return (annotation?.textContent ?? math?.getAttribute('alttext') ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A picture of the same formula beside the MathML (MediaWiki's fallback image, whose alt is the TeX): the reader
 * shows the MathML, so the picture would print the formula twice. Looked for among the siblings of the formula
 * and of its wrapper.
 */
function dropDrawnTwin(math: Element, tex: string): void {
  if (!tex) return;
  for (const scope of [math.parentElement, math.parentElement?.parentElement]) {
    for (const img of Array.from(scope?.children ?? []).filter((el) => el.localName === 'img')) {
      if ((img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim() === tex) img.remove();
    }
  }
}

/** A clean <math> for `source` (MathML) or, failing that, for its TeX; null when neither is usable. */
function cleanMath(doc: Document, source: Element | null, tex: string, display: boolean): Element | null {
  if (MARKUP.test(tex)) tex = '';
  const math = doc.createElement('math');
  if (display) math.setAttribute('display', 'block');
  if (source) {
    try {
      for (const child of Array.from(source.children)) rebuild(child, math, 1);
    } catch (err) {
      if (err instanceof Hostile) return null;
      throw err;
    }
  }
  if (!math.textContent?.trim()) {
    if (!tex) return null;
    const mtext = doc.createElement('mtext');
    mtext.textContent = tex;
    math.append(mtext);
  }
  if (tex) math.setAttribute('alttext', tex);
  return math;
}

/** Whether el is still in its document (linkedom's isConnected is false throughout a cloned document). */
function inDocument(el: Element): boolean {
  let node: Node | null = el;
  while (node.parentNode) node = node.parentNode;
  return node.nodeType === 9;
}

/** Puts the clean formula where the rendered one was (removed, when it is hostile or empty). */
function place(target: Element, math: Element | null): void {
  if (!math) {
    target.remove();
    return;
  }
  if (math.getAttribute('display') === 'block' && !target.parentElement?.closest('p')) {
    const p = target.ownerDocument.createElement('p');
    p.append(math);
    target.replaceWith(p);
  } else {
    target.replaceWith(math);
  }
}

const DISPLAY_CLASS = /\b(?:katex-display|MathJax_Display)\b/;

function isDisplay(el: Element, math: Element | null): boolean {
  return el.getAttribute('display') === 'true' || el.getAttribute('display') === 'block' || math?.getAttribute('display') === 'block'
    || DISPLAY_CLASS.test(el.parentElement?.getAttribute('class') ?? '') || DISPLAY_CLASS.test(el.getAttribute('class') ?? '');
}

/** Rewrites every MathJax / KaTeX formula, and every bare <math>, as one clean <math>; returns how many. */
export function normaliseFormulas(query: PageQuery): number {
  let done = 0;
  // MathJax v3 (<mjx-container>) and KaTeX (.katex): the drawn copy goes with the container, the MathML is read.
  for (const box of [...query.all('mjx-container'), ...query.all('.katex')]) {
    if (!inDocument(box)) continue;
    const math = box.querySelector('math');
    const clean = cleanMath(box.ownerDocument, math, annotatedTex(math), isDisplay(box, math));
    // KaTeX's display wrapper holds only the formula: it goes too, so the formula stands as a block.
    const wrapper = box.parentElement;
    const target = wrapper && DISPLAY_CLASS.test(wrapper.getAttribute('class') ?? '') && wrapper.children.length === 1 ? wrapper : box;
    if (clean || math) place(target, clean);
    if (clean) done++;
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
    // Script text becomes visible only where MathJax drew it (a math/mml script holds markup, never shown as TeX).
    const tex = rendered && /^math\/tex/i.test(type) ? (script.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
    const clean = cleanMath(script.ownerDocument, drawn, tex, /mode=display/i.test(type));
    if (!clean) continue;
    place(script, clean);
    done++;
  }
  // Bare MathML (pages that ship it for the browser to draw).
  for (const math of query.all('math')) {
    if (!inDocument(math)) continue; // inside a formula replaced above
    const tex = annotatedTex(math);
    dropDrawnTwin(math, tex);
    place(math, cleanMath(math.ownerDocument, math, tex, math.getAttribute('display') === 'block'));
    done++;
  }
  return done;
}
