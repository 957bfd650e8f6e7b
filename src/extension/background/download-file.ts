/**
 * Saves a file the popup built, from the background: the background outlives the popup, so a Firefox popup that
 * closes mid-download cannot take the file's blob: URL with it. Firefox's event page has URL.createObjectURL; a
 * Chrome service worker has not, so there the file goes as a data: URL, and files too large for one are handed
 * back to the page (Chrome keeps a page's blob alive while its download runs).
 */
import browser from '../browser';
import { errorMessage } from '../errors';
import type { DownloadRequest, DownloadResult } from '../messages';
import { base64ToBytes, utf8ToBase64 } from '../base64';

/** Chrome refuses URLs over 2 MiB; keep a margin for the scheme and MIME type. */
export const DATA_URL_MAX = 2 * 1024 * 1024 - 1024;
/** A blob URL is revoked when its download ends, or after this long at the latest. */
const REVOKE_AFTER_MS = 5 * 60_000;

function revokeWhenDone(id: number, url: string): void {
  const done = () => {
    clearTimeout(timer);
    browser.downloads.onChanged.removeListener(onChanged);
    URL.revokeObjectURL(url);
  };
  const onChanged = (delta: { id: number; state?: { current?: string } }) => {
    if (delta.id === id && (delta.state?.current === 'complete' || delta.state?.current === 'interrupted')) done();
  };
  const timer = setTimeout(done, REVOKE_AFTER_MS);
  browser.downloads.onChanged.addListener(onChanged);
}

/** The URL to download from: a blob: URL where the context can make one, else a data: URL (null if too large). */
export function fileUrl(req: DownloadRequest, canBlob: boolean): { url: string; blob: boolean } | null {
  if (canBlob) {
    const body = req.encoding === 'base64' ? base64ToBytes(req.data) : req.data;
    return { url: URL.createObjectURL(new Blob([body as BlobPart], { type: req.mime })), blob: true };
  }
  const url = `data:${req.mime};base64,${req.encoding === 'base64' ? req.data : utf8ToBase64(req.data)}`;
  return url.length <= DATA_URL_MAX ? { url, blob: false } : null;
}

export async function downloadFile(req: DownloadRequest): Promise<DownloadResult> {
  let made: { url: string; blob: boolean } | null;
  try {
    made = fileUrl(req, typeof URL.createObjectURL === 'function');
  } catch (error) {
    return { ok: false, message: errorMessage(error), retryInPage: true };
  }
  if (!made) return { ok: false, message: 'The file is too large to save from the background.', retryInPage: true };
  try {
    const id = await browser.downloads.download({ url: made.url, filename: req.fileName, saveAs: false, conflictAction: 'uniquify' });
    if (made.blob) revokeWhenDone(id, made.url);
    return { ok: true, id };
  } catch (error) {
    if (made.blob) URL.revokeObjectURL(made.url);
    return { ok: false, message: errorMessage(error), retryInPage: false };
  }
}
