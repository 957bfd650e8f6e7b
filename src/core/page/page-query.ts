/**
 * Whole-page selector queries for the read-only stages (JSON-LD, detection, metadata, declobbering), behind one
 * interface with two answers. In a browser, `nativeQuery` is the DOM's own querySelectorAll: fast, and it touches
 * only the elements it returns (the always-on detector's cost model, and all this file gives the detector's
 * bundle). In Node DOMs every whole-page query walks the page with a generic matcher; extraction uses
 * `indexQuery` (index-query.ts), which answers the same selectors from one walk's index.
 */

export interface PageQuery {
  /** Elements matching `selector`, in document order. */
  all(selector: string): Element[];
  /** The first element matching `selector`, or null. */
  one(selector: string): Element | null;
  /** How many elements match `selector`: natively, none of them is handed to JS (no wrapper made for each). */
  count(selector: string): number;
}

export function nativeQuery(root: ParentNode): PageQuery {
  return {
    all: (selector) => Array.from(root.querySelectorAll(selector)),
    one: (selector) => root.querySelector(selector),
    count: (selector) => root.querySelectorAll(selector).length,
  };
}
