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

/**
 * A token matches a hint exactly, plural, or with a numeric/version suffix ("comments", "tinlienquanv2", "ad1").
 * Read the other way round, so each token costs a few set lookups instead of a comparison with every hint: the
 * hints it could match are the token itself, the token less a final "s", and the token less each numeric suffix
 * ("v2", "2" of "tinlienquanv2"; "12", "2" of "ad12"; a "v" can only open the whole run of digits).
 */
function tokenMatches(t: string, hints: ReadonlySet<string>): boolean {
  if (hints.has(t) || (t.endsWith('s') && hints.has(t.slice(0, -1)))) return true;
  let digitsFrom = t.length;
  while (digitsFrom > 0 && isDigit(t.charCodeAt(digitsFrom - 1))) digitsFrom--;
  for (let cut = t.length - 1; cut >= digitsFrom; cut--) if (hints.has(t.slice(0, cut))) return true;
  return digitsFrom < t.length && digitsFrom > 0 && t[digitsFrom - 1] === 'v' && hints.has(t.slice(0, digitsFrom - 1));
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

export interface ClassReader {
  /** classWords(el), computed once per element in a run. */
  classTokens(el: Element): string[];
  /** Whether el's class/id words match one of the hints. */
  hasHint(el: Element, hints: readonly string[] | undefined): boolean;
}

/** The class words of one run: a rule may change the tree, so they are cached per run, not per module. */
export function classReader(): ClassReader {
  const cache = new WeakMap<Element, string[]>();
  const hintSets = new WeakMap<readonly string[], ReadonlySet<string>>();
  const hintSet = (hints: readonly string[]): ReadonlySet<string> => {
    let set = hintSets.get(hints);
    if (!set) {
      set = new Set(hints);
      hintSets.set(hints, set);
    }
    return set;
  };
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
      if (tokens.length === 0) return false;
      const set = hintSet(hints);
      return tokens.some((t) => tokenMatches(t, set));
    },
  };
}
