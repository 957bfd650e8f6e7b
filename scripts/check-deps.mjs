/**
 * Supply chain: every dependency in package.json is pinned to one exact version (no ^, ~, ranges, tags, URLs
 * or git refs), so an install cannot silently pick up a new release. Exits 1 listing the unpinned ones.
 */
import { readFileSync } from 'node:fs';

const EXACT = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export function unpinned(pkg) {
  const bad = [];
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
    for (const [name, spec] of Object.entries(pkg[field] ?? {})) {
      if (!EXACT.test(spec)) bad.push(`${field}: ${name}@${spec}`);
    }
  }
  return bad;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2] ?? new URL('../package.json', import.meta.url);
  const bad = unpinned(JSON.parse(readFileSync(path, 'utf8')));
  if (bad.length) {
    console.error(`Dependencies not pinned to an exact version:\n  ${bad.join('\n  ')}`);
    process.exit(1);
  }
  console.log('check:deps: every dependency is pinned to an exact version');
}
