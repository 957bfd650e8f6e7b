/** class/id tokens as a supporting signal: "box_comment_tsv", "commentList" and "box-tinlienquanv2" all split into words. */

const cache = new WeakMap<Element, string[]>();

export function classTokens(el: Element): string[] {
  let tokens = cache.get(el);
  if (tokens) return tokens;
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  tokens = raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  cache.set(el, tokens);
  return tokens;
}

/** A token matches a hint exactly, plural, or with a numeric/version suffix ("comments", "tinlienquanv2", "ad1"). */
export function hasHint(el: Element, hints: readonly string[] | undefined): boolean {
  if (!hints || hints.length === 0) return false;
  const tokens = classTokens(el);
  if (tokens.length === 0) return false;
  return tokens.some((t) => hints.some((h) => t === h || t === `${h}s` || (t.startsWith(h) && /^v?\d+$/.test(t.slice(h.length)))));
}

/** The nearest element from el up to (not including) stop that carries one of the hints. */
export function closestHinted(el: Element, stop: Element, hints: readonly string[] | undefined): Element | null {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (hasHint(cur, hints)) return cur;
  }
  return null;
}
