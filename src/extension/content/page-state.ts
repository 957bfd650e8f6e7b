/**
 * What opening the overlay may disturb on the page, saved and restored on close: the scroll position and the
 * focused element. The page's own DOM is never written to (not even a style on <html> for the scroll lock: the
 * overlay is a full-viewport scroll container with overscroll-behavior: contain, so wheel, touch and keyboard
 * scrolling stay inside it), so closing leaves the DOM exactly as it was.
 */
export interface PageState {
  restore(): void;
}

export function savePage(): PageState {
  const { scrollX, scrollY } = window;
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return {
    restore() {
      // 'instant' so a page with scroll-behavior: smooth does not animate back.
      if (window.scrollX !== scrollX || window.scrollY !== scrollY) window.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' });
      if (focused?.isConnected) focused.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    },
  };
}
