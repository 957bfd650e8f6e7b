/**
 * The on-demand content script (injected by the background with scripting.executeScript, once per document):
 * answers `extract` with the page's Article and `toggle-reader` by opening or closing the overlay.
 * It listens only to runtime messages from our own background; the page cannot reach it.
 */
import browser, { type Runtime } from '../browser';
import type { Envelope, Response } from '../messages';
import { extractPage } from './extract-page';
import { closeOverlay, isOverlayOpen, openOverlay } from './overlay';

const FLAG = '__lucidReaderExtractor'; // same name as EXTRACTOR_FLAG in background/extract-tab.ts
const g = globalThis as Record<string, unknown>;

function toggle(): Response<'toggle-reader'> {
  if (isOverlayOpen()) {
    closeOverlay();
    return { open: false };
  }
  const result = extractPage(false);
  if (!result.ok) return { open: false };
  openOverlay(result.article);
  return { open: true };
}

if (g[FLAG] !== true) {
  g[FLAG] = true;
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined; // only the background
    const { type, payload } = (message ?? {}) as Partial<Envelope>;
    if (type === 'extract') {
      const force = (payload as { force?: unknown } | undefined)?.force === true;
      return Promise.resolve(extractPage(force));
    }
    if (type === 'toggle-reader') return Promise.resolve(toggle());
    return undefined;
  });
}
