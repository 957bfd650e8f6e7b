/**
 * Syntax highlighters' markup around code blocks: the coloured spans, the line-number gutters (a column of a
 * table, or numbers inside the <pre>) and the per-line wrappers. Each code block becomes
 * `<pre><code class="language-x">the code as it reads</code></pre>`, before Readability, which scores a gutter
 * table as layout and a line-per-<div> block as prose. The language is the one the page declares, in the
 * conventions highlighters share: `language-x` (Prism, highlight.js, CommonMark renderers), `lang-x`,
 * `highlight-source-x` / `highlight-x` (GitHub, Pygments and Sphinx wrappers), `brush: x` (SyntaxHighlighter),
 * `data-lang` / `data-language`; on the <code>, the <pre> or a wrapper a few levels up.
 * Reports the line numbers it removed.
 */
import type { CleanRule, RuleContext } from '../kit/rule';

/** A language name as a fence info string may carry it. */
const LANGUAGE = /^[a-z0-9][a-z0-9+#._-]{0,30}$/;
/** Names that say "no language". */
const NO_LANGUAGE = new Set(['none', 'text', 'plain', 'plaintext', 'txt', 'nohighlight', 'no-highlight', 'default', 'source', 'code', 'output']);
const CLASS_LANGUAGE = [/^language-(.+)$/, /^lang-(.+)$/, /^highlight-source-(.+)$/, /^highlight-(.+)$/, /^sourcecode-(.+)$/];
/** Wrapper levels above the <pre> where a language class is looked for (Rouge: div.language-x > div.highlight > pre). */
const WRAPPER_LEVELS = 3;
/** Class tokens of line-number gutters and of the per-line number marks inside a block. */
const GUTTER_CLASS = /^(?:line-?numbers?(?:-rows)?|linenos?|lineno|linenodiv|gutter|ln-num|hljs-ln-numbers|blob-num|code-line-number)$/i;
/** Class words of highlighters and code wrappers (hljs, Prism, Pygments, Rouge, Chroma, Shiki, WordPress's code block). */
const HIGHLIGHTER_CLASS = /(?:^|[\s_-])(?:highlight|highlighter|hljs|prettyprint|sourcecode|syntax|chroma|shiki|rouge|prism|codehilite|code|codeblock)(?:$|[\s_-])/i;
/** Elements that each hold one line of code when a highlighter writes lines without newlines between them. */
const LINE_BLOCKS = new Set(['div', 'p', 'li', 'tr']);

function languageOf(el: Element): string | null {
  for (const attr of ['data-lang', 'data-language']) {
    const value = el.getAttribute(attr)?.trim().toLowerCase();
    if (value) return value;
  }
  const cls = el.getAttribute('class') ?? '';
  const brush = /\bbrush:\s*([\w+#.-]+)/i.exec(cls);
  if (brush) return brush[1].toLowerCase();
  for (const token of cls.split(/\s+/)) {
    for (const re of CLASS_LANGUAGE) {
      const m = re.exec(token.toLowerCase());
      if (m) return m[1];
    }
  }
  return null;
}

/** The language the page declares for the code block, or null. */
function declaredLanguage(pre: Element): string | null {
  const candidates: Element[] = [];
  const code = pre.querySelector('code');
  if (code && code.closest('pre') === pre) candidates.push(code);
  for (let el: Element | null = pre, level = 0; el && level <= WRAPPER_LEVELS; el = el.parentElement, level++) candidates.push(el);
  for (const el of candidates) {
    const lang = languageOf(el);
    if (lang === null) continue;
    return LANGUAGE.test(lang) && !NO_LANGUAGE.has(lang) ? lang : null;
  }
  return null;
}

/** Whether a highlighter wrote this block: a <code> inside, or a highlighter's class on it or a wrapper. */
function isHighlighted(pre: Element): boolean {
  if (pre.querySelector('code')) return true;
  for (let el: Element | null = pre, level = 0; el && level <= WRAPPER_LEVELS; el = el.parentElement, level++) {
    if (HIGHLIGHTER_CLASS.test(el.getAttribute('class') ?? '')) return true;
  }
  return false;
}

function isGutter(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  const marked = cls.split(/\s+/).some((t) => GUTTER_CLASS.test(t)) || el.hasAttribute('data-line-number');
  return marked && /^[\d\s.:]*$/.test(el.textContent ?? '');
}

/** The code as it reads: gutters left out, <br> and per-line blocks as line breaks. */
function codeText(pre: Element, removed: string[]): string {
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.localName.toLowerCase();
    if (name === 'br') {
      out += '\n';
      return;
    }
    if (name === 'button' || name === 'script' || name === 'style') return;
    if (isGutter(el)) {
      const numbers = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (numbers) removed.push(numbers);
      return;
    }
    const line = LINE_BLOCKS.has(name);
    if (line && out && !out.endsWith('\n')) out += '\n';
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (line && !out.endsWith('\n')) out += '\n';
  };
  for (let child = pre.firstChild; child; child = child.nextSibling) walk(child);
  return out.replace(/\n$/, '');
}

/**
 * The table a highlighter lays a block out in: a gutter cell of numbers beside the cell with the code (Pygments'
 * highlighttable, Rouge's rouge-table, GitHub's and highlight.js's numbered rows), or null.
 */
function gutterTable(pre: Element): Element | null {
  const table = pre.closest('table');
  if (!table || table.querySelector('table') || Array.from(table.querySelectorAll('pre')).some((p) => p !== pre && !isNumbers(p))) return null;
  const cells = Array.from(table.querySelectorAll('td, th'));
  const gutters = cells.filter((c) => !c.contains(pre) && (isGutter(c) || isNumbers(c)));
  return gutters.length > 0 && gutters.length + 1 === cells.length ? table : null;
}

/** Only line numbers ("1\n2\n3"): a gutter's own <pre> or cell. */
const isNumbers = (el: Element): boolean => /^\s*\d[\d\s]*$/.test(el.textContent ?? '');

function apply(root: Element, ctx: RuleContext): string[] {
  const removed: string[] = [];
  const doc = root.ownerDocument;
  const blocks = ctx.page ? ctx.page.query.all('pre').filter((pre) => root.contains(pre)) : Array.from(root.querySelectorAll('pre'));
  for (const pre of blocks) {
    if (!pre.parentNode || pre.querySelector('pre')) continue;
    // A gutter's column of numbers goes with its table, when the code beside it is rewritten.
    if (isNumbers(pre) && pre.closest('td, th')) continue;
    const table = gutterTable(pre);
    // Rouge puts its gutter table inside an outer <pre><code>: the block is that outer one.
    const target = table ? (table.parentElement?.closest('pre') ?? table) : pre;
    const lang = declaredLanguage(pre) ?? (target.localName === 'pre' && target !== pre ? declaredLanguage(target) : null);
    // Only code is rewritten: a plain <pre> (poetry, ASCII art, a table of figures) stays as written.
    if (lang === null && table === null && !isHighlighted(pre)) continue;
    const text = codeText(pre, removed);
    if (!text.trim()) continue;
    const block = doc.createElement('pre');
    const code = doc.createElement('code');
    if (lang) code.setAttribute('class', `language-${lang}`);
    code.textContent = text;
    block.append(code);
    target.replaceWith(block);
    if (block.parentElement) ctx.run.markChanged(block.parentElement);
  }
  return removed;
}

export const rule: CleanRule = { name: 'code-highlighting', pre: apply };
