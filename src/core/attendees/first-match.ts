import { buildCuePrefilter, cueStarts, type CuePrefilter } from './cue-prefilter';

/**
 * Where the first of several expressions matches in a text, at a word edge: what one alternation
 * `(?<![\p{L}\p{M}\p{N}])(?:a|b|…)` finds, without building it. The role stop is such a list (every non-lead cue of a
 * language and the words that end a role: 18,000 characters in English), which V8 took ~60 ms to compile on its first
 * use and tried at every position of every role read; here each expression runs only where one of the strings its
 * matches open with stands at a word edge (cue-prefilter.ts), sticky, and is built on first use.
 */
export class FirstMatch {
  private readonly filter: CuePrefilter;
  private readonly sticky: (RegExp | undefined)[] = [];

  /** `sources`: case-sensitive u-mode patterns, each matched as it is written (the text is not lowercased). */
  constructor(readonly sources: readonly string[]) {
    this.filter = buildCuePrefilter([...sources]);
  }

  /** The expression for `sources[i]`, sticky. */
  expression(i: number): RegExp {
    return (this.sticky[i] ??= new RegExp(this.sources[i]!, 'uy'));
  }

  /** The first word-edge position where one of the expressions matches, or -1. */
  indexIn(text: string): number {
    let first = -1;
    cueStarts(text, this.filter, this.sources.length).forEach((starts, i) => {
      if (!starts) return;
      const re = this.expression(i);
      for (const at of starts) {
        if (first >= 0 && at >= first) return;
        re.lastIndex = at;
        if (re.test(text)) {
          first = at;
          return;
        }
      }
    });
    return first;
  }

  test(text: string): boolean {
    return this.indexIn(text) >= 0;
  }
}
