/**
 * "Always open the reader on this site": when the detector reports an article in a tab whose site the person listed
 * (reader-sites.ts) and whose host permission they granted, the reader opens there, once per document address (a
 * reader the person closed stays closed until they go to another page or reload).
 */
import browser from '../browser';
import { loadReaderSites, siteOf, sitePattern } from '../reader-sites';
import { sendToTab } from '../send';
import { ensureExtractor } from './extract-tab';

const openedAt = new Map<number, string>();

/** A new load in the tab (a reload included) may open the reader again. */
export function forgetAutoOpen(tabId: number): void {
  openedAt.delete(tabId);
}

export async function autoOpen(tabId: number, url: string | undefined): Promise<void> {
  const site = siteOf(url);
  if (!site || !url || openedAt.get(tabId) === url) return;
  if (!(await loadReaderSites()).includes(site)) return;
  if (!(await browser.permissions.contains({ origins: [sitePattern(site)] }).catch(() => false))) return;
  openedAt.set(tabId, url);
  if (await ensureExtractor(tabId)) return; // refused: nothing to open
  await sendToTab(tabId, 'auto-open', {}).catch(() => undefined);
}
