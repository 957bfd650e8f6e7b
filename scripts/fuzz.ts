/**
 * Long fuzzing runs of extractArticle (the CI test runs a fixed seed): `npm run fuzz -- [--seed N] [--runs N]`.
 * Prints cases run, failures found and the seed to replay; exits 1 on a failure.
 */
import fc from 'fast-check';
import { pageArb, soupArb } from '../tests/hardening/fuzz-arbitraries';
import { checkExtraction } from '../tests/hardening/fuzz-property';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
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
