/** Property-based fuzzing with a fixed seed (replayable in CI); `npm run fuzz` runs longer with any seed. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { pageArb, soupArb } from './fuzz-arbitraries';
import { checkExtraction } from './fuzz-property';

const SEED = 20241009;

describe('fuzzing extractArticle', () => {
  it('random pages (nested hostile elements, URL and on* attributes, odd text): a valid sanitised Article or ExtractError', () => {
    fc.assert(fc.property(pageArb, checkExtraction), { seed: SEED, numRuns: 1000 });
  }, 120_000);

  it('random strings as whole documents: a valid sanitised Article or ExtractError', () => {
    fc.assert(fc.property(soupArb, checkExtraction), { seed: SEED, numRuns: 1000 });
  }, 120_000);
});
