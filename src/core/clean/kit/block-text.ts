/**
 * Pure string helpers of the cleaning rules: one way to normalise and compare text, and to match labels against cue
 * phrases. Nothing here reads the tree: an element's text comes from the run (text-reader.ts), which caches it.
 */

export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** For equality of prose: lower case, NFC, punctuation, symbols and quote marks dropped, spaces collapsed. */
export function compareKey(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** For matching short labels against cue phrases: like compareKey, digits dropped too ("Comments (0)" → "comments"). */
export function labelKey(s: string): string {
  return compareKey(s.replace(/\d+/g, ' '));
}

/**
 * Cue phrases as label keys, computed once per cue list. A memo of constant data: a cue list is never changed once
 * built (cuesFor), so the keys are the same in every run and for every caller.
 */
const cueKeyCache = new WeakMap<readonly string[], string[]>();

function cueKeys(cues: readonly string[]): string[] {
  let keys = cueKeyCache.get(cues);
  if (!keys) {
    keys = cues.map(labelKey).filter(Boolean);
    cueKeyCache.set(cues, keys);
  }
  return keys;
}

/** Longer text is never a label. */
export const LABEL_MAX = 80;

/**
 * Whether a short label is one of the cue phrases: exactly, or the phrase followed by at most `slack` more
 * characters ("Xem thêm TP.Thanh Hóa" with slack ≥ 12). Long text is never a label.
 */
export function isCueLabel(text: string, cues: readonly string[], slack = 0): boolean {
  if (text.length > LABEL_MAX) return false;
  return labelKeyMatches(labelKey(text), cues, slack);
}

/** isCueLabel on a label key already computed ('' matches nothing). */
export function labelKeyMatches(key: string, cues: readonly string[], slack: number): boolean {
  if (!key) return false;
  for (const c of cueKeys(cues)) {
    if (key === c) return true;
    if (slack > 0 && key.length - c.length <= slack && key.startsWith(c + ' ')) return true;
  }
  return false;
}

/** Whether any cue phrase occurs in the text as whole words. */
export function containsCue(text: string, cues: readonly string[]): boolean {
  const key = ` ${labelKey(text)} `;
  return cueKeys(cues).some((c) => key.includes(` ${c} `));
}

export function truncate(s: string, max = 80): string {
  const t = collapse(s);
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** outer contains inner (or is it), by walking up from inner: O(depth), where some DOMs walk outer's subtree. */
export function within(inner: Node, outer: Node): boolean {
  for (let cur: Node | null = inner; cur; cur = cur.parentNode) if (cur === outer) return true;
  return false;
}
