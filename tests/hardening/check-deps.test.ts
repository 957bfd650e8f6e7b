import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without types
import { unpinned } from '../../scripts/check-deps.mjs';

describe('check:deps', () => {
  it('flags ranges, tags, URLs and git refs, and accepts exact versions', () => {
    expect(unpinned({
      dependencies: { a: '1.2.3', b: '^1.2.3', c: '~1.2.3', d: 'latest', e: '>=1', f: '1.2.3-beta.1' },
      devDependencies: { g: 'git+https://x.example/g.git', h: '1.x', i: '*' },
    })).toEqual(['dependencies: b@^1.2.3', 'dependencies: c@~1.2.3', 'dependencies: d@latest', 'dependencies: e@>=1', 'devDependencies: g@git+https://x.example/g.git', 'devDependencies: h@1.x', 'devDependencies: i@*']);
  });

  it('passes on this project’s package.json', () => {
    expect(unpinned(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')))).toEqual([]);
  });
});
