/**
 * The on-demand content script (injected by the background with scripting.executeScript, once per document):
 * answers `extract` with the page's Article and `toggle-reader` by opening or closing the overlay.
 * It listens only to runtime messages from our own background; the page cannot reach it.
 */
import browser, { type Runtime } from '../browser';
import { isBoolean, shape } from '../check';
import type { ContentMessage, Response } from '../messages';
import { dispatch, readEnvelope, type Checks, type Handlers } from '../receive';
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

const payloads = {
  extract: shape({ force: isBoolean }),
  'toggle-reader': shape({}),
} satisfies Checks<ContentMessage>;

const handlers = {
  extract: async ({ force }) => extractPage(force),
  'toggle-reader': async () => toggle(),
} satisfies Handlers<ContentMessage, Runtime.MessageSender>;

if (g[FLAG] !== true) {
  g[FLAG] = true;
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined; // only the background
    const envelope = readEnvelope(message, payloads);
    return envelope ? dispatch(handlers, envelope, sender) : undefined;
  });
}
