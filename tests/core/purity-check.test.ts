import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function check(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'lucid-purity-'));
  dirs.push(root);
  for (const [name, src] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), src);
  }
  return spawnSync(process.execPath, ['scripts/check-core-purity.mjs', `${root}/`], { encoding: 'utf8' });
}

describe('core purity check (DESIGN.md: the one rule of the house)', () => {
  it('passes the real src/core', () => {
    const r = spawnSync(process.execPath, ['scripts/check-core-purity.mjs'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails on Node built-ins, the polyfill, preact, a Node DOM or the shells', () => {
    const r = check({
      'a.ts': "import { readFileSync } from 'node:fs';\n",
      'b.ts': "import browser from 'webextension-polyfill';\n",
      'c/d.ts': "export { h } from 'preact';\nimport { parseHTML } from 'linkedom';\n",
      'e.ts': "import { send } from '../extension/send';\n",
    });
    expect(r.status).toBe(1);
    for (const needle of ['a.ts: imports "node:fs"', 'b.ts: imports "webextension-polyfill"', 'd.ts: imports "preact"', 'd.ts: imports "linkedom"', 'e.ts: imports "../extension/send"']) {
      expect(r.stderr).toContain(needle);
    }
  });

  it('accepts pure imports', () => {
    const r = check({ 'a.ts': "import { Readability } from '@mozilla/readability';\nimport type { Article } from './article';\n" });
    expect(r.status).toBe(0);
  });
});
