/**
 * The tab the popup is about: the one named by ?tab= (the popup opened in a tab, as the e2e tests do), else the
 * active tab of the current window. Extraction, the reader button and the batch export all act on it.
 */
import browser from '../browser';
import { tabIdFromSearch } from './view-from-result';

export interface Target {
  /** The popup runs in a tab (?tab=), so it should not close itself. */
  embedded: boolean;
  /** The tab once extraction has looked it up, else null. */
  known(): number | null;
  /** Looks the tab up, and keeps it once found. */
  resolve(): Promise<number | null>;
  /** The tab's window (undefined: the current window, when the tab is gone or unknown). */
  windowId(): Promise<number | undefined>;
}

async function lookUp(): Promise<number | null> {
  const fromUrl = tabIdFromSearch(location.search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function popupTarget(): Target {
  let tabId: number | null = null;
  return {
    embedded: tabIdFromSearch(location.search) !== null,
    known: () => tabId,
    resolve: async () => (tabId ??= await lookUp()),
    async windowId() {
      const id = tabId ?? (await lookUp());
      return id === null ? undefined : browser.tabs.get(id).then((tab) => tab.windowId, () => undefined);
    },
  };
}
