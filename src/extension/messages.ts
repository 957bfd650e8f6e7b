/**
 * Every message in the extension, in one typed map: name -> request and response.
 * Senders and receivers use send()/the handlers' types from here, so a renamed field fails to compile.
 */
import type { Article, Detection } from '../core/index';

/** Why an extraction gave no article; each code has a localised message (public/_locales, key "error_<code>"). */
export type ExtractErrorCode =
  | 'restricted' // chrome://, about:, web stores, PDF viewer, view-source:, file:// without access
  | 'no-tab' // no active tab (e.g. a devtools window)
  | 'not-html' // text/plain, images, XML/SVG documents
  | 'too-large' // extraction budget exceeded (the partial result, if any, is still returned)
  | 'empty' // nothing readable was found
  | 'failed'; // any other error (detail in message)

export type ExtractResult =
  /** sourceSha256: of the HTML the extraction read (source-hash.ts says which bytes); absent where none was read. */
  | { ok: true; article: Article; sourceSha256?: string }
  | { ok: false; code: ExtractErrorCode; message: string; url?: string };

export interface DownloadRequest {
  fileName: string;
  mime: string;
  data: string;
  encoding: 'utf8' | 'base64';
}

/**
 * retryInPage: the background could not make a URL for the file (a Chrome service worker has no
 * URL.createObjectURL, and data: URLs are capped), so the page should save it from its own blob URL.
 */
export type DownloadResult = { ok: true; id: number } | { ok: false; message: string; retryInPage: boolean };

export interface MessageMap {
  /** content/detect -> background, once per page load (and after SPA navigations). */
  detected: {
    request: {
      url: string;
      title: string;
      detection: Detection;
      isArticle: boolean;
      /** How long the detector took on this page (ms, performance.now): read by bench/extension.ts. */
      ms: number;
    };
    response: void;
  };
  /** popup -> background: extract the given tab (injecting the extractor when needed). */
  'extract-tab': { request: { tabId: number; force: boolean }; response: ExtractResult };
  /** background -> content/extract: run core.extractArticle on a clone of the live document. */
  extract: { request: { force: boolean }; response: ExtractResult };
  /**
   * popup or commands -> background: toggle the reader overlay in a tab. seen: the person has the article in front
   * of them already (the popup's preview), so the reader opens on it without a notice (reader-notice.ts).
   */
  'toggle-reader-tab': { request: { tabId: number; seen: boolean }; response: { open: boolean } | { error: ExtractResult } };
  /**
   * popup -> background: save a file with the downloads API. The background outlives the popup, so a Firefox popup
   * closing mid-download does not revoke the file's blob URL. Binary files (zip) travel as base64: Chrome's
   * messages are JSON.
   */
  'download-file': { request: DownloadRequest; response: DownloadResult };
  /** background -> content/extract: mount or unmount the overlay. */
  'toggle-reader': { request: { seen: boolean }; response: { open: boolean } };
  /** background -> content/extract: open the reader on a site the person chose, only on a clear article. */
  'auto-open': { request: Record<string, never>; response: { open: boolean } };
}

export type MessageName = keyof MessageMap;
/** The messages each side receives (background/index.ts and content/on-demand.ts keep a check and a handler for each). */
export type BackgroundMessage = 'detected' | 'extract-tab' | 'toggle-reader-tab' | 'download-file';
export type ContentMessage = 'extract' | 'toggle-reader' | 'auto-open';
export type Request<N extends MessageName> = MessageMap[N]['request'];
export type Response<N extends MessageName> = MessageMap[N]['response'];
export type Envelope<N extends MessageName = MessageName> = { type: N; payload: Request<N> };
