/**
 * The batch export reads tabs other than the active one, which activeTab does not cover: it asks for the optional
 * http(s) host permission (manifest.json optional_host_permissions) when the person clicks "Export all tabs".
 */
import browser from '../browser';

export const BATCH_ORIGINS = ['http://*/*', 'https://*/*'];

/**
 * Call synchronously from the click handler, before any await: both browsers only show the prompt inside a user
 * gesture (Firefox refuses outright after an await). Resolves false when refused or unavailable.
 */
export function requestHostAccess(): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: BATCH_ORIGINS }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
