import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs build script without a declaration file
import { zipDir } from '../../scripts/zip.mjs';

const dirs: string[] = [];
function tree(files: Record<string, string>, mtime: Date): string {
  const dir = mkdtempSync(join(tmpdir(), 'lucid-zip-'));
  dirs.push(dir);
  // Written in a scrambled order: the archive must not depend on it.
  for (const [path, text] of Object.entries(files).reverse()) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
    utimesSync(join(dir, path), mtime, mtime);
  }
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('zipDir', () => {
  const files = { 'manifest.json': '{"name":"x"}', 'icons/icon-16.png': 'png', 'assets/a.js': 'let a = 1;', 'b.js': 'b' };

  it('gives byte-identical archives for the same files, whatever their timestamps and creation order', () => {
    const a = zipDir(tree(files, new Date('2020-05-01T10:00:00Z')));
    const b = zipDir(tree(files, new Date('2024-12-31T23:59:59Z')));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('stores every file, with posix paths, sorted', () => {
    const unzipped = unzipSync(zipDir(tree(files, new Date())));
    expect(Object.keys(unzipped)).toEqual(['assets/a.js', 'b.js', 'icons/icon-16.png', 'manifest.json']);
    expect(new TextDecoder().decode(unzipped['assets/a.js'])).toBe('let a = 1;');
  });

  it('changes when a file changes', () => {
    const a = zipDir(tree(files, new Date(0)));
    const b = zipDir(tree({ ...files, 'b.js': 'c' }, new Date(0)));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
