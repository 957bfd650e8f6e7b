/**
 * Decodes a saved page's bytes the way a browser would (the WHATWG encoding sniffing algorithm):
 *  1. a byte-order mark;
 *  2. the charset the server sent (`--charset`), when known;
 *  3. the pre-scan of the first 1024 bytes (html-encoding-sniffer, as jsdom uses: it skips comments and attribute
 *     values, and reads a utf-16 label as UTF-8 and x-user-defined as windows-1252, as the spec says);
 *  4. otherwise the default: UTF-8 when the bytes are valid UTF-8 (how Chrome and Firefox read an unlabelled saved
 *     file, and the CLI's documented behaviour), else windows-1252 (the spec's default for legacy pages);
 *  5. and, while the encoding is only tentative (3 or 4), the first <meta> the parser meets in the head overrides it,
 *     as browsers do when they "change the encoding" (so a meta after 1024 bytes of scripts still counts, and one
 *     the pre-scan found inside a script string does not beat a real one). Like Chrome, the search stops at the end
 *     of the head once past 1024 bytes.
 * Labels are the Encoding Standard's, decoders @exodus/bytes's (every WHATWG encoding, x-user-defined included).
 */
import { isUtf8 } from 'node:buffer';
import sniffHtmlEncoding from 'html-encoding-sniffer';
import { TextDecoder as WhatwgDecoder, getBOMEncoding, labelToName } from '@exodus/bytes/encoding.js';
import { scanTags } from '../node/markup-tags';

/** Tags that leave the parser in the head (others start the body). */
const HEAD_TAGS = new Set(['script', 'noscript', 'style', 'link', 'meta', 'object', 'title', 'base']);
/** Chrome reads metas anywhere in the first 1024 bytes, and in the head past them. */
const UNCONDITIONAL_CHARS = 1024;

export interface DecodedPage {
  text: string;
  /** The encoding's WHATWG name, e.g. "UTF-8", "windows-1252", "replacement". */
  encoding: string;
}

export function decodePage(bytes: Uint8Array, transportLabel?: string): DecodedPage {
  const bom = getBOMEncoding(bytes);
  if (bom) return { text: decodeAs(bytes, labelToName(bom)!), encoding: labelToName(bom)! };
  const transport = transportLabel ? labelToName(transportLabel) : null;
  if (transport) return { text: decodeAs(bytes, transport), encoding: transport };

  const prescanned: string = sniffHtmlEncoding(bytes, { defaultEncoding: '' });
  const tentative = prescanned || (isUtf8(bytes) ? 'UTF-8' : 'windows-1252');
  const text = decodeAs(bytes, tentative);
  const declared = firstHeadMetaCharset(text);
  if (declared && declared !== tentative) return { text: decodeAs(bytes, declared), encoding: declared };
  return { text, encoding: tentative };
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  // The replacement encoding (ISO-2022-KR, HZ-GB-2312 …) decodes any page to a single U+FFFD; browsers show that.
  if (encoding === 'replacement') return bytes.length ? '\ufffd' : '';
  // Node's own decoder for the common case (faster); @exodus/bytes for the rest, x-user-defined included.
  if (encoding === 'UTF-8') return new TextDecoder('utf-8').decode(bytes);
  return new WhatwgDecoder(encoding).decode(bytes);
}

/**
 * The charset of the first <meta> the parser would process in the head (or anywhere in the first 1024 characters),
 * mapped as "change the encoding" maps it (utf-16 → UTF-8, x-user-defined → windows-1252); null if none.
 * Each meta tag is read by the same pre-scan attribute rules (charset, or http-equiv content-type with content).
 */
function firstHeadMetaCharset(text: string): string | null {
  let found: string | null = null;
  let inHead = true;
  let noscript = 0; // scripting is on in a browser, so <noscript> content is raw text there
  scanTags(text, (tag) => {
    if (tag.name === 'noscript') noscript = Math.max(0, noscript + (tag.closing ? -1 : 1));
    if (!tag.closing && tag.name === 'meta' && (noscript === 0)) {
      const charset: string = sniffHtmlEncoding(Buffer.from(text.slice(tag.start, tag.end), 'utf8'), { defaultEncoding: '' });
      if (charset) {
        found = charset;
        return true;
      }
    }
    if (!HEAD_TAGS.has(tag.name) && (tag.closing || (tag.name !== 'html' && tag.name !== 'head'))) inHead = false;
    return !inHead && tag.end >= UNCONDITIONAL_CHARS;
  });
  return found;
}
