/**
 * Turns the metric's unmatched shingles back into readable text: the contiguous runs of `source` that no shingle of
 * `other` accounts for. With source = prediction these are the extras (fp); with source = truth, the misses (fn).
 */
import { SHINGLE_SIZE, countShingles, shingleList, tokenize, tokenizeWithOffsets } from '../metric';

export interface TextRun {
  /** Number of tokens in the run. */
  tokens: number;
  /** The run as it appears in the source, whitespace collapsed, cut to maxChars. */
  text: string;
}

export function unmatchedRuns(source: string, other: string, limit = 3, maxChars = 200): TextRun[] {
  const tokens = tokenizeWithOffsets(source);
  const shingles = shingleList(
    tokens.map((t) => t.text),
    SHINGLE_SIZE,
  );
  const available = countShingles(shingleList(tokenize(other), SHINGLE_SIZE));
  // Same multiset semantics as the metric: each shingle of `other` can vouch for one occurrence, first come first served.
  const covered = new Array<boolean>(tokens.length).fill(false);
  shingles.forEach((s, i) => {
    const left = available.get(s) ?? 0;
    if (left === 0) return;
    available.set(s, left - 1);
    for (let j = i; j < Math.min(tokens.length, i + SHINGLE_SIZE); j++) covered[j] = true;
  });

  const runs: TextRun[] = [];
  let start = -1;
  for (let j = 0; j <= tokens.length; j++) {
    if (j < tokens.length && !covered[j]) {
      if (start < 0) start = j;
      continue;
    }
    if (start >= 0) {
      const raw = source.slice(tokens[start].start, tokens[j - 1].end).replace(/\s+/g, ' ');
      runs.push({ tokens: j - start, text: raw.length > maxChars ? `${raw.slice(0, maxChars - 1)}…` : raw });
      start = -1;
    }
  }
  return runs.sort((a, b) => b.tokens - a.tokens).slice(0, limit);
}
