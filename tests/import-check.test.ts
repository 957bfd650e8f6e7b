import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A small src/ tree that keeps every rule: front doors, shared code outside the pages' folders, no cycles. */
const GOOD: Record<string, string> = {
  'core/index.ts': "export { detect } from './detect';\nexport type * from './article';\n",
  'core/article.ts': 'export interface Article { title: string }\n',
  'core/detect.ts': "import type { Article } from './article';\nexport const detect = (a: Article) => a.title.length > 0;\n",
  'core/export/index.ts': "import type { Article } from '../article';\nexport const toText = (a: Article) => a.title;\n",
  'cli/main.ts': "import { detect } from '../core/index';\nimport { toText } from '../core/export/index';\nexport { detect, toText };\n",
  'extension/shortcut.ts': 'export const keys = "Alt+Shift+L";\n',
  'extension/background/index.ts': "import { keys } from '../shortcut';\nexport const k = keys;\n",
  'extension/popup/main.tsx': "import { keys } from '../shortcut';\nimport css from './popup.css?inline';\nexport const registry = () => import('../../core/export/index');\nexport { keys, css };\n",
  'extension/popup/popup.css': '.pp {}\n',
  'extension/options/main.tsx': "import type { Article } from '../../core/index';\nimport {\n  keys,\n} from '../shortcut';\nexport const a: Article | null = null;\nexport { keys };\n",
};

function check(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'lucid-imports-'));
  dirs.push(root);
  for (const [name, src] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), src);
  }
  return spawnSync(process.execPath, ['scripts/check-imports.mjs', root], { encoding: 'utf8' });
}

describe('import check (front doors, walls, no cycles)', () => {
  it('passes the real src/', () => {
    const r = spawnSync(process.execPath, ['scripts/check-imports.mjs'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('passes a tree that keeps every rule', () => {
    const r = check(GOOD);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails on the core imported past its front doors, statically, as a type or dynamically', () => {
    const r = check({
      ...GOOD,
      'cli/main.ts': "import { detect } from '../core/detect';\nexport { detect };\n",
      'extension/popup/view.tsx': "import type { Article } from '../../core/article';\nexport const load = () => import('../../core/detect');\nexport type A = Article;\n",
    });
    expect(r.status).toBe(1);
    for (const needle of ['cli/main.ts: imports the core past its front doors', 'popup/view.tsx: imports the core past its front doors', '"../../core/article"', '"../../core/detect"']) {
      expect(r.stderr).toContain(needle);
    }
  });

  it('fails when the popup or options imports background/, or options imports popup/', () => {
    const r = check({
      ...GOOD,
      'extension/popup/save.ts': "import { k } from '../background/index';\nexport { k };\n",
      'extension/options/view.tsx': "import { k } from '../background/index';\nimport { keys } from '../popup/main';\nexport { k, keys };\n",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('extension/popup/save.ts: popup imports background/');
    expect(r.stderr).toContain('extension/options/view.tsx: options imports background/');
    expect(r.stderr).toContain('extension/options/view.tsx: options imports popup/: "../popup/main"');
  });

  it('fails on an import cycle, type-only imports included', () => {
    const r = check({
      ...GOOD,
      'extension/popup/state.ts': "import type { Choice } from './adapter';\nexport interface State { choice: Choice }\n",
      'extension/popup/adapter.ts': "import type { State } from './state';\nexport type Choice = string;\nexport const of = (s: State) => s.choice;\n",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/import cycle: extension\/popup\/(adapter|state)\.ts -> extension\/popup\/(state|adapter)\.ts -> extension\/popup\/\1\.ts/);
  });

  it('fails on a longer cycle through index files', () => {
    const r = check({
      ...GOOD,
      'core/detect.ts': "import { toText } from './export/index';\nexport const detect = () => toText;\n",
      'core/export/index.ts': "import { detect } from '../index';\nexport const toText = () => detect;\n",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('import cycle:');
    expect(r.stderr).toContain('core/export/index.ts');
  });

  it('fails on a bare side-effect import, which sideEffects: false would drop', () => {
    const r = check({ ...GOOD, 'extension/background/index.ts': "import './listeners';\nexport const k = 1;\n", 'extension/background/listeners.ts': 'addEventListener("x", () => {});\n' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('extension/background/index.ts: imports "./listeners" for its side effects only');
  });
});
