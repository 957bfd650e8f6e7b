/**
 * Page text and page URLs written into Markdown so that no renderer (CommonMark, GFM, marked) reads any of it
 * as syntax. Text: every character that can open inline syntax (emphasis, code, links, strikethrough, raw HTML,
 * entities) is escaped wherever it stands; characters that open a block only at a line start are escaped at a
 * line start. Destinations: only http(s) (and mailto for links) are written, percent-encoded down to characters
 * that can neither end the destination nor start anything else.
 */
import { stripControls } from './control-chars';

/** Private to the exporter (markdown-code.ts marks code spans with them), so never taken from page text. */
export const CODE_MARK_START = '\ufdd0';
export const CODE_MARK_END = '\ufdd1';
const CODE_MARKS_RE = /[\ufdd0\ufdd1]/g;

/** Page text with the exporter's markers and every terminal control removed (CR ends a line, as LF). */
export function plainText(text: string): string {
  return stripControls(text).replace(CODE_MARKS_RE, '');
}

/**
 * Escaped anywhere: the backslash itself, emphasis (* _), code spans and fences (`), strikethrough and tilde fences
 * (~; marked also strikes through with one tilde), link and image brackets ([ ]). "<" (raw HTML, autolinks) and an
 * "&" that would start an entity are written as entities, which renderers show as the characters.
 */
const INLINE_RE = /[\\*_`~[\]]|<|&(?=#?[a-z0-9]+;)/gi;
const inline = (ch: string): string => (ch === '<' ? '&lt;' : ch === '&' ? '&amp;' : `\\${ch}`);

/**
 * Block syntax that exists only at a line start (turndown's own list): list bullets, a numbered-list "1. ",
 * setext underlines, ATX headings, block quotes. Escaped at the start of every line of the text, not only the
 * first: text keeps its line breaks inside <pre>.
 */
const LINE_START_RE = /^(?:-|\+ |=+|#{1,6} |>|\d+\. )/gm;
const lineStart = (syntax: string): string => (/^\d/.test(syntax) ? syntax.replace('.', '\\.') : `\\${syntax}`);

/** Text inside inline syntax (alt text, never at a line start) that renders as itself. */
export function escapeInlineText(text: string): string {
  return plainText(text).replace(INLINE_RE, inline);
}

/** Text that renders as itself in any Markdown renderer. */
export function escapeMarkdownText(text: string): string {
  return escapeInlineText(text).replace(LINE_START_RE, lineStart);
}

export type DestinationKind = 'link' | 'image';

/** Links to the web and to mail; images from the web only (a data: image is a file in the page, not an address). */
const SCHEMES: Record<DestinationKind, ReadonlySet<string>> = {
  link: new Set(['http:', 'https:', 'mailto:']),
  image: new Set(['http:', 'https:']),
};

/**
 * Left as they are in a destination: letters, digits and the URL punctuation that has no meaning in Markdown
 * there. Everything else is percent-encoded: "(" and ")" (they end or nest the destination), "<" ">" and spaces,
 * "\" (an escape), "`" (a code span taking precedence over the link), quotes, brackets, "|", "{" "}", "^", and
 * anything that is not printable ASCII. An "&" that would start an entity is encoded too: renderers decode
 * entities in destinations ("&#106;avascript:").
 */
const DESTINATION_ESCAPED_RE = /[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%]|&(?=#?[a-z0-9]+;)/giu;

function percentEncode(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
  // URL serialisation leaves no other character; should one remain, a lone surrogate is written as U+FFFD.
  return ch.length === 1 && code >= 0xd800 && code <= 0xdfff ? '%EF%BF%BD' : encodeURIComponent(ch);
}

/**
 * The link or image destination to write for an absolute address, or null when it must not be written (another
 * scheme, or not an absolute URL): the caller then keeps only the text.
 */
export function markdownDestination(address: string, kind: DestinationKind): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (!SCHEMES[kind].has(url.protocol)) return null;
  return url.href.replace(DESTINATION_ESCAPED_RE, percentEncode);
}
