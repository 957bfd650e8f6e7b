/**
 * Issue #14, "Time": extractArticle on big adversarial pages (fuzz-big-text.ts: one huge paragraph, punctuation
 * runs, deep lists, thousands of sentences and names, bait for every cleaning rule) grows linearly, stage by
 * stage. Each page is read at 16 KB and at 128 KB in the same run; every stage the core reports through `trace`
 * (each cleaning rule, Readability, the text, and what follows: attendees) is timed on its own, so a quadratic
 * rule cannot hide behind the linear bulk of the others. A stage fails when its time grows more than 20 times for
 * 8 times the page, by medians and by fastest runs, in every round. `npm run fuzz -- --time` prints 2 MB figures.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ExtractError, extractArticle } from '../../src/core/extract';
import { PAGE_SHAPES } from './fuzz-big-text';
import { describeGrowth, type Growth, growthOf, isLinear } from './time-growth';

const SMALL = 16_000;
const FACTOR = 8;
const URL_ = 'https://ledger.example/2024/10/09/a-hostile-page/';
const AFTER = 'after content-text (attendees, counts)';
/** A stage under 5 ms on the large page is noise here (a quadratic one is far above it at 128 KB). */
const FLOOR_MS = 5;
const linear = (g: Growth) => isLinear(g, 20, FLOOR_MS);

/** Milliseconds per stage of one extraction (the page is parsed beforehand; extraction works on a clone). */
function stageTimes(document: Document): Map<string, number> {
  const times = new Map<string, number>();
  let last = performance.now();
  const mark = (stage: string) => {
    const now = performance.now();
    times.set(stage, (times.get(stage) ?? 0) + now - last);
    last = now;
  };
  try {
    extractArticle(document, URL_, { html: false, trace: mark });
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
  }
  mark(AFTER);
  return times;
}

/** Per stage: medians and minima over `runs` interleaved pairs of extractions. */
function stageGrowth(small: Document, large: Document, runs: number): Map<string, Growth> {
  const s = new Map<string, number[]>();
  const l = new Map<string, number[]>();
  const add = (into: Map<string, number[]>, times: Map<string, number>) => {
    for (const [stage, ms] of times) into.set(stage, [...(into.get(stage) ?? []), ms]);
  };
  for (let i = 0; i < runs; i++) {
    add(s, stageTimes(small));
    add(l, stageTimes(large));
  }
  const out = new Map<string, Growth>();
  for (const [stage, ls] of l) out.set(stage, growthOf(s.get(stage) ?? [0], ls));
  return out;
}

describe('extractArticle grows linearly, stage by stage, on big adversarial pages', () => {
  it.each(PAGE_SHAPES.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
    const small = parseHTML(shape.make(SMALL)).document as unknown as Document;
    const large = parseHTML(shape.make(SMALL * FACTOR)).document as unknown as Document;
    stageTimes(small); // warm-up
    // A quick pair screens every stage; suspects are measured again, and fail only if every round agrees.
    let suspects = [...stageGrowth(small, large, 1)].filter(([, g]) => !linear(g));
    for (let round = 0; round < 3 && suspects.length > 0; round++) {
      const again = stageGrowth(small, large, 3);
      suspects = suspects.filter(([stage]) => {
        const g = again.get(stage);
        return g !== undefined && !linear(g);
      }).map(([stage]) => [stage, again.get(stage)!]);
    }
    expect(suspects.map(([stage, g]) => `${stage}: ${describeGrowth(g)}`)).toEqual([]);
  }, 600_000);
});
