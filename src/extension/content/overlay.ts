/**
 * The reader overlay: the UI's reader view in a CLOSED shadow root on a host element appended to <html>, so page
 * CSS and scripts can neither style nor read it, and removing the host restores the page DOM exactly.
 */
import type { Article } from '../../core/article';
import { mountReader } from '../reader/mount-reader';
import readerCss from '../reader/reader.css?inline';
import { savePage, type PageState } from './page-state';

const HOST_STYLE =
  'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; display: block !important;';
// overscroll-behavior: contain is the scroll lock: scrolling never chains from the reader to the page behind it.
const CONTAINER_STYLE = 'position: fixed; inset: 0; overflow-y: scroll; outline: none; overscroll-behavior: contain;';

interface Open {
  host: HTMLElement;
  unmount: () => void;
  page: PageState;
  onKey: (e: KeyboardEvent) => void;
}

let open: Open | null = null;

/** Open means on the page: a page script that removed our host element has closed the reader, not hidden it. */
export const isOverlayOpen = () => open !== null && open.host.isConnected;

export function openOverlay(article: Article): void {
  if (open && !open.host.isConnected) closeOverlay(); // removed by the page: tidy up, then open afresh
  if (open) return;
  const page = savePage();
  const host = document.createElement('lucid-reader-overlay');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = readerCss;
  const container = document.createElement('div');
  container.setAttribute('style', CONTAINER_STYLE);
  container.tabIndex = -1;
  container.setAttribute('role', 'dialog');
  container.setAttribute('aria-modal', 'true');
  container.setAttribute('aria-label', article.title);
  shadow.append(style, container);
  document.documentElement.append(host);

  const unmount = mountReader(container, article, { onClose: closeOverlay });
  // Esc closes even when focus has wandered outside the reader (e.g. a click on the page behind it).
  const onKey = (e: KeyboardEvent) => {
    // Only the person's own key press: a page script can dispatch a synthetic Escape (isTrusted false).
    if (e.key === 'Escape' && e.isTrusted && !e.defaultPrevented) {
      e.stopPropagation();
      closeOverlay();
    }
  };
  window.addEventListener('keydown', onKey, true);
  open = { host, unmount, page, onKey };
  container.focus({ preventScroll: true });
}

export function closeOverlay(): void {
  if (!open) return;
  const { host, unmount, page, onKey } = open;
  open = null;
  window.removeEventListener('keydown', onKey, true);
  unmount();
  host.remove();
  page.restore();
}
