/**
 * Scores the attendee finder's answers against annotated cases: name precision/recall/F1, role Jaccard and exact
 * parts over the people matched by name, people listed on reports without an event. Pure; used by
 * bench/attendees.ts and checked by score.test.ts.
 */
import type { Attendees } from '../../src/core/article';
import type { AttendeeCase } from './load-cases';

export interface Score {
  reports: number;
  found: number;
  extra: number;
  missed: number;
  precision: number;
  recall: number;
  f1: number;
  /** Mean role Jaccard over the matched people (1 when none matched). */
  roleJaccard: number;
  /** Share of matched people whose parts are exactly the expected ones. */
  partsExact: number;
  matched: number;
  nonEvents: number;
  /** People listed over the reports annotated as having no event. */
  peopleOnNonEvents: number;
  groupsExpected: number;
  groupsFoundExactly: number;
  groupsReturned: number;
}

export interface CaseOutcome {
  slug: string;
  /** "missing X", "extra X", "X: roles [...] parts a+b" (expected …). Empty when the answer is exact. */
  problems: string[];
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  const union = new Set([...A, ...B]);
  if (!union.size) return 1;
  return [...A].filter((x) => B.has(x)).length / union.size;
}

export function score(items: { c: AttendeeCase; result: Attendees | null }[]): { score: Score; outcomes: CaseOutcome[] } {
  let found = 0;
  let extra = 0;
  let missed = 0;
  let jaccardSum = 0;
  let partsExact = 0;
  let nonEvents = 0;
  let peopleOnNonEvents = 0;
  let groupsExpected = 0;
  let groupsFoundExactly = 0;
  let groupsReturned = 0;
  const outcomes: CaseOutcome[] = [];
  for (const { c, result } of items) {
    const got = result?.people ?? [];
    const expected = c.people ?? [];
    if (!c.people) {
      nonEvents++;
      peopleOnNonEvents += got.length;
    }
    const gotByName = new Map(got.map((p) => [p.name, p]));
    const problems: string[] = [];
    for (const e of expected) {
      const g = gotByName.get(e.name);
      if (!g) {
        missed++;
        problems.push(`missing ${e.name} (${JSON.stringify(e.roles)} ${e.parts.join('+')})`);
        continue;
      }
      found++;
      const j = jaccard(e.roles, g.roles);
      jaccardSum += j;
      const exact = [...e.parts].sort().join() === [...g.parts].sort().join();
      if (exact) partsExact++;
      if (j < 1 || !exact) {
        problems.push(`${e.name}: roles ${JSON.stringify(g.roles)} parts ${g.parts.join('+')}` +
          ` (expected ${JSON.stringify(e.roles)} ${e.parts.join('+')})`);
      }
    }
    const expectedNames = new Set(expected.map((p) => p.name));
    for (const g of got) {
      if (expectedNames.has(g.name)) continue;
      extra++;
      problems.push(`extra ${g.name} (${JSON.stringify(g.roles)} ${g.parts.join('+')})`);
    }
    groupsExpected += c.groups.length;
    groupsReturned += result?.groups.length ?? 0;
    groupsFoundExactly += (result?.groups ?? []).filter((g) => c.groups.includes(g)).length;
    outcomes.push({ slug: c.slug, problems });
  }
  const precision = found / (found + extra || 1);
  const recall = found / (found + missed || 1);
  return {
    score: {
      reports: items.length,
      found,
      extra,
      missed,
      precision,
      recall,
      f1: (2 * precision * recall) / (precision + recall || 1),
      roleJaccard: found ? jaccardSum / found : 1,
      partsExact: found ? partsExact / found : 1,
      matched: found,
      nonEvents,
      peopleOnNonEvents,
      groupsExpected,
      groupsFoundExactly,
      groupsReturned,
    },
    outcomes,
  };
}
