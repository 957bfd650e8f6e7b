/**
 * Background (Chrome service worker / Firefox event page): routes messages, keeps the per-tab toolbar state and
 * handles the toggle-reader shortcut. Listeners are registered synchronously at top level so a woken worker
 * receives the event that woke it.
 */
import browser, { type Runtime } from '../browser';
import type { BackgroundMessage } from '../messages';
import { dispatch, type Handlers } from '../receive';
import { autoOpen, forgetAutoOpen } from './auto-open';
import { clearDetection, showDetection } from './badge';
import { downloadFile } from './download-file';
import { extractTab, toggleReaderTab } from './extract-tab';
import { acceptMessage } from './validate-message';

/** Last detector timing per tab (ms): read by the extension benchmark through the worker. */
export const detectTimings = new Map<number, number[]>();
(globalThis as Record<string, unknown>).__lucidDetectTimings = detectTimings;

const extensionOrigin = browser.runtime.getURL('');

/** One handler per message the background accepts (validate-message.ts checks each payload and sender first). */
const handlers = {
  detected: async ({ isArticle, ms }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return; // not reached: detections are accepted only from a tab's top frame
    detectTimings.set(tabId, [...(detectTimings.get(tabId) ?? []), ms].slice(-50));
    await showDetection(tabId, isArticle);
    if (isArticle) await autoOpen(tabId, sender.tab?.url);
  },
  'extract-tab': (request) => extractTab(request),
  'toggle-reader-tab': (request) => toggleReaderTab(request),
  'download-file': (request) => downloadFile(request),
} satisfies Handlers<BackgroundMessage, Runtime.MessageSender>;

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const envelope = acceptMessage(message, sender, browser.runtime.id, extensionOrigin);
  if (!envelope) return undefined; // not ours to answer: let other listeners (if any) respond
  return dispatch(handlers, envelope, sender);
});

// A new document in the tab: its detection no longer applies (an SPA navigation re-sends `detected`).
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.url) void clearDetection(tabId);
  if (changeInfo.status === 'loading') forgetAutoOpen(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => {
  detectTimings.delete(tabId);
  forgetAutoOpen(tabId);
});

browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'toggle-reader') return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const result = await toggleReaderTab({ tabId, seen: false });
  if ('error' in result && !result.error.ok) console.warn('Lucid Reader: cannot open the reader here:', result.error.message);
});
