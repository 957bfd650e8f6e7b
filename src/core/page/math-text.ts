/**
 * A formula as linear text a reader can follow, for the plain text of an article (content-text.ts): tokens spaced,
 * fractions, powers, roots and tables marked ("x = ( − b ± √( b ^ 2 − 4 a c ) ) / ( 2 a )"). The reader shows the
 * MathML itself, and Markdown writes LaTeX (export/mathml-latex.ts); formulas.ts makes the clean <math> read here.
 */

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
