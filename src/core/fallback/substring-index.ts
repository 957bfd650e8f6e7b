/**
 * "Is this short key somewhere in that long text?", asked once per block of a page: `text.includes(key)` scans the
 * text each time, quadratic on a page of thousands of paragraphs. This indexes the text's windows of a key's length
 * by a rolling hash, once per length asked for, so a question costs a look-up and a few comparisons.
 */

/** Occurrences compared before a key counts as absent: bounds the work on a text of one repeated run. */
const MAX_CANDIDATES = 64;

const BASE = 257;

function hashOf(s: string, from: number, length: number): number {
  let h = 0;
  for (let i = from; i < from + length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h;
}

/** Every window of `length` code units of `text`, by hash: where each starts. */
function windows(text: string, length: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (length > text.length) return out;
  // BASE^(length-1), to take the leaving character out of the hash.
  let top = 1;
  for (let i = 1; i < length; i++) top = Math.imul(top, BASE);
  let h = hashOf(text, 0, length);
  for (let start = 0; ; start++) {
    const list = out.get(h);
    if (list) {
      if (list.length < MAX_CANDIDATES) list.push(start);
    } else out.set(h, [start]);
    const next = start + length;
    if (next >= text.length) break;
    h = (Math.imul(h - Math.imul(text.charCodeAt(start), top), BASE) + text.charCodeAt(next)) | 0;
  }
  return out;
}

/** Keys are found by the hash of their first this many code units (shorter keys by their own length). */
const WINDOW = 24;
/**
 * Up to this many characters scanned in all (the text's length times the questions expected), the text is searched
 * directly: on an ordinary page (a 10 KB pick, some 50 blocks) scanning costs less than building the index.
 */
const DIRECT_MAX_WORK = 4_000_000;

/**
 * A membership test for substrings of `text`, as `text.includes(key)` answers it (an empty key is in every text),
 * for about `questions` questions.
 */
export function substringIndex(text: string, questions: number): (key: string) => boolean {
  if (text.length * questions <= DIRECT_MAX_WORK) return (key) => text.includes(key);
  const byLength = new Map<number, Map<number, number[]>>();
  return (key) => {
    if (!key) return true;
    if (key.length > text.length) return false;
    const length = Math.min(key.length, WINDOW);
    let index = byLength.get(length);
    if (!index) byLength.set(length, (index = windows(text, length)));
    const starts = index.get(hashOf(key, 0, length));
    return !!starts && starts.some((at) => text.startsWith(key, at));
  };
}
