/**
 * Formulas in article Markdown as LaTeX: `$…$` inline, `$$…$$` on a line of its own for a display formula. The TeX
 * is the page's own when it had one (formulas.ts keeps it in `alttext`), else converted from the MathML.
 *
 * TeX is written unescaped (Markdown escapes would break it for math renderers), so it is first reduced to what
 * cannot become Markdown or HTML syntax in a renderer without math: one line; "<" ">" "[" "]" as the TeX commands
 * for the same symbols (no raw HTML, autolink or link); no backtick (it would pair with a code span's delimiter and
 * unseal it); "$" escaped so the formula ends where it was written; "|" as \vert (it splits a table cell); and no
 * command that links or loads (\href, \url, \includegraphics, \html…), which some math renderers honour.
 */
import type TurndownService from 'turndown';
import { plainText } from './markdown-escape';
import { mathmlToLatex } from './mathml-latex';

type El = HTMLElement;

const SYMBOLS: Record<string, string> = { '<': '\\lt ', '>': '\\gt ', '[': '\\lbrack ', ']': '\\rbrack ', '$': '\\$', '|': '\\vert ', '`': '\\grave{}' };

/** TeX that stays one formula in any Markdown renderer (see above). */
export function markdownTex(tex: string): string {
  return plainText(tex)
    .replace(/\s+/g, ' ')
    .replace(/\\(?:href|url|includegraphics|html[A-Za-z]*)(?![A-Za-z])/g, '')
    // A backslash pair keeps its meaning, except before a character that must not be written bare.
    .replace(/\\[\s\S]|[<>[\]$|`]/g, (m) => (m.length === 2 ? (SYMBOLS[m[1]] ?? m) : SYMBOLS[m]))
    .replace(/\\$/, '')
    .trim();
}

/** Ancestors whose Markdown keeps a child block's lines at a line start (turndown's root is X-TURNDOWN). */
const BLOCK_PARENTS = new Set('X-TURNDOWN HTML BODY ARTICLE SECTION MAIN DIV P LI BLOCKQUOTE FIGURE DD ASIDE HEADER FOOTER'.split(' '));

function standsAlone(node: El): boolean {
  for (let n = node.parentNode as El | null; n && n.nodeType === 1; n = n.parentNode as El | null) {
    if (!BLOCK_PARENTS.has(n.nodeName.toUpperCase())) return false;
  }
  return true;
}

export function mathRules(service: TurndownService): void {
  service.addRule('math', {
    filter: (node) => node.nodeName.toLowerCase() === 'math',
    replacement: (_content, node) => {
      const el = node as El;
      const tex = markdownTex(el.getAttribute('alttext')?.trim() || mathmlToLatex(el));
      if (!tex) return '';
      if (el.getAttribute('display') === 'block' && standsAlone(el)) return `\n\n$$${tex}$$\n\n`;
      // "$k$heads" would be read as a formula glued to a word: a space after it, as the drawn formula had.
      const next = el.nextSibling;
      return next?.nodeType === 3 && /^[\p{L}\p{N}]/u.test(next.textContent ?? '') ? `$${tex}$ ` : `$${tex}$`;
    },
  });
}
