/**
 * Runs the on-demand content script (extractor + overlay) in a tab: refuses pages we may not script with a clear
 * ExtractErrorCode, injects content-extract.js once per document, then forwards the request to it.
 */
import browser from '../browser';
import { errorMessage } from '../errors';
import type { ExtractErrorCode, ExtractResult, Request, Response } from '../messages';
import { sendToTab } from '../send';
import { restrictionOf } from '../restricted-url';

const FORWARD_TIMEOUT_MS = 20_000;

const MESSAGES: Record<ExtractErrorCode, string> = {
  restricted: 'The browser does not let extensions read this page.',
  'no-tab': 'There is no page to read in this window.',
  'not-html': 'This is not a web page (PDF, image or plain text).',
  'too-large': 'This page is too large to read in time.',
  empty: 'Nothing readable was found on this page.',
  failed: 'Reading this page failed.',
};

export function failure(code: ExtractErrorCode, url?: string, detail?: string): ExtractResult {
  return { ok: false, code, message: detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code], url };
}

async function fileAccess(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

/** Resolves to an error result when the tab cannot host the extractor, else null once it is there. */
export async function ensureExtractor(tabId: number): Promise<ExtractResult | null> {
  let tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return failure('no-tab');
  }
  const url = tab.url ?? tab.pendingUrl;
  const restriction = restrictionOf(url, { fileAccess: url?.startsWith('file:') ? await fileAccess() : false });
  if (restriction) return failure(restriction, url);
  try {
    // No probe for an extractor already there: the message it would have answered just failed, and a second copy
    // registers nothing (its flag, on-demand.ts). Injected at once rather than at document_idle: Chromium now and then never
    // settled an injection waiting for idle on a loaded page (the shortcut then did nothing); the extractor itself
    // waits for the document to be parsed (on-demand.ts).
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['content-extract.js'], injectImmediately: true });
    return null;
  } catch (err) {
    // Missing host access (no activeTab grant), an error page, or a viewer document (Firefox PDF.js).
    return failure('restricted', url, errorMessage(err));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(onTimeout()), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Sends to the tab's extractor, injecting it first when it is not there yet. The first attempt skips the
 * injection probe, so a warm toggle costs one message (the overlay budget is 100 ms).
 */
async function viaExtractor<T>(tabId: number, send: () => Promise<T>, refusedAs: (error: ExtractResult) => T): Promise<T> {
  try {
    return await send();
  } catch {
    // No extractor in this document yet (only the detector, which does not listen), or a page we cannot script.
  }
  const refused = await ensureExtractor(tabId);
  if (refused) return refusedAs(refused);
  try {
    return await send();
  } catch (err) {
    return refusedAs(failure('failed', undefined, errorMessage(err)));
  }
}

export function extractTab({ tabId, force }: Request<'extract-tab'>): Promise<Response<'extract-tab'>> {
  const send = () =>
    withTimeout(sendToTab(tabId, 'extract', { force }), FORWARD_TIMEOUT_MS, () =>
      failure('too-large', undefined, `no answer within ${FORWARD_TIMEOUT_MS / 1000} s`),
    );
  return viaExtractor<ExtractResult>(tabId, send, (error) => error);
}

export function toggleReaderTab({ tabId, seen }: Request<'toggle-reader-tab'>): Promise<Response<'toggle-reader-tab'>> {
  return viaExtractor<Response<'toggle-reader-tab'>>(tabId, () => sendToTab(tabId, 'toggle-reader', { seen }), (error) => ({ error }));
}
