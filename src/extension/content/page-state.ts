/**
 * What opening the overlay may disturb on the page, saved and restored on close: the scroll position and the
 * focused element. The only writes to the page's DOM are the inline style locks on <html> and <body>
 * (root-style-lock.ts: among them the scroll lock), which are released exactly, so closing leaves the DOM as it was.
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
