/**
 * Attendee-finder quality and speed over the golden fixtures and the annotated cases (expected paragraphs and
 * captions in, so extraction quality does not enter). Prints figures; it is not a test.
 *   npm run bench:attendees [-- --verbose]
 */
import type { Attendees } from '../src/core/article';
import { findAttendees } from '../src/core/attendees';
import { type AttendeeCase, loadAllCases } from '../tests/attendees/load-cases';

const verbose = process.argv.includes('--verbose');
const RUNS = 15;

const cases = loadAllCases();
let tp = 0;
let fp = 0;
let fn = 0;
let jaccardSum = 0;
let partsExact = 0;
let matched = 0;
let falsePeopleOnNonEvents = 0;
let nonEvents = 0;
let groupHits = 0;
let groupExpected = 0;
let groupFound = 0;
const times: number[] = [];

const jaccard = (a: string[], b: string[]): number => {
  const A = new Set(a);
  const B = new Set(b);
  const union = new Set([...A, ...B]);
  if (!union.size) return 1;
  return [...A].filter((x) => B.has(x)).length / union.size;
};

function run(c: AttendeeCase): Attendees | null {
  return findAttendees({ paragraphs: c.paragraphs, captions: c.captions, lang: c.lang });
}

for (const c of cases) run(c); // warm-up: compile the cue data once, as the extension would at first use

for (const c of cases) {
  const samples: number[] = [];
  let result: Attendees | null = null;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = run(c);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  times.push(samples[Math.floor(samples.length / 2)]!);

  const got = result?.people ?? [];
  const expected = c.people ?? [];
  if (!c.people) {
    nonEvents++;
    falsePeopleOnNonEvents += got.length;
  }
  const gotByName = new Map(got.map((p) => [p.name, p]));
  const problems: string[] = [];
  for (const e of expected) {
    const g = gotByName.get(e.name);
    if (!g) {
      fn++;
      problems.push(`missing ${e.name}`);
      continue;
    }
    tp++;
    matched++;
    jaccardSum += jaccard(e.roles, g.roles);
    const exact = [...e.parts].sort().join() === [...g.parts].sort().join();
    if (exact) partsExact++;
    if (jaccard(e.roles, g.roles) < 1 || !exact) {
      problems.push(`${e.name}: roles ${JSON.stringify(g.roles)} parts ${g.parts.join('+')}`);
    }
  }
  const expectedNames = new Set(expected.map((p) => p.name));
  for (const g of got) {
    if (!expectedNames.has(g.name)) {
      fp++;
      problems.push(`extra ${g.name}`);
    }
  }
  groupExpected += c.groups.length;
  groupFound += result?.groups.length ?? 0;
  groupHits += (result?.groups ?? []).filter((g) => c.groups.includes(g)).length;
  if (verbose && problems.length) console.log(`${c.slug}\n  ${problems.join('\n  ')}`);
}

const precision = tp / (tp + fp || 1);
const recall = tp / (tp + fn || 1);
const f1 = (2 * precision * recall) / (precision + recall || 1);
times.sort((a, b) => a - b);
const pct = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const fixtures = cases.filter((c) => c.source === 'fixture').length;

console.log(`attendees over ${cases.length} articles (${fixtures} fixtures, ${cases.length - fixtures} cases)`);
console.log(`  names      precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}` +
  `  (${tp} found, ${fp} extra, ${fn} missed)`);
console.log(`  roles      Jaccard ${(jaccardSum / (matched || 1)).toFixed(3)} (mean over ${matched} matched people)`);
console.log(`  parts      exact ${(partsExact / (matched || 1)).toFixed(3)}`);
console.log(`  non-events ${falsePeopleOnNonEvents} false people over ${nonEvents} articles without an event`);
console.log(`  groups     ${groupHits}/${groupExpected} expected found exactly, ${groupFound} returned (informative)`);
console.log(`  time       median ${pct(0.5).toFixed(2)} ms, p90 ${pct(0.9).toFixed(2)} ms per article`);
