/**
 * Presentation MathML as LaTeX, for formulas whose page gave no TeX source (MathJax 3, bare MathML). Covers the
 * elements formulas.ts keeps: tokens, rows, fractions, scripts, roots, over/under marks and tables; characters
 * with a LaTeX command are written as it, others as themselves (LaTeX renderers in Markdown read Unicode).
 * Works on any DOM's elements (turndown's parser, the browser's): names are compared in lower case.
 */
const COMMANDS: Record<string, string> = {
  '−': '-', '±': '\\pm', '∓': '\\mp', '×': '\\times', '÷': '\\div', '⋅': '\\cdot', '·': '\\cdot', '∗': '\\ast',
  '≠': '\\neq', '≤': '\\leq', '≥': '\\geq', '≈': '\\approx', '≡': '\\equiv', '∼': '\\sim', '≃': '\\simeq', '∝': '\\propto',
  '→': '\\to', '←': '\\leftarrow', '↔': '\\leftrightarrow', '⇒': '\\Rightarrow', '⇐': '\\Leftarrow', '⇔': '\\Leftrightarrow', '↦': '\\mapsto',
  '∞': '\\infty', '∂': '\\partial', '∇': '\\nabla', '∑': '\\sum', '∏': '\\prod', '∫': '\\int', '∮': '\\oint',
  '∈': '\\in', '∉': '\\notin', '⊂': '\\subset', '⊆': '\\subseteq', '⊃': '\\supset', '⊇': '\\supseteq', '∪': '\\cup',
  '∩': '\\cap', '∅': '\\emptyset', '∀': '\\forall', '∃': '\\exists', '¬': '\\neg', '∧': '\\wedge', '∨': '\\vee',
  '…': '\\ldots', '⋯': '\\cdots', '⋮': '\\vdots', '⋱': '\\ddots', '∘': '\\circ', '′': "'", '″': "''", '⁡': '', '⁢': '', '⁣': ',',
  '{': '\\{', '}': '\\}', '%': '\\%', '#': '\\#', '&': '\\&', '$': '\\$', '_': '\\_', '^': '\\hat{}', '~': '\\sim', '\\': '\\backslash',
  '|': '\\vert', '‖': '\\Vert', '⟨': '\\langle', '⟩': '\\rangle', '⌊': '\\lfloor', '⌋': '\\rfloor', '⌈': '\\lceil', '⌉': '\\rceil',
  'α': '\\alpha', 'β': '\\beta', 'γ': '\\gamma', 'δ': '\\delta', 'ε': '\\varepsilon', 'ϵ': '\\epsilon', 'ζ': '\\zeta', 'η': '\\eta',
  'θ': '\\theta', 'ϑ': '\\vartheta', 'ι': '\\iota', 'κ': '\\kappa', 'λ': '\\lambda', 'μ': '\\mu', 'ν': '\\nu', 'ξ': '\\xi',
  'π': '\\pi', 'ρ': '\\rho', 'σ': '\\sigma', 'τ': '\\tau', 'υ': '\\upsilon', 'φ': '\\varphi', 'ϕ': '\\phi', 'χ': '\\chi',
  'ψ': '\\psi', 'ω': '\\omega', 'Γ': '\\Gamma', 'Δ': '\\Delta', 'Θ': '\\Theta', 'Λ': '\\Lambda', 'Ξ': '\\Xi', 'Π': '\\Pi',
  'Σ': '\\Sigma', 'Φ': '\\Phi', 'Ψ': '\\Psi', 'Ω': '\\Omega', 'ℏ': '\\hbar', 'ℓ': '\\ell', 'ℝ': '\\mathbb{R}', 'ℕ': '\\mathbb{N}',
  'ℤ': '\\mathbb{Z}', 'ℚ': '\\mathbb{Q}', 'ℂ': '\\mathbb{C}',
};

/** Marks over a base that LaTeX writes as accents. */
const ACCENTS: Record<string, string> = {
  '¯': '\\overline', '‾': '\\overline', '_': '\\overline', '^': '\\hat', 'ˆ': '\\hat', '˙': '\\dot', '¨': '\\ddot',
  '→': '\\vec', '⃗': '\\vec', '~': '\\tilde', '˜': '\\tilde', '⏞': '\\overbrace', '⏟': '\\underbrace',
};

