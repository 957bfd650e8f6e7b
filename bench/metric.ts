/**
 * The Scrapinghub article-extraction benchmark metric (its evaluate.py), reimplemented so our scores compare with
 * the published table: `\w+` tokens, 4-token shingles as multisets, per-page tp/fp/fn normalised to sum 1,
 * precision and recall averaged over pages, F1 of those two means. Pure: strings in, numbers out.
 */

/** Python's Unicode `\w` is letters, numbers (any N* category) and "_"; combining marks split words in both. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_SIZE = 4;

export interface Token {
  text: string;
  /** Offsets in the source string, so unmatched shingles can be shown as the original text. */
  start: number;
  end: number;
}

export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of (text ?? '').matchAll(TOKEN_RE)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

export function tokenize(text: string): string[] {
  return (text ?? '').match(TOKEN_RE) ?? [];
}

/**
 * The overlapping n-token shingles, in order. Fewer than n tokens give one shingle of all of them; no tokens give
 * none (evaluate.py drops the empty tuple).
 */
export function shingleList(tokens: readonly string[], n = SHINGLE_SIZE): string[] {
  if (tokens.length === 0) return [];
  const out: string[] = [];
  const count = Math.max(1, tokens.length - n + 1);
  // U+0001 cannot occur inside a \w token, so joined shingles never collide.
  for (let i = 0; i < count; i++) out.push(tokens.slice(i, i + n).join('\u0001'));
  return out;
}

export function countShingles(shingles: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of shingles) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

export interface PageMatch {
  /** Normalised so tp + fp + fn = 1 (all 0 when both texts have no tokens). */
  tp: number;
  fp: number;
  fn: number;
  /** Token lists identical: the benchmark's "accuracy" counts these. */
  exact: boolean;
}

export function matchPage(truth: string, predicted: string): PageMatch {
  const trueTokens = tokenize(truth);
  const predTokens = tokenize(predicted);
  const t = countShingles(shingleList(trueTokens));
  const p = countShingles(shingleList(predTokens));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  const exact = trueTokens.length === predTokens.length && trueTokens.every((tok, i) => tok === predTokens[i]);
  if (sum > 0) return { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact };
  return { tp, fp, fn, exact };
}

export function precisionScore({ tp, fp, fn }: PageMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore({ tp, fp, fn }: PageMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Per-page F1, for ranking pages (not part of the official aggregate, which takes F1 of the means). */
export function pageF1(m: PageMatch): number {
  const p = precisionScore(m);
  const r = recallScore(m);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function summarize(pages: readonly PageMatch[]): Summary {
  // A page with nothing predicted has no precision; a page with nothing expected has no recall.
  const precision = mean(pages.filter((m) => m.tp + m.fp > 0).map(precisionScore));
  const recall = mean(pages.filter((m) => m.tp + m.fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = pages.length ? pages.filter((m) => m.exact).length / pages.length : 0;
  return { f1, precision, recall, accuracy, pages: pages.length };
}
