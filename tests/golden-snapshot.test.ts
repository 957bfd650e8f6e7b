/**
 * Golden snapshots: the current output for each fixture must equal tests/fixtures/<slug>/golden/<file> for
 * every entry of GOLDEN_OUTPUTS. Snapshots are only ever written by `npm run fixtures:update`, never here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/article';
import { extractFixture, fixturePath, listFixtures, readExpected } from './fixtures/fixture-files';
import { GOLDEN_OUTPUTS } from './fixtures/golden-outputs';

const UPDATE_HINT = 'run `npm run fixtures:update` and review the diff (git diff tests/fixtures) before committing';

for (const slug of listFixtures()) {
  describe(`golden ${slug}`, () => {
    const expected = readExpected(slug);
    let cached: Article | undefined;
    const article = (): Article => {
      if (!expected) throw new Error(`tests/fixtures/${slug}/ has no expected.json (it gives the page URL)`);
      return (cached ??= extractFixture(slug, expected.url));
    };

    for (const [file, render] of Object.entries(GOLDEN_OUTPUTS)) {
      it(`matches golden/${file}`, () => {
        const path = fixturePath(slug, 'golden', file);
        if (!existsSync(path)) throw new Error(`tests/fixtures/${slug}/golden/${file} is missing: ${UPDATE_HINT}`);
        expect(render(article()), `golden/${file} differs from the current output: ${UPDATE_HINT}`).toBe(
          readFileSync(path, 'utf8'),
        );
      });
    }
  });
}
