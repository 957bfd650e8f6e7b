/**
 * The snippet metric of trafilatura's evaluation (its tests/comparison.py), summed over the corpus: a `with` snippet
 * found in the output is a true positive, missed a false negative; a `without` snippet found is a false positive,
 * absent a true negative. Both sides have their whitespace collapsed first. Pure: strings in, counts out.
 */

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface SnippetScores {
  precision: number;
  recall: number;
  f: number;
}

/** Runs of whitespace (any, as Python's str.split() sees it) become one space; ends trimmed. */
export const collapseWhitespace = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Whether collapsed `text` holds the snippet, collapsed too (an empty snippet is found everywhere, as in Python). */
const holds = (text: string, snippet: string): boolean => text.includes(collapseWhitespace(snippet));

export function scorePage(output: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): SnippetCounts {
  const text = collapseWhitespace(output);
  const kept = withSnippets.filter((s) => holds(text, s)).length;
  const leaked = withoutSnippets.filter((s) => holds(text, s)).length;
  return { tp: kept, fn: withSnippets.length - kept, fp: leaked, tn: withoutSnippets.length - leaked };
}

export function addCounts(pages: readonly SnippetCounts[]): SnippetCounts {
  const sum = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const c of pages) {
    sum.tp += c.tp;
    sum.fn += c.fn;
    sum.fp += c.fp;
    sum.tn += c.tn;
  }
  return sum;
}

/** P = TP/(TP+FP), R = TP/(TP+FN), F = 2TP/(2TP+FP+FN); NaN where a denominator is 0. */
export function snippetScores({ tp, fn, fp }: SnippetCounts): SnippetScores {
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), f: (2 * tp) / (2 * tp + fp + fn) };
}

/** The `with` snippets that `reference` contains and `output` does not (what a system loses against a peer). */
export function lostSnippets(reference: string, output: string, withSnippets: readonly string[]): string[] {
  const ref = collapseWhitespace(reference);
  const out = collapseWhitespace(output);
  return withSnippets.filter((s) => holds(ref, s) && !holds(out, s));
}
