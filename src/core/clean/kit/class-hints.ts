/** class/id tokens as a supporting signal: "box_comment_tsv", "commentList" and "box-tinlienquanv2" all split into words. */

/** The words of el's class and id attributes, lower case. */
function classWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A token matches a hint exactly, plural, or with a numeric/version suffix ("comments", "tinlienquanv2", "ad1"). */
function tokensMatch(tokens: readonly string[], hints: readonly string[]): boolean {
  return tokens.some((t) => hints.some((h) => t === h || t === `${h}s` || (t.startsWith(h) && /^v?\d+$/.test(t.slice(h.length)))));
}

export interface ClassReader {
  /** classWords(el), computed once per element in a run. */
  classTokens(el: Element): string[];
  /** Whether el's class/id words match one of the hints. */
  hasHint(el: Element, hints: readonly string[] | undefined): boolean;
}

/** The class words of one run: a rule may change the tree, so they are cached per run, not per module. */
export function classReader(): ClassReader {
  const cache = new WeakMap<Element, string[]>();
  const classTokens = (el: Element): string[] => {
    let tokens = cache.get(el);
    if (!tokens) {
      tokens = classWords(el);
      cache.set(el, tokens);
    }
    return tokens;
  };
  return {
    classTokens,
    hasHint(el, hints) {
      if (!hints || hints.length === 0) return false;
      const tokens = classTokens(el);
      return tokens.length > 0 && tokensMatch(tokens, hints);
    },
  };
}
