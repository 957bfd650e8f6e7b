/**
 * The build's readerable-esm plugin: Readability-readerable.js, as installed, gets an ES export in place of its
 * CommonJS one and is otherwise unchanged; the rewritten module still answers like the original; a changed library
 * fails the build.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import readerableEsm from '../../scripts/vite-plugin-readerable-esm.mjs';

const require = createRequire(import.meta.url);
const path = require.resolve('@mozilla/readability/Readability-readerable.js');
const code = readFileSync(path, 'utf8');
const transform = (text: string, id = path) => (readerableEsm().transform as (c: string, i: string) => { code: string } | null)(text, id);

describe('readerable-esm build plugin', () => {
  it('swaps the CommonJS export for an ES one and changes nothing else', async () => {
    const out = transform(code)!.code;
    expect(out).not.toContain('module.exports');
    expect(out.trimEnd().endsWith('export default isProbablyReaderable;')).toBe(true);
    expect(out.slice(0, out.indexOf('export default'))).toBe(code.replaceAll('\r\n', '\n').slice(0, out.indexOf('export default')));
    // Loaded as an ES module, it is the same function as the CommonJS one.
    const esm = (await import(`data:text/javascript,${encodeURIComponent(out)}`)).default as (doc: Document) => boolean;
    const cjs = require('@mozilla/readability/Readability-readerable.js') as (doc: Document) => boolean;
    const long = `<p>${'A long paragraph of prose that keeps going so that it counts. '.repeat(8)}</p>`;
    const answers = [`<html><body>${long.repeat(6)}</body></html>`, '<html><body><p>short</p></body></html>'].map((html) => {
      const doc = parseHTML(html).document as unknown as Document;
      expect(esm(doc)).toBe(cjs(doc));
      return esm(doc);
    });
    expect(answers).toEqual([true, false]);
  });

  it("turns the package's index.js into ES imports, so nothing in a bundle require()s the readerable module", () => {
    const indexPath = require.resolve('@mozilla/readability');
    const index = readFileSync(indexPath, 'utf8');
    const out = transform(index, indexPath)!.code;
    expect(out).not.toMatch(/\brequire\(|module\.exports/);
    expect(out).toContain('import isProbablyReaderable from "./Readability-readerable.js";');
    expect(out).toContain('export { Readability, isProbablyReaderable };');
    expect(() => transform(index.replace('isProbablyReaderable,\n};', '};'), indexPath)).toThrow(/not the one/);
  });

  it('leaves other modules alone and fails loudly on a library whose export changed', () => {
    expect(transform(code, '/x/node_modules/other/index.js')).toBeNull();
    expect(() => transform(code.replace('module.exports = isProbablyReaderable;', 'module.exports = { isProbablyReaderable };'))).toThrow(/not the one/);
  });
});
