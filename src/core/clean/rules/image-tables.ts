/**
 * Images laid out in a table (a common CMS pattern: one row for the picture, one for its caption): made a <figure>
 * with a <figcaption>, so the reader shows a picture and its caption instead of a scrolling table, and the caption
 * leaves the body text. Runs after repeated-headline, which takes out a caption row that only repeats the headline.
 * A table with more than a few short cells, with headers, or with text beside the picture is data and stays.
 */
import type { TextReader } from '../kit/text-reader';
import type { CleanRule, RuleContext } from '../kit/rule';

const MAX_ROWS = 4;
const MAX_CAPTION_CHARS = 400;
const MEDIA = 'img, picture, video';

function cellsOf(table: Element): Element[][] | null {
  const rows = Array.from(table.querySelectorAll('tr'));
  if (rows.length === 0 || rows.length > MAX_ROWS) return null;
  const grid = rows.map((tr) => Array.from(tr.children).filter((c) => /^T[DH]$/i.test(c.tagName)));
  if (grid.some((cells) => cells.length > 2 || cells.some((c) => c.tagName.toUpperCase() === 'TH'))) return null;
  return grid;
}

/** The figure for an image table, or null when the table is not one. */
function asFigure(run: TextReader, table: Element): Element | null {
  const { textOf } = run;
  if (table.querySelector('table') || textOf(table).length > MAX_CAPTION_CHARS) return null;
  const grid = cellsOf(table);
  if (!grid) return null;
  const cells = grid.flat();
  const media = cells.filter((c) => c.querySelector(MEDIA));
  // Text in the same cell as the picture would be a layout, not a caption.
  if (media.length === 0 || media.some((c) => textOf(c))) return null;
  const doc = table.ownerDocument;
  const figure = doc.createElement('figure');
  for (const cell of media) while (cell.firstChild) figure.appendChild(cell.firstChild);
  const captions = cells.filter((c) => !media.includes(c) && textOf(c));
  if (captions.length > 0) {
    const caption = doc.createElement('figcaption');
    captions.forEach((cell, i) => {
      if (i > 0) caption.appendChild(doc.createTextNode(' '));
      // A cell the image-captions rule already marked holds a <figcaption>: its content, not a caption in a caption.
      const inner = cell.children.length === 1 && cell.firstElementChild?.tagName.toUpperCase() === 'FIGCAPTION' ? cell.firstElementChild : cell;
      while (inner.firstChild) caption.appendChild(inner.firstChild);
    });
    figure.appendChild(caption);
  }
  return figure;
}

function apply(root: Element, ctx: RuleContext): string[] {
  let changed = false;
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (!table.parentNode) continue;
    const figure = asFigure(ctx.run, table);
    if (!figure) continue;
    table.replaceWith(figure);
    changed = true;
  }
  if (changed) ctx.run.markChanged(root);
  return [];
}

export const rule: CleanRule = { name: 'image-tables', post: apply };
