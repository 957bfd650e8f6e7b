/**
 * Saves an export through the downloads API. The background does it when it can (it outlives the popup, which in
 * Firefox may close before the download has read its blob); when it cannot, the popup saves from its own blob URL.
 */
import browser from '../browser';
import { bytesToBase64 } from '../base64';
import { errorMessage } from '../errors';
import type { DownloadResult } from '../messages';
import { sendToBackground } from '../send';

export interface FileToSave {
  fileName: string;
  mime: string;
  data: string | Uint8Array;
}

export type SaveResult = { ok: true } | { ok: false; message: string };

async function saveInPage(file: FileToSave): Promise<SaveResult> {
  const url = URL.createObjectURL(new Blob([file.data as BlobPart], { type: file.mime }));
  try {
    await browser.downloads.download({ url, filename: file.fileName, saveAs: false, conflictAction: 'uniquify' });
    // The download reads the blob after download() resolves: revoke later, not now.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { ok: true };
  } catch (error) {
    URL.revokeObjectURL(url);
    return { ok: false, message: errorMessage(error) };
  }
}

export async function saveFile(file: FileToSave): Promise<SaveResult> {
  const binary = typeof file.data !== 'string';
  let answer: DownloadResult;
  try {
    answer = await sendToBackground('download-file', {
      fileName: file.fileName,
      mime: file.mime,
      data: binary ? bytesToBase64(file.data as Uint8Array) : (file.data as string),
      encoding: binary ? 'base64' : 'utf8',
    });
    if (!answer || typeof answer !== 'object') throw new Error('no answer from the background');
  } catch (error) {
    answer = { ok: false, message: errorMessage(error), retryInPage: true };
  }
  if (answer.ok) return { ok: true };
  return answer.retryInPage ? saveInPage(file) : { ok: false, message: answer.message };
}
