/** Plain-text formatting for the bench output: aligned tables, timing percentiles, the worst-pages list. */
import { pageF1, precisionScore, recallScore, type PageMatch } from '../metric';
import { unmatchedRuns } from './shingle-diff';

/** Nearest-rank percentile (q in 0..1) of unsorted values. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '))
    .join('\n');
}

export const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '–');
export const ms1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '–');

export interface PageDetail {
  id: string;
  url: string;
  truth: string;
  predicted: string;
  match: PageMatch;
  error?: string;
}

/** One page as evidence: its scores and the largest runs of text the system added or dropped. */
export function describePage(d: PageDetail, snippets = 3): string {
  const lines = [
    `${d.id.slice(0, 12)}  F1 ${f3(pageF1(d.match))}  P ${d.match.tp + d.match.fp > 0 ? f3(precisionScore(d.match)) : '– (empty output)'}  R ${f3(recallScore(d.match))}` +
      `  ${d.url}`,
  ];
  if (d.error) lines.push(`  error: ${d.error}`);
  for (const run of unmatchedRuns(d.predicted, d.truth, snippets)) lines.push(`  + extra   [${run.tokens} w] ${run.text}`);
  for (const run of unmatchedRuns(d.truth, d.predicted, snippets)) lines.push(`  - missing [${run.tokens} w] ${run.text}`);
  return lines.join('\n');
}

/**
 * How much slower `name` is than `base`, over the pages where neither failed: the ratio of the summed times, and
 * the median of the per-page ratios.
 */
export function timeRatio(
  outcomes: readonly Record<string, { ms: number; error?: string }>[],
  name: string,
  base: string,
): { total: number; median: number; pages: number } {
  const both = outcomes.filter((o) => o[name] && o[base] && !o[name].error && !o[base].error);
  const total = (n: string) => both.reduce((acc, o) => acc + o[n].ms, 0);
  return {
    total: total(name) / total(base),
    median: percentile(
      both.map((o) => o[name].ms / o[base].ms),
      0.5,
    ),
    pages: both.length,
  };
}
