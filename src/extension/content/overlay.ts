/**
 * The reader overlay: the UI's reader view in a CLOSED shadow root on a host element appended to <html>, so page
 * CSS and scripts can neither style nor read it, and removing the host restores the page DOM exactly.
 *
 * Closing detaches the host but keeps the rendered reader for that article: reopening it (the shortcut pressed
 * again on the same page) re-attaches it instead of parsing the stylesheet, sanitising the article and rendering
 * it all over again. A different article (an SPA navigation) replaces it.
 */
import type { Article } from '../../core/index';
import { mountReader } from '../reader/mount-reader';
import readerCss from '../reader/reader.css?inline';
import { savePage, type PageState } from './page-state';

const HOST_STYLE =
  'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; display: block !important;';
// overscroll-behavior: contain is the scroll lock: scrolling never chains from the reader to the page behind it.
const CONTAINER_STYLE = 'position: fixed; inset: 0; overflow-y: scroll; outline: none; overscroll-behavior: contain;';

interface Rendered {
  article: Article;
  host: HTMLElement;
  container: HTMLElement;
  unmount: () => void;
}

interface Open {
  page: PageState;
  onKey: (e: KeyboardEvent) => void;
}

let rendered: Rendered | null = null;
let open: Open | null = null;

/** Open means on the page: a page script that removed our host element has closed the reader, not hidden it. */
export const isOverlayOpen = () => open !== null && !!rendered?.host.isConnected;

function render(article: Article): Rendered {
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
  // Attached before rendering: the reader's layout effects measure and focus real, connected nodes.
  document.documentElement.append(host);
  const unmount = mountReader(container, article, { onClose: closeOverlay });
  return { article, host, container, unmount };
}

export function openOverlay(article: Article): void {
  if (open && !rendered?.host.isConnected) closeOverlay(); // removed by the page: tidy up, then open afresh
  if (open) return;
  const page = savePage();
  if (rendered && rendered.article !== article) {
    rendered.unmount();
    rendered = null;
  }
  if (rendered) document.documentElement.append(rendered.host);
  else rendered = render(article);
  // Esc closes even when focus has wandered outside the reader (e.g. a click on the page behind it).
  const onKey = (e: KeyboardEvent) => {
    // Only the person's own key press: a page script can dispatch a synthetic Escape (isTrusted false).
    if (e.key === 'Escape' && e.isTrusted && !e.defaultPrevented) {
      e.stopPropagation();
      closeOverlay();
    }
  };
  window.addEventListener('keydown', onKey, true);
  open = { page, onKey };
  rendered.container.focus({ preventScroll: true });
}

export function closeOverlay(): void {
  if (!open) return;
  const { page, onKey } = open;
  open = null;
  window.removeEventListener('keydown', onKey, true);
  rendered?.host.remove();
  page.restore();
}
