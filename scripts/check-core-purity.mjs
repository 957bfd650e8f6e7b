#!/usr/bin/env node
// Fails when src/core imports anything that is not pure: browser extension APIs, UI, Node built-ins, a Node DOM,
// or the extension/CLI shells (DESIGN.md, "the one rule of the house").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = process.argv[2] ?? new URL('../src/core/', import.meta.url).pathname;
const FORBIDDEN = [
  /^webextension-polyfill$/, /^preact(\/|$)/, /^node:/, /^(fs|path|os|url|zlib|crypto|worker_threads|child_process|util|stream)(\/|$)/,
  /^jsdom$/, /^linkedom(\/|$)/, /(^|\/)\.\.\/(extension|cli|node)\//,
];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) yield p;
  }
}

const problems = [];
for (const file of files(ROOT)) {
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (FORBIDDEN.some((re) => re.test(spec))) problems.push(`src/core/${relative(ROOT, file)}: imports "${spec}"`);
  }
  if (/\b(chrome|browser)\.(runtime|tabs|storage|scripting)\b/.test(src)) problems.push(`src/core/${relative(ROOT, file)}: uses extension APIs`);
}
if (problems.length) {
  console.error(`The core must stay pure (DESIGN.md):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('core purity: ok');
