/** Applies the registered rules of one phase within a run, and turns what they removed into reports. */
import type { RemovedReport } from '../../article';
import type { CleanRun } from './run';
import type { CleanContext, CleanRule, Phase } from './rule';
import { truncate } from './block-text';

const MAX_EXAMPLES = 3;

/**
 * Applies, in order, the rules that run in `phase`; reports only the rules that removed something. The run is the
 * caller's (one per tree state: see run.ts), so a pre-pass that reads the same tree can share its caches.
 */
export function runRules(rules: readonly CleanRule[], phase: Phase, root: Element, ctx: CleanContext, run: CleanRun, trace?: (stage: string) => void): RemovedReport[] {
  const ruleCtx = { ...ctx, run };
  const reports: RemovedReport[] = [];
  for (const r of rules) {
    const apply = r[phase];
    if (!apply) continue;
    const removed = apply(root, ruleCtx);
    trace?.(`${phase} ${r.name}`);
    if (removed.length === 0) continue;
    reports.push({ rule: r.name, count: removed.length, examples: examplesOf(removed) });
  }
  return mergeReports(reports);
}

function examplesOf(removed: string[]): string[] {
  return removed.filter((t) => t.trim()).slice(0, MAX_EXAMPLES).map((t) => truncate(t));
}

/** Joins reports of the same rule (a rule may run before and after Readability), keeping the first order. */
export function mergeReports(...lists: RemovedReport[][]): RemovedReport[] {
  const byName = new Map<string, RemovedReport>();
  for (const report of lists.flat()) {
    const seen = byName.get(report.rule);
    if (!seen) {
      byName.set(report.rule, { ...report, examples: [...report.examples] });
      continue;
    }
    seen.count += report.count;
    seen.examples = [...seen.examples, ...report.examples].slice(0, MAX_EXAMPLES);
  }
  return [...byName.values()];
}
