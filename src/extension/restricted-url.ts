/**
 * Pages an extension may not (or should not) script. Checked before injecting, so the popup can say "this page
 * cannot be read" instead of showing a raw browser error.
 */
import type { ExtractErrorCode } from './messages';

/** Browser stores block content scripts; injecting there fails or is disallowed by policy. */
const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export interface UrlAccess {
  /** The user allowed file:// access (Chrome: "Allow access to file URLs"). */
  fileAccess: boolean;
}

/** null when the URL can be scripted; otherwise the ExtractErrorCode that explains why not. */
export function restrictionOf(rawUrl: string | undefined, access: UrlAccess): ExtractErrorCode | null {
  if (!rawUrl) return 'restricted'; // no URL visible: tab we cannot see into
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return 'restricted';
  }
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      break;
    case 'file:':
      if (!access.fileAccess) return 'restricted';
      break;
    default:
      // chrome:, edge:, about:, view-source:, moz-extension:, chrome-extension:, data:, blob:, resource: …
      return 'restricted';
  }
  const host = url.hostname.toLowerCase();
  if (STORE_HOSTS.includes(host)) return 'restricted';
  if (host === 'chrome.google.com' && url.pathname.startsWith('/webstore')) return 'restricted';
  // The built-in PDF viewers replace the document; there is no HTML to read.
  if (/\.pdf$/i.test(url.pathname)) return 'not-html';
  return null;
}
