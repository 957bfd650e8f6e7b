// @vitest-environment jsdom
// jsdom: Readability must behave the same with its innerHTML writes rewritten, on a spec HTML parser.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { build } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import libraryHtmlSinks, { HELPER_PATH, REWRITES, findSinks, rewriteLibrary } from '../../scripts/vite-plugin-library-html-sinks.mjs';
import { setInnerHtml } from '../../src/extension/inert-html';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NODE_MODULES = join(ROOT, 'node_modules');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const modules = [...new Set(REWRITES.map((r) => r.module))];
const installed = (module: string) => ({ path: join(NODE_MODULES, module), code: readFileSync(join(NODE_MODULES, module), 'utf8') });

describe('rewriteLibrary on the installed libraries', () => {
  for (const module of modules) {
    it(`${module}: every innerHTML write becomes a setInnerHtml call, and nothing else changes`, () => {
      const { path, code } = installed(module);
      expect(findSinks(code).length, 'the library as shipped has sinks').toBeGreaterThan(0);
      const out = rewriteLibrary(code, path)!;
      expect(findSinks(out)).toEqual([]);
      const expectedCalls = REWRITES.filter((r) => r.module === module).reduce((n, r) => n + r.count, 0);
      expect(out.split('__lucidSetInnerHtml(').length - 1).toBe(expectedCalls);
      expect(out).toContain(JSON.stringify(HELPER_PATH));
      // Outside the rewritten sites the code is untouched.
      const undo = REWRITES.filter((r) => r.module === module).reduce((s, r) => s.split(r.replace).join(r.find), out);
      expect(undo.slice(undo.indexOf('\n') + 1)).toBe(code);
    });
  }

  it('fails loudly when a library update changed a rewritten site', () => {
    const { path, code } = installed('@mozilla/readability/Readability.js');
    const changed = code.replace('page.innerHTML = pageCacheHtml;', 'page.innerHTML = this._pageCache;');
    expect(() => rewriteLibrary(changed, path)).toThrow(/Readability\.js: expected 1 × "page\.innerHTML = pageCacheHtml;".*found 0/);
    const doubled = code.replace('tmp.innerHTML = noscript.innerHTML;', 'tmp.innerHTML = noscript.innerHTML; tmp.innerHTML = noscript.innerHTML;');
    expect(() => rewriteLibrary(doubled, path)).toThrow(/found 2/);
  });

  it('leaves every other module alone', () => {
    expect(rewriteLibrary('el.innerHTML = x;', '/work/src/extension/whatever.ts')).toBeNull();
    expect(rewriteLibrary('el.innerHTML = x;', '/work/node_modules/other-lib/Readability.js')).toBeNull();
  });

  it('findSinks sees writes (also minified) but not reads or comparisons', () => {
    expect(findSinks('a&&(e.innerHTML=d.__html)').map((s) => s.sink)).toEqual(['innerHTML assignment']);
    expect(findSinks('x.outerHTML += y; n.insertAdjacentHTML("beforeend", s)')).toHaveLength(2);
    expect(findSinks('f.__html==e.innerHTML||log(e.innerHTML);var s=el.innerHTML')).toEqual([]);
  });
});

/** Readability.js rewritten by the plugin, loaded as the CommonJS module it is, with a spy on the helper. */
function rewrittenReadability() {
  const { path, code } = installed('@mozilla/readability/Readability.js');
  const helper = vi.fn(setInnerHtml);
  const module = { exports: {} as unknown };
  const requireHelper = (id: string) => {
    if (id !== HELPER_PATH) throw new Error(`unexpected require ${id}`);
    return { setInnerHtml: helper };
  };
  new Function('module', 'exports', 'require', rewriteLibrary(code, path)!)(module, module.exports, requireHelper);
  return { Rewritten: module.exports as typeof Readability, helper };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const fixturePages = () =>
  ['baothanhhoa-giao-ban-dan-van', 'tinmientrung-chuyen-muc-thoi-su', 'portaldenpost-home-page', 'mientayonline-mua-nuoc-noi-phong-su-anh', 'ruthsplot-frost-sensor-blog'].map(
    (slug) => [slug, readFileSync(join(FIXTURES, slug, 'page.html'), 'utf8')] as const,
  );

/** Short pages make Readability retry (restoring the body from its cached markup); noscript images get unwrapped. */
const SYNTHETIC = [
  [
    'short page (every retry restores the body)',
    '<!DOCTYPE html><html><head><title>Short</title></head><body><div class="nav"><a href="/">Home</a></div>' +
      '<article><p>Only a short paragraph, under the 500-character threshold, with a <b>bold</b> word.</p>' +
      '<p>Another one.</p></article><div class="comments"><p>A comment.</p></div></body></html>',
  ],
  [
    'lazy image with a noscript fallback',
    `<!DOCTYPE html><html><head><title>Images</title></head><body><article>${'<p>Long text about rivers and boats. '.repeat(30)}</p>` +
      '<figure><img src="data:image/gif;base64,R0lGOD" data-src="real.jpg" class="lazy"><noscript><img src="real.jpg" alt="A real image"></noscript></figure>' +
      `<p>${'More prose about the river markets at dawn. '.repeat(20)}</p></article></body></html>`,
  ],
] as const;

describe('Readability with its innerHTML writes rewritten', () => {
  it('gives the same article as the original on fixture pages and pages that exercise both sites', () => {
    const { Rewritten, helper } = rewrittenReadability();
    for (const [name, html] of [...fixturePages(), ...SYNTHETIC]) {
      const original = new Readability(parse(html)).parse();
      const rewritten = new Rewritten(parse(html)).parse();
      expect(rewritten?.content, name).toBe(original?.content);
      expect(rewritten?.textContent, name).toBe(original?.textContent);
    }
    // Both rewritten sites ran: the comparison above is not vacuous.
    const targets = helper.mock.calls.map(([el]) => el.localName);
    expect(targets).toContain('body');
    expect(targets).toContain('div');
  });
});

describe('the plugin in a real vite build', () => {
  async function bundle(entrySource: string) {
    const dir = mkdtempSync(join(tmpdir(), 'lucid-sinks-'));
    try {
      const entry = join(dir, 'entry.js');
      writeFileSync(entry, entrySource);
      const out = await build({
        configFile: false,
        logLevel: 'silent',
        plugins: [libraryHtmlSinks()],
        build: { write: false, minify: true, lib: { entry, formats: ['iife'], name: 'x' } },
      });
      const { output } = (Array.isArray(out) ? out[0] : out) as { output: Array<{ type: string; code?: string }> };
      return output.map((o) => (o.type === 'chunk' ? o.code : '')).join('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('bundles Readability and DOMPurify with no HTML sink left, calling the helper', async () => {
    const code = await bundle(
      // Absolute paths: the entry sits in a temporary folder, outside node_modules' reach.
      `import { Readability } from ${JSON.stringify(join(NODE_MODULES, '@mozilla/readability/index.js'))};\n` +
        `import DOMPurify from ${JSON.stringify(join(NODE_MODULES, 'dompurify/dist/purify.es.mjs'))};\n` +
        'globalThis.r = (d) => new Readability(d).parse(); globalThis.p = (s) => DOMPurify.sanitize(s);',
    );
    expect(findSinks(code)).toEqual([]);
    expect(code).toContain('DOMParser');
    expect(code).toContain('setInnerHtml:');
  }, 60_000);

  it('fails the build when any module leaves an HTML sink in the output', async () => {
    await expect(bundle('export function show(el, s) { el.innerHTML = s; }')).rejects.toThrow(/HTML sink\(s\) left in the bundle/);
  }, 60_000);
});
