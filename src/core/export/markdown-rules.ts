/**
 * Turndown rules for article Markdown. Added after the GFM plugin: turndown tries the most recently added rule
 * first, so these override it where article HTML needs something else (layout tables, headerless data tables,
 * captions, empty links), and within this file later rules win over earlier ones. domino (turndown's Node
 * parser) returns undefined, not null, from querySelector: test results for truthiness.
 */
import type TurndownService from 'turndown';

type El = HTMLElement;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

const closestTable = (node: El): El | null => {
  for (let n = node.parentNode as El | null; n; n = n.parentNode as El | null) {
    if (n.nodeName === 'TABLE') return n;
  }
  return null;
};

const rowsOf = (table: El): El[] => Array.from(table.querySelectorAll('tr')).filter((tr) => closestTable(tr) === table);
const cellsOf = (row: El): El[] => Array.from(row.childNodes).filter((n) => n.nodeName === 'TD' || n.nodeName === 'TH') as El[];

/**
 * A table used for layout, not data: one cell per row, or an image inside (news sites wrap photo + caption in
 * tables). Its cells become ordinary blocks.
 */
function isLayoutTable(table: El): boolean {
  return Boolean(table.querySelector('img')) || rowsOf(table).every((row) => cellsOf(row).length <= 1);
}

/** GFM heading row, as turndown-plugin-gfm decides it: in THEAD, or a first row made only of TH cells. */
function hasHeadingRow(table: El): boolean {
  const first = rowsOf(table)[0];
  if (!first) return false;
  if (first.parentNode?.nodeName === 'THEAD') return true;
  const cells = cellsOf(first);
  return cells.length > 0 && cells.every((c) => c.nodeName === 'TH');
}

/** In a layout table holding one image, the text cells are its caption. */
function isCaptionCell(cell: El, table: El): boolean {
  return table.querySelectorAll('img').length === 1 && !cell.querySelector('img') && collapse(cell.textContent ?? '') !== '';
}

/** A link whose only content is one image and whose target is that image or another image file. */
function isLinkToOwnImage(link: El, href: string): boolean {
  const images = link.querySelectorAll('img');
  if (images.length !== 1 || collapse(link.textContent ?? '') !== '') return false;
  const src = images[0].getAttribute('src') ?? '';
  return href === src || /\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)(?:[?#]|$)/i.test(href);
}

/** Characters that would end a Markdown link/image destination early. */
const destination = (url: string): string => url.replace(/[()\s<>]/g, (ch) => encodeURIComponent(ch));

export function articleRules(service: TurndownService, title: string): void {
  const headline = collapse(title);

  // Body h1s become h2: the document has one h1, the headline written above the body.
  service.addRule('demote-h1', {
    filter: 'h1',
    replacement: (content) => `\n\n## ${collapse(content)}\n\n`,
  });

  // The headline repeated inside the body (some sites print it twice) is written only once.
  service.addRule('drop-repeated-headline', {
    filter: (node) => /^H[1-6]$/.test(node.nodeName) && collapse(node.textContent ?? '') === headline,
    replacement: () => '',
  });

  service.addRule('link', {
    filter: (node) => node.nodeName === 'A',
    replacement: (content, node) => {
      const href = (node as El).getAttribute('href');
      const text = content.trim();
      if (!text) return '';
      // A photo linked to its own file (CMS lightbox links) is just the photo.
      if (!href || isLinkToOwnImage(node as El, href)) return text;
      return `[${text}](${destination(href)})`;
    },
  });

  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const src = (node as El).getAttribute('src');
      if (!src) return '';
      // CMSs often fill alt with the headline: that describes nothing and repeats the title.
      const rawAlt = collapse((node as El).getAttribute('alt') ?? '');
      const alt = (rawAlt === headline ? '' : rawAlt).replace(/[\\[\]]/g, '\\$&');
      return `![${alt}](${destination(src)})`;
    },
  });

  service.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (content) => (collapse(content) ? `\n\n*${collapse(content)}*\n\n` : ''),
  });

  // GFM cells are one line: block content inside a cell is joined with spaces, and pipes escaped.
  service.addRule('data-cell', {
    filter: (node) => node.nodeName === 'TD' || node.nodeName === 'TH',
    replacement: (content, node) => {
      const row = node.parentNode as El;
      const prefix = cellsOf(row)[0] === node ? '| ' : ' ';
      return `${prefix}${collapse(content).replace(/\|/g, '\\|')} |`;
    },
  });

  // Rows: the separator line goes under the first row when it is the heading row (consistent with the table rules
  // below, which decide whether a table has one).
  service.addRule('data-row', {
    filter: (node) => node.nodeName === 'TR',
    replacement: (content, node) => {
      const table = closestTable(node as El);
      const isHeading = table !== null && rowsOf(table)[0] === node && hasHeadingRow(table);
      const separator = isHeading ? `\n|${' --- |'.repeat(Math.max(1, cellsOf(node as El).length))}` : '';
      return `\n${content}${separator}`;
    },
  });

  // Tables with a heading row, as the GFM plugin writes them; its own filter reads table.rows, which linkedom
  // (a Node DOM callers may pass as ctx.parse) does not implement, so every table is matched here instead.
  service.addRule('heading-table', {
    filter: (node) => node.nodeName === 'TABLE' && !isLayoutTable(node) && hasHeadingRow(node),
    replacement: (content) => `\n\n${content.replace(/\n+/g, '\n').trim()}\n\n`,
  });

  // A data table without a heading row (GFM requires one; the plugin would keep raw HTML): an empty header.
  service.addRule('headerless-table', {
    filter: (node) => node.nodeName === 'TABLE' && !isLayoutTable(node) && !hasHeadingRow(node),
    replacement: (content, node) => {
      const columns = Math.max(1, ...rowsOf(node as El).map((row) => cellsOf(row).length));
      const header = `|${'  |'.repeat(columns)}`;
      const rule = `|${' --- |'.repeat(columns)}`;
      return `\n\n${header}\n${rule}\n${content.replace(/\n+/g, '\n').trim()}\n\n`;
    },
  });

  service.addRule('layout-table', {
    filter: (node) => ['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR'].includes(node.nodeName) && isLayoutTable(node.nodeName === 'TABLE' ? node : (closestTable(node) ?? node)),
    replacement: (content) => `\n\n${content}\n\n`,
  });

  service.addRule('layout-cell', {
    filter: (node) => {
      if (node.nodeName !== 'TD' && node.nodeName !== 'TH') return false;
      const table = closestTable(node);
      return table !== null && isLayoutTable(table);
    },
    replacement: (content, node) => {
      const table = closestTable(node as El);
      const text = content.trim();
      if (!text) return '';
      return table && isCaptionCell(node as El, table) ? `\n\n*${collapse(text)}*\n\n` : `\n\n${text}\n\n`;
    },
  });
}
