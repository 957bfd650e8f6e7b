/**
 * What the overlay changes on the page, saved and restored exactly: the root's style attribute (scroll lock), the
 * scroll position and the focused element. Closing leaves the DOM as it was before opening.
 */
export interface PageState {
  restore(): void;
}

export function lockPage(): PageState {
  const root = document.documentElement;
  const style = root.getAttribute('style');
  const { scrollX, scrollY } = window;
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  // overflow on <html> stops the page scrolling under the overlay; the scrollbar gutter is kept so nothing shifts.
  root.style.setProperty('overflow', 'hidden', 'important');
  return {
    restore() {
      if (style === null) root.removeAttribute('style');
      else root.setAttribute('style', style);
      // 'instant' so a page with scroll-behavior: smooth does not animate back.
      window.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' });
      if (focused?.isConnected) focused.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    },
  };
}
