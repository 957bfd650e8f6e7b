/**
 * npm run zip: dist/lucid-reader-<version>-<browser>.zip from dist/<browser>, reproducibly: entries sorted, every
 * timestamp fixed, same compression level, so the same build gives byte-identical archives (stores can compare).
 * Run after npm run build.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
// Local-time constructor: zip stores local DOS time, so this encodes 1980-01-01 00:00 in every time zone.
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Every file under dir as [posix relative path, bytes], sorted by path. */
export function collect(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => [relative(dir, file).split(sep).join('/'), readFileSync(file)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function zipDir(dir) {
  const entries = {};
  for (const [path, bytes] of collect(dir)) entries[path] = [new Uint8Array(bytes), { mtime: FIXED_TIME, level: 9 }];
  return zipSync(entries);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  for (const browser of ['chrome', 'firefox']) {
    const dir = join(DIST, browser);
    if (!existsSync(join(dir, 'manifest.json'))) {
      console.error(`${relative(ROOT, dir)} is missing: run npm run build first`);
      process.exit(1);
    }
    const out = join(DIST, `lucid-reader-${version}-${browser}.zip`);
    const zip = zipDir(dir);
    writeFileSync(out, zip);
    console.log(`${relative(ROOT, out)}  ${zip.length} bytes`);
  }
}
