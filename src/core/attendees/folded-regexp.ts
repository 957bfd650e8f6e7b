/**
 * A case-insensitive expression run as a case-sensitive one on the lowercased text. V8 compiles a long alternation
 * with the `i` and `u` flags into a far larger program: the role-title expressions took ~40 ms each on their first
 * use, ~11 ms without `i` — about 130 ms of the attendee pass on a page's first reading. The source's literals must
 * be lowercase. Matched text is read back from the original string, so callers see its case; where lowercasing
 * changes a text's length (a few letters such as "İ"), the `i` form runs instead.
 */

/**
 * Where an anchored expression looks: `start` (`^…`) or `end` (`…\s*$`) of the text, and how far from there a match
 * can reach. Only that part is lowercased: an anchored test on a long text must not cost the text's length (a window
 * tested once per honorific of a run of thousands was quadratic).
 */
export interface FoldedAnchor {
  at: 'start' | 'end';
  reach: number;
}

const SPACE = /\s/u;

export class FoldedRegExp extends RegExp {
  /** The same pattern with `i`, for text whose length lowercasing changes: built on first need (rare letters such
   * as "İ"), since V8 parses an expression as it is built and the role-title ones are thousands of characters. */
  private caselessTwin: RegExp | undefined;
  private readonly pattern: string;
  private readonly anchor: FoldedAnchor | undefined;
  private lastText: string | null = null;
  private lastLower = '';

  /** `source` is a pattern (or a FoldedRegExp, as String.prototype.matchAll clones it); `flags` without `i`. */
  constructor(source: string | RegExp, flags = '', anchor?: FoldedAnchor) {
    const pattern = typeof source === 'string' ? source : source.source;
    const plain = flags.replace('i', '');
    super(pattern, plain);
    this.pattern = pattern;
    this.anchor = anchor ?? (source instanceof FoldedRegExp ? source.anchor : undefined);
  }

  get caseless(): RegExp {
    return (this.caselessTwin ??= new RegExp(this.pattern, `${this.flags}i`));
  }

  /** Copies matchAll searched with before, free again (see below). */
  private readonly spare: FoldedRegExp[] = [];

  /**
   * As String.prototype.matchAll, which searches with a copy so that this expression's lastIndex stays as it was:
   * the copy is taken from `spare` rather than built each time (building one from a role-title alternation of
   * thousands of characters, and its `i` twin, was a tenth of the attendee pass: roles are read before every name).
   */
  override *[Symbol.matchAll](text: string): IterableIterator<RegExpMatchArray> {
    const copy = this.spare.pop() ?? new FoldedRegExp(this, this.flags);
    try {
      copy.lastIndex = 0;
      for (let m = copy.exec(text); m; m = copy.exec(text)) {
        if (m[0] === '') copy.lastIndex += (text.codePointAt(copy.lastIndex) ?? 0) > 0xffff ? 2 : 1;
        yield m;
        if (!copy.global) return;
      }
    } finally {
      this.spare.push(copy);
    }
  }

  override exec(text: string): RegExpExecArray | null {
    const offset = this.anchor ? this.windowStart(text) : 0;
    const part = this.anchor ? text.slice(offset, this.anchor.at === 'start' ? this.anchor.reach : text.length) : text;
    // A global search calls exec once per match on the same text: it is lowercased once, not once per match.
    if (part !== this.lastText) {
      this.lastText = part;
      this.lastLower = part.toLowerCase();
    }
    const lower = this.lastLower;
    if (lower.length !== part.length) {
      this.caseless.lastIndex = this.lastIndex;
      const m = this.caseless.exec(text);
      this.lastIndex = this.caseless.lastIndex;
      return m;
    }
    const m = super.exec(lower);
    if (m) {
      const whole = m[0];
      for (let k = 0; k < m.length; k++) {
        if (m[k] === undefined) continue;
        // Groups' offsets are not kept without the d flag: a group is read back where its text occurs in the match.
        const at = k === 0 ? m.index : m.index + whole.indexOf(m[k]!);
        m[k] = part.slice(at, at + m[k]!.length);
      }
      m.index += offset;
      m.input = text;
    }
    return m;
  }

  /** For an end anchor: `reach` characters before the text's trailing spaces (which the match may run through). */
  private windowStart(text: string): number {
    if (this.anchor!.at === 'start') return 0;
    let end = text.length;
    while (end > 0 && SPACE.test(text[end - 1]!)) end--;
    return Math.max(0, end - this.anchor!.reach);
  }
}
