/**
 * npm run build: dist/chrome and dist/firefox from the one manifest.json, plus dist/node (the CLI's library).
 * Everything is bundled once into dist/.stage, then copied per browser with that browser's manifest:
 *   background.js, content-detect.js, content-extract.js  single-file IIFEs (classic scripts: no runtime imports)
 *   popup.html, options.html, assets/                      extension pages (ES modules, strict CSP)
 *   icons/, _locales/                                      copied from public/
 *   fonts/                                                 the bundled typefaces and their licences (bundled-fonts.mjs)
 */
import { builtinModules } from 'node:module';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { bundledFontPlan } from './bundled-fonts.mjs';
import { TARGETS, manifestFor } from './manifest-for.mjs';
import libraryHtmlSinks from './vite-plugin-library-html-sinks.mjs';
import readerableEsm from './vite-plugin-readerable-esm.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const STAGE = join(DIST, '.stage');
const at = (...parts) => join(ROOT, ...parts);

/** Browsers the extension supports (Chrome 121 and Firefox 142 both run ES2022). */
const BROWSER_TARGET = ['chrome121', 'firefox142'];
const shared = {
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  define: { 'process.env.NODE_ENV': '"production"' },
};
/** Extension bundles only: the libraries' innerHTML writes become calls of one audited helper (docs/security.md), and
 * Readability-readerable's CommonJS export an ES one (no interop wrapper in the always-on detector). */
const extensionPlugins = () => [libraryHtmlSinks(), readerableEsm()];

/** One content script or the background: one self-contained IIFE file. */
function buildScript(entry, fileName) {
  return build({
    ...shared,
    plugins: extensionPlugins(),
    build: {
      outDir: STAGE,
      emptyOutDir: false,
      target: BROWSER_TARGET,
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: at(entry), formats: ['iife'], name: 'lucid', fileName: () => fileName },
    },
  });
}

/** popup.html, options.html and reader.html (the overlay's framed reader), emitted at the extension root (their
 * assets use absolute /assets/ URLs). */
async function buildPages() {
  const pages = {
    popup: 'src/extension/popup/popup.html',
    options: 'src/extension/options/options.html',
    reader: 'src/extension/reader-page/reader.html',
  };
  const present = Object.fromEntries(Object.entries(pages).filter(([, file]) => existsSync(at(file))));
  if (Object.keys(present).length === 0) return;
  const root = at('src/extension');
  await build({
    ...shared,
    root,
    base: '/',
    plugins: extensionPlugins(),
    build: {
      outDir: STAGE,
      emptyOutDir: false,
      target: BROWSER_TARGET,
      minify: true,
      modulePreload: { polyfill: false },
      rolldownOptions: { input: Object.fromEntries(Object.entries(present).map(([name, file]) => [name, at(file)])) },
    },
  });
  for (const [name, file] of Object.entries(present)) {
    renameSync(join(STAGE, relative(root, at(file))), join(STAGE, `${name}.html`));
  }
  for (const dir of ['popup', 'options', 'reader-page']) rmSync(join(STAGE, dir), { recursive: true, force: true });
}

/** dist/node/index.js: ESM for Node, dependencies and builtins left as imports. */
async function buildNode() {
  if (!existsSync(at('src/node/index.ts'))) return false;
  const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));
  const deps = Object.keys(pkg.dependencies ?? {});
  const isExternal = (id) =>
    id.startsWith('node:') || builtinModules.includes(id) || deps.some((d) => id === d || id.startsWith(`${d}/`));
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: join(DIST, 'node'),
      emptyOutDir: true,
      target: 'node20',
      ssr: true,
      minify: false,
      // The library, the `lucid` CLI and its worker thread (loaded by file name next to cli.js).
      lib: {
        entry: { index: at('src/node/index.ts'), cli: at('src/cli/main.ts'), 'cli-worker': at('src/cli/worker.ts') },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: { external: isExternal },
    },
  });
  return true;
}

async function main() {
  const started = performance.now();
  const version = JSON.parse(readFileSync(at('package.json'), 'utf8')).version;
  const source = JSON.parse(readFileSync(at('manifest.json'), 'utf8'));
  rmSync(STAGE, { recursive: true, force: true });
  mkdirSync(STAGE, { recursive: true });

  await buildScript('src/extension/background/index.ts', 'background.js');
  await buildScript('src/extension/content/detect.ts', 'content-detect.js');
  await buildScript('src/extension/content/on-demand.ts', 'content-extract.js');
  await buildPages();
  const node = await buildNode();

  const fonts = bundledFontPlan(ROOT);
  for (const target of TARGETS) {
    const out = join(DIST, target);
    rmSync(out, { recursive: true, force: true });
    cpSync(STAGE, out, { recursive: true });
    cpSync(at('public'), out, { recursive: true });
    for (const { from, to } of fonts.files) {
      mkdirSync(dirname(join(out, to)), { recursive: true });
      cpSync(from, join(out, to));
    }
    writeFileSync(join(out, 'fonts', 'fonts.css'), fonts.css);
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(target, source, version), null, 2)}\n`);
  }
  rmSync(STAGE, { recursive: true, force: true });
  const size = (file) => readFileSync(join(DIST, 'chrome', file)).length;
  console.log(
    `built dist/chrome, dist/firefox${node ? ', dist/node' : ''} in ${Math.round(performance.now() - started)} ms` +
      ` (content-detect.js ${size('content-detect.js')} B, content-extract.js ${size('content-extract.js')} B,` +
      ` background.js ${size('background.js')} B)`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
