/**
 * What an export needs besides the Article: when and how the text was obtained. Exports are pure functions of
 * (article, context), so the same inputs always give byte-identical files (golden tests, reproducible research).
 */
export interface ExportContext {
  /** ISO 8601 timestamp of when the page was read, e.g. "2024-10-09T14:03:00.000Z". */
  accessedAt: string;
  /** The program that produced the text, e.g. { name: "lucid-reader", version: "0.1.0" }. */
  extractor: { name: string; version: string };
  /** The page HTML as received, so the JSON export can record its SHA-256 (provenance). */
  sourceHtml?: string;
  /**
   * The SHA-256 (lowercase hex) of that HTML, computed where the HTML was read: the browser hashes the page in the
   * tab and sends the hash, not the page, to the popup. Wins over `sourceHtml`.
   */
  sourceSha256?: string;
  /**
   * Optional HTML parser for the Markdown export: returns an element whose children are the parsed fragment.
   * Browsers do not need it (turndown uses DOMParser); pass it where there is no DOMParser (the CLI with its Node
   * DOM, an MV3 service worker cannot render Markdown at all), or to avoid turndown's bundled fallback parser.
   */
  parse?: (html: string) => Node;
}
