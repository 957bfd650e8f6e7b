import { firstTrue } from './first-true';
import type { Mention } from './mentions';

/**
 * Position queries over the mentions of one sentence, each answering exactly what a scan of the array in its order
 * would, without the scan: every cue used to search all the mentions, which was quadratic in a sentence holding
 * thousands of both. Running maxima and minima make the answers binary searches.
 */
export interface MentionIndex {
  /** The last mention (in order) that ends by `at`, or -1. */
  lastEndingBy(at: number): number;
  /** The first mention (in order) that starts at or after `at`, or -1. */
  firstStartingFrom(at: number): number;
  /** The first mention (in order) whose honorific or role starts by `p` and whose name starts at or after it. */
  covering(p: number): Mention | undefined;
  /** Is there a mention inside [from, to)? */
  anyWithin(from: number, to: number): boolean;
  /** Does a strong mention start exactly here? */
  strongAt(at: number): boolean;
}

export function indexMentions(mentions: Mention[]): MentionIndex {
  const n = mentions.length;
  // maxStart[i]: the largest start among mentions 0..i; minEnd[i] / minStart[i]: the smallest among i..n-1.
  const maxStart: number[] = [];
  const minEnd: number[] = new Array<number>(n + 1).fill(Infinity);
  const minStart: number[] = new Array<number>(n + 1).fill(Infinity);
  mentions.forEach((m, i) => maxStart.push(Math.max(m.start, i > 0 ? maxStart[i - 1]! : -Infinity)));
  for (let i = n - 1; i >= 0; i--) {
    minEnd[i] = Math.min(mentions[i]!.end, minEnd[i + 1]!);
    minStart[i] = Math.min(mentions[i]!.start, minStart[i + 1]!);
  }
  // Names come in the order of their start; should that ever not hold, `covering` falls back to the plain scan.
  const namesInOrder = mentions.every((m, i) => i === 0 || mentions[i - 1]!.span.start <= m.span.start);
  const strongStarts = new Set(mentions.filter((m) => m.strong).map((m) => m.start));

  const firstStartingFrom = (at: number): number => {
    const i = firstTrue(0, n, (k) => maxStart[k]! >= at);
    return i < n ? i : -1;
  };
  return {
    lastEndingBy: (at) => firstTrue(0, n, (k) => minEnd[k]! > at) - 1,
    firstStartingFrom,
    covering: (p) => {
      if (!namesInOrder) return mentions.find((x) => x.start <= p && p <= x.span.start);
      // Only names starting at or after p qualify; of those, the first whose mention starts by p.
      for (let i = firstTrue(0, n, (k) => mentions[k]!.span.start >= p); i < n && minStart[i]! <= p; i++) {
        if (mentions[i]!.start <= p) return mentions[i];
      }
      return undefined;
    },
    anyWithin: (from, to) => {
      const i = firstStartingFrom(from);
      if (i < 0) return false;
      for (let k = i; k < n && minEnd[k]! <= to; k++) if (mentions[k]!.start >= from && mentions[k]!.end <= to) return true;
      return false;
    },
    strongAt: (at) => strongStarts.has(at),
  };
}
