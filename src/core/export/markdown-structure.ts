/**
 * What the Markdown rules ask about a table (its rows, whether it is for layout, whether it has a heading row) or
 * a list (an item's number), answered once per table or list and conversion. turndown asks for every row, cell or
 * item, and each answer walks the whole table or list, so without the memo n rows cost n²
 * (tests/hardening/export-markdown-growth.test.ts fails then, and prints the times). Conversions get a fresh
 * instance: the DOM is turndown's own copy and does not change while it is converted.
 */
type El = HTMLElement;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A cell whose text is all inside <b>/<strong> (and not empty). */
function isBoldCell(cell: El): boolean {
  const text = collapse(cell.textContent ?? '');
  if (!text) return false;
  const bold = Array.from(cell.querySelectorAll('b, strong'))
    .filter((b) => !b.parentElement?.closest('b, strong') || !cell.contains(b.parentElement.closest('b, strong')))
    .map((b) => collapse(b.textContent ?? ''))
    .join(' ');
  return collapse(bold) === text;
}

export const closestTable = (node: El): El | null => {
  for (let n = node.parentNode as El | null; n; n = n.parentNode as El | null) {
    if (n.nodeName === 'TABLE') return n;
  }
  return null;
};

export class StructureFacts {
  private readonly rowsOf = new WeakMap<El, El[]>();
  private readonly cellsOf = new WeakMap<El, El[]>();
  private readonly layout = new WeakMap<El, boolean>();
  private readonly heading = new WeakMap<El, boolean>();
  private readonly images = new WeakMap<El, number>();
  private readonly positions = new WeakMap<El, Map<El, number>>();

  /** An element's index among its parent's element children (turndown numbers list items so, one by one). */
  indexInParent(el: El): number {
    const parent = el.parentNode as El | null;
    if (!parent) return 0;
    let positions = this.positions.get(parent);
    if (!positions) {
      positions = new Map(Array.from(parent.children, (child, i) => [child as El, i]));
      this.positions.set(parent, positions);
    }
    return positions.get(el) ?? 0;
  }

  /** The table's own rows (not those of tables nested in it), in order. */
  rows(table: El): El[] {
    let rows = this.rowsOf.get(table);
    if (!rows) {
      rows = Array.from(table.querySelectorAll('tr')).filter((tr) => closestTable(tr) === table);
      this.rowsOf.set(table, rows);
    }
    return rows;
  }

  cells(row: El): El[] {
    let cells = this.cellsOf.get(row);
    if (!cells) {
      cells = Array.from(row.childNodes).filter((n) => n.nodeName === 'TD' || n.nodeName === 'TH') as El[];
      this.cellsOf.set(row, cells);
    }
    return cells;
  }

  /** The widest row's number of cells (at least 1). */
  columns(table: El): number {
    let columns = 1;
    for (const row of this.rows(table)) columns = Math.max(columns, this.cells(row).length);
    return columns;
  }

  /**
   * A table used for layout, not data: one cell per row, an image inside (news sites wrap photo + caption in
   * tables), or a table of tables or of links (menus). Its cells become ordinary blocks.
   */
  isLayout(table: El): boolean {
    let layout = this.layout.get(table);
    if (layout === undefined) {
      layout = this.imageCount(table) > 0 || this.rows(table).every((row) => this.cells(row).length <= 1) || this.isNavigation(table);
      this.layout.set(table, layout);
    }
    return layout;
  }

  /**
   * GFM heading row: in THEAD, or a first row made only of TH cells (as turndown-plugin-gfm decides it), or only of
   * cells whose whole text is bold (pages that style a heading row instead of marking it).
   */
  hasHeadingRow(table: El): boolean {
    let heading = this.heading.get(table);
    if (heading === undefined) {
      const first = this.rows(table)[0];
      const cells = first ? this.cells(first) : [];
      heading = Boolean(first) && (first.parentNode?.nodeName === 'THEAD' || (cells.length > 0 && (cells.every((c) => c.nodeName === 'TH') || cells.every(isBoldCell))));
      this.heading.set(table, heading);
    }
    return heading;
  }

  /** In a layout table holding one image, the text cells are its caption. */
  isCaptionCell(cell: El, table: El): boolean {
    return this.imageCount(table) === 1 && !cell.querySelector('img') && /\S/.test(cell.textContent ?? '');
  }

  /** A table holding tables, or whose text is nearly all links: a menu or a page grid, not data. */
  private isNavigation(table: El): boolean {
    if (table.querySelector('table')) return true;
    const text = collapse(table.textContent ?? '').length;
    if (text === 0) return false;
    let linked = 0;
    for (const a of Array.from(table.querySelectorAll('a'))) linked += collapse(a.textContent ?? '').length;
    return linked / text > 0.8;
  }

  private imageCount(table: El): number {
    let count = this.images.get(table);
    if (count === undefined) {
      count = table.querySelectorAll('img').length;
      this.images.set(table, count);
    }
    return count;
  }
}
