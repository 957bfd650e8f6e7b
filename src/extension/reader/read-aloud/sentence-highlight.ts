/**
 * Shows which sentence is being read: the CSS Custom Highlight API paints the sentence's range (and the word an
 * engine reports, where it reports words) without touching the article's DOM; the block holding it is marked with
 * data-aloud, which also carries the highlight where the API is missing. The sentence is kept in view below the
 * sticky toolbars.
 */

export const SENTENCE_HIGHLIGHT = 'lr-aloud';
export const WORD_HIGHLIGHT = 'lr-aloud-word';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function registry(win: Window): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  return w.CSS?.highlights && w.Highlight ? { highlights: w.CSS.highlights, Highlight: w.Highlight } : null;
}

export interface SentenceHighlighter {
  show(range: Range, block: Element): void;
  word(range: Range | null): void;
  clear(): void;
}

export function sentenceHighlighter(win: Window, stickyTop: () => number): SentenceHighlighter {
  let marked: Element | null = null;
  const api = registry(win);
  return {
    show(range, block) {
      if (marked !== block) {
        marked?.removeAttribute('data-aloud');
        block.setAttribute('data-aloud', 'reading');
        marked = block;
      }
      api?.highlights.set(SENTENCE_HIGHLIGHT, new api.Highlight(range));
      api?.highlights.delete(WORD_HIGHLIGHT);
      keepInView(win, range, block, stickyTop());
    },
    word(range) {
      if (!api) return;
      if (range) api.highlights.set(WORD_HIGHLIGHT, new api.Highlight(range));
      else api.highlights.delete(WORD_HIGHLIGHT);
    },
    clear() {
      marked?.removeAttribute('data-aloud');
      marked = null;
      api?.highlights.delete(SENTENCE_HIGHLIGHT);
      api?.highlights.delete(WORD_HIGHLIGHT);
    },
  };
}

/** Scrolls the sentence to a third of the way down when any of it is hidden under the toolbars or below the fold. */
function keepInView(win: Window, range: Range, block: Element, top: number): void {
  const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : block.getBoundingClientRect();
  if (rect.height === 0 && rect.width === 0) return; // not laid out (hidden, or a test DOM)
  const visible = win.innerHeight - top;
  if (rect.top >= top && rect.bottom <= win.innerHeight) return;
  const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  win.scrollBy({ top: rect.top - top - Math.max(0, (visible - rect.height) / 3), behavior: reduce ? 'auto' : 'smooth' });
}
