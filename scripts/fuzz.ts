/**
 * Long fuzzing runs of extractArticle (the CI test runs a fixed seed): `npm run fuzz -- [--seed N] [--runs N]`.
 * Prints cases run, failures found and the seed to replay; exits 1 on a failure.
 *
 * `npm run fuzz -- --time [--size N]` instead times the core on the big adversarial inputs of the time tests at
 * N characters (default 2,000,000): the attendee finder on each hostile paragraph, and extractArticle on each
 * hostile page (parsed first; the parse is the caller's, not the core's), with its slowest stages. It prints the
 * figures, marking those over 2 s; the growth tests (tests/hardening/time-*.test.ts) are what fail on a regression.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { findAttendees } from '../src/core/attendees';
import { ExtractError, extractArticle } from '../src/core/extract';
import { ATTENDEE_SHAPES, PAGE_SHAPES } from '../tests/hardening/fuzz-big-text';
import { pageArb, soupArb } from '../tests/hardening/fuzz-arbitraries';
import { checkExtraction } from '../tests/hardening/fuzz-property';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
if (process.argv.includes('--time')) {
  timeCore(Number(arg('size') ?? 2_000_000));
  process.exit(0);
}

const seed = Number(arg('seed') ?? Math.floor(Math.random() * 2 ** 31));
const runs = Number(arg('runs') ?? 5000);
if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run fuzz -- [--seed <integer>] [--runs <integer>]');
  process.exit(2);
}

let failures = 0;
const started = performance.now();
for (const [name, arb] of [['pages', pageArb], ['soup', soupArb]] as const) {
  const result = fc.check(fc.property(arb, checkExtraction), { seed, numRuns: runs });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    failures++;
    console.log(`${name}: FAILED after ${result.numRuns} cases (${seconds} s); replay with --seed ${seed}`);
    console.log(`  counterexample: ${JSON.stringify(result.counterexample)}`);
    console.log(`  error: ${String(result.errorInstance)}`);
  } else {
    console.log(`${name}: ${result.numRuns} cases, no failure (${seconds} s)`);
  }
}
console.log(`seed ${seed}, ${runs} runs per property, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);

function timeCore(size: number): void {
  const LIMIT_MS = 2000;
  let over = 0;
  let total = 0;
  const row = (name: string, ms: number, detail: string) => {
    total++;
    if (ms > LIMIT_MS) over++;
    console.log(`${ms > LIMIT_MS ? '!' : ' '} ${(ms / 1000).toFixed(2).padStart(6)} s  ${name}${detail ? `  (${detail})` : ''}`);
  };
  console.log(`attendee finder, one hostile paragraph of ${size.toLocaleString('en')} characters:`);
  for (const shape of ATTENDEE_SHAPES) {
    const input = { ...shape.make(size), lang: shape.lang };
    const t = performance.now();
    const found = findAttendees(input);
    row(shape.name, performance.now() - t, `${found?.people.length ?? 0} people`);
  }
  console.log(`extractArticle, hostile pages of about ${size.toLocaleString('en')} characters (parse not counted):`);
  for (const shape of PAGE_SHAPES) {
    const html = shape.make(size);
    const document = parseHTML(html).document as unknown as Document;
    const stages = new Map<string, number>();
    let last = performance.now();
    const start = last;
    const trace = (stage: string) => {
      const now = performance.now();
      stages.set(stage, now - last);
      last = now;
    };
    let outcome: string;
    try {
      const a = extractArticle(document, 'https://fuzz.example/2024/10/09/a-hostile-page/', { html: false, trace });
      outcome = `${a.paragraphs.length} paragraphs, ${a.attendees?.people.length ?? 0} people`;
    } catch (err) {
      if (!(err instanceof ExtractError)) throw err;
      outcome = `refused: ${err.code}`;
    }
    trace('attendees and the rest');
    const slowest = [...stages].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([st, ms]) => `${st} ${(ms / 1000).toFixed(2)} s`);
    row(shape.name, performance.now() - start, `${outcome}; ${slowest.join(', ')}`);
  }
  console.log(`${over} of ${total} over ${LIMIT_MS / 1000} s`);
}
