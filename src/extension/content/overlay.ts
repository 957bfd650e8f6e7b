/**
 * The reader overlay: the reader page (reader.html, an extension page) framed full-viewport in the top layer, from a
 * plain host the page can neither upgrade, open nor style (overlay-host.ts). The article reaches the frame over a
 * private MessageChannel (reader-channel.ts): nothing of the reader is ever a node of the page's document, so the
 * page's selection, window.find, innerText or custom elements have nothing of it to give away.
 *
 * While it is open, the page's <html> cannot change how it is drawn (root-style-lock.ts) and nothing the page puts in
 * the top layer stays above it (top-layer-guard.ts). Closing removes the host and gives <html> back its own style:
 * the page's DOM is as it was. Each opening frames a new reader page (a frame cannot outlive its removal).
 */
import browser from '../browser';
import type { Attendees } from '../../core/index';
import { HANDSHAKE, READER_PAGE, isFromReader, newToken, type LeaveRequest, type PeopleUpdate, type ToReader } from '../reader-channel';
import type { ReaderContent } from '../reader-notice';
import { createOverlayHost, type OverlayHost } from './overlay-host';
import { savePage, type PageState } from './page-state';
import { BODY_SCROLL_LOCK, lockRootStyle, type RootStyleLock } from './root-style-lock';
import { guardTopLayer, type TopLayerGuard } from './top-layer-guard';

/** A reader page that has not rendered by then is not coming (blocked, or the extension was updated): give up. */
const SHOW_TIMEOUT_MS = 10_000;
/** A reader asked to close that has not answered by then is stuck: close it from here. */
const LEAVE_TIMEOUT_MS = 1500;

interface Open {
  parts: OverlayHost;
  page: PageState;
  root: RootStyleLock;
  body: RootStyleLock | null;
  guard: TopLayerGuard;
  port: MessagePort | null;
  onKey: (e: KeyboardEvent) => void;
  giveUp: number;
  shown: boolean;
}

let open: Open | null = null;

/** Open means on the page: a page script that removed our host element has closed the reader, not hidden it. */
export const isOverlayOpen = () => open !== null && open.parts.host.isConnected;

/** The reader page's address for this opening, and the origin its document will have. */
function readerAddress(token: string): { url: string; origin: string } {
  const url = `${browser.runtime.getURL(READER_PAGE)}#${token}`;
  const { protocol, origin } = new URL(url);
  // Chrome: with use_dynamic_url, getURL names this session's dynamic id and the frame lands on the extension's own
  // origin, which postMessage must name. Firefox: the moz-extension UUID is the origin already.
  return { url, origin: protocol === 'chrome-extension:' ? `chrome-extension://${browser.runtime.id}` : origin };
}

/** A reader frame already loading, not shown yet: the page stays as it is (the host is an empty, undisplayed element). */
export interface PreparedOverlay {
  parts: OverlayHost;
  token: string;
  /** Takes the frame out again (the page turned out to be no web page). */
  cancel(): void;
}

/**
 * Puts the host in the page so that its reader frame starts loading, before the page is read (on-demand.ts): the frame
 * loads in the extension's process while the page's thread extracts. Nothing shows until openOverlay.
 */
export function prepareOverlay(): PreparedOverlay {
  const token = newToken();
  const parts = createOverlayHost(readerAddress(token).url, document.title);
  document.documentElement.append(parts.host);
  return {
    parts,
    token,
    cancel: () => {
      parts.disconnect();
      parts.host.remove();
    },
  };
}

/**
 * onPick: the person asked to point at the article themselves (the overlay is closed by then). prepared: a frame
 * prepareOverlay started, used when it is still in the page. people: the attendee pass left for later (the article's
 * `attendees` is null until then): run once the article is on its way to the reader, its summary sent after it.
 */
