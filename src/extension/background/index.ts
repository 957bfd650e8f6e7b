/**
 * Background (Chrome service worker / Firefox event page): routes messages, keeps the per-tab toolbar state and
 * handles the toggle-reader shortcut. Listeners are registered synchronously at top level so a woken worker
 * receives the event that woke it.
 */
import browser, { type Runtime } from '../browser';
import type { Envelope, Request } from '../messages';
import { clearDetection, showDetection } from './badge';
import { downloadFile } from './download-file';
import { extractTab, toggleReaderTab } from './extract-tab';
import { acceptMessage } from './validate-message';

/** Last detector timing per tab (ms): read by the extension benchmark through the worker. */
export const detectTimings = new Map<number, number[]>();
(globalThis as Record<string, unknown>).__lucidDetectTimings = detectTimings;

const extensionOrigin = browser.runtime.getURL('');

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const envelope = acceptMessage(message, sender, browser.runtime.id, extensionOrigin);
  if (!envelope) return undefined; // not ours to answer: let other listeners (if any) respond
  return route(envelope, sender);
});

async function route(envelope: Envelope, sender: Runtime.MessageSender): Promise<unknown> {
  switch (envelope.type) {
    case 'detected': {
      const { isArticle, ms } = envelope.payload as Request<'detected'>;
      const tabId = sender.tab!.id!;
      detectTimings.set(tabId, [...(detectTimings.get(tabId) ?? []), ms].slice(-50));
      await showDetection(tabId, isArticle);
      return undefined;
    }
    case 'extract-tab':
      return extractTab(envelope.payload as Request<'extract-tab'>);
    case 'toggle-reader-tab':
      return toggleReaderTab(envelope.payload as Request<'toggle-reader-tab'>);
    case 'download-file':
      return downloadFile(envelope.payload as Request<'download-file'>);
    default:
      return undefined;
  }
}

// A new document in the tab: its detection no longer applies (an SPA navigation re-sends `detected`).
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.url) void clearDetection(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => detectTimings.delete(tabId));

browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'toggle-reader') return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const result = await toggleReaderTab({ tabId });
  if ('error' in result && !result.error.ok) console.warn('Lucid Reader: cannot open the reader here:', result.error.message);
});
