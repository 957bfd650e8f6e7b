/** Text helpers shared by the cleaning rules: one way to read, normalise and compare block text. */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Whitespace-collapsed text a reader would see (script/style/template contents left out). */
export function textOf(el: Element): string {
  return collapse(rawText(el));
}

function rawText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  if (SKIP.has((node as Element).tagName.toUpperCase())) return '';
  // Fast path: no skipped descendants, so the native textContent is the same text.
  if (!(node as Element).querySelector('script,style,noscript,template')) return node.textContent ?? '';
  let out = '';
  for (const child of Array.from(node.childNodes)) out += rawText(child);
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

/**
 * Whether a short label is one of the cue phrases: exactly, or the phrase followed by at most `slack` more
 * characters ("Xem thêm TP.Thanh Hóa" with slack ≥ 12). Long text is never a label.
 */
export function isCueLabel(text: string, cues: readonly string[], slack = 0): boolean {
  if (text.length > 80) return false;
  const key = labelKey(text);
  if (!key) return false;
  for (const cue of cues) {
    const c = labelKey(cue);
    if (!c) continue;
    if (key === c) return true;
    if (slack > 0 && key.startsWith(c + ' ') && key.length - c.length <= slack) return true;
  }
  return false;
}

/** Whether any cue phrase occurs in the text as whole words. */
export function containsCue(text: string, cues: readonly string[]): boolean {
  const key = ` ${labelKey(text)} `;
  return cues.some((cue) => {
    const c = labelKey(cue);
    return c.length > 0 && key.includes(` ${c} `);
  });
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
