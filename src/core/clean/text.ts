/** Text helpers shared by the cleaning rules: one way to read, normalise and compare block text. */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * While rules run (see `withTextCache`), each element's raw text is computed once, bottom-up from its children,
 * instead of once per rule and per ancestor; removals drop the cached text of the removed block's ancestors.
 */
let raw: WeakMap<Element, string> | null = null;
let shown: WeakMap<Element, string> | null = null;
let labels: WeakMap<Element, string> | null = null;

export function withTextCache<T>(fn: () => T): T {
  if (raw) return fn();
  raw = new WeakMap();
  shown = new WeakMap();
  labels = new WeakMap();
  try {
    return fn();
  } finally {
    raw = null;
    shown = null;
    labels = null;
  }
}

/** Whether a run's caches are active (views of the tree may then be reused until the next removal). */
export function cachingText(): boolean {
  return raw !== null;
}

/** Forget cached text of el and its ancestors (el is about to change or leave the tree). */
export function forgetText(el: Element): void {
  if (!raw || !shown) return;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    raw.delete(cur);
    shown.delete(cur);
    labels?.delete(cur);
  }
}

/** Whitespace-collapsed text a reader would see (script/style/template contents left out). */
export function textOf(el: Element): string {
  const hit = shown?.get(el);
  if (hit !== undefined) return hit;
  const text = collapse(rawText(el));
  shown?.set(el, text);
  return text;
}

/** Length of the uncollapsed text: a cheap upper bound of textOf(el).length. */
export function rawLength(el: Element): number {
  return rawText(el).length;
}

function rawText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (SKIP.has(el.tagName.toUpperCase())) return '';
  if (!raw) {
    // Outside a run, no cache: the native text is right when nothing is to be skipped.
    if (!el.querySelector('script,style,noscript,template')) return el.textContent ?? '';
  } else {
    const hit = raw.get(el);
    if (hit !== undefined) return hit;
  }
  let out = '';
  for (let child = el.firstChild; child; child = child.nextSibling) out += rawText(child);
  raw?.set(el, out);
  return out;
}

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

const cueKeyCache = new WeakMap<readonly string[], string[]>();

/** Cue phrases as label keys, computed once per cue list. */
function cueKeys(cues: readonly string[]): string[] {
  let keys = cueKeyCache.get(cues);
  if (!keys) {
    keys = cues.map(labelKey).filter(Boolean);
    cueKeyCache.set(cues, keys);
  }
  return keys;
}

const LABEL_MAX = 80;

/**
 * Whether a short label is one of the cue phrases: exactly, or the phrase followed by at most `slack` more
 * characters ("Xem thêm TP.Thanh Hóa" with slack ≥ 12). Long text is never a label.
 */
export function isCueLabel(text: string, cues: readonly string[], slack = 0): boolean {
  if (text.length > LABEL_MAX) return false;
  return keyMatches(labelKey(text), cues, slack);
}

/** An element's label key ('' when its text is too long to be a label), cached during a run. */
export function labelKeyOf(el: Element): string {
  let key = labels?.get(el);
  if (key === undefined) {
    // Raw text far longer than a label (even allowing for indentation) is not collapsed at all.
    const text = rawLength(el) > LABEL_MAX * 5 ? '' : textOf(el);
    key = text.length > LABEL_MAX ? '' : labelKey(text);
    labels?.set(el, key);
  }
  return key;
}

/** isCueLabel on an element's text, with the label key cached during a run. */
export function isCueLabelEl(el: Element, cues: readonly string[], slack = 0): boolean {
  return keyMatches(labelKeyOf(el), cues, slack);
}

function keyMatches(key: string, cues: readonly string[], slack: number): boolean {
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

/** Share of the text that sits inside links (0 when there is no text). */
export function linkDensity(el: Element, text = textOf(el)): number {
  if (!text) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textOf(a).length;
  return Math.min(1, linked / text.length);
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
