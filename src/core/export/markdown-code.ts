/**
 * Code in article Markdown. Code is the one place page text is written unescaped, so it must stay code whatever
 * it holds: if a renderer ever ended a code block or span early, the rest of the code (raw HTML, links) would be
 * live. Three rules keep it closed:
 * - A block is fenced with backticks, one more than the longest run of backticks anywhere in it, so no line of
 *   the code (at any indent) can close the fence; tildes inside cannot close a backtick fence.
 * - A block is fenced only where its Markdown keeps every line at a line start (inside blocks, quotes and list
 *   items). Inside an inline wrapper (a link, emphasis, a heading, a table cell, a caption) the wrapper's own
 *   syntax would stand before the opening fence on its line, so the fence would not open and the code would be
 *   read as Markdown: there the block is written as a code span, on one line.
 * - Code spans are written after conversion, not by turndown: it concatenates neighbours, and two spans that touch
 *   (`a` + `b`) make one run of backticks that pairs differently from how they were written. The rules leave a
 *   marker; adjacent markers become one span, delimited by a backtick run that no run in its text has.
 */
import type TurndownService from 'turndown';
import { CODE_MARK_END, CODE_MARK_START, plainText } from './markdown-escape';
import { closestTable, type StructureFacts } from './markdown-structure';

type El = HTMLElement;

/** Block elements whose Markdown (turndown's default '\n\n' + content + '\n\n', quote prefixes, list indents)
 * leaves each line of a child block at a line start. X-TURNDOWN is turndown's own root for string input. */
const LINE_KEEPING = new Set(
  'X-TURNDOWN HTML BODY ADDRESS ARTICLE ASIDE BLOCKQUOTE CENTER DD DIR DIV DL DT FIELDSET FIGURE FOOTER HEADER HGROUP LI MAIN MENU NAV OL P SECTION UL'.split(' '),
);

/**
 * Whether every item of a list gets a valid marker (a number of at most nine digits; turndown numbers items from
 * `start`): otherwise an item's indented lines are not its content. The last number is the largest.
 */
function hasValidMarkers(list: El): boolean {
  if (list.nodeName !== 'OL') return true;
  const start = list.getAttribute('start');
  const last = (start ? Number(start) : 1) + list.children.length - 1;
  return Number.isInteger(last) && (start ? Number(start) : 1) >= 0 && last < 1e9;
}

/** Where a code block may be fenced, asked once per element a conversion meets (lists and tables are large). */
class LineStarts {
  private readonly lists = new WeakMap<El, boolean>();

  constructor(private readonly facts: StructureFacts) {}

  /** Whether a block written here would start its own lines: every ancestor keeps line starts. */
  fit(node: El): boolean {
    for (let n = node.parentNode as El | null; n && n.nodeType === 1; n = n.parentNode as El | null) {
      if (!this.kept(n)) return false;
    }
    return true;
  }

  private kept(el: El): boolean {
    const name = el.nodeName;
    if (name === 'LI') {
      const list = el.parentNode as El | null;
      if (!list) return true;
      let valid = this.lists.get(list);
      if (valid === undefined) this.lists.set(list, (valid = hasValidMarkers(list)));
      return valid;
    }
    if (LINE_KEEPING.has(name)) return true;
    const table = name === 'TABLE' ? el : closestTable(el);
    if (!table || !this.facts.isLayout(table)) return false;
    // Layout tables become ordinary blocks, except a caption cell, which is joined into one italic line.
    if (name === 'TD' || name === 'TH') return !this.facts.isCaptionCell(el, table);
    return ['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR'].includes(name);
  }
}

/** Whether the node ends up in a GFM table row (a data table, at any depth), where "|" splits cells. */
function inTableRow(node: El, facts: StructureFacts): boolean {
  for (let table = closestTable(node); table; table = closestTable(table)) {
    if (!facts.isLayout(table)) return true;
  }
  return false;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** A code block's language as a fence info string: only the class the sanitiser keeps (`language-x`), else ''. */
function infoString(code: El): string {
  const m = /^language-([a-z0-9][a-z0-9+#._-]{0,30})$/.exec(code.getAttribute('class') ?? '');
  return m ? m[1] : '';
}

function fencedBlock(code: string, info: string): string {
  const text = plainText(code).replace(/\n$/, '');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  // The info string holds no backtick, space or markup (see infoString), so it cannot end or change the fence.
  return `\n\n${fence}${info}\n${text}\n${fence}\n\n`;
}

/** A code span of `text` (one line), delimited by a backtick run of a length no run inside it has. */
function codeSpan(text: string, inTable: boolean): string {
  const flat = plainText(text).replace(/\n/g, ' ');
  if (!flat) return '';
  // In a table row an unescaped "|" ends the cell, code span or not; GFM reads "\|" there as "|".
  const body = inTable ? flat.replace(/\|/g, '\\|') : flat;
  const lengths = new Set((body.match(/`+/g) ?? []).map((run) => run.length));
  let n = 1;
  while (lengths.has(n)) n++;
  // Renderers strip one space from each end of a span, and a backtick at an end would join the delimiter.
  const pad = /^`|`$/.test(body) || (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') ? ' ' : '';
  const delimiter = '`'.repeat(n);
  return `${delimiter}${pad}${body}${pad}${delimiter}`;
}

/** The code of one conversion: rules record spans, `resolve` writes them into the finished Markdown. */
export class CodeSpans {
  private readonly spans: { text: string; inTable: boolean }[] = [];

  add(text: string, inTable: boolean): string {
    this.spans.push({ text, inTable });
    return `${CODE_MARK_START}${this.spans.length - 1}${CODE_MARK_END}`;
  }

  /** Each run of adjacent markers becomes one code span of their texts joined. */
  resolve(markdown: string): string {
    return markdown.replace(/(?:\ufdd0\d+\ufdd1)+/g, (run) => {
      const spans = run.slice(1, -1).split(`${CODE_MARK_END}${CODE_MARK_START}`).map((id) => this.spans[Number(id)]);
      return codeSpan(spans.map((s) => s.text).join(''), spans.some((s) => s.inTable));
    });
  }
}

export function codeRules(service: TurndownService, spans: CodeSpans, facts: StructureFacts): void {
  const lineStarts = new LineStarts(facts);
  service.addRule('code-block', {
    filter: (node) => node.nodeName === 'PRE' && node.firstChild?.nodeName === 'CODE',
    replacement: (_content, node) => {
      const code = (node.firstChild as El).textContent ?? '';
      return lineStarts.fit(node as El) ? fencedBlock(code, infoString(node.firstChild as El)) : spans.add(code, inTableRow(node as El, facts));
    },
  });

  // Inline code, and code inside a <pre> that is not a code block: its text as the page shows it (markup inside
  // <code> is not Markdown there). Edge whitespace is trimmed as turndown does for every inline element: turndown
  // writes it outside the span.
  service.addRule('code-span', {
    filter: (node) => node.nodeName === 'CODE',
    replacement: (_content, node) => {
      const text = node.textContent ?? '';
      return spans.add(/^\s|\s$/.test(text) ? text.trim() : text, inTableRow(node as El, facts));
    },
  });
}
