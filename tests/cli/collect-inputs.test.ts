import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/cli/collect-inputs';

describe('collectInputs: globs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lucid-glob-'));
    for (const f of ['b/2.html', 'a/1.html', 'a/deep/3.htm', 'a/note.txt', '.hidden/4.html', 'a/node_modules/5.html', 'c{1}.html']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '<p>x</p>');
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('matches ** across folders, leaves hidden files and node_modules out, and sorts', async () => {
    const { files, unmatched } = await collectInputs([join(dir, '**/*.htm*')]);
    expect(unmatched).toEqual([]);
    expect(files).toEqual(['a/1.html', 'a/deep/3.htm', 'b/2.html', 'c{1}.html'].map((f) => join(dir, f)));
  });

  it('matches * and ? within one folder only', async () => {
    expect((await collectInputs([join(dir, '?/*.html')])).files).toEqual(['a/1.html', 'b/2.html'].map((f) => join(dir, f)));
  });

  it('reports a glob that matches nothing', async () => {
    expect(await collectInputs([join(dir, 'z*/*.html')])).toEqual({ files: [], unmatched: [join(dir, 'z*/*.html')] });
  });
});