/** Operators written as named functions when they are spelled out in an <mi>. */
const FUNCTIONS = new Set(['sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'log', 'ln', 'exp', 'lim', 'max', 'min', 'sup', 'inf', 'det', 'gcd', 'arg', 'dim', 'ker', 'sinh', 'cosh', 'tanh', 'arcsin', 'arccos', 'arctan', 'Pr', 'deg']);

function characters(text: string): string {
  let out = '';
  for (const ch of text) {
    const command = COMMANDS[ch];
    if (command === undefined) out += ch;
    else out += /^\\[a-zA-Z]+$/.test(command) ? `${command} ` : command;
  }
  return out.trim();
}

const tokenText = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A group for a script, fraction part or root: braces unless it is one character or command. */
function braced(tex: string): string {
  return /^(?:[^\s{}\\]|\\[a-zA-Z]+)$/u.test(tex) ? tex : `{${tex}}`;
}

function children(el: Element): Element[] {
  return Array.from(el.children);
}

function token(el: Element, name: string): string {
  const text = tokenText(el);
  if (name === 'mtext' || name === 'ms') return text.trim() ? `\\text{${text.replace(/[{}\\$%#&_^~]/g, (c) => `\\${c === '\\' ? 'backslash ' : c}`)}}` : '';
  if (name === 'mi' && text.length > 1) {
    if (FUNCTIONS.has(text)) return `\\${text} `;
    if ([...text].length > 1) return `\\mathrm{${characters(text)}}`;
  }
  const variant = el.getAttribute('mathvariant');
  const tex = characters(text);
  if (variant === 'bold' && tex) return `\\mathbf{${tex}}`;
  if (variant === 'double-struck' && tex) return `\\mathbb{${tex}}`;
  return tex;
}

function join(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    if (!part) continue;
    // A command followed by a letter would read as one longer command (\pi x ≠ \pix).
    out += /\\[a-zA-Z]+$/.test(out) && /^[A-Za-z]/.test(part) ? ` ${part}` : part;
  }
  return out;
}

/** One MathML element as LaTeX. */
export function mathmlToLatex(el: Element, depth = 0): string {
  if (depth > 64) return '';
  const name = el.localName.toLowerCase();
  const kids = children(el);
  const tex = (i: number) => (kids[i] ? mathmlToLatex(kids[i], depth + 1) : '');
  switch (name) {
    case 'mi':
    case 'mn':
    case 'mo':
    case 'mtext':
    case 'ms':
      return token(el, name);
    case 'mspace':
    case 'annotation':
    case 'annotation-xml':
      return '';
    case 'semantics':
      return tex(0);
    case 'mfrac':
      return /^0(?:\D|$)/.test(el.getAttribute('linethickness') ?? '') ? `\\genfrac{}{}{0pt}{}{${tex(0)}}{${tex(1)}}` : `\\frac{${tex(0)}}{${tex(1)}}`;
    case 'msqrt':
      return `\\sqrt{${join(kids.map((k) => mathmlToLatex(k, depth + 1)))}}`;
    case 'mroot':
      return `\\sqrt[${tex(1)}]{${tex(0)}}`;
    case 'msup':
      return `${braced(tex(0))}^${braced(tex(1))}`;
    case 'msub':
      return `${braced(tex(0))}_${braced(tex(1))}`;
    case 'msubsup':
      return `${braced(tex(0))}_${braced(tex(1))}^${braced(tex(2))}`;
    case 'mover': {
      const mark = kids[1] ? tokenText(kids[1]) : '';
      if (ACCENTS[mark]) return `${ACCENTS[mark]}{${tex(0)}}`;
      return `\\overset{${tex(1)}}{${tex(0)}}`;
    }
    case 'munder': {
      const base = tex(0);
      // Big operators and limits take their lower bound as a subscript (\sum_{k=1}, \lim_{x\to 0}).
      if (/^\\(?:sum|prod|int|lim|max|min|sup|inf|bigcup|bigcap)\b/.test(base)) return `${base.trim()}_${braced(tex(1))}`;
      const mark = kids[1] ? tokenText(kids[1]) : '';
      if (mark === '_' || mark === '¯' || mark === '‾') return `\\underline{${base}}`;
      return `\\underset{${tex(1)}}{${base}}`;
    }
    case 'munderover':
      return `${tex(0).trim()}_${braced(tex(1))}^${braced(tex(2))}`;
    case 'mtable': {
      const rows = kids.map((row) => children(row).map((cell) => mathmlToLatex(cell, depth + 1)).join(' & '));
      return `\\begin{matrix}${rows.join(' \\\\ ')}\\end{matrix}`;
    }
    default:
      return join(kids.map((k) => mathmlToLatex(k, depth + 1)));
  }
}
