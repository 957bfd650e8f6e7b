/**
 * Attendee-finder quality and speed, per split and language (expected paragraphs and captions in, so extraction
 * quality does not enter). Prints figures; it is not a test.
 *   npm run bench:attendees [-- --verbose] [-- --finder DIR] [-- --only dev,fixtures]
 * --finder DIR scores the finder of another checkout (DIR/src/core/attendees) on this checkout's cases, so an earlier
 * commit's figures come from the same command: `git worktree add /tmp/base <commit>` then `--finder /tmp/base`.
 * Splits: the existing cases and golden fixtures, the corpus development part, the corpus test part. The test part
 * prints aggregates only, even with --verbose: it judges the finder and must not become what it is tuned on.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Attendees } from '../src/core/article';
import { findAttendees as ownFinder } from '../src/core/attendees';
import { type AttendeeCase, loadAllCases, loadCorpus } from '../tests/attendees/load-cases';
import { score } from '../tests/attendees/score';

const verbose = process.argv.includes('--verbose');
const finderAt = process.argv.indexOf('--finder');
const findAttendees: typeof ownFinder = finderAt > 0
  ? ((await import(pathToFileURL(resolve(process.argv[finderAt + 1] ?? '.', 'src/core/attendees/index.ts')).href)) as { findAttendees: typeof ownFinder }).findAttendees
  : ownFinder;
if (finderAt > 0) console.log(`finder: ${resolve(process.argv[finderAt + 1] ?? '.')}/src/core/attendees`);
const onlyAt = process.argv.indexOf('--only');
// --only dev: the split one works from, run alone (quicker, and the test part stays unread while tuning).
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
const RUNS = 15;

const run = (c: AttendeeCase): Attendees | null =>
  findAttendees({ paragraphs: c.paragraphs, captions: c.captions, lang: c.lang });

const splits: { name: string; cases: AttendeeCase[]; details: boolean }[] = [
  { name: 'existing cases + fixtures', cases: loadAllCases(), details: true },
  { name: 'corpus dev', cases: loadCorpus('dev'), details: true },
  { name: 'corpus test', cases: loadCorpus('test'), details: false },
].filter((s) => !only || only.split(',').some((o) => s.name.endsWith(o)));

// The first call per language in this process compiles that language's cue expressions: what a reader's first
// press pays (the extractor is a fresh script on every page). Then the warm-up, as the extension would at first use.
const firstCalls = new Map<string, number>();
for (const s of splits) {
  for (const c of s.cases) {
    if (firstCalls.has(c.lang)) continue;
    const t0 = performance.now();
    run(c);
    firstCalls.set(c.lang, performance.now() - t0);
  }
}
console.log(`first call in a fresh process (compiles the cues): ${[...firstCalls].map(([lang, ms]) => `${lang} ${ms.toFixed(1)} ms`).join(', ')}`);
for (const s of splits) for (const c of s.cases) run(c);

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
};
const f = (x: number): string => x.toFixed(3);

const allTimes: number[] = [];
for (const split of splits) {
  console.log(`\n== ${split.name}: ${split.cases.length} reports`);
  if (!split.cases.length) {
    console.log('  (none)');
    continue;
  }
  for (const lang of [...new Set(split.cases.map((c) => c.lang))].sort()) {
    const cases = split.cases.filter((c) => c.lang === lang);
    const times: number[] = [];
    const items = cases.map((c) => {
      const samples: number[] = [];
      let result: Attendees | null = null;
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        result = run(c);
        samples.push(performance.now() - t0);
      }
      times.push(median(samples));
      return { c, result };
    });
    allTimes.push(...times);
    const { score: s, outcomes } = score(items);
    console.log(`  [${lang}] ${s.reports} reports`);
    console.log(`    names      precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}` +
      `  (${s.found} found, ${s.extra} extra, ${s.missed} missed)`);
    console.log(`    roles      Jaccard ${f(s.roleJaccard)} (mean over ${s.matched} matched people)`);
    console.log(`    parts      exact ${f(s.partsExact)}`);
    console.log(`    non-events ${s.peopleOnNonEvents} people listed over ${s.nonEvents} reports without an event`);
    console.log(`    groups     ${s.groupsFoundExactly}/${s.groupsExpected} expected found exactly, ` +
      `${s.groupsReturned} returned (informative)`);
    console.log(`    time       median ${median(times).toFixed(2)} ms per report`);
    if (verbose && split.details) {
      for (const o of outcomes) if (o.problems.length) console.log(`    ${o.slug}\n      ${o.problems.join('\n      ')}`);
    }
  }
}
console.log(`\nall reports: median ${median(allTimes).toFixed(2)} ms per report`);
