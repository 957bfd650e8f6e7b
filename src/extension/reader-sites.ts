/**
 * "Always open the reader on this site": the sites, as http(s) origins, in storage.sync under "readerSites", so the
 * choice follows the person to their other browsers. The background opens the reader on such a site when the
 * detector says the page is an article; each site needs its own host permission (asked when the switch is turned on),
 * since no click grants activeTab there. Shared by the popup, the options page and the background.
 */
import browser from './browser';

export const READER_SITES_KEY = 'readerSites';
/** storage.sync holds 8 KB per item: far more sites than anyone sets by hand still fit. */
const MAX_SITES = 200;

/** The http(s) origin of an address ("https://example.com"), or null for any other scheme or a bad address. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The host permission pattern of one site. */
export const sitePattern = (origin: string) => `${origin}/*`;

/** Whatever storage holds becomes a sorted list of distinct origins (anything else is dropped). Never throws. */
export function normalizeSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const sites = raw.filter((s): s is string => typeof s === 'string' && siteOf(s) === s);
  return [...new Set(sites)].sort().slice(0, MAX_SITES);
}

export async function loadReaderSites(): Promise<string[]> {
  try {
    return normalizeSites((await browser.storage.sync.get(READER_SITES_KEY))[READER_SITES_KEY]);
  } catch {
    return [];
  }
}

export async function saveReaderSite(origin: string, on: boolean): Promise<string[]> {
  const now = await loadReaderSites();
  const next = normalizeSites(on ? [...now, origin] : now.filter((s) => s !== origin));
  await browser.storage.sync.set({ [READER_SITES_KEY]: next });
  return next;
}

/** Calls listener with the new list whenever any window changes it; returns the unsubscribe function. */
export function subscribeReaderSites(listener: (sites: string[]) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && READER_SITES_KEY in changes) listener(normalizeSites(changes[READER_SITES_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/**
 * Turning a site on asks for its host permission: call synchronously from the click (the prompt needs the gesture).
 * Turning it off gives the site's permission back.
 */
export function requestSiteAccess(origin: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [sitePattern(origin)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

export async function releaseSiteAccess(origin: string): Promise<void> {
  await browser.permissions.remove({ origins: [sitePattern(origin)] }).catch(() => false);
}
