/** What an HTTP Content-Type header says about a WARC response body: is it a page we extract, and in which charset. */

/** The media types a browser renders as an HTML page. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export interface ContentType {
  /** The essence, lower-cased ("text/html"), or null when the header is missing or empty. */
  mediaType: string | null;
  /** The charset parameter as sent (a label, not yet mapped to an encoding), or null. */
  charset: string | null;
}

export function parseContentType(header: string | null | undefined): ContentType {
  if (!header) return { mediaType: null, charset: null };
  const [essence, ...params] = header.split(';');
  let charset: string | null = null;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    charset = param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1') || null;
    break;
  }
  const mediaType = essence!.trim().toLowerCase();
  return { mediaType: mediaType || null, charset };
}

/**
 * A body counts as a page when the server said it was HTML; when it said nothing, when its first bytes are HTML
 * markup (crawlers keep what servers sent, and some send no Content-Type).
 */
export function isHtmlBody(type: ContentType, firstBytes: Uint8Array): boolean {
  if (type.mediaType) return HTML_TYPES.has(type.mediaType);
  const head = Buffer.from(firstBytes.subarray(0, 512)).toString('latin1');
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head.replace(/^\ufeff|^\xef\xbb\xbf/, ''));
}
