#!/usr/bin/env node
/**
 * Fails when an import breaks a wall the architecture draws (DESIGN.md, "Layout"):
 *   - outside src/core, the core is imported only through its front doors, core/index.ts and core/export/index.ts,
 *     so the core can be rearranged inside without touching the extension or the CLI;
 *   - the popup and the options page never import background/ (code they share lives outside any page's folder),
 *     and the options page never imports popup/;
 *   - no import cycles in src/, type-only imports included (a cycle means two files are one concept, or one of
 *     them holds something a third file should);
 *   - no bare `import './x'` for side effects: package.json declares sideEffects: false (so the always-on detector
 *     keeps only what it uses from the core's front door), and the bundler would drop such an import silently.
 * Usage: node scripts/check-imports.mjs [src-dir]   (a synthetic tree in the unit tests)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'src'));
const FRONT_DOORS = new Set(['core/index.ts', 'core/export/index.ts']);
/** Static imports and re-exports (type-only too), side-effect imports, and import() (also in `typeof import(…)`). */
const IMPORTS = [
  /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g,
  /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];

function* sourceFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mjs|js)$/.test(name)) yield path;
  }
}

/** Path relative to src/, with forward slashes, for messages and rules. */
const name = (path) => relative(SRC, path).split(sep).join('/');

/** A relative specifier as the file it names (Vite's ?inline and other queries dropped), or null. */
function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function wallBroken(file, target) {
  if (target.startsWith('core/') && !file.startsWith('core/') && !FRONT_DOORS.has(target)) {
    return 'imports the core past its front doors (core/index.ts, core/export/index.ts)';
  }
  const page = /^extension\/(popup|options)\//.exec(file)?.[1];
  if (page && target.startsWith('extension/background/')) return `${page} imports background/`;
  if (page === 'options' && target.startsWith('extension/popup/')) return 'options imports popup/';
  return null;
}

const problems = [];
const graph = new Map();
const files = [...sourceFiles(SRC)];
for (const path of files) {
  const file = name(path);
  const code = readFileSync(path, 'utf8');
  const edges = new Set();
  IMPORTS.forEach((pattern, kind) => {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[1];
      if (!specifier.startsWith('.')) continue; // packages and node: built-ins are the purity check's business
      if (kind === 1) problems.push(`${file}: imports "${specifier}" for its side effects only (sideEffects: false drops it)`);
      const resolved = resolveImport(path, specifier);
      if (!resolved) continue; // tsc reports imports that do not resolve
      const target = name(resolved);
      const broken = wallBroken(file, target);
      if (broken) problems.push(`${file}: ${broken}: "${specifier}"`);
      edges.add(resolved);
    }
  });
  graph.set(path, [...edges]);
}

// Depth-first search: an edge back to a file still on the stack closes a cycle.
const state = new Map(); // path -> 'open' | 'done'
function visit(path, stack) {
  state.set(path, 'open');
  stack.push(path);
  for (const next of graph.get(path) ?? []) {
    if (state.get(next) === 'open') {
      const cycle = [...stack.slice(stack.indexOf(next)), next].map(name);
      problems.push(`import cycle: ${cycle.join(' -> ')}`);
    } else if (!state.has(next)) {
      visit(next, stack);
    }
  }
  stack.pop();
  state.set(path, 'done');
}
for (const path of graph.keys()) if (!state.has(path)) visit(path, []);

if (problems.length) {
  console.error(`Imports that break the architecture's walls (scripts/check-imports.mjs):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`imports: ok (${files.length} files under ${name(SRC) || 'src'}: front doors, walls, no cycles)`);
