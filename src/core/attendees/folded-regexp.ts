/**
 * A case-insensitive expression run as a case-sensitive one on the lowercased text. V8 compiles a long alternation
 * with the `i` and `u` flags into a far larger program: the role-title expressions took ~40 ms each on their first
 * use, ~11 ms without `i` — about 130 ms of the attendee pass on a page's first reading. The source's literals must
 * be lowercase. Matched text is read back from the original string, so callers see its case; where lowercasing
 * changes a text's length (a few letters such as "İ"), the `i` form runs instead.
 */
export class FoldedRegExp extends RegExp {
  /** The same pattern with `i`, for text whose length lowercasing changes. */
  readonly caseless: RegExp;
  private lastText: string | null = null;
  private lastLower = '';

  /** `source` is a pattern (or a FoldedRegExp, as String.prototype.matchAll clones it); `flags` without `i`. */
  constructor(source: string | RegExp, flags = '') {
    const pattern = typeof source === 'string' ? source : source.source;
    const plain = flags.replace('i', '');
    super(pattern, plain);
    this.caseless = new RegExp(pattern, `${plain}i`);
  }

  override exec(text: string): RegExpExecArray | null {
    // A global search calls exec once per match on the same text: it is lowercased once, not once per match.
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastLower = text.toLowerCase();
    }
    const lower = this.lastLower;
    if (lower.length !== text.length) {
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
        m[k] = text.slice(at, at + m[k]!.length);
      }
      m.input = text;
    }
    return m;
  }
}
