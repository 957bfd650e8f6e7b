/**
 * "Is this block's opening somewhere in the pick's text?", asked once per block of a page: `text.includes(key)` scans
 * the text from its start each time, quadratic on a page of thousands of paragraphs. Here every window of the text
 * of WINDOW code units is hashed once (a rolling hash), so a key that is not in the text is turned away by one
 * look-up; a key that is, is looked for from where the previous one was found, since the blocks are asked about in
 * reading order, the order of the pick's text.
 */

/** Keys are first looked up by the hash of their first this many code units; shorter keys are searched directly. */
const WINDOW = 24;
/** A text this short is searched directly: the index would cost more than it saves. */
const DIRECT_MAX = 4096;
const BASE = 257;

function hashOf(s: string, from: number, length: number): number {
  let h = 0;
  for (let i = from; i < from + length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h;
}

/** The hash of every window of WINDOW code units of `text`. */
function windowHashes(text: string): Set<number> {
  const out = new Set<number>();
  // BASE^(WINDOW-1), to take the leaving character out of the hash.
  let top = 1;
  for (let i = 1; i < WINDOW; i++) top = Math.imul(top, BASE);
  let h = hashOf(text, 0, WINDOW);
  out.add(h);
  for (let next = WINDOW; next < text.length; next++) {
    h = (Math.imul(h - Math.imul(text.charCodeAt(next - WINDOW), top), BASE) + text.charCodeAt(next)) | 0;
    out.add(h);
  }
  return out;
}

/**
 * A membership test for substrings of `text` that answers as `text.includes(key)` does; fastest when asked in the
 * order the keys occur in the text.
 */
export function substringIndex(text: string): (key: string) => boolean {
  if (text.length <= DIRECT_MAX) return (key) => text.includes(key);
  const hashes = windowHashes(text);
  let cursor = 0;
  return (key) => {
    if (key.length < WINDOW) return text.includes(key);
    if (!hashes.has(hashOf(key, 0, WINDOW))) return false;
    const at = text.indexOf(key, cursor);
    if (at >= 0) {
      cursor = at;
      return true;
    }
    // Before the last one found (asked out of order), or a hash that only collided.
    return text.includes(key);
  };
}