export function openOverlay(content: ReaderContent, onPick?: () => void, prepared?: PreparedOverlay, people?: () => Attendees | null): void {
  if (open && !open.parts.host.isConnected) closeOverlay(); // removed by the page: tidy up, then open afresh
  const reuse = prepared?.parts.host.isConnected ? prepared : undefined;
  if (open || !reuse) prepared?.cancel();
  if (open) return;
  const page = savePage();
  const token = reuse?.token ?? newToken();
  const { url, origin } = readerAddress(token);
  const label = content.article?.title ?? document.title;
  const parts = reuse?.parts ?? createOverlayHost(url, label);
  parts.setLabel(label);
  const { host, dialog, layer, frame } = parts;
  if (!reuse) document.documentElement.append(host);
  const root = lockRootStyle(document.documentElement);
  const body = document.body ? lockRootStyle(document.body, BODY_SCROLL_LOCK) : null;
  dialog.showModal();
  layer.showPopover();

  const focusReader = () => {
    frame.focus({ preventScroll: true });
    return document.activeElement === host;
  };
  const guard = guardTopLayer({ host, dialog, layer, focusReader, onLost: () => closeOverlay() });
  // Esc closes even when the focus is not in the reader (the reader page handles its own Esc).
  const onKey = (e: KeyboardEvent) => {
    // Only the person's own key press: a page script can dispatch a synthetic Escape (isTrusted false).
    if (e.key === 'Escape' && e.isTrusted && !e.defaultPrevented) {
      e.stopPropagation();
      requestClose();
    }
  };
  window.addEventListener('keydown', onKey, true);
  // Until the reader has rendered, the dialog already makes the page inert: never leave it so.
  const giveUp = window.setTimeout(() => open === current && closeOverlay(), SHOW_TIMEOUT_MS);
  const current: Open = { parts, page, root, body, guard, port: null, onKey, giveUp, shown: false };
  open = current;

  // The dialog's own Esc handling would close it behind our back; closing for any other reason closes the reader.
  dialog.addEventListener('cancel', (e) => e.preventDefault());
  dialog.addEventListener('close', () => {
    if (open === current && !guard.promoting && !dialog.open) closeOverlay();
  });

  let loads = 0;
  frame.addEventListener('load', () => {
    if (open !== current) return;
    // A second load is a navigation of the frame away from the reader page: whatever it shows is not the reader.
    if (++loads > 1 || !frame.contentWindow) {
      closeOverlay();
      return;
    }
    const channel = new MessageChannel();
    current.port = channel.port1;
    channel.port1.onmessage = (e: MessageEvent) => {
      if (open !== current || !isFromReader(e.data)) return;
      if (e.data.type === 'close') closeOverlay();
      else if (e.data.type === 'blur') guard.check();
      else if (e.data.type === 'pick') {
        closeOverlay();
        onPick?.();
      }
      else if (e.data.type === 'shown') {
        window.clearTimeout(giveUp);
        current.shown = true;
        parts.markShown();
        focusReader();
      }
    };
    frame.contentWindow.postMessage({ [HANDSHAKE]: token }, origin, [channel.port2]);
    channel.port1.postMessage({ type: 'article', article: content.article, notice: content.notice, ...(people ? { peopleLater: true } : {}) } satisfies ToReader);
    // The reader renders the article in its own process meanwhile; the summary follows in a task of its own.
    if (people) {
      window.setTimeout(() => {
        if (open !== current) return;
        channel.port1.postMessage({ type: 'attendees', attendees: people() } satisfies PeopleUpdate);
      }, 0);
    }
  });
}

/**
 * Closing from the page's side (the shortcut again, Esc with the focus in the page): the shown reader is asked to
 * close as its own button does, so it first takes its history entry back out (reader-page/reader-history.ts).
 */
export function requestClose(): void {
  if (!open) return;
  const current = open;
  if (!current.shown || !current.port || !current.parts.host.isConnected) return closeOverlay();
  current.port.postMessage({ type: 'leave' } satisfies LeaveRequest);
  window.setTimeout(() => open === current && closeOverlay(), LEAVE_TIMEOUT_MS);
}

export function closeOverlay(): void {
  if (!open) return;
  const { parts, page, root, body, guard, port, onKey, giveUp } = open;
  open = null;
  window.clearTimeout(giveUp);
  guard.stop();
  window.removeEventListener('keydown', onKey, true);
  port?.close();
  parts.disconnect();
  parts.host.remove();
  body?.release();
  root.release();
  page.restore();
}
