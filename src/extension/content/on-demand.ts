/**
 * The on-demand content script (injected by the background with scripting.executeScript, once per document):
 * answers `extract` with the page's Article and `toggle-reader` by opening or closing the overlay.
 * It listens only to runtime messages from our own background; the page cannot reach it.
 */
import browser, { type Runtime } from '../browser';
import { isBoolean, shape } from '../check';
import type { ContentMessage, Response } from '../messages';
import { dispatch, readEnvelope, type Checks, type Handlers } from '../receive';
import { readerContentFor } from '../reader-notice';
import { pickArticle } from './article-picker';
import { completeHash, completePeople, extractPage, extractPageWithHash, peoplePending } from './extract-page';
import { extractPicked } from './extract-picked';
import { isOverlayOpen, openOverlay, prepareOverlay, requestClose, type PreparedOverlay } from './overlay';

/** Set once per document: a second injection of this script (background/extract-tab.ts does not probe) adds nothing. */
const FLAG = '__lucidReaderExtractor';
const g = globalThis as Record<string, unknown>;

let stopPicking: (() => void) | null = null;

/** The person points at the article; the reader opens on that block (or says why it cannot). */
function startPicker(): void {
  stopPicking?.();
  stopPicking = pickArticle((block) => {
    stopPicking = null;
    const result = extractPicked(block);
    // The person chose this block: it is shown as read, with no "not an article" doubt; only failure is said.
    openOverlay(result.ok ? { article: result.article, notice: null } : readerContentFor(result), startPicker);
  });
}

/** seen: the person has the article in front of them (the popup's preview): no notice, whatever the doubts. */
function toggle(seen: boolean): Response<'toggle-reader'> {
  if (stopPicking) {
    stopPicking();
    stopPicking = null;
    return { open: false };
  }
  if (isOverlayOpen()) {
    requestClose();
    return { open: false };
  }
  // The reader frame starts loading before the page is read (the first press: ~60-100 ms of frame load overlap the
  // extraction instead of following it), and the attendee pass waits until the article is on its way to the reader.
  let prepared: PreparedOverlay | undefined;
  const result = extractPage(false, () => (prepared = prepareOverlay()), true);
  // A document that is not a web page (text, XML) has nowhere to show a reader; the popup explains those.
  if (!result.ok && result.code === 'not-html') {
    prepared?.cancel();
    return { open: false };
  }
  // Not an article, very little text, or nothing at all: the reader opens on a notice saying so, never on junk.
  const content = readerContentFor(result);
  const people = content.article && peoplePending() ? completePeople : undefined;
  openOverlay(seen && content.article ? { article: content.article, notice: null } : content, startPicker, prepared, people);
  // The provenance hash the popup's exports need, once the reader and its people are done.
  requestIdleCallback(completeHash, { timeout: 2000 });
  return { open: true };
}

/**
 * A site where the person always wants the reader: the detector said article; open only when extraction agrees (no
 * notice: a page that turns out not to be one stays as it is), and never over a reader or picker already there.
 */
function autoOpen(): Response<'auto-open'> {
  if (stopPicking || isOverlayOpen()) return { open: false };
  // As on a first press: the frame loads while the page is read (the detector said article: it rarely goes unused).
  let prepared: PreparedOverlay | undefined;
  const content = readerContentFor(extractPage(false, () => (prepared = prepareOverlay()), true));
  if (!content.article || content.notice) {
    prepared?.cancel();
    return { open: false };
  }
  openOverlay(content, startPicker, prepared, peoplePending() ? completePeople : undefined);
  return { open: true };
}

const payloads = {
  extract: shape({ force: isBoolean }),
  'toggle-reader': shape({ seen: isBoolean }),
  'auto-open': shape({}),
} satisfies Checks<ContentMessage>;

/** The extractor is injected at once (background/extract-tab.ts): on a page still loading, read it once parsed. */
const parsed = (): Promise<void> =>
  document.readyState === 'loading' ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true })) : Promise.resolve();

const handlers = {
  extract: async ({ force }) => parsed().then(() => extractPageWithHash(force)),
  'toggle-reader': async ({ seen }) => parsed().then(() => toggle(seen)),
  'auto-open': async () => parsed().then(() => autoOpen()),
} satisfies Handlers<ContentMessage, Runtime.MessageSender>;

if (g[FLAG] !== true) {
  g[FLAG] = true;
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined; // only the background
    const envelope = readEnvelope(message, payloads);
    return envelope ? dispatch(handlers, envelope, sender) : undefined;
  });
}
