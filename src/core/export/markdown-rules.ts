/**
 * Turndown rules for article Markdown. Added after the GFM plugin: turndown tries the most recently added rule
 * first, so these override it where article HTML needs something else (layout tables, headerless data tables,
 * captions, empty links), and within this file later rules win over earlier ones. domino (turndown's Node
 * parser) returns undefined, not null, from querySelector: test results for truthiness.
 */
import type TurndownService from 'turndown';
import { trimNewlines } from './markdown-trim';
import { escapeInlineText, markdownDestination } from './markdown-escape';
import { closestTable, type StructureFacts } from './markdown-structure';

type El = HTMLElement;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A link whose only content is one image and whose target is that image or another image file. */
function isLinkToOwnImage(link: El, href: string): boolean {
  const images = link.querySelectorAll('img');
  if (images.length !== 1 || collapse(link.textContent ?? '') !== '') return false;
  const src = images[0].getAttribute('src') ?? '';
  return href === src || /\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)(?:[?#]|$)/i.test(href);
}

/**
 * Link text with its escaped brackets written as entities. marked un-escapes "\[" and "\]" in a link's text before
 * reading it again as Markdown, so an escaped "](javascript:…)" in the text (or in an image's alt inside it) would
 * become a link of its own; an entity is never syntax. Every backslash here starts an escape pair (code spans are
 * written later), so the pairs are read left to right.
 */
const bracketsAsEntities = (text: string): string =>
  text.replace(/\\[\s\S]/g, (pair) => (pair === '\\[' ? '&#91;' : pair === '\\]' ? '&#93;' : pair));

export function articleRules(service: TurndownService, title: string, facts: StructureFacts): void {
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
      // A photo linked to its own file (CMS lightbox links) is just the photo; a link to anything but the web or
      // mail is just its text.
      const destination = href && !isLinkToOwnImage(node as El, href) ? markdownDestination(href, 'link') : null;
      return destination ? `[${bracketsAsEntities(text)}](${destination})` : text;
    },
  });

  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const destination = markdownDestination((node as El).getAttribute('src') ?? '', 'image');
      if (!destination) return '';
      // CMSs often fill alt with the headline: that describes nothing and repeats the title. Alt text is page
      // text like any other: escaped, so it can neither end the brackets nor carry raw "<" into a renderer.
      const rawAlt = collapse((node as El).getAttribute('alt') ?? '');
      return `![${rawAlt === headline ? '' : escapeInlineText(rawAlt)}](${destination})`;
    },
  });

  // turndown's own list item rule, with the item's number looked up once per list (turndown finds it with an
  // indexOf over the list's children for every item: quadratic). Same output.
  service.addRule('list-item', {
    filter: 'li',
    replacement: (content, node, options) => {
      const list = node.parentNode as El | null;
      let prefix = `${options.bulletListMarker}   `;
      if (list?.nodeName === 'OL') {
        const start = list.getAttribute('start');
        const index = facts.indexInParent(node as El);
        prefix = `${start ? Number(start) + index : index + 1}.  `;
      }
      const isParagraph = content.endsWith('\n');
      const body = trimNewlines(content) + (isParagraph ? '\n' : '');
      return prefix + body.replace(/\n/g, `\n${' '.repeat(prefix.length)}`) + (node.nextSibling ? '\n' : '');
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
      const prefix = facts.cells(row)[0] === node ? '| ' : ' ';
      return `${prefix}${collapse(content).replace(/\|/g, '\\|')} |`;
    },
  });

  // Rows: the separator line goes under the first row when it is the heading row (consistent with the table rules
  // below, which decide whether a table has one).
  service.addRule('data-row', {
    filter: (node) => node.nodeName === 'TR',
    replacement: (content, node) => {
      const table = closestTable(node as El);
      const isHeading = table !== null && facts.rows(table)[0] === node && facts.hasHeadingRow(table);
      const separator = isHeading ? `\n|${' --- |'.repeat(Math.max(1, facts.cells(node as El).length))}` : '';
      return `\n${content}${separator}`;
    },
  });

  // Tables with a heading row, as the GFM plugin writes them; its own filter reads table.rows, which linkedom
  // (a Node DOM callers may pass as ctx.parse) does not implement, so every table is matched here instead.
  service.addRule('heading-table', {
    filter: (node) => node.nodeName === 'TABLE' && !facts.isLayout(node) && facts.hasHeadingRow(node),
    replacement: (content) => `\n\n${content.replace(/\n+/g, '\n').trim()}\n\n`,
  });

  // A data table without a heading row (GFM requires one; the plugin would keep raw HTML): an empty header.
  service.addRule('headerless-table', {
    filter: (node) => node.nodeName === 'TABLE' && !facts.isLayout(node) && !facts.hasHeadingRow(node),
    replacement: (content, node) => {
      const columns = facts.columns(node as El);
      const header = `|${'  |'.repeat(columns)}`;
      const rule = `|${' --- |'.repeat(columns)}`;
      return `\n\n${header}\n${rule}\n${content.replace(/\n+/g, '\n').trim()}\n\n`;
    },
  });

  service.addRule('layout-table', {
    filter: (node) => ['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR'].includes(node.nodeName) && facts.isLayout(node.nodeName === 'TABLE' ? node : (closestTable(node) ?? node)),
    replacement: (content) => `\n\n${content}\n\n`,
  });

  service.addRule('layout-cell', {
    filter: (node) => {
      if (node.nodeName !== 'TD' && node.nodeName !== 'TH') return false;
      const table = closestTable(node);
      return table !== null && facts.isLayout(table);
    },
    replacement: (content, node) => {
      const table = closestTable(node as El);
      const text = content.trim();
      if (!text) return '';
      return table && facts.isCaptionCell(node as El, table) ? `\n\n*${collapse(text)}*\n\n` : `\n\n${text}\n\n`;
    },
  });
}
