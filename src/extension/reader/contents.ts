/**
 * The reader's table of contents for long articles: which headings it lists, which one the reader is in, and how far
 * through the article the reader is. Pure over a DOM element and numbers, so the view and its tests share it.
 */

/** Shorter articles are read in one go; a contents list would only take room. */
export const CONTENTS_MIN_WORDS = 1500;
/** Sections from h2 to h4; the h1 is the headline (body-polish drops a repeated one). */
const HEADINGS = 'h2, h3, h4';
/** The list's width and its margin from the window's edge (the stylesheet's .lr-contents, kept equal). */
export const CONTENTS_WIDTH_PX = 200;
const CONTENTS_GAP_PX = 16;

/** Whether the margin left of the column (its left edge, in px) holds the list with a gap on each side. */
export const hasRoomBeside = (columnLeft: number) => columnLeft >= CONTENTS_WIDTH_PX + 2 * CONTENTS_GAP_PX;
/** A heading this close under the top of the window is the section being read. */
export const READING_LINE_PX = 96;

export interface ContentsEntry {
  heading: HTMLElement;
  text: string;
  /** 1 for the article's highest heading level, 2 and 3 below it. */
  depth: number;
}

export const wantsContents = (wordCount: number) => wordCount >= CONTENTS_MIN_WORDS;

/** The body's headings with text, in order, with depths relative to the highest level used. */
export function contentsOf(body: Element): ContentsEntry[] {
  const found = [...body.querySelectorAll<HTMLElement>(HEADINGS)]
    .map((heading) => ({ heading, text: (heading.textContent ?? '').replace(/\s+/g, ' ').trim(), level: Number(heading.tagName[1]) }))
    .filter((h) => h.text !== '');
  const top = Math.min(...found.map((h) => h.level));
  return found.map(({ heading, text, level }) => ({ heading, text, depth: level - top + 1 }));
}

/** The index of the section being read: the last heading at or above the reading line; -1 before the first. */
export function currentSection(headingTops: readonly number[], line = READING_LINE_PX): number {
  let current = -1;
  for (let i = 0; i < headingTops.length; i++) if (headingTops[i] <= line) current = i;
  return current;
}

/** How far through the scroll the reader is, 0 to 100 (a page that does not scroll is read whole). */
export function readingProgress(scrollTop: number, scrollHeight: number, clientHeight: number): number {
  const range = scrollHeight - clientHeight;
  if (range <= 0) return 100;
  return Math.round(Math.min(1, Math.max(0, scrollTop / range)) * 100);
}
